import { expect } from '@open-wc/testing';
import { breaksBalance, pingtan2019, xiangtan, xiangtan2024 } from '../../test/fixtures/reports.js';
import { checkReport, formats } from './index.js';

describe('disclosure-tables/core: checkReport', () => {
  it('stays quiet on a clean report, given as a value or as JSON text, in either format', () => {
    for (const document of [xiangtan(), JSON.stringify(xiangtan()), pingtan2019()]) {
      const { report, findings } = checkReport(document);
      expect(findings).to.deep.equal([]);
      expect(report.problems).to.deep.equal([]);
    }
    expect(checkReport(pingtan2019()).report.format).to.equal('2019');
  });

  it('fires with findings as data, worded in Chinese by default', () => {
    const { findings } = checkReport(JSON.stringify(breaksBalance()));
    expect(findings.map((f) => f.rule)).to.deep.equal([
      'applications.balance',
      'applications.balance',
    ]);
    expect(findings[0]).to.deep.include({
      severity: 'error',
      actual: 179,
      expected: 178,
      message: '自然人：一 + 二 = 179，三（七）+ 四 = 178',
    });
    expect(findings[0].roles).to.deep.equal(['total', 'total', 'addend', 'addend']);
    expect(findings[0].terms).to.deep.include({ kind: 'relation', lhs: '179', rhs: '178' });
  });

  it('runs the cross-year rules with last year’s report', () => {
    const quiet = checkReport(xiangtan(), { previous: JSON.stringify(xiangtan2024()) });
    expect(quiet.findings).to.deep.equal([]);
    const previous = xiangtan2024();
    (previous.applications as { carriedForward: number[] }).carriedForward[0] += 1;
    const fired = checkReport(xiangtan(), { previous });
    expect(fired.findings.map((f) => f.rule)).to.include('crossYear.carriedOver');
  });

  it('turns what stops the tables from being read into error findings, and never throws', () => {
    const json = checkReport('{"year": 2025,');
    expect(json.findings.map((f) => [f.rule, f.severity])).to.deep.equal([['input.json', 'error']]);
    expect(json.findings[0].message).to.match(/^数据不是有效的 JSON/);
    const missing = checkReport({ year: 2025, applications: xiangtan().applications });
    expect(missing.findings.map((f) => [f.rule, f.severity])).to.deep.equal([
      ['report.sectionMissing', 'error'],
      ['report.sectionMissing', 'error'],
    ]);
    for (const odd of [null, 3, [], 'null', '"text"', { format: 2019 }])
      expect(() => checkReport(odd)).not.to.throw();
  });

  it('exports the format declarations', () => {
    expect(Object.keys(formats).sort()).to.deep.equal(['2019', '2021']);
  });
});
