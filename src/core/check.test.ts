import { expect } from '@open-wc/testing';
import {
  breaksBalance,
  breaksResultsTotal,
  breaksRowTotal,
  getCell,
  setCell,
  withBlankCell,
  withInvalidCell,
  withoutTotals,
  xiangtan,
  type Json,
  type JsonObject,
} from '../../test/fixtures/reports.js';
import { localizedText } from '../internal/text.js';
import { checkReport, type Finding } from './check.js';
import { valueCells } from './layout.js';
import { APPLICATIONS_LAYOUT } from './layouts/applications.js';
import { parseReport } from './parse.js';
import { APPLICATIONS_RULES } from './rules/index.js';

function check(doc: unknown) {
  const report = parseReport(doc, [APPLICATIONS_LAYOUT]);
  return checkReport({
    layouts: [APPLICATIONS_LAYOUT],
    rules: APPLICATIONS_RULES,
    report,
    text: localizedText,
  });
}
const rulesOf = (findings: readonly Finding[]) => [...new Set(findings.map((f) => f.rule))].sort();

describe('checkReport on table 三', () => {
  it('finds nothing in the Xiangtan County 2025 report', () => {
    expect(check(xiangtan()).findings).to.deep.equal([]);
  });

  describe('applications.balance (R1)', () => {
    it('fires per column where 一 + 二 ≠ 三（七）+ 四, stating both sums', () => {
      const findings = check(breaksBalance()).findings;
      expect(rulesOf(findings)).to.deep.equal(['applications.balance']);
      expect(findings).to.have.length(2);
      expect(findings[0]).to.deep.include({ severity: 'error', expected: 178, actual: 179 });
      expect(findings[0].message).to.equal('自然人：一 + 二 = 179，三（七）+ 四 = 178');
      expect(findings[0].cells).to.include('applications.carriedForward.naturalPerson');
    });
    it('stays quiet when every column balances', () => {
      expect(
        check(xiangtan()).findings.filter((f) => f.rule === 'applications.balance'),
      ).to.deep.equal([]);
    });
  });

  describe('applications.resultsTotal (R2)', () => {
    it('fires where （七）总计 is not the sum of the 21 detail rows', () => {
      const findings = check(breaksResultsTotal()).findings;
      expect(rulesOf(findings)).to.deep.equal(['applications.resultsTotal']);
      expect(findings.map((f) => [f.actual, f.expected])).to.deep.equal([
        [171, 170],
        [174, 173],
      ]);
      expect(findings[0].message).to.equal(
        '自然人：（七）总计 = 171，（一）至（六）各项之和 = 170',
      );
      expect(findings[0].cells).to.have.length(22);
    });
    it('stays quiet on consistent totals', () => {
      expect(
        check(xiangtan()).findings.filter((f) => f.rule === 'applications.resultsTotal'),
      ).to.deep.equal([]);
    });
  });

  describe('applications.rowTotal (R3)', () => {
    it('fires per row where 总计 is not the sum of the six applicant columns', () => {
      const findings = check(breaksRowTotal()).findings;
      expect(rulesOf(findings)).to.deep.equal(['applications.rowTotal']);
      expect(findings.map((f) => f.message)).to.deep.equal([
        '（四）无法提供，1.本机关不掌握相关政府信息：总计 = 48，各类申请人之和 = 47',
        '（四）无法提供，2.没有现成信息需要另行制作：总计 = 0，各类申请人之和 = 1',
      ]);
    });
    it('stays quiet when every row adds up', () => {
      expect(
        check(xiangtan()).findings.filter((f) => f.rule === 'applications.rowTotal'),
      ).to.deep.equal([]);
    });
  });

  describe('cell.blank', () => {
    it('warns about a blank cell, never treats it as 0, and marks its relations unverifiable', () => {
      const findings = check(withBlankCell()).findings;
      const blank = findings.filter((f) => f.rule === 'cell.blank');
      expect(blank).to.have.length(1);
      expect(blank[0]).to.deep.include({
        severity: 'warning',
        cells: ['applications.withheld.lawProhibited.commercial'],
      });
      expect(blank[0].message)
        .to.contain('（三）不予公开，2.其他法律行政法规禁止公开，商业企业')
        .and.contain('"/"');
      const unverifiable = findings.filter((f) => f.unverifiable);
      expect(unverifiable.map((f) => f.rule).sort()).to.deep.equal([
        'applications.resultsTotal',
        'applications.rowTotal',
      ]);
      expect(unverifiable.every((f) => f.severity === 'warning')).to.equal(true);
    });
    it('stays quiet when every cell holds a number', () => {
      expect(check(xiangtan()).findings.filter((f) => f.rule === 'cell.blank')).to.deep.equal([]);
    });
    it('reports a cell left out of an object row as blank', () => {
      const doc = xiangtan();
      (doc.applications as JsonObject).granted = {
        naturalPerson: 54,
        commercial: 1,
        publicInterest: 0,
        legalService: 0,
        other: 2,
        total: 57,
      };
      const blank = check(doc).findings.filter((f) => f.rule === 'cell.blank');
      expect(blank.map((f) => f.cells)).to.deep.equal([['applications.granted.research']]);
    });
  });

  describe('cell.invalid', () => {
    it('reports a negative count as an error naming the cell and the value', () => {
      const findings = check(withInvalidCell()).findings.filter((f) => f.rule === 'cell.invalid');
      expect(findings).to.have.length(1);
      expect(findings[0]).to.deep.include({
        severity: 'error',
        cells: ['applications.withheld.queryMatter.research'],
      });
      expect(findings[0].message).to.equal(
        '（三）不予公开，8.属于行政查询事项，科研机构：-1 不是有效数值，不能为负数',
      );
    });
    it('stays quiet on valid values, including numeric strings with spaces', () => {
      const doc = setCell(xiangtan(), 'applications.received.naturalPerson', ' 174 ');
      expect(check(doc).findings).to.deep.equal([]);
    });
  });

  describe('totals', () => {
    it('computes every total left out of the data, marked computed, with no findings', () => {
      const result = check(withoutTotals());
      expect(result.findings).to.deep.equal([]);
      const cells = result.cells.applications!;
      expect(cells.get('applications.received.total')).to.deep.equal({
        state: 'computed',
        text: '177',
        number: 177,
      });
      expect(cells.get('applications.total.naturalPerson')).to.deep.include({
        state: 'computed',
        text: '170',
      });
      expect(cells.get('applications.total.total')).to.deep.include({
        state: 'computed',
        text: '173',
      });
      expect(cells.get('applications.received.naturalPerson')).to.deep.include({ state: 'value' });
    });
    it('never replaces a published total, even a wrong one', () => {
      const result = check(breaksRowTotal());
      expect(
        result.cells.applications!.get('applications.unavailable.notHeld.total'),
      ).to.deep.include({ state: 'value', text: '48' });
    });
    it('does not compute a total that was given blank', () => {
      const doc = setCell(xiangtan(), 'applications.received.total', '');
      const result = check(doc);
      expect(result.cells.applications!.get('applications.received.total')!.state).to.equal(
        'blank',
      );
      expect(rulesOf(result.findings.filter((f) => !f.unverifiable))).to.deep.equal(['cell.blank']);
    });
  });

  describe('perturbation: any single changed value', () => {
    // The expected rules, written from the format's text rather than from the rule declarations.
    const DETAIL_ROWS = new Set([
      'granted',
      'partiallyGranted',
      'withheld',
      'unavailable',
      'notProcessed',
      'otherHandling',
    ]);
    function expectedRules(key: string): string[] {
      const [, first] = key.split('.');
      const rules = new Set(['applications.rowTotal']); // every cell is in its row's R3
      if (['received', 'carriedOver', 'carriedForward', 'total'].includes(first))
        rules.add('applications.balance');
      if (DETAIL_ROWS.has(first) || first === 'total') rules.add('applications.resultsTotal');
      return [...rules].sort();
    }

    for (const cell of valueCells(APPLICATIONS_LAYOUT)) {
      it(`${cell.key} + 1 fires exactly its rules, naming the cell`, () => {
        const doc = xiangtan();
        const before = getCell(doc, cell.key) as number;
        setCell(doc, cell.key, (before + 1) as Json);
        const findings = check(doc).findings;
        expect(rulesOf(findings)).to.deep.equal(expectedRules(cell.key));
        for (const finding of findings) {
          expect(finding.cells).to.include(cell.key);
          expect(Math.abs(Number(finding.actual) - Number(finding.expected))).to.equal(1);
        }
      });
    }
  });
});
