import { expect } from '@open-wc/testing';
import { xiangtan, type JsonObject } from '../../test/fixtures/reports.js';
import type { TableLayout } from './layout.js';
import { APPLICATIONS_LAYOUT } from './layouts/applications.js';
import { PROACTIVE_LAYOUT } from './layouts/proactive.js';
import { REVIEW_LITIGATION_LAYOUT } from './layouts/review-litigation.js';
import { parseJson, parseReport } from './parse.js';

const parse = (input: unknown) => parseReport(input, [APPLICATIONS_LAYOUT]);
const cell = (input: unknown, key: string) => parse(input).sections.applications?.get(key);

describe('parseReport', () => {
  it('reads a whole document with array rows', () => {
    const report = parse(xiangtan());
    expect(report.problems).to.deep.equal([]);
    expect(report.agency).to.equal('湘潭县人民政府');
    expect(report.year).to.equal(2025);
    expect(report.sections.applications!.size).to.equal(175);
    expect(cell(xiangtan(), 'applications.otherHandling.feeUnpaid.naturalPerson')).to.deep.include({
      text: '14',
    });
  });

  it('reads just the applications object', () => {
    const section = xiangtan().applications;
    expect(parse(section).problems).to.deep.equal([]);
    expect(cell(section, 'applications.received.total')).to.deep.include({ text: '177' });
  });

  it('reads object rows, where any key may be absent', () => {
    const doc = xiangtan();
    (doc.applications as JsonObject).received = {
      naturalPerson: '174',
      commercial: 1,
      research: 0,
      publicInterest: 0,
      legalService: 0,
      other: 2,
    };
    expect(parse(doc).problems).to.deep.equal([]);
    expect(cell(doc, 'applications.received.naturalPerson')).to.deep.include({ text: '174' });
    expect(cell(doc, 'applications.received.total')).to.deep.equal({
      state: 'blank',
      given: undefined,
    });
  });

  it('reads an object made with another prototype by its own keys only, cells and groups alike', () => {
    const doc = xiangtan();
    const applications = doc.applications as JsonObject;
    // A cell the prototype holds is not the row's: absent, as if left out.
    applications.received = Object.assign(Object.create({ commercial: 99 }) as JsonObject, {
      naturalPerson: 174,
      research: 0,
      publicInterest: 0,
      legalService: 0,
      other: 2,
      total: 177,
    });
    const withheld = applications.withheld as JsonObject;
    applications.withheld = Object.assign(Object.create({ extra: 1 }) as JsonObject, withheld);
    const report = parse(doc);
    expect(report.problems).to.deep.equal([]);
    expect(cell(doc, 'applications.received.naturalPerson')).to.deep.include({ text: '174' });
    expect(cell(doc, 'applications.received.commercial')).to.deep.equal({
      state: 'blank',
      given: undefined,
    });
    // The group's rows (containers, kept apart from cells while parsing) are read through it.
    expect(cell(doc, 'applications.withheld.stateSecret.naturalPerson')).to.deep.equal(
      cell(xiangtan(), 'applications.withheld.stateSecret.naturalPerson'),
    );
    expect(cell(doc, 'applications.withheld.stateSecret.naturalPerson')).to.not.equal(undefined);
  });

  it('reads a table, the agency and the year given as own keys that are not enumerable', () => {
    const doc = xiangtan();
    const hidden: JsonObject = {};
    for (const key of ['applications', 'agency', 'year'])
      Object.defineProperty(hidden, key, { value: doc[key], enumerable: false });
    const report = parse(hidden);
    expect(report.problems).to.deep.equal([]);
    expect(report.agency).to.equal('湘潭县人民政府');
    expect(report.year).to.equal(2025);
    expect(report.sections.applications!.get('applications.received.total')).to.deep.include({
      text: '177',
    });
  });

  it('reads array rows of six, leaving 总计 to be computed', () => {
    const doc = xiangtan();
    (doc.applications as JsonObject).received = [174, 1, 0, 0, 0, 2];
    expect(parse(doc).problems).to.deep.equal([]);
    expect(cell(doc, 'applications.received.total')).to.deep.equal({
      state: 'blank',
      given: undefined,
    });
  });

  it('refuses arrays of the wrong length, naming the place', () => {
    const doc = xiangtan();
    (doc.applications as JsonObject).received = [174, 1, 0];
    expect(parse(doc).problems).to.deep.equal([
      {
        code: 'wrongLength',
        path: 'applications.received',
        expected: [6, 7],
        actual: 3,
        fatal: true,
      },
    ]);
  });

  it('refuses a row of the wrong type', () => {
    const doc = xiangtan();
    ((doc.applications as JsonObject).withheld as JsonObject).stateSecret = 'four';
    expect(parse(doc).problems).to.deep.equal([
      {
        code: 'wrongType',
        path: 'applications.withheld.stateSecret',
        expected: 'row',
        actual: 'string',
        fatal: true,
        given: '"four"',
      },
    ]);
  });

  it('refuses a document without the section, and non-objects', () => {
    expect(parse({ agency: 'x', year: 2025 }).problems).to.deep.equal([
      { code: 'missingSection', path: 'applications', fatal: true },
    ]);
    expect(parse([1, 2]).problems[0]).to.deep.include({
      code: 'wrongType',
      expected: 'object',
      actual: 'array',
      fatal: true,
    });
    expect(parse('text').problems[0]).to.deep.include({ code: 'wrongType', actual: 'string' });
  });

  it('reports unknown keys without failing, and never follows __proto__', () => {
    const doc = parseJson(
      '{"applications": {"__proto__": {"received": [1,1,1,1,1,1,6]}, "extra": 1}}',
    );
    expect(doc.ok).to.equal(true);
    const report = parse(doc.ok ? doc.value : null);
    expect(report.problems.map((p) => ('path' in p ? p.path : ''))).to.deep.equal([
      'applications.__proto__',
      'applications.extra',
    ]);
    expect(report.sections.applications!.get('applications.received.naturalPerson')).to.deep.equal({
      state: 'blank',
      given: undefined,
    });
    expect(({} as Record<string, unknown>).received).to.equal(undefined);
  });

  it('reports a non-string agency and a bad year as warnings', () => {
    const doc = { ...xiangtan(), agency: 42, year: 'next' };
    const problems = parse(doc).problems;
    expect(problems.map((p) => [p.code, 'path' in p && p.path, p.fatal])).to.deep.equal([
      ['wrongType', 'agency', false],
      ['wrongType', 'year', false],
    ]);
  });

  it('does not mutate its input, and parsing twice gives equal results', () => {
    const doc = xiangtan();
    const copy = JSON.stringify(doc);
    const first = parse(doc);
    const second = parse(doc);
    expect(JSON.stringify(doc)).to.equal(copy);
    expect([...first.sections.applications!]).to.deep.equal([...second.sections.applications!]);
  });

  // The parser keeps its working arrays from one parse to the next (see `spareScratch`).
  describe('keeps nothing of one document for the next', () => {
    const withoutWithheld = (): JsonObject => {
      const doc = xiangtan();
      delete (doc.applications as JsonObject).withheld;
      return doc;
    };
    const stateSecret = 'applications.withheld.stateSecret.naturalPerson';
    const absent = { state: 'blank', given: undefined };

    it('a group given before is absent from the next document that leaves it out', () => {
      parse(xiangtan());
      expect(cell(withoutWithheld(), stateSecret)).to.deep.equal(absent);
    });

    it('a getter of the data that parses another document leaves this one whole', () => {
      const doc = xiangtan();
      const applications = doc.applications as JsonObject;
      const carriedForward = applications.carriedForward;
      // The last key of the section: every group before it has been read when the getter runs.
      Object.defineProperty(applications, 'carriedForward', {
        enumerable: true,
        get: () => {
          parse(withoutWithheld());
          return carriedForward;
        },
      });
      const report = parse(doc);
      expect(report.problems).to.deep.equal([]);
      expect([...report.sections.applications!]).to.deep.equal([
        ...parse(xiangtan()).sections.applications!,
      ]);
    });

    it('a document whose getter throws leaves nothing behind for the next', () => {
      const doc = xiangtan();
      Object.defineProperty(doc.applications as JsonObject, 'carriedForward', {
        enumerable: true,
        get: () => {
          throw new Error('a getter of the data');
        },
      });
      expect(() => parse(doc)).to.throw('a getter of the data');
      expect(cell(withoutWithheld(), stateSecret)).to.deep.equal(absent);
    });
  });

  it('turns malformed JSON into a problem instead of throwing', () => {
    const result = parseJson('{"applications": [');
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.problem.code).to.equal('json');
  });
});

