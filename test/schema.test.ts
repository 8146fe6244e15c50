import { expect } from '@open-wc/testing';
import * as reports from './fixtures/reports.js';
import xiangtan2025Json from '../src/data/xiangtan-county-2025.json' with { type: 'json' };
import xiangtan2024Json from '../src/data/xiangtan-county-2024-made-up.json' with { type: 'json' };
import pingtan2019Json from '../src/data/pingtan-2019.json' with { type: 'json' };
import { localizedText } from '../src/internal/text.js';
import { checkReport } from '../src/core/check.js';
import { compileTable, type CompiledCell } from '../src/core/compile.js';
import { compiledFormat, formats, FORMAT_IDS, type FormatId } from '../src/core/format.js';
import { parseDocument } from '../src/core/parse.js';
import {
  readReportSchema,
  validateAgainstSchema,
  validateAllAgainstSchema,
} from './helpers/schema.js';

type Json = reports.Json;
type JsonObject = reports.JsonObject;

/**
 * The JSON Schema and the parser describe one contract: a document is schema-valid exactly
 * when the parser, reading it as the report element does (in the format it names, each table it
 * has), finds nothing wrong with its shape or its values. What is merely missing (a blank cell,
 * a cell left out, a table left out while another is there) is a warning, and valid.
 */
function parserAccepts(document: unknown): boolean {
  const report = parseDocument(document, undefined, { partial: true });
  if (report.problems.some((problem) => problem.code !== 'missingSection' || problem.fatal))
    return false;
  const format = compiledFormat(report.format!);
  const { findings } = checkReport({
    layouts: format.tables,
    rules: format.rules,
    report,
    text: localizedText,
  });
  return !findings.some((f) => f.rule === 'cell.invalid');
}

/** A document of one format holding one value at one data path of one table, and nothing else. */
function documentWith(format: FormatId, table: string, path: readonly string[], value: Json) {
  const section: JsonObject = {};
  let container = section;
  for (const segment of path.slice(0, -1)) {
    const next: JsonObject = {};
    container[segment] = next;
    container = next;
  }
  container[path[path.length - 1]] = value;
  return { format, [table]: section };
}

/** A value every cell of its kind holds, and one none does. */
const GOOD: Record<CompiledCell['kind'], Json> = { count: 3, change: -3, amount: '12.5' };
const BAD: Json = true;

/** Follows a data path through the schema: `$ref`s, and the object form of a row. */
function schemaAt(schema: JsonObject, root: JsonObject, path: readonly string[]): JsonObject {
  const resolve = (node: JsonObject): JsonObject => {
    const ref = node.$ref;
    if (typeof ref !== 'string') return node;
    const target = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((at: JsonObject, key) => at[key] as JsonObject, root);
    return { ...resolve(target), ...node, $ref: null };
  };
  let node = resolve(schema);
  for (const segment of path) {
    const object = node.oneOf
      ? (node.oneOf as JsonObject[]).map(resolve).find((branch) => branch.type === 'object')!
      : node;
    const child = (object.properties as JsonObject | undefined)?.[segment] as JsonObject;
    expect(child, `${path.join('.')}: no schema for ${segment}`).to.be.an('object');
    node = resolve(child);
  }
  return node;
}

