/**
 * The check engine: fills in absent totals, then evaluates the compiled relations and reports
 * blank and invalid cells. One engine serves every table, every rule and every format.
 *
 * It reads each table as the flat array of cells the parser made (see `table-cells.ts`) and
 * each relation as indexes into it, so a report whose numbers are all plain counts is checked
 * without making a single object per cell.
 */
import {
  computedCell,
  describeGiven,
  formatMicros,
  isNumeric,
  type Cell,
  type InvalidReason,
  type NumericCell,
} from './cell.js';
import { compileTable, type CompiledCell, type CompiledTable, type LabelRef } from './compile.js';

export type { LabelRef } from './compile.js';
import type { RuleId } from './format.js';
import { namingNodes, type HeaderNode, type TableId, type TableLayout } from './layout.js';
import type { InputProblem, ParsedReport, SectionCells } from './parse.js';
import type { Relation, RelationRule, Severity } from './rules/types.js';
import { exactNumber, TableCells, type FlatValue } from './table-cells.js';
import type { Text } from './text.js';
import { findingMessage } from './wording.js';

export type { Severity } from './rules/types.js';

/** The checks that are not relation rules: a cell's own value, and the input's shape. */
export type CheckId =
  | 'cell.blank'
  | 'cell.invalid'
  | 'input.unknownKey'
  | 'input.wrongType'
  | 'input.unknownFormat'
  /** Problems that stop a table from being read: reported as findings by `disclosure-tables/core`. */
  | 'input.json'
  | 'input.wrongLength'
  | 'input.previous'
  | 'input.previousYear'
  /** The report lacks one of its tables: the others are shown. */
  | 'report.sectionMissing'
  /** A label of a published table that matches none of the format's (see `read/`). */
  | 'import.unmatched';

/** What a finding is about: a relation rule of a format, or one of the other checks. */
export type FindingRule = RuleId | CheckId;

/**
 * What a cell is to its finding: the `total` a relation states (its left-hand side), an
 * `addend` it is compared with (the right-hand side), or the one `cell` a cell check is about.
 */
export type CellRole = 'total' | 'addend' | 'cell';

/** Everything a finding is worded from, as data: a locale switch words it again, never re-checks. */
export type FindingTerms =
  | {
      readonly kind: 'cell';
      /** The row and column naming the cell. */
      readonly place: readonly LabelRef[];
      /** The value given, quoted as JSON; absent when the cell was left out of the data. */
      readonly given?: string;
      readonly reason?: InvalidReason;
    }
  | {
      readonly kind: 'relation';
      /** The column, row or block the relation is about. */
      readonly scope: readonly LabelRef[];
      /** The two sides' sums, as exact decimal text. */
      readonly lhs: string;
      readonly rhs: string;
      /** Each right-hand term's value, unsigned, in declaration order (R7 shows last year's figure). */
      readonly rhsTerms: readonly string[];
      readonly year?: number;
      readonly previousYear?: number;
    }
  | { readonly kind: 'unverifiable'; readonly scope: readonly LabelRef[] }
  | { readonly kind: 'problem'; readonly problem: InputProblem }
  /** A problem that keeps last year's report out of the cross-year checks. */
  | { readonly kind: 'previousProblem'; readonly problem: InputProblem }
  | { readonly kind: 'previousYear'; readonly given: number; readonly expected: number }
  /** A row or column label of a published table that was not recognised; its values were not read. */
  | {
      readonly kind: 'unmatched';
      readonly table: TableId;
      readonly axis: 'row' | 'column';
      /** The label as published; empty for a column without a header. */
      readonly text: string;
    };