// Regression (found by the JSON-literal properties, parse.property.test.ts): JSON.parse rounded
// number literals before any cell was read, so a count of 9007199254740993 was quoted as
// 9007199254740992, 1.0000000000000001 was accepted as 1, and a fee of 12345678901234.123456
// was shown and summed as 12345678901234.123.
describe('parseJson keeps number literals as written', () => {
  const cellOf = (json: string, layout: TableLayout, key: string) => {
    const parsed = parseJson(json);
    return parsed.ok
      ? parseReport(parsed.value, [layout]).sections[layout.id]?.get(key)
      : undefined;
  };
  const row = (first: string) => `{"applications": {"received": [${first}, 0, 0, 0, 0, 0]}}`;

  it('rejects an integer beyond 2^53 − 1 quoting the digits written, not the rounded double', () => {
    expect(
      cellOf(row('9007199254740993'), APPLICATIONS_LAYOUT, 'applications.received.naturalPerson'),
    ).to.deep.equal({
      state: 'invalid',
      given: '9007199254740993',
      reason: 'tooLarge',
    });
  });

  it('rejects a count written with a fraction, even one a double cannot tell from an integer', () => {
    for (const literal of ['1.0', '1.0000000000000001', '174.00']) {
      expect(
        cellOf(row(literal), APPLICATIONS_LAYOUT, 'applications.received.naturalPerson'),
      ).to.deep.include({ state: 'invalid', given: literal, reason: 'notInteger' });
    }
  });

  it('reads an amount literal exactly and shows it as published', () => {
    const fees = (literal: string) =>
      cellOf(`{"proactive": {"fees": ${literal}}}`, PROACTIVE_LAYOUT, 'proactive.fees');
    expect(fees('12345678901234.123456')).to.deep.include({
      state: 'value',
      text: '12345678901234.123456',
      micros: 12345678901234123456n,
    });
    expect(fees('100.50')).to.deep.include({ state: 'value', text: '100.50', micros: 100500000n });
    expect(fees('1779.2656')).to.deep.include({
      state: 'value',
      text: '1779.2656',
      micros: 1779265600n,
    });
  });

  it('still reads valid JSON nested too deep for the literal-keeping pass (found by the element fuzzer)', () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const parsed = parseJson(deep);
    expect(parsed.ok).to.equal(true);
  });

  it('leaves every number in its shortest form as a number, and -0 still negative', () => {
    const parsed = parseJson('{"a": [0, 174, 1779.2656, 9007199254740991, 1e+21, -0]}');
    expect(parsed.ok && (parsed.value as { a: unknown[] }).a).to.deep.equal([
      0,
      174,
      1779.2656,
      9007199254740991,
      1e21,
      '-0',
    ]);
    expect(
      cellOf(row('-0'), APPLICATIONS_LAYOUT, 'applications.received.naturalPerson'),
    ).to.deep.include({ state: 'invalid', reason: 'negative' });
  });
});

