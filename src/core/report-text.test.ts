/**
 * The JSON-text reader (`readReportText`) against the general way, `parseDocument` of
 * `parseJson`: it reads the common case straight from the text, gives up on everything else,
 * and whatever it returns is exactly what the general way returns for the same text.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  consistentReport,
  hostileJson,
  PLAIN,
  spelling,
  writeDocument,
} from '../../test/fixtures/arbitraries.js';
import { pingtan2019, xiangtan, type Json, type JsonObject } from '../../test/fixtures/reports.js';
import { canonicalReport } from '../../test/helpers/canonical-report.js';
import { assertProperty } from '../../test/helpers/fuzz.js';
import { checkReport } from './index.js';
import { parseDocument, parseJson, type ParsedReport } from './parse.js';
import { readReportText } from './report-text.js';

/** The general way, which the reader must equal. */
function general(text: string): ParsedReport | undefined {
  const json = parseJson(text);
  return json.ok ? parseDocument(json.value) : undefined;
}

/** Asserts that the reader read `text` (did not give up) and equals the general way. */
function expectRead(text: string): void {
  const read = readReportText(text);
  expect(read, `read: ${text.slice(0, 80)}`).to.not.equal(undefined);
  expect(canonicalReport(read)).to.equal(canonicalReport(general(text)));
}

/** Asserts that the reader gave up on `text`, leaving it to the general way. */
function expectGivenUp(text: string): void {
  // A boolean, not the report: a failure message that inspected the compiled tables would never end.
  expect(readReportText(text) === undefined, `given up: ${text.slice(0, 80)}`).to.equal(true);
}

const text = (document: JsonObject): string => JSON.stringify(document);

/** Xiangtan's report with one change made to its JSON text. */
const edited = (from: string, to: string): string => {
  const original = text(xiangtan());
  expect(original, `the sample holds ${from}`).to.contain(from);
  return original.replace(from, to);
};