export interface Finding {
  readonly rule: FindingRule;
  readonly severity: Severity;
  /** Keys of this year's cells involved, e.g. `applications.withheld.stateSecret.naturalPerson`. */
  readonly cells: readonly string[];
  /** What each of `cells` is to the finding, in the same order. */
  readonly roles: readonly CellRole[];
  /** For a relation: the right-hand side's sum, what the left-hand side should be. */
  readonly expected?: number | string;
  /** For a relation: the left-hand side as published (or computed). */
  readonly actual?: number | string;
  /** Set when a relation could not be verified because one of its cells is blank or invalid. */
  readonly unverifiable?: true;
  /** For an input problem: the JSON path it concerns. */
  readonly path?: string;
  /** What the finding is worded from. */
  readonly terms: FindingTerms;
  /** The finding in words, in the language of the `Text` it was checked with. */
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

/**
 * A finding before it is put into words. `word` then sets its message on it: a finding is a
 * fresh object of this module until it is returned, and copying it into a new object with the
 * message (a spread) cost more than finding it.
 */
type Unworded = Omit<Finding, 'message'> & { message?: string };

/** `T` with its fields writable: for an object set up field by field before it is handed out. */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** A relation compiled against this year's table and last year's: every term an index. */
interface RelationPlan {
  readonly relation: Relation;
  readonly lhsCount: number;
  /** Cell index of each term (lhs, then rhs) in its year's table; -1 when that table has no such cell. */
  readonly indexes: Int32Array;
  readonly signs: Int8Array;
  /** 1 where the term is last year's. */
  readonly previous: Uint8Array;
  /** Whether any term is last year's. */
  readonly acrossYears: boolean;
  /** The column, row or block the relation is about, named (for its finding). */
  readonly scope: readonly LabelRef[];
  /** This year's cells of its terms, and what each is to the relation (for its finding). */
  readonly keys: readonly string[];
  readonly roles: readonly CellRole[];
}

interface RulePlan {
  readonly rule: RelationRule;
  readonly table: CompiledTable;
  readonly relations: readonly RelationPlan[];
  /** The relations that define a total (computed when it is absent). */
  readonly totals: readonly RelationPlan[];
  /** The cell index of each of those totals. */
  readonly totalTargets: Int32Array;
  /** Four numbers for each of those totals, as `sums` has for its relation. */
  readonly totalSums: Int32Array;
  /** Four numbers for each relation: see `evenSums`. */
  readonly sums: Int32Array;
  /** Whether every term has a cell (a cross-year rule between formats may name one last year's lacks). */
  readonly complete: boolean;
}

const NO_PREVIOUS = {};
const plans = new WeakMap<RelationRule, WeakMap<CompiledTable, WeakMap<object, RulePlan>>>();

/** The rule compiled to indexes for this year's table and last year's (cached). */
function planOf(
  rule: RelationRule,
  table: CompiledTable,
  previousTable: CompiledTable | undefined,
): RulePlan {
  let byTable = plans.get(rule);
  if (!byTable) plans.set(rule, (byTable = new WeakMap()));
  let byPrevious = byTable.get(table);
  if (!byPrevious) byTable.set(table, (byPrevious = new WeakMap()));
  const previousKey = previousTable ?? NO_PREVIOUS;
  let plan = byPrevious.get(previousKey);
  if (!plan) {
    let complete = true;
    const relations = rule.relations.map((relation): RelationPlan => {
      const terms = [...relation.lhs, ...relation.rhs];
      const indexes = new Int32Array(terms.length);
      const signs = new Int8Array(terms.length);
      const previous = new Uint8Array(terms.length);
      terms.forEach((term, i) => {
        const source = term.year === 'previous' ? previousTable : table;
        const index = source?.byKey.get(term.cell)?.index ?? -1;
        if (index < 0) complete = false;
        indexes[i] = index;
        signs[i] = term.sign;
        previous[i] = term.year === 'previous' ? 1 : 0;
      });
      const acrossYears = previous.includes(1);
      const scope = labelRefs(table, namingNodes(relation.scope.path));
      const keys: string[] = [];
      const roles: CellRole[] = [];
      terms.forEach((term, i) => {
        if (previous[i]) return;
        keys.push(table.cells[indexes[i]]?.key ?? term.cell);
        roles.push(i < relation.lhs.length ? 'total' : 'addend');
      });
      return {
        relation,
        keys,
        roles,
        lhsCount: relation.lhs.length,
        indexes,
        signs,
        previous,
        acrossYears,
        scope,
      };
    });
    const totals = relations.filter((relation) => relation.relation.definesTotal);
    const totalTargets = Int32Array.from(totals, (relation) => relation.indexes[0]);
    plan = {
      rule,
      table,
      relations,
      totals,
      totalTargets,
      totalSums: evenSums(totals),
      sums: evenSums(relations),
      complete,
    };
    byPrevious.set(previousKey, plan);
  }
  return plan;
}

/**
 * For each relation, four numbers: when it is "one cell = the sum of cells evenly spaced" in
 * this year's table (a row's 总计, a column's total: most relations), the spacing, the total's
 * index, and the first and last addend's; the spacing is 0 for any other relation.
 */
function evenSums(relations: readonly RelationPlan[]): Int32Array {
  const sums = new Int32Array(relations.length * 4);
  relations.forEach(({ indexes, signs, lhsCount, acrossYears }, r) => {
    if (acrossYears || lhsCount !== 1 || indexes.length < 3 || !signs.every((sign) => sign === 1))
      return;
    const stride = indexes[2] - indexes[1];
    if (stride <= 0) return;
    for (let t = 2; t < indexes.length; t++) if (indexes[t] - indexes[t - 1] !== stride) return;
    sums.set([stride, indexes[0], indexes[1], indexes[indexes.length - 1]], r * 4);
  });
  return sums;
}

/**
 * The sum of a relation's evenly spaced addends (`evenSums`, from `at`) when they are all plain
 * counts and the sum is exact; NaN otherwise, and for a relation of another form.
 */
function evenSum(sums: Int32Array, at: number, flat: readonly FlatValue[]): number {
  const stride = sums[at];
  if (stride === 0) return NaN;
  const last = sums[at + 3];
  let sum = 0;
  for (let cell = sums[at + 2]; cell <= last; cell += stride) {
    const value = flat[cell];
    if (typeof value !== 'number') return NaN;
    sum += value;
  }
  return Number.isSafeInteger(sum) ? sum : NaN;
}

/** A parsed section as a flat table: as it is when the parser made it, else read into one. */
function flat(section: SectionCells, table: CompiledTable): TableCells {
  if (section instanceof TableCells && section.table === table) return section;
  return new TableCells(
    table,
    table.cells.map((declared): FlatValue => {
      const cell = section.get(declared.key);
      return cell === undefined || (cell.state === 'blank' && cell.given === undefined)
        ? undefined
        : cell;
    }),
  );
}

/**
 * The tables of one year, in the layouts' order, with the totals computed here laid over
 * copies. Kept in arrays: a year has three tables at most, found faster by a look along them
 * than by hashing.
 */
class YearCells {
  readonly ids: TableId[] = [];
  readonly tables: TableCells[] = [];
  /** By table: whether it is a copy holding totals computed here. */
  readonly copied: boolean[] = [];

