/**
 * Properties of parsing (and checking what was parsed) over arbitrary and hostile input:
 * total, never writing to its input or to Object.prototype, deterministic, and never rounding
 * a number written in JSON text.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  brokenDocument,
  consistentReport,
  deepFreeze,
  HOSTILE_KEYS,
  hostileJson,
  LAYOUTS,
  spelling,
  writeDocument,
} from '../../test/fixtures/arbitraries.js';
import { type JsonObject } from '../../test/fixtures/reports.js';
import { canonicalReport } from '../../test/helpers/canonical-report.js';
import { assertProperty } from '../../test/helpers/fuzz.js';
import { localizedText } from '../internal/text.js';
import { checkReport } from './check.js';
import { valueCells, type TableLayout } from './layout.js';
import { parseJson, parseReport, type ParsedReport } from './parse.js';
import { REPORT_RULES } from './rules/index.js';

const RULES = REPORT_RULES;
const LAYOUT_LIST = Object.values(LAYOUTS);
/** What elements pass: each table on its own, and all of them together (the annual report). */
const LAYOUT_SETS: readonly (readonly TableLayout[])[] = [
  ...LAYOUT_LIST.map((layout) => [layout]),
  LAYOUT_LIST,
];
const ALL_KEYS = new Set(
  LAYOUT_LIST.flatMap((layout) => valueCells(layout).map((cell) => cell.key)),
);
const PROBLEM_CODES = [
  'json',
  'fetch',
  'wrongType',
  'missingSection',
  'wrongLength',
  'unknownKey',
  'unknownFormat',
];
const FINDING_RULES = new Set([
  'cell.blank',
  'cell.invalid',
  'input.unknownKey',
  'input.wrongType',
  'input.previous',
  'input.previousYear',
  ...RULES.map((r) => r.id),
]);

/** Object.prototype's own properties and their descriptors: any pollution changes this. */
const prototypeSnapshot = (): string =>
  JSON.stringify(
    Object.getOwnPropertyNames(Object.prototype).map((name) => [
      name,
      typeof Object.getOwnPropertyDescriptor(Object.prototype, name)!.value,
    ]),
  );

/** Parses and checks like an element does, and asserts what must hold for any input. */
function parseAndCheck(
  input: unknown,
  layouts: readonly TableLayout[],
  previous?: unknown,
): ParsedReport {
  // Violations are collected and asserted once: an expect() per finding would dominate the run.
  const wrong: string[] = [];
  const report = parseReport(input, layouts);
  for (const problem of report.problems) {
    if (!PROBLEM_CODES.includes(problem.code)) wrong.push(`problem code ${problem.code}`);
    const code: string = problem.code;
    const placed =
      problem.code === 'json' ||
      problem.code === 'fetch' ||
      problem.code === 'scriptType' ||
      typeof problem.path === 'string';
    if (problem.fatal && !placed) wrong.push(`fatal ${code} without a path`);
  }
  if (!report.problems.some((p) => p.fatal)) {
    for (const layout of layouts) {
      if (report.sections[layout.id]?.size !== valueCells(layout).length)
        wrong.push(`cells of ${layout.id}`);
    }
  }
  const { findings } = checkReport({
    layouts,
    rules: RULES,
    report,
    ...(previous === undefined ? {} : { previous: parseReport(previous, layouts) }),
    text: localizedText,
  });
  if (!Array.isArray(findings)) wrong.push('findings not an array');
  for (const finding of findings) {
    if (!FINDING_RULES.has(finding.rule)) wrong.push(`rule ${finding.rule}`);
    if (typeof finding.message !== 'string' || finding.message === '')
      wrong.push(`no message: ${finding.rule}`);
    if (finding.severity !== 'error' && finding.severity !== 'warning')
      wrong.push(`severity ${finding.severity}`);
    for (const key of finding.cells) if (!ALL_KEYS.has(key)) wrong.push(`cell ${key}`);
  }
  expect(wrong).to.deep.equal([]);
  return report;
}

