import { expect } from '@open-wc/testing';
import {
  breaksRowTotal,
  getCell,
  previousBreaksCarriedOver,
  previousBreaksInForce,
  setCell,
  xiangtan,
  xiangtan2024,
  type Json,
  type JsonObject,
} from '../../../test/fixtures/reports.js';
import { localizedText } from '../../internal/text.js';
import { checkReport, type Finding } from '../check.js';
import type { TableLayout } from '../layout.js';
import { APPLICATIONS_LAYOUT } from '../layouts/applications.js';
import { PROACTIVE_LAYOUT } from '../layouts/proactive.js';
import { REVIEW_LITIGATION_LAYOUT } from '../layouts/review-litigation.js';
import { parseReport, type ParsedReport } from '../parse.js';
import { APPLICATIONS_RULES } from './index.js';
import { CROSS_YEAR_CARRIED_OVER, CROSS_YEAR_IN_FORCE } from './index.js';
import { REPORT_RULES } from './index.js';
import type { RelationRule } from './types.js';

const ALL_LAYOUTS = [PROACTIVE_LAYOUT, APPLICATIONS_LAYOUT, REVIEW_LITIGATION_LAYOUT];
const PREVIOUS_LAYOUTS = [PROACTIVE_LAYOUT, APPLICATIONS_LAYOUT];

function check(
  doc: unknown,
  previous?: unknown | ParsedReport,
  layouts: readonly TableLayout[] = ALL_LAYOUTS,
  rules: readonly RelationRule[] = REPORT_RULES,
) {
  const report = parseReport(doc, layouts);
  const parsedPrevious =
    previous === undefined
      ? {}
      : {
          previous: parseReport(
            previous,
            PREVIOUS_LAYOUTS.filter((l) => layouts.includes(l)),
          ),
        };
  return checkReport({ layouts, rules, report, ...parsedPrevious, text: localizedText });
}
const rulesOf = (findings: readonly Finding[]) => [...new Set(findings.map((f) => f.rule))].sort();

describe('the made-up Xiangtan 2024 example', () => {
  it('is consistent in itself: R1–R4 hold and every cell is a number', () => {
    expect(check(xiangtan2024()).findings).to.deep.equal([]);
  });
  it('is consistent with the 2025 report: the whole report with last year finds nothing', () => {
    expect(check(xiangtan(), xiangtan2024()).findings).to.deep.equal([]);
  });
  it('says it is made up wherever its agency is shown', () => {
    expect(xiangtan2024().agency).to.contain('虚构示例');
  });
});

describe('crossYear.carriedOver (R6)', () => {
  it('fires per column where this year’s 二 differs from last year’s 四, showing both years’ numbers', () => {
    const findings = check(xiangtan(), previousBreaksCarriedOver()).findings;
    expect(findings.map((f) => [f.rule, f.severity, f.actual, f.expected])).to.deep.equal([
      ['crossYear.carriedOver', 'error', 5, 6],
      ['crossYear.carriedOver', 'error', 5, 6],
    ]);
    expect(findings.map((f) => f.message)).to.deep.equal([
      '自然人：2025年“二、上年结转” = 5，2024年“四、结转下年度继续办理” = 6',
      '总计：2025年“二、上年结转” = 5，2024年“四、结转下年度继续办理” = 6',
    ]);
    // Only this year's cells are named: last year's are not on the page.
    expect(findings.map((f) => f.cells)).to.deep.equal([
      ['applications.carriedOver.naturalPerson'],
      ['applications.carriedOver.total'],
    ]);
  });

  it('stays quiet when every column carries over, and does not run without last year', () => {
    expect(check(xiangtan(), xiangtan2024()).findings).to.deep.equal([]);
    const alone = check(
      setCell(xiangtan(), 'applications.carriedOver.commercial', 0),
      undefined,
      [APPLICATIONS_LAYOUT],
      [...APPLICATIONS_RULES, CROSS_YEAR_CARRIED_OVER],
    );
    expect(alone.findings).to.deep.equal([]);
  });

  it('runs on the applications table with last year’s applications object alone', () => {
    const previous = { carriedForward: [6, 0, 0, 0, 0, 0, 6] };
    const findings = check(
      xiangtan(),
      previous,
      [APPLICATIONS_LAYOUT],
      [...APPLICATIONS_RULES, CROSS_YEAR_CARRIED_OVER],
    ).findings;
    expect(rulesOf(findings)).to.deep.equal(['crossYear.carriedOver']);
    expect(findings[0].message).to.equal(
      '自然人：2025年“二、上年结转” = 5，上年“四、结转下年度继续办理” = 6',
    );
  });

  it('computes last year’s 总计 when it was left out, as for this year', () => {
    const previous = xiangtan2024();
    setCell(previous, 'applications.carriedForward.total', undefined);
    expect(check(xiangtan(), previous).findings).to.deep.equal([]);
  });

  it('reports the relation unverifiable when last year’s cell is blank, without reporting the blank', () => {
    const previous = setCell(xiangtan2024(), 'applications.carriedForward.research', '/');
    const findings = check(xiangtan(), previous).findings;
    expect(findings).to.have.length(1);
    expect(findings[0]).to.deep.include({
      rule: 'crossYear.carriedOver',
      severity: 'warning',
      unverifiable: true,
    });
    expect(findings[0].message).to.equal(
      '科研机构：无法核验“本年上年结转 = 上年结转下年度继续办理”，涉及的单元格空白或无效',
    );
  });
});