  add(id: TableId, cells: TableCells): void {
    this.ids.push(id);
    this.tables.push(cells);
    this.copied.push(false);
  }

  get(id: TableId): TableCells | undefined {
    const at = this.ids.indexOf(id);
    return at < 0 ? undefined : this.tables[at];
  }

  has(id: TableId): boolean {
    return this.ids.includes(id);
  }

  /** A table to write a computed total into: copied first, so the parsed report is never written to. */
  writable(id: TableId): TableCells {
    const at = this.ids.indexOf(id);
    const cells = this.tables[at];
    if (this.copied[at]) return cells;
    const copy = new TableCells(
      cells.table,
      cells.flat.slice(),
      false,
      cells.computed?.slice() ?? [],
    );
    this.tables[at] = copy;
    this.copied[at] = true;
    return copy;
  }
}

function yearCells(report: ParsedReport, layouts: readonly TableLayout[]): YearCells {
  const year = new YearCells();
  for (const layout of layouts) {
    const section = report.sections[layout.id];
    // The parser's own cells are taken as they are, without looking their layout up.
    if (section instanceof TableCells && section.table.layout === layout)
      year.add(layout.id, section);
    else if (section) year.add(layout.id, flat(section, compileTable(layout)));
  }
  return year;
}

/** Computes absent totals, repeating until nothing changes (a total may feed another). */
function fillTotals(year: YearCells, rules: readonly RulePlan[]): void {
  let lacking = false;
  for (let r = 0; r < rules.length && !lacking; r++)
    lacking = lacksTotal(rules[r], year.get(rules[r].table.id)!);
  if (!lacking) return;
  let changed = true;
  while (changed) {
    changed = false;
    for (const plan of rules) {
      if (plan.totals.length === 0) continue;
      const id = plan.table.id;
      let cells = year.get(id)!;
      const { totals, totalTargets, totalSums } = plan;
      for (let k = 0; k < totals.length; k++) {
        const target = totalTargets[k];
        if (cells.flat[target] !== undefined) continue;
        // Evenly spaced plain counts (nearly always) are summed in one loop, as the check does.
        const even = evenSum(totalSums, k * 4, cells.flat);
        const computed = even === even ? even : computedTotal(totals[k], cells);
        if (computed === undefined) continue;
        cells = year.writable(id);
        cells.flat[target] = computed;
        if (typeof computed === 'number') cells.computed!.push(target);
        changed = true;
      }
    }
  }
}

/** Whether a total the rule defines is absent from the table (nearly always, none is). */
function lacksTotal(plan: RulePlan, cells: TableCells): boolean {
  // Every cell a plain count: none is absent.
  if (cells.allPlainCounts) return false;
  const { totalTargets } = plan;
  const flat = cells.flat;
  for (let t = 0; t < totalTargets.length; t++)
    if (flat[totalTargets[t]] === undefined) return true;
  return false;
}

/**
 * The total a relation defines, from its addends: a safe integer as the number alone (marked
 * computed where it is written), else its Cell; `undefined` while an addend is not a number.
 */
function computedTotal(plan: RelationPlan, cells: TableCells): number | Cell | undefined {
  const { indexes, signs } = plan;
  const declared = cells.table.cells[indexes[0]];
  // Addends that are all plain counts (nearly always) are summed as they are, without a Cell
  // made for each; a sum past 2^53 goes the exact way below.
  if (declared.kind !== 'amount') {
    let sum = 0;
    let t = 1;
    for (; t < indexes.length; t++) {
      const value = cells.flat[indexes[t]];
      // An addend not there yet (a total still to compute): no total this pass.
      if (value === undefined) return undefined;
      if (typeof value !== 'number') break;
      sum += signs[t] * value;
      if (!Number.isSafeInteger(sum)) break;
    }
    if (t === indexes.length) return sum;
  }
  const addends: Cell[] = [];
  for (let t = 1; t < indexes.length; t++) addends.push(cells.at(indexes[t]));
  if (!addends.every(isNumeric)) return undefined;
  const sum = sumCells(
    plan.relation.rhs.map((term) => term.sign),
    addends,
  );
  return computedCell(sum, declared.kind);
}

/**
 * The exact sum of `cells` from `start` to `end`, each times its sign (`signs[i]` goes with
 * `cells[i]`): safe-integer arithmetic when it stays exact, BigInt otherwise.
 */
function sumCells(
  signs: ArrayLike<number>,
  cells: readonly NumericCell[],
  start = 0,
  end = cells.length,
): bigint {
  let small = 0;
  let exact = true;
  for (let i = start; i < end; i++) {
    const cell = cells[i];
    if (cell.micros !== undefined) {
      exact = false;
      break;
    }
    small += signs[i] * cell.number;
    if (!Number.isSafeInteger(small)) {
      exact = false;
      break;
    }
  }
  if (exact) return BigInt(small);
  let big = 0n;
  for (let i = start; i < end; i++) {
    const cell = cells[i];
    big += BigInt(signs[i]) * (cell.micros ?? BigInt(cell.text));
  }
  return big;
}

/** Runs every check over a parsed report. Total: returns findings for any input. */
export function checkReport(input: CheckInput): CheckResult {
  const { layouts, report, previous, text } = input;
  const findings: Unworded[] = [];
  for (let i = 0; i < report.problems.length; i++)
    if (!report.problems[i].fatal) findings.push(problemFinding(report.problems[i]));
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
      if (problem.fatal) findings.push(previousProblemFinding(problem));
    }
    if (yearMismatch) {
      findings.push({
        rule: 'input.previousYear',
        severity: 'warning',
        cells: [],
        roles: [],
        path: 'previous.year',
        terms: { kind: 'previousYear', given: previous.year!, expected: report.year! - 1 },
      });
    }
  }
  const usablePrevious = wantsPrevious && !yearMismatch ? previous : undefined;
  const current = yearCells(report, layouts);
  const previousYear = usablePrevious
    ? yearCells(usablePrevious, previousLayouts(usablePrevious, layouts))
    : undefined;

  const { runnable, sameYear } = yearPlan(input.rules, current, previousYear);
  fillTotals(current, sameYear);
  if (previousYear) {
    // Last year's totals may have been left out too (R6 reads its 四 总计): compute them the same way.
    const previousRules = input.rules
      .filter((rule) => !rule.crossYear && rule.tables.every((id) => previousYear.has(id)))
      .map((rule) => planOf(rule, previousYear.get(rule.tables[0])!.table, undefined))
      .filter((plan) => plan.complete);
    fillTotals(previousYear, previousRules);
  }

  // Cell findings, in reading order. An absent total that could not be computed is covered by
  // the relation that would have computed it, reported as unverifiable below.
  for (const layout of layouts) {
    const cells = current.get(layout.id);
    if (cells) cellFindings(cells, runnable, findings);
  }
  for (const plan of runnable) {
    const cells = current.get(plan.table.id)!;
    const before = plan.rule.crossYear ? previousYear!.get(plan.table.id)! : cells;
    const { relations, sums } = plan;
    const now = cells.flat;
    for (let r = 0, at = 0; r < relations.length; r++, at += 4) {
      // Most relations are one total = a sum of evenly spaced cells, summed here in one loop
      // when they are plain counts (see `evenSums`); any other, or a mismatch, the general way.
      const sum = evenSum(sums, at, now);
      const total = now[sums[at + 1]];
      if (sum === total) continue;
      // A sum of plain counts against a count: broken, without adding it up again.
      const broken = sum === sum && typeof total === 'number';
      if (!broken && holdsExactly(relations[r], cells, before)) continue;
      const finding = evaluate(
        plan,
        relations[r],
        cells,
        before,
        report.year,
        usablePrevious?.year,
      );
      if (finding) findings.push(finding);
    }
  }
  for (let i = 0; i < findings.length; i++) word(findings[i], text);
  // No total computed (nearly always): the parsed tables are the tables.
  if (!current.copied.includes(true))
    return { cells: report.sections, findings: findings as Finding[] };
  const cellsByTable: Partial<Record<TableId, SectionCells>> = {};
  for (let at = 0; at < current.ids.length; at++) {
    const id = current.ids[at];
    cellsByTable[id] = current.copied[at] ? current.tables[at] : report.sections[id]!;
  }
  return { cells: cellsByTable, findings: findings as Finding[] };
}

