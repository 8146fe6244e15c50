import { expect } from '@open-wc/testing';
import {
  getCell,
  pingtan2019,
  setCell,
  xiangtan,
  type Json,
  type JsonObject,
} from '../../../test/fixtures/reports.js';
import { localizedText } from '../../internal/text.js';
import { checkReport, type Finding } from '../check.js';
import { compileTable } from '../compile.js';
import { compiledFormat, formats } from '../format.js';
import { parseDocument } from '../parse.js';

const format = compiledFormat('2019');

function check(doc: unknown, previous?: unknown) {
  const report = parseDocument(doc);
  return checkReport({
    layouts: compiledFormat(report.format!).tables,
    rules: compiledFormat(report.format!).rules,
    report,
    ...(previous === undefined ? {} : { previous: parseDocument(previous) }),
    text: localizedText,
  });
}
const rulesOf = (findings: readonly Finding[]) => [...new Set(findings.map((f) => f.rule))].sort();

describe('the 2019 trial format', () => {
  it('is chosen by "format": "2019", and has its own table 二 and the 2021 table 四', () => {
    const report = parseDocument(pingtan2019());
    expect(report.format).to.equal('2019');
    expect(report.problems).to.deep.equal([]);
    expect(formats['2019'].tables[2]).to.equal(formats['2021'].tables[2]);
    expect(report.sections.proactive!.size).to.equal(6 + 6 + 6 + 2 + 2);
    expect(report.sections.applications!.size).to.equal(23 * 7);
  });

  it('declares table 二 with the keys of the issue, and （六）其他处理 as one row of table 三', () => {
    const keys = compileTable(format.tables[0]).cells.map((cell) => cell.key);
    expect(keys).to.deep.equal([
      'proactive.rules.made',
      'proactive.rules.published',
      'proactive.rules.total',
      'proactive.normativeDocuments.made',
      'proactive.normativeDocuments.published',
      'proactive.normativeDocuments.total',
      ...['licensing', 'otherServices', 'penalties', 'coercion'].flatMap((row) =>
        ['previous', 'change', 'decisions'].map((column) => `proactive.${row}.${column}`),
      ),
      'proactive.fees.previous',
      'proactive.fees.change',
      'proactive.procurement.projects',
      'proactive.procurement.amount',
    ]);
    const applications = compileTable(format.tables[1]);
    expect(applications.byKey.has('applications.otherHandling.naturalPerson')).to.equal(true);
    expect(
      applications.byKey.has('applications.otherHandling.noCorrection.naturalPerson'),
    ).to.equal(false);
    // 三、本年度办理结果 spans 20 rows: 19 detail rows and （七）总计.
    expect(applications.blocks[0].rows.filter((path) => path[0].name === 'results')).to.have.length(
      20,
    );
  });

  it('stays quiet on the 平潭 2019 report as published: R1–R4 hold', () => {
    const { findings } = check(pingtan2019());
    expect(findings).to.deep.equal([]);
    expect(format.rules.map((rule) => rule.id)).to.deep.equal([
      'applications.balance',
      'applications.resultsTotal',
      'applications.rowTotal',
      'crossYear.carriedOver',
      'reviewLitigation.total',
    ]);
  });

  it('reads a signed 本年增/减: a decrease is valid, not an error', () => {
    const doc = setCell(pingtan2019(), 'proactive.licensing.change', -12);
    setCell(doc, 'proactive.fees.change', '-3');
    const { cells, findings } = check(doc);
    expect(findings).to.deep.equal([]);
    expect(cells.proactive!.get('proactive.licensing.change')).to.deep.include({ number: -12 });
    expect(cells.proactive!.get('proactive.fees.change')).to.deep.include({
      text: '-3',
      number: -3,
    });
  });

  it('still refuses a negative count elsewhere in table 二', () => {
    const { findings } = check(setCell(pingtan2019(), 'proactive.licensing.previous', -1));
    expect(findings.map((f) => [f.rule, f.cells])).to.deep.equal([
      ['cell.invalid', ['proactive.licensing.previous']],
    ]);
  });

  it('reads 采购总金额 as an exact decimal with its unit, and refuses a unit that is not text', () => {
    const { cells } = check(pingtan2019());
    expect(cells.proactive!.get('proactive.procurement.amount')).to.deep.equal({
      state: 'value',
      text: '75394432.52',
      number: 75394432.52,
      micros: 75394432520000n,
      unit: '元',
    });
    const doc = pingtan2019();
    ((doc.proactive as JsonObject).procurement as JsonObject).amountUnit = 7;
    const { findings } = check(doc);
    expect(findings.map((f) => [f.rule, f.path])).to.deep.equal([
      ['input.wrongType', 'proactive.procurement.amountUnit'],
    ]);
  });

  it('reads （六）其他处理 written as the 2021 object as an unknown key, and its cells as left out', () => {
    const doc = pingtan2019();
    (doc.applications as JsonObject).otherHandling = { noCorrection: [0, 0, 0, 0, 0, 0, 0] };
    const report = parseDocument(doc);
    expect(report.problems).to.deep.equal([
      { code: 'unknownKey', path: 'applications.otherHandling.noCorrection', fatal: false },
    ]);
    expect(
      report.sections.applications!.get('applications.otherHandling.naturalPerson'),
    ).to.deep.equal({
      state: 'blank',
      given: undefined,
    });
  });

  describe('R1–R4 fire on a 2019 report', () => {
    const cases: [string, string][] = [
      ['applications.carriedForward.naturalPerson', 'applications.balance'],
      ['applications.otherHandling.naturalPerson', 'applications.resultsTotal'],
      ['applications.granted.total', 'applications.rowTotal'],
      ['reviewLitigation.review.total', 'reviewLitigation.total'],
    ];
    for (const [key, rule] of cases) {
      it(`${rule}: ${key} + 1`, () => {
        const doc = pingtan2019();
        setCell(doc, key, ((getCell(doc, key) as number) + 1) as Json);
        const findings = check(doc).findings;
        expect(findings.map((f) => f.rule)).to.include(rule);
        const finding = findings.find((f) => f.rule === rule)!;
        expect(finding.cells).to.include(key);
        expect(Math.abs(Number(finding.actual) - Number(finding.expected))).to.equal(1);
      });
    }
    it('R2 sums the 19 detail rows of table 三 (2019), with 其他处理 one of them', () => {
      const r2 = format.rules.find((rule) => rule.id === 'applications.resultsTotal')!;
      expect(r2.relations[0].rhs).to.have.length(19);
      expect(r2.relations[0].rhs.map((term) => term.cell)).to.include(
        'applications.otherHandling.naturalPerson',
      );
    });
  });

  describe('across years', () => {
    /** A 2021-format report for 2021 whose 二、上年结转 is 平潭's 2020 (2019 format) 四、结转下年度继续办理. */
    function after2020(): { current: JsonObject; previous: JsonObject } {
      const previous = { ...pingtan2019(), year: 2020 };
      setCell(previous, 'applications.carriedForward.naturalPerson', 5);
      setCell(previous, 'applications.carriedForward.total', 5);
      setCell(previous, 'applications.total.naturalPerson', 18);
      setCell(previous, 'applications.total.total', 18);
      setCell(previous, 'applications.granted.naturalPerson', 2);
      setCell(previous, 'applications.granted.total', 2);
      const current = { ...xiangtan(), year: 2021 };
      return { current, previous };
    }

    it('R6 stays quiet from a 2020 report (2019 format) to a 2021 report that carries it over', () => {
      const { current, previous } = after2020();
      expect(check(previous).findings).to.deep.equal([]);
      expect(check(current, previous).findings).to.deep.equal([]);
    });

    it('R6 fires from a 2020 report (2019 format) to a 2021 report that does not', () => {
      const { current, previous } = after2020();
      setCell(previous, 'applications.carriedForward.commercial', 1);
      setCell(previous, 'applications.carriedForward.total', 6);
      const findings = check(current, previous).findings.filter(
        (f) => f.rule === 'crossYear.carriedOver',
      );
      expect(findings.map((f) => [f.cells, f.actual, f.expected])).to.deep.equal([
        [['applications.carriedOver.commercial'], 0, 1],
        [['applications.carriedOver.total'], 5, 6],
      ]);
    });

    it('skips R7 without a finding when last year’s report is in the 2019 format', () => {
      const { current, previous } = after2020();
      // 对外公开总数量 is not 现行有效件数: even wildly different figures say nothing.
      setCell(previous, 'proactive.normativeDocuments.total', 100000);
      expect(rulesOf(check(current, previous).findings)).to.deep.equal([]);
    });

    it('R7 still fires between two 2021-format reports', () => {
      const previous = { ...xiangtan(), year: 2024 };
      setCell(previous, 'proactive.normativeDocuments.inForce', 1);
      expect(rulesOf(check(xiangtan(), previous).findings)).to.include('crossYear.inForce');
    });
  });
});