describe('crossYear.inForce (R7)', () => {
  it('warns where 现行有效件数 ≠ last year’s + 制发 − 废止, showing both years’ numbers', () => {
    const findings = check(xiangtan(), previousBreaksInForce()).findings;
    expect(findings).to.have.length(1);
    expect(findings[0]).to.deep.include({
      rule: 'crossYear.inForce',
      severity: 'warning',
      actual: 96,
      expected: 94,
    });
    expect(findings[0].message).to.equal(
      '行政规范性文件：2025年现行有效件数 = 96，2024年现行有效件数 100 + 本年制发件数 6 − 本年废止件数 12 = 94',
    );
    expect(findings[0].cells).to.deep.equal([
      'proactive.normativeDocuments.inForce',
      'proactive.normativeDocuments.issued',
      'proactive.normativeDocuments.repealed',
    ]);
  });

  it('stays quiet when both rows follow from last year', () => {
    expect(
      check(xiangtan(), xiangtan2024()).findings.filter((f) => f.rule === 'crossYear.inForce'),
    ).to.deep.equal([]);
  });

  it('declares 规章 and 行政规范性文件, subtracting 本年废止件数', () => {
    expect(
      CROSS_YEAR_IN_FORCE.relations.map((r) => r.rhs.map((t) => [t.cell, t.sign, t.year])),
    ).to.deep.equal(
      ['rules', 'normativeDocuments'].map((row) => [
        [`proactive.${row}.inForce`, 1, 'previous'],
        [`proactive.${row}.issued`, 1, 'current'],
        [`proactive.${row}.repealed`, -1, 'current'],
      ]),
    );
  });
});

describe('last year’s report', () => {
  it('is checked for shape only: its own broken relations, blanks and unknown keys are not reported', () => {
    const previous = { ...xiangtan2024(), extra: true } as JsonObject;
    setCell(previous, 'applications.unavailable.notHeld.total', 48);
    setCell(previous, 'applications.withheld.lawProhibited.commercial', '/');
    setCell(previous, 'reviewLitigation.review.total', 1);
    setCell(previous, 'proactive.fees', -1);
    expect(check(xiangtan(), previous).findings).to.deep.equal([]);
  });

  it('never mixes its findings with this year’s, which are reported as usual', () => {
    const previous = setCell(xiangtan2024(), 'applications.unavailable.notHeld.total', 48);
    const findings = check(breaksRowTotal(), previous).findings;
    expect(findings.map((f) => f.message)).to.deep.equal(
      check(breaksRowTotal()).findings.map((f) => f.message),
    );
    expect(rulesOf(findings)).to.deep.equal(['applications.rowTotal']);
  });

  it('reports what keeps it from being used, as a warning, and skips the checks that need it', () => {
    const noProactive = xiangtan2024();
    delete noProactive.proactive;
    const findings = check(xiangtan(), noProactive).findings;
    expect(findings.map((f) => [f.rule, f.severity, f.path])).to.deep.equal([
      ['input.previous', 'warning', 'previous.proactive'],
    ]);
    expect(findings[0].message).to.equal('上年报告无法用于跨年度核验：数据中缺少“proactive”部分');

    const wrongShape = xiangtan2024();
    (wrongShape.applications as JsonObject).carriedForward = [5, 0, 0];
    const shape = check(xiangtan(), wrongShape).findings;
    expect(shape[0]).to.deep.include({
      rule: 'input.previous',
      path: 'previous.applications.carriedForward',
    });
    expect(shape[0].message).to.equal(
      '上年报告无法用于跨年度核验：applications.carriedForward：应有 6 或 7 个数值，实际为 3 个',
    );
  });

  it('is not used when it is not for the year before, and says so', () => {
    const previous = { ...previousBreaksInForce(), year: 2023 };
    const findings = check(xiangtan(), previous).findings;
    expect(findings.map((f) => f.rule)).to.deep.equal(['input.previousYear']);
    expect(findings[0].message).to.equal('上年报告的年份是 2023年，应为 2024年；未进行跨年度核验');
  });

  it('is ignored by rules that are not cross-year', () => {
    const findings = check(
      xiangtan(),
      { year: 1999 },
      [APPLICATIONS_LAYOUT],
      APPLICATIONS_RULES,
    ).findings;
    expect(findings).to.deep.equal([]);
  });

  describe('perturbation: any single changed value that a cross-year rule reads', () => {
    const cases: { key: string; year: 'previous' | 'current'; rule: string }[] = [
      ...['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'other'].map(
        (column) => ({
          key: `applications.carriedForward.${column}`,
          year: 'previous' as const,
          rule: 'crossYear.carriedOver',
        }),
      ),
      ...['rules', 'normativeDocuments'].flatMap((row) => [
        { key: `proactive.${row}.inForce`, year: 'previous' as const, rule: 'crossYear.inForce' },
        ...['issued', 'repealed', 'inForce'].map((column) => ({
          key: `proactive.${row}.${column}`,
          year: 'current' as const,
          rule: 'crossYear.inForce',
        })),
      ]),
    ];
    for (const { key, year, rule } of cases) {
      it(`${year} year’s ${key} + 1 fires ${rule}`, () => {
        const current = xiangtan();
        const previous = xiangtan2024();
        const doc = year === 'current' ? current : previous;
        setCell(doc, key, ((getCell(doc, key) as number) + 1) as Json);
        const findings = check(current, previous).findings.filter((f) =>
          f.rule.startsWith('crossYear.'),
        );
        // A previous 四 column feeds R6 there and in its 总计 column (left as published: not fired).
        expect(rulesOf(findings)).to.deep.equal([rule]);
        expect(findings).to.have.length(1);
        expect(Math.abs(Number(findings[0].actual) - Number(findings[0].expected))).to.equal(1);
        if (year === 'current') expect(findings[0].cells).to.include(key);
      });
    }
  });
});