interface YearPlan {
  /** The rule plans to evaluate, in the rules' order. */
  readonly runnable: readonly RulePlan[];
  /** The rules within this year, which compute its absent totals. */
  readonly sameYear: readonly RulePlan[];
}

/**
 * The rules that can run on a year's tables (and last year's), as plans: worked out once for
 * each set of tables a rule set meets, since nearly every report has the same tables.
 */
const yearPlans = new WeakMap<
  readonly RelationRule[],
  { tables: CompiledTable[]; previousTables: CompiledTable[]; plan: YearPlan }[]
>();

function yearPlan(
  rules: readonly RelationRule[],
  current: YearCells,
  previousYear: YearCells | undefined,
): YearPlan {
  let cached = yearPlans.get(rules);
  if (!cached) yearPlans.set(rules, (cached = []));
  for (const entry of cached)
    if (sameTables(entry.tables, current) && sameTables(entry.previousTables, previousYear))
      return entry.plan;
  const runnable: RulePlan[] = [];
  const sameYear: RulePlan[] = [];
  for (const rule of rules) {
    const cells = current.get(rule.tables[0]);
    if (!cells || !hasTables(current, rule)) continue;
    if (rule.crossYear) {
      const before = previousYear?.get(rule.tables[0]);
      if (!before) continue;
      const plan = planOf(rule, cells.table, before.table);
      // R7 names last year's 现行有效件数, which a 2019-format report does not have: not run, not a finding.
      if (plan.complete) runnable.push(plan);
    } else {
      const plan = planOf(rule, cells.table, undefined);
      runnable.push(plan);
      sameYear.push(plan);
    }
  }
  const plan = { runnable, sameYear };
  cached.push({ tables: tablesOf(current), previousTables: tablesOf(previousYear), plan });
  return plan;
}