describe('a table missing, or its key misspelt', () => {
  const REPORT = [PROACTIVE_LAYOUT, APPLICATIONS_LAYOUT, REVIEW_LITIGATION_LAYOUT];
  const misspelt = (): JsonObject => {
    const doc = xiangtan();
    doc.application = doc.applications;
    delete doc.applications;
    return doc;
  };

  it('names a misspelt table key once, with the table meant, in place of the missing table', () => {
    expect(parse(misspelt()).problems).to.deep.equal([
      { code: 'unknownKey', path: 'application', section: 'applications', fatal: true },
    ]);
    // Without agency or year too: the key alone says it is a document, not a section.
    expect(parse({ application: xiangtan().applications }).problems).to.deep.equal([
      { code: 'unknownKey', path: 'application', section: 'applications', fatal: true },
    ]);
    const report = parseReport(misspelt(), REPORT, { partial: true });
    expect(report.problems).to.deep.equal([
      { code: 'unknownKey', path: 'application', section: 'applications', fatal: false },
    ]);
    expect(report.sections.applications).to.equal(undefined);
  });

  it('suggests nothing when the table is there, or for a key unlike any table', () => {
    const doc = xiangtan();
    doc.application = 1;
    doc.notes = 'x';
    expect(parse(doc).problems).to.deep.equal([
      { code: 'unknownKey', path: 'application', fatal: false },
      { code: 'unknownKey', path: 'notes', fatal: false },
    ]);
    expect(parse(xiangtan()).problems).to.deep.equal([]);
  });

  it('lets the report show the tables it has: a missing one is not fatal, unless all are', () => {
    const doc = xiangtan();
    delete doc.reviewLitigation;
    expect(parseReport(doc, REPORT, { partial: true }).problems).to.deep.equal([
      { code: 'missingSection', path: 'reviewLitigation', fatal: false },
    ]);
    expect(parseReport(doc, REPORT).problems).to.deep.equal([
      { code: 'missingSection', path: 'reviewLitigation', fatal: true },
    ]);
    expect(
      parseReport({ agency: 'x' }, REPORT, { partial: true }).problems.map((p) => p.fatal),
    ).to.deep.equal([true, true, true]);
  });
});
