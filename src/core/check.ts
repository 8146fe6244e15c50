/**
 * The check engine: fills in absent totals, then evaluates declared relations and reports
 * blank and invalid cells. One engine serves every table and every rule.
 */
import {
  computedCell,
  describeGiven,
  formatMicros,
  isNumeric,
  type Cell,
  type NumericCell,
} from './cell.js';
import {
  namingNodes,
  valueCells,
  type TableId,
  type TableLayout,
  type ValueCell,
} from './layout.js';
import type { InputProblem, ParsedReport, SectionCells } from './parse.js';
import type { Relation, RelationRule, Severity, Term } from './rules/types.js';
import type { Text } from './text.js';

export type { Severity } from './rules/types.js';

export interface Finding {
  /** `cell.blank`, `cell.invalid`, `input.unknownKey`, `input.previous`, `input.previousYear` or a relation rule id. */
  readonly rule: string;
  readonly severity: Severity;
  /** Keys of this year's cells involved, e.g. `applications.withheld.stateSecret.naturalPerson`. */
  readonly cells: readonly string[];
  /** For a relation: the right-hand side's sum, what the left-hand side should be. */
  readonly expected?: number | string;
  /** For a relation: the left-hand side as published (or computed). */
  readonly actual?: number | string;
  /** Set when a relation could not be verified because one of its cells is blank or invalid. */
  readonly unverifiable?: true;
  /** For an input problem: the JSON path it concerns. */
  readonly path?: string;
  readonly message: string;
}

/** What a check run needs: the layouts in play, this year's report and, optionally, last year's. */
export interface CheckInput {
  readonly layouts: readonly TableLayout[];
  readonly rules: readonly RelationRule[];
  readonly report: ParsedReport;
  readonly previous?: ParsedReport;
  readonly text: Text;
}

export interface CheckResult {
  /** Every table's cells, with absent totals computed. */
  readonly cells: Partial<Record<TableId, SectionCells>>;
  readonly findings: readonly Finding[];
}

type CellLookup = (term: Term) => Cell | undefined;

/**
 * One year's cells across its tables, with the totals computed here laid over them. The parsed
 * sections are read, never copied or written to: copying every cell of every report was most
 * of a check's cost (see bench/results.md).
 */
class ReportCells {
  /** The totals computed by `fillTotals`, by cell key. */
  readonly computed = new Map<string, Cell>();
  private readonly sections: readonly SectionCells[];

  constructor(sections: readonly SectionCells[]) {
    this.sections = sections;
  }

  get(key: string): Cell | undefined {
    if (this.computed.size) {
      const cell = this.computed.get(key);
      if (cell) return cell;
    }
    for (const section of this.sections) {
      const cell = section.get(key);
      if (cell) return cell;
    }
    return undefined;
  }
}

const cellsByKeyCache = new WeakMap<TableLayout, ReadonlyMap<string, ValueCell>>();

/** A layout's value cells by key. Cached: layouts are constants. */
function cellsByKey(layout: TableLayout): ReadonlyMap<string, ValueCell> {
  let cells = cellsByKeyCache.get(layout);
  if (!cells) {
    cells = new Map(valueCells(layout).map((cell) => [cell.key, cell]));
    cellsByKeyCache.set(layout, cells);
  }
  return cells;
}

/** Computes absent totals, repeating until nothing changes (a total may feed another). */
function fillTotals(
  cells: ReportCells,
  rules: readonly RelationRule[],
  layoutOf: (key: string) => ValueCell | undefined,
): ReadonlyMap<string, Cell> {
  const computed = cells.computed;
  let changed = true;
  while (changed) {
    changed = false;
    for (const rule of rules) {
      for (const relation of rule.relations) {
        if (!relation.definesTotal) continue;
        const target = relation.lhs[0].cell;
        const cell = cells.get(target);
        if (!cell || cell.state !== 'blank' || cell.given !== undefined) continue;
        const terms = relation.rhs.map((term) => cells.get(term.cell));
        if (!terms.every((term): term is Cell => term !== undefined && isNumeric(term))) continue;
        const sum = sumTerms(relation.rhs, terms);
        computed.set(target, computedCell(sum, layoutOf(target)?.kind ?? 'count'));
        changed = true;
      }
    }
  }
  return computed;
}