const tablesOf = (year: YearCells | undefined): CompiledTable[] =>
  year ? year.tables.map((cells) => cells.table) : [];

function sameTables(tables: readonly CompiledTable[], year: YearCells | undefined): boolean {
  const length = year ? year.tables.length : 0;
  if (tables.length !== length) return false;
  for (let i = 0; i < length; i++) if (tables[i] !== year!.tables[i].table) return false;
  return true;
}

/** Whether a year has every table a rule reads. */
function hasTables(year: YearCells, rule: RelationRule): boolean {
  for (const id of rule.tables) if (!year.has(id)) return false;
  return true;
}

/** Last year's layouts: its own format's tables of the same ids as this year's. */
function previousLayouts(previous: ParsedReport, layouts: readonly TableLayout[]): TableLayout[] {
  return layouts.flatMap((layout) => {
    const section = previous.sections[layout.id];
    if (!section) return [];
    return [section instanceof TableCells ? section.table.layout : layout];
  });
}

function word(finding: Unworded, text: Text): void {
  finding.message = findingMessage(finding, text);
}

/** Whether every cell of a relation is PLAIN and its sides are equal: the common case, answered without allocating. */
function holdsExactly(plan: RelationPlan, cells: TableCells, before: TableCells): boolean {
  const { indexes, signs, lhsCount } = plan;
  const now = cells.flat;
  let lhs: number;
  let rhs: number;
  if (plan.acrossYears) {
    lhs = 0;
    rhs = 0;
    const { previous } = plan;
    const then = before.flat;
    for (let t = 0; t < indexes.length; t++) {
      const number = plainNumber(previous[t] ? then[indexes[t]] : now[indexes[t]]);
      if (t < lhsCount) lhs += signs[t] * number;
      else rhs += signs[t] * number;
    }
  } else {
    lhs = signedSum(now, indexes, signs, 0, lhsCount);
    rhs = signedSum(now, indexes, signs, lhsCount, indexes.length);
  }
  return lhs === rhs && Number.isSafeInteger(lhs) && Number.isSafeInteger(rhs);
}