describe('parseReport and checkReport: properties', () => {
  const before = prototypeSnapshot();
  afterEach(() => {
    expect(prototypeSnapshot()).to.equal(before);
    for (const key of ['received', 'applications', 'polluted', 'naturalPerson', 'total']) {
      expect(({} as Record<string, unknown>)[key], `Object.prototype.${key}`).to.equal(undefined);
    }
  });

  it('never throws on any value at all, and always answers with problems or findings', async function () {
    await assertProperty(
      this,
      'parseTotal',
      fc.property(
        hostileJson(),
        fc.constantFrom(...LAYOUT_SETS),
        fc.option(hostileJson(), { nil: undefined }),
        (input, layouts, previous) => {
          parseAndCheck(input, layouts, previous);
        },
      ),
    );
  });

  it('never throws on a report broken at any place, at any level', async function () {
    await assertProperty(
      this,
      'parseTotal',
      fc.property(brokenDocument(), fc.constantFrom(...LAYOUT_SETS), (input, layouts) => {
        parseAndCheck(input, layouts);
        parseAndCheck(JSON.parse(JSON.stringify(input)), layouts);
      }),
    );
  });

  it('reports __proto__, constructor and prototype as unknown keys at every level, and follows none of them', async function () {
    await assertProperty(
      this,
      'parseTotal',
      fc.property(
        consistentReport(),
        fc.constantFrom(...HOSTILE_KEYS),
        fc.nat(),
        (values, key, where) => {
          const doc = writeDocument(values);
          // Objects of the document, as JSON text gives them: `__proto__` becomes an own key there.
          const objects: JsonObject[] = [doc];
          for (const section of ['proactive', 'applications', 'reviewLitigation']) {
            objects.push(doc[section] as JsonObject);
            for (const child of Object.values(doc[section] as JsonObject))
              if (child && typeof child === 'object' && !Array.isArray(child)) objects.push(child);
          }
          const target = objects[where % objects.length];
          const text = JSON.stringify(doc).replace(
            JSON.stringify(target),
            JSON.stringify(target).replace(
              /^\{/,
              `{${JSON.stringify(key)}:{"received":[1,1,1,1,1,1,6],"naturalPerson":1},`,
            ),
          );
          const parsed = parseJson(text);
          if (!parsed.ok) throw new Error('generated JSON did not parse');
          const report = parseAndCheck(parsed.value, LAYOUT_LIST);
          const unknown = report.problems
            .filter((p) => p.code === 'unknownKey')
            .map((p) => ('path' in p ? p.path : ''));
          expect(unknown).to.have.length(1);
          expect(unknown[0].endsWith(`.${key}`) || unknown[0] === key, unknown[0]).to.equal(true);
          // The cells are exactly the consistent report's: the hostile key changed nothing.
          const { findings } = checkReport({
            layouts: LAYOUT_LIST,
            rules: RULES,
            report,
            text: localizedText,
          });
          expect(findings.map((f) => f.rule)).to.deep.equal(['input.unknownKey']);
        },
      ),
    );
  });

  it('survives very long strings and deeply nested arrays and objects anywhere', async function () {
    const deepArray = (depth: number): unknown =>
      JSON.parse(`${'['.repeat(depth)}1${']'.repeat(depth)}`);
    const deepObject = (depth: number): unknown =>
      JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
    await assertProperty(
      this,
      'parseDeep',
      fc.property(
        consistentReport(),
        fc.constantFrom(...valueCells(LAYOUTS.applications).map((c) => c.key)),
        fc.constantFrom(
          () => 'x'.repeat(1_000_000),
          () => '<img src=x onerror=alert(1)>'.repeat(10_000),
          () => deepArray(5_000),
          () => deepObject(5_000),
          () => Array.from({ length: 100_000 }, (_, i) => i),
        ),
        fc.boolean(),
        (values, key, make, asRow) => {
          const doc = writeDocument(values);
          const applications = doc.applications as JsonObject;
          const path = key.split('.').slice(1);
          if (asRow) {
            let node = applications;
            for (const segment of path.slice(0, -2)) node = node[segment] as JsonObject;
            node[path[path.length - 2]] = make() as JsonObject;
          } else {
            const row = path
              .slice(0, -1)
              .reduce<JsonObject>(
                (node, segment) => node[segment] as JsonObject,
                applications,
              ) as unknown as unknown[];
            row[0] = make();
          }
          const report = parseAndCheck(doc, [LAYOUTS.applications]);
          const { findings } = checkReport({
            layouts: [LAYOUTS.applications],
            rules: RULES,
            report,
            text: localizedText,
          });
          // A message quotes the value, but only its beginning.
          for (const finding of findings) expect(finding.message.length).to.be.below(400);
          for (const problem of report.problems)
            expect(localizedText.problem(problem).length).to.be.below(400);
        },
      ),
    );
  });

  it('never writes to its input, and gives equal results for the same input', async function () {
    await assertProperty(
      this,
      'noMutation',
      fc.property(
        fc.oneof(
          brokenDocument(),
          consistentReport().chain((values) => spelling().map((how) => writeDocument(values, how))),
        ),
        fc.constantFrom(...LAYOUT_SETS),
        (input, layouts) => {
          const text = JSON.stringify(input);
          const frozen = deepFreeze(input);
          const first = parseAndCheck(frozen, layouts);
          const second = parseAndCheck(frozen, layouts);
          expect(JSON.stringify(frozen)).to.equal(text);
          expect(canonicalReport(second)).to.equal(canonicalReport(first));
        },
      ),
    );
  });
});

describe('parseJson: properties', () => {
  /** A JSON document with one cell written as a raw number literal. */
  const withLiteral = (
    values: Map<string, number | string>,
    key: string,
    literal: string,
  ): string => {
    const doc = writeDocument(values, {
      arrays: () => false,
      cell: () => 'number',
      omitTotal: () => false,
      pad: () => '',
    });
    const path = key.split('.');
    const row = path
      .slice(0, -1)
      .reduce<JsonObject>((node, segment) => node[segment] as JsonObject, doc);
    row[path[path.length - 1]] = '@@literal@@';
    return JSON.stringify(doc).replace('"@@literal@@"', literal);
  };
  const cellAfter = (text: string, key: string) => {
    const parsed = parseJson(text);
    if (!parsed.ok) throw new Error(`not JSON: ${text.slice(0, 80)}`);
    const report = parseReport(parsed.value, LAYOUT_LIST);
    const cell = report.sections[key.split('.')[0] as keyof typeof LAYOUTS]!.get(key)!;
    const { findings } = checkReport({
      layouts: LAYOUT_LIST,
      rules: RULES,
      report,
      text: localizedText,
    });
    return { cell, findings: findings.filter((f) => f.cells.length === 1 && f.cells[0] === key) };
  };
  const countKeys = valueCells(LAYOUTS.applications).map((c) => c.key);

  it('never rounds an integer beyond 2^53 − 1 written in JSON text: it is rejected, and quoted as written', async function () {
    await assertProperty(
      this,
      'jsonLiterals',
      fc.property(
        consistentReport(),
        fc.constantFrom(...countKeys),
        fc.bigInt({ min: 2n ** 53n, max: 10n ** 30n }),
        (values, key, n) => {
          const literal = n.toString();
          const { cell, findings } = cellAfter(withLiteral(values, key, literal), key);
          expect(cell).to.deep.include({ state: 'invalid', reason: 'tooLarge' });
          expect(findings.map((f) => f.rule)).to.deep.equal(['cell.invalid']);
          expect(findings[0].message).to.contain(literal);
        },
      ),
    );
  });

  it('never reads a count written with a fraction (1.0, 7.0000000000000001) as an integer', async function () {
    await assertProperty(
      this,
      'jsonLiterals',
      fc.property(
        consistentReport(),
        fc.constantFrom(...countKeys),
        fc.nat(10_000),
        fc.integer({ min: 1, max: 20 }),
        fc.nat(9),
        (values, key, whole, places, digit) => {
          const literal = `${whole}.${'0'.repeat(places - 1)}${digit}`;
          const { cell, findings } = cellAfter(withLiteral(values, key, literal), key);
          expect(cell).to.deep.include({ state: 'invalid', reason: 'notInteger' });
          expect(findings[0].message).to.contain(literal);
        },
      ),
    );
  });

  it('reads an amount written as a number literal exactly as written, whatever its precision', async function () {
    await assertProperty(
      this,
      'jsonLiterals',
      fc.property(
        consistentReport(),
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.nat(6),
        fc.nat(999_999),
        (values, whole, places, fraction) => {
          const literal =
            places === 0
              ? whole.toString()
              : `${whole}.${String(fraction).padStart(6, '0').slice(0, places)}`;
          const { cell } = cellAfter(
            withLiteral(values, 'proactive.fees', literal),
            'proactive.fees',
          );
          const micros = whole * 1_000_000n + BigInt((literal.split('.')[1] ?? '').padEnd(6, '0'));
          expect(cell).to.deep.include({ state: 'value', text: literal, micros });
        },
      ),
    );
  });
});