/** An exact sum: safe-integer arithmetic when it stays exact, BigInt otherwise. */
function sumTerms(terms: readonly Term[], cells: readonly Cell[]): bigint {
  let small = 0;
  let exact = true;
  for (let i = 0; i < terms.length; i++) {
    const cell = cells[i];
    if (!isNumeric(cell) || cell.micros !== undefined) {
      exact = false;
      break;
    }
    small += terms[i].sign * cell.number;
    if (!Number.isSafeInteger(small)) {
      exact = false;
      break;
    }
  }
  if (exact) return BigInt(small);
  let big = 0n;
  terms.forEach((term, i) => {
    const cell = cells[i];
    if (isNumeric(cell)) big += BigInt(term.sign) * (cell.micros ?? BigInt(cell.text));
  });
  return big;
}

/** Runs every check over a parsed report. Total: returns findings for any input. */
export function checkReport(input: CheckInput): CheckResult {
  const { layouts, report, previous, text } = input;
  const findings: Finding[] = [];
  const sections = layouts.flatMap((layout) => report.sections[layout.id] ?? []);
  const current = new ReportCells(sections);
  const layoutCell = (key: string): ValueCell | undefined => {
    for (const layout of layouts) {
      const cell = cellsByKey(layout).get(key);
      if (cell) return cell;
    }
    return undefined;
  };
  const placeOf = (key: string): string => {
    const cell = layoutCell(key);
    return cell ? cellPlace(cell, text) : key;
  };

  for (const problem of report.problems) {
    if (problem.fatal) continue;
    findings.push(problemFinding(problem, text));
  }

  // Last year's report is read for its shape only: what stops it from being used is reported,
  // its own blanks, unknown keys and broken relations are not (they belong to last year).
  const wantsPrevious = previous !== undefined && input.rules.some((rule) => rule.crossYear);
  const yearMismatch =
    wantsPrevious &&
    report.year !== undefined &&
    previous.year !== undefined &&
    previous.year !== report.year - 1;
  if (wantsPrevious) {
    for (const problem of previous.problems) {
      if (problem.fatal) findings.push(previousProblemFinding(problem, text));
    }
    if (yearMismatch) {
      findings.push({
        rule: 'input.previousYear',
        severity: 'warning',
        cells: [],
        path: 'previous.year',
        message: text.previousYearMismatch(previous.year!, report.year! - 1),
      });
    }
  }
  const usablePrevious = wantsPrevious && !yearMismatch ? previous : undefined;

  const runnable = input.rules.filter(
    (rule) =>
      rule.tables.every((id) => report.sections[id]) &&
      (!rule.crossYear || previousHas(usablePrevious, rule)),
  );
  const computed = fillTotals(current, runnable, layoutCell);

  // Cell findings, in reading order. An absent total that could not be computed is covered by
  // the relation that would have computed it, reported as unverifiable below.
  let totalsDefined: ReadonlySet<string> | undefined;
  const definesTotal = (key: string): boolean =>
    (totalsDefined ??= new Set(
      runnable.flatMap((rule) =>
        rule.relations.filter((r) => r.definesTotal).map((r) => r.lhs[0].cell),
      ),
    )).has(key);
  for (const section of sections) {
    section.forEach((parsed, key) => {
      const cell = computed.get(key) ?? parsed;
      if (cell.state === 'blank' && !(cell.given === undefined && definesTotal(key))) {
        findings.push({
          rule: 'cell.blank',
          severity: 'warning',
          cells: [key],
          message: text.cellBlank(
            placeOf(key),
            cell.given === undefined ? undefined : describeGiven(cell.given),
          ),
        });
      } else if (cell.state === 'invalid') {
        findings.push({
          rule: 'cell.invalid',
          severity: 'error',
          cells: [key],
          message: text.cellInvalid(placeOf(key), describeGiven(cell.given), cell.reason),
        });
      }
    });
  }

  const previousCells = new ReportCells(
    usablePrevious ? Object.values(usablePrevious.sections) : [],
  );
  if (usablePrevious) {
    // Last year's totals may have been left out too (R6 reads its 四 总计): compute them the same way.
    const previousRules = input.rules.filter(
      (rule) => !rule.crossYear && rule.tables.every((id) => usablePrevious.sections[id]),
    );
    fillTotals(previousCells, previousRules, layoutCell);
  }
  const lookup: CellLookup = (term) =>
    (term.year === 'current' ? current : previousCells).get(term.cell);

  for (const rule of runnable) {
    for (const relation of rule.relations) {
      if (relation.definesTotal && computed.has(relation.lhs[0].cell)) continue;
      const finding = evaluate(rule, relation, lookup, text, report.year, usablePrevious?.year);
      if (finding) findings.push(finding);
    }
  }

  // A table's parsed cells are its result as they are, unless a total of it was computed.
  const cellsByTable: Partial<Record<TableId, SectionCells>> = {};
  for (const layout of layouts) {
    const section = report.sections[layout.id];
    if (!section) continue;
    const prefix = `${layout.id}.`;
    const own = [...computed].filter(([key]) => key.startsWith(prefix));
    cellsByTable[layout.id] = own.length ? new Map([...section, ...own]) : section;
  }
  return { cells: cellsByTable, findings };
}