/** A blank, an invalid value or an amount makes NaN: left to `evaluate`'s exact path. */
const plainNumber = (value: FlatValue): number =>
  typeof value === 'number' ? value : exactNumber(value);

/** The signed sum of the terms from `start` to `end` (NaN when one is not a plain number). */
function signedSum(
  flat: readonly FlatValue[],
  indexes: Int32Array,
  signs: Int8Array,
  start: number,
  end: number,
): number {
  let sum = 0;
  for (let t = start; t < end; t++) sum += signs[t] * plainNumber(flat[indexes[t]]);
  return sum;
}

function cellFindings(
  cells: TableCells,
  runnable: readonly RulePlan[],
  findings: Unworded[],
): void {
  if (cells.allPlainCounts) return;
  const { flat, table } = cells;
  let definedTotals: Set<number> | undefined;
  for (let index = 0; index < flat.length; index++) {
    if (typeof flat[index] === 'number') continue;
    const cell = cells.at(index);
    const declared = table.cells[index];
    if (cell.state === 'blank') {
      if (cell.given === undefined) {
        definedTotals ??= totalsDefinedIn(table, runnable);
        if (definedTotals.has(index)) continue;
      }
      findings.push({
        rule: 'cell.blank',
        severity: 'warning',
        cells: [declared.key],
        roles: ['cell'],
        terms: {
          kind: 'cell',
          place: declared.place,
          ...(cell.given === undefined ? {} : { given: describeGiven(cell.given) }),
        },
      });
    } else if (cell.state === 'invalid') {
      findings.push({
        rule: 'cell.invalid',
        severity: 'error',
        cells: [declared.key],
        roles: ['cell'],
        terms: {
          kind: 'cell',
          place: declared.place,
          given: describeGiven(cell.given),
          reason: cell.reason,
        },
      });
    }
  }
}

