import { expect } from '@open-wc/testing';
import * as reports from './fixtures/reports.js';
import { localizedText } from '../src/internal/text.js';
import { checkReport } from '../src/core/check.js';
import { APPLICATIONS_LAYOUT } from '../src/core/layouts/applications.js';
import { parseReport } from '../src/core/parse.js';
import { APPLICATIONS_RULES } from '../src/core/rules/index.js';
import { validateAgainstSchema } from './helpers/schema.js';

/**
 * The JSON Schema and the parser describe one contract: a document is schema-valid exactly
 * when the parser finds nothing structurally wrong, no invalid cell and no unknown key.
 */
function parserAccepts(document: unknown): boolean {
  const report = parseReport(document, [APPLICATIONS_LAYOUT]);
  if (report.problems.length) return false;
  const { findings } = checkReport({
    layouts: [APPLICATIONS_LAYOUT],
    rules: APPLICATIONS_RULES,
    report,
    text: localizedText,
  });
  return !findings.some((f) => f.rule === 'cell.invalid');
}

describe('disclosure-report.schema.json', () => {
  it('accepts the Xiangtan County 2025 example', async () => {
    expect(await validateAgainstSchema(reports.xiangtan())).to.deep.equal({
      valid: true,
      errors: [],
    });
  });

  it('accepts object rows, rows of six, blank markers and numeric strings', async () => {
    const doc = reports.withoutTotals();
    reports.setCell(doc, 'applications.received.naturalPerson', ' 174 ');
    reports.setCell(doc, 'applications.carriedOver.commercial', '/');
    reports.setCell(doc, 'applications.carriedOver.research', null);
    (doc.applications as reports.JsonObject).granted = { naturalPerson: 54, other: 2 };
    expect((await validateAgainstSchema(doc)).valid).to.equal(true);
  });

  it('rejects a negative count, an unknown key, a row of eight, and a wrong type', async () => {
    const negative = reports.withInvalidCell();
    const unknown = { ...reports.xiangtan(), extra: 1 };
    const long = reports.xiangtan();
    (long.applications as reports.JsonObject).received = [1, 1, 1, 1, 1, 1, 1, 1];
    const wrongType = reports.xiangtan();
    (wrongType.applications as reports.JsonObject).granted = 'many';
    for (const doc of [negative, unknown, long, wrongType]) {
      expect((await validateAgainstSchema(doc)).valid).to.equal(false);
    }
  });

  it('agrees with the parser on every shared fixture and on hand-picked edge cases', async () => {
    const edge = (key: string, value: reports.Json) =>
      reports.setCell(reports.xiangtan(), key, value);
    const documents = [
      reports.xiangtan(),
      reports.allZero(),
      reports.breaksBalance(),
      reports.withBlankCell(),
      reports.withInvalidCell(),
      reports.withoutTotals(),
      edge('applications.received.naturalPerson', '１７４'),
      edge('applications.received.naturalPerson', '1,174'),
      edge('applications.received.naturalPerson', 1.5),
      edge('applications.received.naturalPerson', '999999999999999'),
      edge('applications.received.naturalPerson', '9007199254740993'),
      edge('applications.received.naturalPerson', true),
      edge('applications.received.naturalPerson', '—'),
    ];
    for (const doc of documents) {
      const { valid } = await validateAgainstSchema(doc);
      expect(
        valid,
        JSON.stringify(reports.getCell(doc, 'applications.received.naturalPerson')),
      ).to.equal(parserAccepts(doc));
    }
  });
});