describe('disclosure-report.schema.json', () => {
  it('accepts every built-in sample: the two Xiangtan County reports (2021 format) and 平潭 2019', async () => {
    const results = await validateAllAgainstSchema([
      xiangtan2025Json,
      xiangtan2024Json,
      pingtan2019Json,
    ]);
    expect(results).to.deep.equal([
      { valid: true, errors: [] },
      { valid: true, errors: [] },
      { valid: true, errors: [] },
    ]);
  });

  it('accepts object rows, rows of six, blank markers and numeric strings', async () => {
    const doc = reports.withoutTotals();
    reports.setCell(doc, 'applications.received.naturalPerson', ' 174 ');
    reports.setCell(doc, 'applications.carriedOver.commercial', '/');
    reports.setCell(doc, 'applications.carriedOver.research', null);
    (doc.applications as JsonObject).granted = { naturalPerson: 54, other: 2 };
    expect((await validateAgainstSchema(doc)).valid).to.equal(true);
    expect((await validateAgainstSchema(reports.withBlankMarkers())).valid).to.equal(true);
  });

  it('rejects a negative count, an unknown key, a row of eight, and a wrong type', async () => {
    const negative = reports.withInvalidCell();
    const unknown = { ...reports.xiangtan(), extra: 1 };
    const long = reports.xiangtan();
    (long.applications as JsonObject).received = [1, 1, 1, 1, 1, 1, 1, 1];
    const wrongType = reports.xiangtan();
    (wrongType.applications as JsonObject).granted = 'many';
    for (const doc of [negative, unknown, long, wrongType]) {
      expect((await validateAgainstSchema(doc)).valid).to.equal(false);
    }
  });

  it('rejects a misspelt key at every level, naming where it is', async () => {
    const top = reports.xiangtan();
    top.applicatons = top.applications;
    delete top.applications;
    const row = reports.xiangtan();
    (row.applications as JsonObject).recieved = (row.applications as JsonObject).received;
    delete (row.applications as JsonObject).received;
    const cell = reports.xiangtan();
    (cell.proactive as JsonObject).rules = { issued: 0, repealled: 0, inForce: 0 };
    const results = await validateAllAgainstSchema([top, row, cell]);
    expect(results.map((r) => r.valid)).to.deep.equal([false, false, false]);
    expect(results[0].errors).to.include(' must NOT have additional properties');
    expect(results[1].errors).to.include('/applications must NOT have additional properties');
    expect(results[2].errors).to.include('/proactive/rules must NOT have additional properties');
  });

  it('rejects a string where a number belongs, and a number where a row belongs', async () => {
    const results = await validateAllAgainstSchema([
      reports.setCell(reports.xiangtan(), 'applications.received.naturalPerson', '174 件'),
      reports.setCell(reports.xiangtan(), 'proactive.licensing', 'many'),
      reports.setCell(reports.xiangtan(), 'proactive.fees', '1779.2656001'),
      { ...reports.xiangtan(), reviewLitigation: { review: 77 } },
      { ...reports.xiangtan(), year: '二〇二五' },
      { ...reports.xiangtan(), agency: 7 },
    ]);
    expect(results.map((r) => r.valid)).to.deep.equal([false, false, false, false, false, false]);
  });

  it('chooses the subschema by `format`: a 2021 key in a 2019 document fails, and the reverse', async () => {
    const issuedIn2019 = reports.pingtan2019();
    (issuedIn2019.proactive as JsonObject).rules = { issued: 0, repealed: 0, inForce: 0 };
    const otherHandlingSplitIn2019 = reports.pingtan2019();
    (otherHandlingSplitIn2019.applications as JsonObject).otherHandling = {
      noCorrection: [0, 0, 0, 0, 0, 0, 0],
      feeUnpaid: [0, 0, 0, 0, 0, 0, 0],
      other: [0, 0, 0, 0, 0, 0, 0],
    };
    const licensingCountIn2019 = reports.setCell(reports.pingtan2019(), 'proactive.licensing', 5);
    const otherServicesIn2021 = reports.xiangtan();
    (otherServicesIn2021.proactive as JsonObject).otherServices = {
      previous: 1,
      change: 0,
      decisions: 1,
    };
    const otherHandlingRowIn2021 = reports.xiangtan();
    (otherHandlingRowIn2021.applications as JsonObject).otherHandling = [23, 0, 0, 0, 0, 0, 23];
    const pingtanWithoutFormat = reports.pingtan2019();
    delete pingtanWithoutFormat.format;
    const xiangtanAs2019 = { ...reports.xiangtan(), format: '2019' };
    const unknownFormat = { ...reports.xiangtan(), format: '2020' };
    const results = await validateAllAgainstSchema([
      issuedIn2019,
      otherHandlingSplitIn2019,
      licensingCountIn2019,
      otherServicesIn2021,
      otherHandlingRowIn2021,
      pingtanWithoutFormat,
      xiangtanAs2019,
      unknownFormat,
      { ...reports.xiangtan(), format: '2021' },
      { ...reports.xiangtan(), format: 2021 },
      { ...reports.pingtan2019(), format: 2019 },
    ]);
    expect(results.map((r) => r.valid)).to.deep.equal([
      ...[false, false, false, false, false, false, false, false],
      ...[true, true, true],
    ]);
    expect(results[0].errors).to.include('/proactive/rules must NOT have additional properties');
    expect(results[7].errors).to.include('/format must be equal to one of the allowed values');
  });

  it('takes a signed 本年增/减 and an exact 采购总金额 with its unit in a 2019 document', async () => {
    const signed = reports.setCell(reports.pingtan2019(), 'proactive.licensing.change', -12);
    reports.setCell(signed, 'proactive.fees.change', ' -3 ');
    reports.setCell(signed, 'proactive.penalties.change', '−7');
    reports.setCell(signed, 'proactive.coercion.change', '+2');
    const asArray = reports.pingtan2019();
    (asArray.proactive as JsonObject).procurement = [135, '75394432.52'];
    const negativeCount = reports.setCell(
      reports.pingtan2019(),
      'proactive.licensing.previous',
      -1,
    );
    const fractionalChange = reports.setCell(
      reports.pingtan2019(),
      'proactive.licensing.change',
      1.5,
    );
    const unitNotText = reports.pingtan2019();
    ((unitNotText.proactive as JsonObject).procurement as JsonObject).amountUnit = 7;
    const unitBesideAnotherCell = reports.pingtan2019();
    ((unitBesideAnotherCell.proactive as JsonObject).fees as JsonObject).amountUnit = '元';
    const results = await validateAllAgainstSchema([
      signed,
      asArray,
      negativeCount,
      fractionalChange,
      unitNotText,
      unitBesideAnotherCell,
    ]);
    expect(results.map((r) => r.valid)).to.deep.equal([true, true, false, false, false, false]);
  });

  it('requires at least one table, as the report element does', async () => {
    const onlyApplications = reports.xiangtan();
    delete onlyApplications.proactive;
    delete onlyApplications.reviewLitigation;
    const results = await validateAllAgainstSchema([
      onlyApplications,
      { agency: '湘潭县人民政府', year: 2025 },
      { format: '2019' },
    ]);
    expect(results.map((r) => r.valid)).to.deep.equal([true, false, false]);
  });

  it('knows every cell of every table of every format, and types it', async () => {
    const documents: unknown[] = [];
    const expected: boolean[] = [];
    const keys: string[] = [];
    for (const id of FORMAT_IDS) {
      for (const layout of formats[id].tables) {
        for (const cell of compileTable(layout).cells) {
          documents.push(documentWith(id, layout.id, cell.path, GOOD[cell.kind]));
          documents.push(documentWith(id, layout.id, cell.path, BAD));
          expected.push(true, false);
          keys.push(`${id} ${cell.key}`, `${id} ${cell.key} = true`);
          if (cell.unitKey) {
            const unitPath = [...cell.path.slice(0, -1), cell.unitKey];
            documents.push(documentWith(id, layout.id, unitPath, '元'));
            documents.push(documentWith(id, layout.id, unitPath, 7));
            expected.push(true, false);
            keys.push(`${id} ${layout.id}.${unitPath.join('.')}`, `… = 7`);
          }
        }
      }
    }
    // 2021: 10 + 25 × 7 + 15 cells; 2019: 22 + 23 × 7 + 15 cells and one unit; each twice.
    expect(documents).to.have.length(2 * (200 + 198 + 1));
    const results = await validateAllAgainstSchema(documents);
    const wrong = keys.filter((_, i) => results[i].valid !== expected[i]);
    expect(wrong).to.deep.equal([]);
  });

  it('titles every row, group and cell with its legal label, character for character', async () => {
    const schema = (await readReportSchema()) as JsonObject;
    const defs = schema.$defs as JsonObject;
    let titled = 0;
    for (const id of FORMAT_IDS) {
      const formatSchema = defs[`format-${id}`] as JsonObject;
      for (const layout of formats[id].tables) {
        const table = compileTable(layout);
        const tableSchema = schemaAt(formatSchema, schema, [layout.id]);
        expect(tableSchema.title).to.equal(layout.caption);
        for (const cell of table.cells) {
          const keyed = [...cell.rowPath, ...cell.columnPath].filter((node) => node.keyed);
          cell.path.forEach((_, depth) => {
            const node = schemaAt(tableSchema, schema, cell.path.slice(0, depth + 1));
            expect(node.title, cell.key).to.equal(keyed[depth].label);
            titled++;
          });
        }
      }
    }
    // Every cell (398) and, through them, every row and group.
    expect(titled).to.be.greaterThan(398);
  });

  it('agrees with the parser on every shared fixture and on hand-picked edge cases', async () => {
    const edge = (key: string, value: Json, doc = reports.xiangtan()) =>
      reports.setCell(doc, key, value);
    const pingtan = (key: string, value: Json) => edge(key, value, reports.pingtan2019());
    const change = (value: Json) => pingtan('proactive.licensing.change', value);
    const amount = (value: Json) => pingtan('proactive.procurement.amount', value);
    const withoutSections = (doc: JsonObject, ...sections: string[]) => {
      for (const section of sections) delete doc[section];
      return doc;
    };
    const documents: JsonObject[] = [
      reports.xiangtan(),
      reports.xiangtan2024(),
      reports.pingtan2019(),
      reports.allZero(),
      reports.breaksBalance(),
      reports.withBlankCell(),
      reports.withBlankMarkers(),
      reports.withInvalidCell(),
      reports.withoutTotals(),
      reports.withUnknownKey(),
      ...(['proactive', 'applications', 'reviewLitigation'] as const).flatMap((section) => [
        reports.withBlankCellIn(section),
        reports.withInvalidCellIn(section),
      ]),
      edge('applications.received.naturalPerson', '１７４'),
      edge('applications.received.naturalPerson', '1,174'),
      edge('applications.received.naturalPerson', 1.5),
      edge('applications.received.naturalPerson', '1.0'),
      edge('applications.received.naturalPerson', '0174'),
      edge('applications.received.naturalPerson', '999999999999999'),
      edge('applications.received.naturalPerson', '9007199254740991'),
      edge('applications.received.naturalPerson', '009007199254740991'),
      edge('applications.received.naturalPerson', '9007199254740992'),
      edge('applications.received.naturalPerson', '9007199254740993'),
      edge('applications.received.naturalPerson', 9007199254740991),
      edge('applications.received.naturalPerson', 9007199254740992),
      edge('applications.received.naturalPerson', true),
      edge('applications.received.naturalPerson', '—'),
      edge('applications.received.naturalPerson', ' / '),
      edge('applications.received.naturalPerson', '−'),
      edge('applications.received.naturalPerson', '-1'),
      edge('applications.received.naturalPerson', []),
      edge('proactive.fees', 1779.2656),
      edge('proactive.fees', '1779.265600'),
      edge('proactive.fees', '1779.2656001'),
      edge('proactive.fees', '.5'),
      edge('proactive.fees', '5.'),
      edge('proactive.fees', -1),
      edge('proactive.fees', 1e21),
      edge('proactive.fees', 1e20),
      change(-9007199254740991),
      change(-9007199254740992),
      change('－12'),
      change('＋12'),
      change('+'),
      change('-'),
      change('- 3'),
      change('-9007199254740992'),
      change(2.5),
      amount(0),
      amount('0.000001'),
      amount('0.0000001'),
      amount('251000元'),
      { ...reports.xiangtan(), year: 2008 },
      { ...reports.xiangtan(), year: 2007 },
      { ...reports.xiangtan(), year: 9999 },
      { ...reports.xiangtan(), year: 10000 },
      { ...reports.xiangtan(), year: 2025.5 },
      { ...reports.xiangtan(), year: ' 2025 ' },
      { ...reports.xiangtan(), year: '2007' },
      { ...reports.xiangtan(), year: '2008' },
      { ...reports.xiangtan(), year: '12025' },
      { ...reports.xiangtan(), year: null },
      { ...reports.xiangtan(), agency: null },
      { ...reports.xiangtan(), format: '2020' },
      { ...reports.xiangtan(), format: 2019 },
      { ...reports.xiangtan(), format: null },
      withoutSections(reports.xiangtan(), 'proactive'),
      withoutSections(reports.pingtan2019(), 'proactive', 'reviewLitigation'),
      withoutSections(reports.xiangtan(), 'proactive', 'applications', 'reviewLitigation'),
      (() => {
        const doc = reports.pingtan2019();
        (doc.applications as JsonObject).otherHandling = { noCorrection: [0, 0, 0, 0, 0, 0, 0] };
        return doc;
      })(),
    ];
    const results = await validateAllAgainstSchema(documents);
    const disagreements = documents
      .map((doc, i) => ({ doc, schema: results[i].valid, parser: parserAccepts(doc) }))
      .filter(({ schema, parser }) => schema !== parser)
      .map(({ doc, schema }) => `schema ${schema ? 'accepts' : 'rejects'}: ${JSON.stringify(doc)}`);
    expect(disagreements).to.deep.equal([]);
    // Both verdicts occur: the list is no row of easy cases.
    expect(new Set(results.map((r) => r.valid)).size).to.equal(2);
  });

  it('differs from the parser only where docs/report-document.md says it does', async () => {
    const amountWithSevenDecimals = reports.setCell(
      reports.xiangtan(),
      'proactive.fees',
      0.1234567,
    );
    const negativeZero = reports.setCell(
      reports.xiangtan(),
      'applications.received.naturalPerson',
      -0,
    );
    const schemaNotText = { ...reports.xiangtan(), $schema: 7 };
    const unitBesideBlank = reports.setCell(
      reports.pingtan2019(),
      'proactive.procurement.amount',
      null,
    );
    ((unitBesideBlank.proactive as JsonObject).procurement as JsonObject).amountUnit = 7;
    const documents = [amountWithSevenDecimals, negativeZero, schemaNotText, unitBesideBlank];
    const results = await validateAllAgainstSchema(documents);
    // A number's decimal places and the sign of zero are beyond JSON Schema; the elements
    // never read `$schema`, which editors need to be an address, nor a unit beside no number.
    expect(results.map((r) => r.valid)).to.deep.equal([true, true, false, false]);
    expect(documents.map(parserAccepts)).to.deep.equal([false, false, true, true]);
  });
});