function totalsDefinedIn(table: CompiledTable, runnable: readonly RulePlan[]): Set<number> {
  const totals = new Set<number>();
  for (const plan of runnable) {
    if (plan.table !== table) continue;
    for (const { relation, indexes } of plan.relations)
      if (relation.definesTotal) totals.add(indexes[0]);
  }
  return totals;
}

function evaluate(
  plan: RulePlan,
  relationPlan: RelationPlan,
  cells: TableCells,
  before: TableCells,
  year: number | undefined,
  previousYear: number | undefined,
): Unworded | undefined {
  const { indexes, signs, previous, lhsCount, scope } = relationPlan;
  // Copies: a finding is the caller's to keep, the plan's arrays are not.
  const keys = relationPlan.keys.slice();
  const roles = relationPlan.roles.slice();
  // The two sides as results and as text, and each right-hand term's value as text.
  let expected: number | string;
  let actual: number | string;
  let lhsText: string;
  let rhsText: string;
  let rhsTerms: string[];
  let holds: boolean;
  // Every term a plain count (nearly always): summed as numbers, with no Cell made for a term.
  const counts = plainCounts(relationPlan, cells, before);
  let lhs = 0;
  let rhs = 0;
  if (counts)
    for (let t = 0; t < counts.length; t++) {
      if (t < lhsCount) lhs += signs[t] * counts[t];
      else rhs += signs[t] * counts[t];
    }
  if (counts && Number.isSafeInteger(lhs) && Number.isSafeInteger(rhs)) {
    holds = lhs === rhs;
    expected = rhs;
    actual = lhs;
    lhsText = String(lhs);
    rhsText = String(rhs);
    rhsTerms = new Array<string>(counts.length - lhsCount);
    for (let t = lhsCount; t < counts.length; t++) rhsTerms[t - lhsCount] = String(counts[t]);
  } else {
    const termCells: Cell[] = [];
    for (let t = 0; t < indexes.length; t++)
      termCells.push((previous[t] ? before : cells).at(indexes[t]));
    if (!termCells.every(isNumeric)) {
      return {
        rule: plan.rule.id as FindingRule,
        severity: 'warning',
        cells: keys,
        roles,
        unverifiable: true,
        terms: { kind: 'unverifiable', scope },
      };
    }
    const exactLhs = sumCells(signs, termCells, 0, lhsCount);
    const exactRhs = sumCells(signs, termCells, lhsCount, termCells.length);
    holds = exactLhs === exactRhs;
    const amounts = termCells.some((cell) => cell.micros !== undefined);
    const show = (value: bigint): string => (amounts ? formatMicros(value) : value.toString());
    const asResult = (value: bigint): number | string =>
      amounts || value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)
        ? show(value)
        : Number(value);
    expected = asResult(exactRhs);
    actual = asResult(exactLhs);
    lhsText = show(exactLhs);
    rhsText = show(exactRhs);
    rhsTerms = termCells
      .slice(lhsCount)
      .map((cell) => (cell.micros !== undefined ? formatMicros(cell.micros) : String(cell.number)));
  }
  if (holds) return undefined;
  return {
    rule: plan.rule.id as FindingRule,
    severity: plan.rule.severity,
    cells: keys,
    roles,
    expected,
    actual,
    terms: relationTerms(scope, lhsText, rhsText, rhsTerms, year, previousYear),
  };
}

