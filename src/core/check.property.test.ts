/**
 * Properties of the check engine over random reports: a consistent report passes, and a
 * single changed cell makes exactly the relations that read it fire, by exactly the change.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  badCells,
  consistentReport,
  consistentYears,
  count,
  LAYOUTS,
  spelling,
  writeDocument,
  type CellValues,
} from '../../test/fixtures/arbitraries.js';
import { setCell, type Json, type JsonObject } from '../../test/fixtures/reports.js';
import { assertProperty } from '../../test/helpers/fuzz.js';
import { localizedText } from '../internal/text.js';
import { amountMicros, formatMicros, isNumeric } from './cell.js';
import { checkReport, type Finding } from './check.js';
import { parseReport } from './parse.js';
import { REPORT_RULES } from './rules/index.js';
import type { Relation, RelationRule } from './rules/types.js';

const LAYOUT_LIST = Object.values(LAYOUTS);
/** Every rule of the format: a rule added later is held to these properties at once. */
const RULES: readonly RelationRule[] = REPORT_RULES;
const CROSS_YEAR_RULES = RULES.filter((rule) => rule.crossYear);

function check(doc: unknown, previous?: unknown) {
  const report = parseReport(doc, LAYOUT_LIST);
  return checkReport({
    layouts: LAYOUT_LIST,
    rules: RULES,
    report,
    ...(previous === undefined ? {} : { previous: parseReport(previous, LAYOUT_LIST) }),
    text: localizedText,
  });
}

const previousDocument = (values: CellValues): JsonObject => ({
  ...writeDocument(values),
  year: 2024,
});

/** The cells of this year a relation names, in the engine's order: left side, then right side. */
const currentCells = (relation: Relation): string[] =>
  [...relation.lhs, ...relation.rhs]
    .filter((term) => term.year === 'current')
    .map((term) => term.cell);

/** How a relation's two sides move when one cell of `year` moves by `delta`: lhs − rhs. */
function shift(
  relation: Relation,
  key: string,
  year: 'current' | 'previous',
  delta: bigint,
): bigint {
  let moved = 0n;
  for (const term of relation.lhs)
    if (term.cell === key && term.year === year) moved += BigInt(term.sign) * delta;
  for (const term of relation.rhs)
    if (term.cell === key && term.year === year) moved -= BigInt(term.sign) * delta;
  return moved;
}

const reads = (relation: Relation, key: string, year: 'current' | 'previous'): boolean =>
  [...relation.lhs, ...relation.rhs].some((term) => term.cell === key && term.year === year);

const describeFinding = (f: Finding) => `${f.rule} [${f.cells.join(' ')}]`;

/** A change to one cell: a number moved by a non-zero amount, a blank, or an invalid value. */
type Change =
  | { kind: 'delta'; delta: number }
  | { kind: 'blank'; given: Json }
  | { kind: 'invalid'; given: unknown };

const change = (): fc.Arbitrary<Change> =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(count(), fc.boolean())
        .map(([n, up]): Change => ({ kind: 'delta', delta: up ? n + 1 : -(n + 1) })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom<Json>('/', '', '-', '—', null, ' / ')
        .map((given): Change => ({ kind: 'blank', given })),
    },
    {
      weight: 1,
      arbitrary: fc
        .nat(badCells().length - 1)
        .map((i): Change => ({ kind: 'invalid', given: badCells()[i] })),
    },
  );

const isAmount = (old: number | string | undefined): boolean => typeof old === 'string';
/** Written independently of the reader: the bad cells that are plain decimals, so good amounts. */
const isGoodAmount = (given: unknown): boolean =>
  (typeof given === 'number' &&
    Number.isFinite(given) &&
    given >= 0 &&
    !/e/i.test(String(given)) &&
    !/\.\d{7,}/.test(String(given)) &&
    !Object.is(given, -0)) ||
  (typeof given === 'string' && /^\d+(\.\d{1,6})?$/.test(given));

/** Applies a change to a count cell; a move below zero becomes the opposite move. */
function applyChange(
  doc: JsonObject,
  key: string,
  old: number | string,
  how: Change,
): { doc: JsonObject; delta?: bigint } {
  if (how.kind === 'delta') {
    if (typeof old === 'string') {
      // An amount: move it by the change in millionths, exactly.
      const micros = amountMicros(old)!;
      const moved = micros + BigInt(how.delta) >= 0n ? BigInt(how.delta) : -BigInt(how.delta);
      return { doc: setCell(doc, key, formatMicros(micros + moved)), delta: moved };
    }
    const delta = old + how.delta >= 0 ? how.delta : -how.delta;
    return { doc: setCell(doc, key, old + delta), delta: BigInt(delta) };
  }
  return { doc: setCell(doc, key, how.given as Json) };
}

