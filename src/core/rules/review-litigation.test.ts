import { expect } from '@open-wc/testing';
import {
  breaksReviewTotal,
  getCell,
  setCell,
  xiangtan,
  type Json,
  type JsonObject,
} from '../../../test/fixtures/reports.js';
import { localizedText } from '../../internal/text.js';
import { checkReport, type Finding } from '../check.js';
import { valueCells } from '../layout.js';
import { REVIEW_LITIGATION_LAYOUT } from '../layouts/review-litigation.js';
import { parseReport } from '../parse.js';
import { REVIEW_LITIGATION_RULES } from './index.js';

function check(doc: unknown) {
  const report = parseReport(doc, [REVIEW_LITIGATION_LAYOUT]);
  return {
    report,
    ...checkReport({
      layouts: [REVIEW_LITIGATION_LAYOUT],
      rules: REVIEW_LITIGATION_RULES,
      report,
      text: localizedText,
    }),
  };
}
const rulesOf = (findings: readonly Finding[]) => [...new Set(findings.map((f) => f.rule))].sort();
const reviewLitigation = (doc: JsonObject) => doc.reviewLitigation as JsonObject;

describe('reviewLitigation.total (R4)', () => {
  it('declares one relation per block: 行政复议, 未经复议直接起诉, 复议后起诉', () => {
    const [rule] = REVIEW_LITIGATION_RULES;
    expect(rule.relations.map((r) => r.lhs.map((t) => t.cell))).to.deep.equal([
      ['reviewLitigation.review.total'],
      ['reviewLitigation.litigationDirect.total'],
      ['reviewLitigation.litigationAfterReview.total'],
    ]);
    expect(rule.relations[2].rhs.map((t) => t.cell)).to.deep.equal([
      'reviewLitigation.litigationAfterReview.upheld',
      'reviewLitigation.litigationAfterReview.corrected',
      'reviewLitigation.litigationAfterReview.other',
      'reviewLitigation.litigationAfterReview.pending',
    ]);
  });

  it('stays quiet on the Xiangtan County 2025 report', () => {
    expect(check(xiangtan()).findings).to.deep.equal([]);
  });

  it('fires where a block’s 总计 is not the sum of its four outcomes, stating both', () => {
    const { findings } = check(breaksReviewTotal());
    expect(findings).to.have.length(1);
    expect(findings[0]).to.deep.include({
      rule: 'reviewLitigation.total',
      severity: 'error',
      actual: 23,
      expected: 22,
    });
    expect(findings[0].message).to.equal(
      '未经复议直接起诉：总计 = 23，结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 22',
    );
    expect(findings[0].cells).to.have.members([
      'reviewLitigation.litigationDirect.total',
      'reviewLitigation.litigationDirect.upheld',
      'reviewLitigation.litigationDirect.corrected',
      'reviewLitigation.litigationDirect.other',
      'reviewLitigation.litigationDirect.pending',
    ]);
  });

  it('reads object blocks with the keys upheld, corrected, other, pending, total', () => {
    const doc = xiangtan();
    reviewLitigation(doc).review = { upheld: 37, corrected: 19, other: 4, pending: 17, total: 77 };
    const { report, findings } = check(doc);
    expect(report.problems).to.deep.equal([]);
    expect(findings).to.deep.equal([]);
    expect(
      report.sections.reviewLitigation!.get('reviewLitigation.review.pending'),
    ).to.deep.include({ text: '17' });
  });

  it('computes a 总计 left off an array or an object, marked computed, with no findings', () => {
    const doc = xiangtan();
    reviewLitigation(doc).review = [37, 19, 4, 17];
    reviewLitigation(doc).litigationDirect = { upheld: 20, corrected: 0, other: 2, pending: 0 };
    const { cells, findings } = check(doc);
    expect(findings).to.deep.equal([]);
    expect(cells.reviewLitigation!.get('reviewLitigation.review.total')).to.deep.equal({
      state: 'computed',
      text: '77',
      number: 77,
    });
    expect(cells.reviewLitigation!.get('reviewLitigation.litigationDirect.total')).to.deep.include({
      state: 'computed',
      text: '22',
    });
  });

  it('reports the relation unverifiable, never passed, when an outcome is blank', () => {
    const { findings } = check(setCell(xiangtan(), 'reviewLitigation.review.corrected', '/'));
    expect(findings.map((f) => [f.rule, f.severity, Boolean(f.unverifiable)])).to.deep.equal([
      ['cell.blank', 'warning', false],
      ['reviewLitigation.total', 'warning', true],
    ]);
    expect(findings[0].message).to.equal(
      '行政复议，结果纠正：空白（"/"），应填写数字，没有数据请填 0',
    );
  });

  it('refuses a block of the wrong length or type, naming the place', () => {
    const short = xiangtan();
    reviewLitigation(short).review = [37, 19, 4];
    expect(check(short).report.problems).to.deep.equal([
      {
        code: 'wrongLength',
        path: 'reviewLitigation.review',
        expected: [4, 5],
        actual: 3,
        fatal: true,
      },
    ]);
    const text = xiangtan();
    reviewLitigation(text).litigationAfterReview = '9, 0, 0, 1, 10';
    expect(check(text).report.problems[0]).to.deep.include({
      code: 'wrongType',
      path: 'reviewLitigation.litigationAfterReview',
      expected: 'row',
      fatal: true,
    });
    const flat = xiangtan();
    flat.reviewLitigation = [37, 19, 4, 17, 77];
    expect(check(flat).report.problems[0]).to.deep.include({
      code: 'wrongType',
      path: 'reviewLitigation',
      expected: 'object',
      actual: 'array',
    });
  });

  it('reports an unknown key in a block', () => {
    const doc = xiangtan();
    reviewLitigation(doc).review = {
      upheld: 37,
      corrected: 19,
      other: 4,
      pending: 17,
      total: 77,
      withdrawn: 1,
    };
    expect(rulesOf(check(doc).findings)).to.deep.equal(['input.unknownKey']);
  });

  describe('perturbation: any single changed value', () => {
    for (const cell of valueCells(REVIEW_LITIGATION_LAYOUT)) {
      it(`${cell.key} + 1 fires R4 for its block only, naming the cell`, () => {
        const doc = xiangtan();
        setCell(doc, cell.key, ((getCell(doc, cell.key) as number) + 1) as Json);
        const { findings } = check(doc);
        expect(findings).to.have.length(1);
        expect(findings[0].rule).to.equal('reviewLitigation.total');
        expect(findings[0].cells).to.include(cell.key);
        expect(
          findings[0].cells.every((key) =>
            key.startsWith(cell.key.split('.').slice(0, 2).join('.')),
          ),
        ).to.equal(true);
        expect(Math.abs(Number(findings[0].actual) - Number(findings[0].expected))).to.equal(1);
      });
    }
  });
});