function previousHas(previous: ParsedReport | undefined, rule: RelationRule): boolean {
  return previous !== undefined && rule.tables.every((id) => previous.sections[id]);
}

function evaluate(
  rule: RelationRule,
  relation: Relation,
  lookup: CellLookup,
  text: Text,
  year: number | undefined,
  previousYear: number | undefined,
): Finding | undefined {
  if (holdsExactly(relation, lookup)) return undefined;
  const cells = [...relation.lhs, ...relation.rhs]
    .filter((t) => t.year === 'current')
    .map((t) => t.cell);
  const scope = text.place(namingNodes(relation.scope.path).map((n) => text.label(n)));
  const lhsCells = relation.lhs.map(lookup);
  const rhsCells = relation.rhs.map(lookup);
  const all = [...lhsCells, ...rhsCells];
  if (!all.every((cell): cell is Cell => cell !== undefined && isNumeric(cell))) {
    return {
      rule: rule.id,
      severity: 'warning',
      cells,
      unverifiable: true,
      message: text.relationUnverifiable(rule.id, scope),
    };
  }
  const lhs = sumTerms(relation.lhs, lhsCells as Cell[]);
  const rhs = sumTerms(relation.rhs, rhsCells as Cell[]);
  if (lhs === rhs) return undefined;
  const amounts = all.some((cell) => isNumeric(cell) && cell.micros !== undefined);
  const show = (value: bigint): string => (amounts ? formatMicros(value) : value.toString());
  const termText = (cell: NumericCell): string =>
    cell.micros !== undefined ? formatMicros(cell.micros) : String(cell.number);
  const asResult = (value: bigint): number | string =>
    amounts || value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)
      ? show(value)
      : Number(value);
  return {
    rule: rule.id,
    severity: rule.severity,
    cells,
    expected: asResult(rhs),
    actual: asResult(lhs),
    message: text.relationMismatch(rule.id, {
      scope,
      lhs: show(lhs),
      rhs: show(rhs),
      rhsTerms: (rhsCells as NumericCell[]).map(termText),
      ...(year !== undefined ? { year } : {}),
      ...(previousYear !== undefined ? { previousYear } : {}),
    }),
  };
}

/**
 * Whether a relation holds, when every term is a count whose sums stay safe integers: the
 * common case, answered without allocating. Anything else (a blank, an amount, a mismatch)
 * is left to `evaluate`'s exact path, which also words the finding.
 */
function holdsExactly(relation: Relation, lookup: CellLookup): boolean {
  const side = (terms: readonly Term[]): number => {
    let sum = 0;
    for (const term of terms) {
      const cell = lookup(term);
      if (!cell || !isNumeric(cell) || cell.micros !== undefined) return NaN;
      sum += term.sign * cell.number;
      if (!Number.isSafeInteger(sum)) return NaN;
    }
    return sum;
  };
  return side(relation.lhs) === side(relation.rhs);
}

/** Names a value cell in words: its row, then its column, e.g. （三）不予公开 1.属于国家秘密，自然人. */
export function cellPlace(cell: ValueCell, text: Text): string {
  return text.place(
    [...namingNodes(cell.rowPath), ...namingNodes(cell.columnPath)].map((n) => text.label(n)),
  );
}

/** A problem that keeps last year's report (or a section of it) out of the cross-year checks. */
function previousProblemFinding(problem: InputProblem, text: Text): Finding {
  return {
    rule: 'input.previous',
    severity: 'warning',
    cells: [],
    ...('path' in problem ? { path: `previous${problem.path ? `.${problem.path}` : ''}` } : {}),
    message: text.previousProblem(text.problem(problem)),
  };
}

export function problemFinding(problem: InputProblem, text: Text): Finding {
  return {
    rule: problem.code === 'unknownKey' ? 'input.unknownKey' : 'input.wrongType',
    severity: 'warning',
    cells: [],
    ...('path' in problem ? { path: problem.path } : {}),
    message: text.problem(problem),
  };
}