describe('checkReport: properties', () => {
  it('finds nothing in a consistent report, however it is written, and computes left-out totals exactly', async function () {
    await assertProperty(
      this,
      'consistentReports',
      fc.property(consistentReport(), spelling(), (values, how) => {
        const result = check(writeDocument(values, how));
        expect(result.findings.map(describeFinding)).to.deep.equal([]);
        const wrong = Object.values(result.cells)
          .flatMap((section) => [...section!])
          .filter(([key, cell]) => !isNumeric(cell) || cell.text !== String(values.get(key)));
        expect(wrong, 'cells not read, or totals not computed, exactly').to.deep.equal([]);
      }),
    );
  });

  it('finds nothing in two consecutive consistent years (R6, R7), and the cross-year rules do run', async function () {
    await assertProperty(
      this,
      'consistentReports',
      fc.property(
        consistentYears(),
        spelling(),
        spelling(),
        ({ current, previous }, how, previousHow) => {
          const doc = writeDocument(current, how);
          const last = { ...writeDocument(previous, previousHow), year: 2024 };
          expect(check(doc, last).findings.map(describeFinding)).to.deep.equal([]);
          // The same pair with last year's 四 moved by one: R6 must notice, or it never ran.
          const moved = setCell(
            structuredClone(last),
            'applications.carriedForward.naturalPerson',
            (previous.get('applications.carriedForward.naturalPerson') as number) + 1,
          );
          expect(check(doc, moved).findings.map((f) => f.rule)).to.include('crossYear.carriedOver');
        },
      ),
    );
  });

  it('fires exactly the relations that read a changed cell, each naming it, off by exactly the change', async function () {
    const keys = LAYOUT_LIST.flatMap((layout) => [
      ...parseReport({}, [layout]).sections[layout.id]!.keys(),
    ]);
    await assertProperty(
      this,
      'singleCellChange',
      fc.property(
        consistentYears(),
        spelling({ omitTotals: false }),
        fc.constantFrom(...keys),
        change(),
        ({ current, previous }, how, key, what) => {
          // A value that is no count may still be a good amount (1.5, "1.0"): not a bad cell there.
          fc.pre(
            !(what.kind === 'invalid' && isAmount(current.get(key)) && isGoodAmount(what.given)),
          );
          const { doc, delta } = applyChange(
            writeDocument(current, how),
            key,
            current.get(key)!,
            what,
          );
          const findings = check(doc, previousDocument(previous)).findings;

          const expected = RULES.flatMap((rule) =>
            rule.relations
              .filter((relation) => reads(relation, key, 'current'))
              .map((relation) => ({ rule, relation })),
          );
          const relationFindings = findings.filter((f) => !f.rule.startsWith('cell.'));
          expect(relationFindings.map(describeFinding)).to.have.members(
            expected.map(
              ({ rule, relation }) => `${rule.id} [${currentCells(relation).join(' ')}]`,
            ),
          );
          for (const finding of relationFindings) {
            expect(finding.cells, finding.message).to.include(key);
            const { rule, relation } = expected.find(
              (e) =>
                e.rule.id === finding.rule &&
                currentCells(e.relation).join() === finding.cells.join(),
            )!;
            if (delta === undefined) {
              expect(finding).to.deep.include({ severity: 'warning', unverifiable: true });
            } else {
              expect(finding.severity).to.equal(rule.severity);
              expect(exact(finding.actual) - exact(finding.expected), finding.message).to.equal(
                shift(relation, key, 'current', delta),
              );
            }
          }
          const cellFindings = findings.filter((f) => f.rule.startsWith('cell.'));
          if (what.kind === 'delta') expect(cellFindings).to.deep.equal([]);
          else {
            expect(cellFindings.map((f) => [f.rule, f.cells])).to.deep.equal([
              [what.kind === 'blank' ? 'cell.blank' : 'cell.invalid', [key]],
            ]);
          }
        },
      ),
    );
  });

  it("fires exactly the cross-year relations that read a changed cell of last year's report", async function () {
    const keys = [
      ...new Set(
        CROSS_YEAR_RULES.flatMap((rule) =>
          rule.relations
            .flatMap((r) => [...r.lhs, ...r.rhs])
            .filter((t) => t.year === 'previous')
            .map((t) => t.cell),
        ),
      ),
    ];
    await assertProperty(
      this,
      'singleCellChange',
      fc.property(
        consistentYears(),
        fc.constantFrom(...keys),
        fc.tuple(count(), fc.boolean()),
        ({ current, previous }, key, [n, up]) => {
          const old = previous.get(key) as number;
          const delta = up || old < n + 1 ? n + 1 : -(n + 1);
          const last = setCell(previousDocument(previous), key, old + delta);
          const findings = check(writeDocument(current), last).findings;
          const expected = CROSS_YEAR_RULES.flatMap((rule) =>
            rule.relations
              .filter((r) => reads(r, key, 'previous'))
              .map((relation) => ({ rule, relation })),
          );
          expect(findings.map(describeFinding)).to.have.members(
            expected.map(
              ({ rule, relation }) => `${rule.id} [${currentCells(relation).join(' ')}]`,
            ),
          );
          for (const finding of findings) {
            const { relation } = expected.find(
              (e) =>
                e.rule.id === finding.rule &&
                currentCells(e.relation).join() === finding.cells.join(),
            )!;
            expect(exact(finding.actual) - exact(finding.expected)).to.equal(
              shift(relation, key, 'previous', BigInt(delta)),
            );
          }
        },
      ),
    );
  });
});

/** A finding's sum as an exact integer (counts), whether it came as a number or as text. */
function exact(value: number | string | undefined): bigint {
  if (value === undefined) throw new Error('a relation finding without its sums');
  return BigInt(value);
}