describe('readReportText', () => {
  it('reads a report straight from its text, compact or indented, equal to the general way', () => {
    expectRead(text(xiangtan()));
    expectRead(JSON.stringify(xiangtan(), null, 2));
    expectRead(JSON.stringify(xiangtan(), null, '\t').replaceAll('\n', '\r\n'));
  });

  it('reads rows written as objects, totals left out, blanks, null and numbers as strings', () => {
    const document = xiangtan();
    const applications = document.applications as JsonObject;
    const [naturalPerson, commercial, research, publicInterest, legalService, other] =
      applications.granted as number[];
    // An object row with its 总计 left out, to be computed.
    applications.granted = {
      naturalPerson,
      commercial,
      research,
      publicInterest,
      legalService,
      other,
    };
    (applications.received as Json[])[1] = '1';
    (applications.carriedOver as Json[])[1] = null;
    ((applications.withheld as JsonObject).stateSecret as Json[])[2] = '/';
    (applications.carriedForward as Json[]).pop();
    expectRead(text(document));
    expectRead(JSON.stringify(document, null, 1));
    const read = readReportText(text(document))!;
    expect(read.sections.applications!.get('applications.granted.total')).to.deep.equal({
      state: 'blank',
      given: undefined,
    });
    expect(read.sections.applications!.get('applications.carriedOver.commercial')).to.deep.equal({
      state: 'blank',
      given: null,
    });
  });

  it('reads a 2019-format document that names its format before its tables', () => {
    const document = pingtan2019();
    expect(Object.keys(document).indexOf('format')).to.be.lessThan(
      Object.keys(document).indexOf('proactive'),
    );
    // The unit written beside an amount (amountUnit) is read the general way.
    expectGivenUp(text(document));
    delete ((document.proactive as JsonObject).procurement as JsonObject).amountUnit;
    expectRead(text(document));
    expect(readReportText(text(document))!.format).to.equal('2019');
  });

  it('gives up on what only the general way reports or reads exactly', () => {
    // A cell replaced, not added: a row one cell too long is given up on whatever the cell holds.
    const received = /"received":\[\d+,/.exec(text(xiangtan()))![0];
    const withheld = /"withheld":\{[^}]*\}/.exec(text(xiangtan()))![0];
    const cases: [string, string][] = [
      ['"granted":[', '"granted ":['], // a key the format does not know
      ['"received":[', '"received":[1,2,3],"received":['], // a key given twice
      ['"withheld":{', '"withheld":{},"withheld":{'], // a row group given twice
      ['"licensing":', '"licensing":1,"licensing":'], // a cell given twice
      ['"agency":', '"agency":"x","agency":'], // a document key given twice
      [received, '"received":[0.5,'], // a fraction: kept as written by the general way
      [received, '"received":[1e3,'], // an exponent
      [received, '"received":[-1,'], // a negative count: a finding, made the general way
      [received, '"received":[9007199254740993,'], // beyond 2^53: a finding, made the general way
      [received, '"received":[ 9007199254740993,'], // the same, past the loop for plain rows
      [received, '"received":[01,'], // not JSON
      [received, '"received":[true,'],
      [received, '"received":[[1],'],
      [withheld, '"withheld":[]'], // an array where rows are grouped
      ['"granted":[', '"gr\\u0061nted":['], // an escape in a key
      ['"year":2025', '"year":"2025"'], // a year written as a string
      ['"year":2025', '"year":1999'], // a year the general way reports
      ['"agency":', '"format":"2030","agency":'], // a format the core does not know
      ['"agency":', '"agency":1,"x":'], // an agency that is not a string
    ];
    for (const [from, to] of cases) expectGivenUp(edited(from, to));
    const document = xiangtan();
    delete document.reviewLitigation; // a table left out: the general way reports it
    expectGivenUp(text(document));
    expectGivenUp(`${text(xiangtan())} x`); // more after the document
    expectGivenUp(`\ufeff${text(xiangtan())}`); // a byte-order mark: not JSON
    expectGivenUp(text(xiangtan()).slice(0, -1)); // cut short
    expectGivenUp('{}');
    expectGivenUp('[]');
    expectGivenUp('');
    // Named after a table was read as 2021: the general way reads it again as 2019.
    expectGivenUp(text({ ...xiangtan(), format: '2019' }));
  });

  it('a row with one cell too many or too few, or a trailing comma, is left to the general way', () => {
    const row = /"received":\[([\d,]+)\]/.exec(text(xiangtan()))![1];
    expectGivenUp(edited(`"received":[${row}]`, `"received":[${row},1]`));
    expectGivenUp(edited(`"received":[${row}]`, `"received":[${row},]`));
    expectGivenUp(edited(`"received":[${row}]`, `"received":[${row.replace(/,\d+,\d+$/, '')}]`));
    expectGivenUp(edited(`"received":[${row}]`, `"received":[ ${row.replace(/,\d+,\d+$/, '')} ]`));
    // The trailing 总计 may be left out: the general way computes it, and so may this reader.
    expectRead(edited(`"received":[${row}]`, `"received":[${row.replace(/,\d+$/, '')}]`));
  });

  it('equals the general way on generated reports in every spelling', async function () {
    await assertProperty(
      this,
      'reportText',
      fc.property(consistentReport(), spelling(), fc.boolean(), (values, how, indent) => {
        const written = JSON.stringify(writeDocument(values, how), null, indent ? 2 : undefined);
        const read = readReportText(written);
        if (read) expect(canonicalReport(read)).to.equal(canonicalReport(general(written)));
        // Plain arrays of numbers are the common case: never left to the general way.
        if (how === PLAIN) expect(read).to.not.equal(undefined);
      }),
    );
  });

  it('reads every plainly written generated report', async function () {
    await assertProperty(
      this,
      'reportText',
      fc.property(consistentReport(), (values) => expectRead(text(writeDocument(values, PLAIN)))),
    );
  });

  it('equals the general way, or gives up, on a report text with any one character changed', async function () {
    const original = text(xiangtan());
    const characters = [...'0123456789{}[],:"\\ -.enul\u3000x'];
    await assertProperty(
      this,
      'reportTextEdits',
      fc.property(
        fc.nat(original.length - 1),
        fc.constantFrom('delete', 'insert', 'replace'),
        fc.constantFrom(...characters),
        (at, edit, character) => {
          const changed =
            original.slice(0, at) +
            (edit === 'delete' ? '' : character) +
            original.slice(edit === 'insert' ? at : at + 1);
          const read = readReportText(changed);
          if (read === undefined) return;
          const expected = general(changed);
          expect(expected, `the general way reads ${changed.slice(at - 20, at + 20)}`).to.not.equal(
            undefined,
          );
          expect(canonicalReport(read)).to.equal(canonicalReport(expected));
        },
      ),
    );
  });

  it('never throws and never differs from the general way on any JSON value', async function () {
    await assertProperty(
      this,
      'reportText',
      fc.property(hostileJson(), (value) => {
        const written = JSON.stringify(value) ?? 'undefined';
        const read = readReportText(written);
        if (read) expect(canonicalReport(read)).to.equal(canonicalReport(general(written)));
      }),
    );
  });

  it('gives disclosure-tables/core the same findings from text as from the value', () => {
    const broken = xiangtan();
    const applications = broken.applications as JsonObject;
    (applications.received as number[])[0] += 1; // breaks R1 and the row total
    for (const document of [xiangtan(), broken]) {
      const fromText = checkReport(text(document));
      const fromValue = checkReport(document);
      expect(readReportText(text(document))).to.not.equal(undefined);
      expect(fromText.findings.map((finding) => finding.message)).to.deep.equal(
        fromValue.findings.map((finding) => finding.message),
      );
      expect(canonicalReport(fromText.report)).to.equal(canonicalReport(fromValue.report));
    }
    expect(checkReport(text(broken)).findings.length).to.be.greaterThan(0);
  });
});