type RelationTerms = Extract<FindingTerms, { kind: 'relation' }>;

/** A relation's terms, with the years only when known: set one by one, where spreading optional objects cost more. */
function relationTerms(
  scope: readonly LabelRef[],
  lhs: string,
  rhs: string,
  rhsTerms: readonly string[],
  year: number | undefined,
  previousYear: number | undefined,
): RelationTerms {
  const terms: Writable<RelationTerms> = {
    kind: 'relation',
    scope,
    lhs,
    rhs,
    rhsTerms,
  };
  if (year !== undefined) terms.year = year;
  if (previousYear !== undefined) terms.previousYear = previousYear;
  return terms;
}

/** Each term's value when every term is a plain count; `undefined` otherwise. */
function plainCounts(
  { indexes, previous }: RelationPlan,
  cells: TableCells,
  before: TableCells,
): number[] | undefined {
  const counts = new Array<number>(indexes.length);
  for (let t = 0; t < indexes.length; t++) {
    const value = (previous[t] ? before : cells).flat[indexes[t]];
    if (typeof value !== 'number') return undefined;
    counts[t] = value;
  }
  return counts;
}

function labelRefs(table: CompiledTable, nodes: readonly HeaderNode[]): LabelRef[] {
  return nodes.map((node) => ({ id: table.labelId(node), label: node.label }));
}

/** Names a value cell in words: its row, then its column, e.g. （三）不予公开，1.属于国家秘密，自然人. */
export function cellPlace(cell: CompiledCell, text: Text): string {
  return text.place(cell.place.map((ref) => text.label(ref)));
}

/** A problem that keeps last year's report (or a section of it) out of the cross-year checks. */
function previousProblemFinding(problem: InputProblem): Unworded {
  return {
    rule: 'input.previous',
    severity: 'warning',
    cells: [],
    roles: [],
    ...('path' in problem ? { path: `previous${problem.path ? `.${problem.path}` : ''}` } : {}),
    terms: { kind: 'previousProblem', problem },
  };
}

function problemRule(problem: InputProblem): CheckId {
  switch (problem.code) {
    case 'unknownKey':
      return 'input.unknownKey';
    case 'unknownFormat':
      return 'input.unknownFormat';
    case 'json':
      return 'input.json';
    case 'missingSection':
      return 'report.sectionMissing';
    case 'wrongLength':
      return 'input.wrongLength';
    default:
      return 'input.wrongType';
  }
}

/** A problem with the input that does not stop the tables from showing, as a finding. */
export function problemFinding(problem: InputProblem, text?: Text): Finding {
  const finding: Unworded = {
    rule: problemRule(problem),
    // A misspelt table key loses a whole table: an error, where an unknown key is a warning.
    severity: problem.code === 'unknownKey' && problem.section !== undefined ? 'error' : 'warning',
    cells: [],
    roles: [],
    ...('path' in problem ? { path: problem.path } : {}),
    terms: { kind: 'problem', problem },
  };
  return { ...finding, message: text ? findingMessage(finding, text) : '' };
}
