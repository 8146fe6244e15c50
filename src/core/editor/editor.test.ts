import { expect } from '@open-wc/testing';
import { pingtan2019, xiangtan, xiangtan2024 } from '../../../test/fixtures/reports.js';
import { checkReport } from '../index.js';
import { parseDocument } from '../parse.js';
import {
  carriedOverValues,
  decodeDraft,
  documentOf,
  documentValue,
  emptyState,
  encodeDraft,
  EMPTY_HISTORY,
  endTyping,
  formatSheet,
  isBlockText,
  moveFrom,
  parseTsv,
  placeBlock,
  recordEdit,
  stateFromDocument,
  tableMatrix,
  undo,
  valueOf,
  withValues,
  DRAFT_VERSION,
  cmsSnippet,
  documentFileName,
  documentJson,
} from './index.js';
import { publishedCell } from '../read/model.js';

const sheet = formatSheet('2021');

describe('editor core: the sheet', () => {
  it('has every value row of tables 二, 三 and 四 in reading order', () => {
    expect(sheet.rows.map((row) => row.table)).to.deep.equal([
      ...Array<string>(6).fill('proactive'),
      ...Array<string>(25).fill('applications'),
      'reviewLitigation',
    ]);
    expect(sheet.rows[0].cells).to.deep.equal([
      'proactive.rules.issued',
      'proactive.rules.repealed',
      'proactive.rules.inForce',
    ]);
    expect(sheet.rows[6].cells[0]).to.equal('applications.received.naturalPerson');
    expect(sheet.rows[31].cells).to.have.length(15);
    expect(sheet.positions.size).to.equal(200);
    expect(formatSheet('2019').positions.size).to.be.greaterThan(0);
  });

  it('moves like a spreadsheet, and stays at an edge', () => {
    const key = 'applications.granted.commercial';
    expect(moveFrom(sheet, key, 'up')).to.equal('applications.carriedOver.commercial');
    expect(moveFrom(sheet, key, 'down')).to.equal('applications.partiallyGranted.commercial');
    expect(moveFrom(sheet, key, 'left')).to.equal('applications.granted.naturalPerson');
    expect(moveFrom(sheet, key, 'right')).to.equal('applications.granted.research');
    expect(moveFrom(sheet, key, 'rowStart')).to.equal('applications.granted.naturalPerson');
    expect(moveFrom(sheet, key, 'rowEnd')).to.equal('applications.granted.total');
    expect(moveFrom(sheet, 'applications.granted.total', 'next')).to.equal(
      'applications.partiallyGranted.naturalPerson',
    );
    expect(moveFrom(sheet, 'applications.partiallyGranted.naturalPerson', 'previous')).to.equal(
      'applications.granted.total',
    );
    expect(moveFrom(sheet, 'applications.granted.naturalPerson', 'left')).to.equal(undefined);
    expect(moveFrom(sheet, 'proactive.rules.issued', 'up')).to.equal(undefined);
    // Down from a three-column row into a one-column row takes that row's only cell.
    expect(moveFrom(sheet, 'proactive.normativeDocuments.inForce', 'down')).to.equal(
      'proactive.licensing',
    );
    expect(moveFrom(sheet, 'no.such.cell', 'down')).to.equal(undefined);
  });
});

describe('editor core: the document', () => {
  it('gives back a clean report that checks clean (0 findings), and validates by shape', () => {
    const state = stateFromDocument(xiangtan());
    expect(state).to.include({ format: '2021', agency: '湘潭县人民政府', year: '2025' });
    expect(valueOf(state, 'applications.received.naturalPerson')).to.equal('174');
    expect(valueOf(state, 'proactive.fees')).to.equal('1779.2656');
    const document = documentOf(state);
    expect(checkReport(document).findings).to.deep.equal([]);
    expect(document).to.include({ format: '2021', agency: '湘潭县人民政府', year: 2025 });
    expect((document.applications as Record<string, Record<string, unknown>>).received).to.include({
      naturalPerson: 174,
      total: 177,
    });
    expect(documentOf(stateFromDocument(pingtan2019())).format).to.equal('2019');
    expect(checkReport(documentOf(stateFromDocument(pingtan2019()))).findings).to.deep.equal([]);
  });

  it('keeps every value as typed: invalid text is reported, never changed', () => {
    const state = withValues(emptyState(), {
      'applications.received.naturalPerson': '１２',
      'applications.received.commercial': '007',
      'applications.received.research': '3',
      'proactive.fees': '12.50',
    });
    const document = documentOf(state) as Record<string, Record<string, Record<string, unknown>>>;
    expect(document.applications.received).to.deep.equal({
      naturalPerson: '１２',
      commercial: '007',
      research: 3,
    });
    expect(document.proactive.fees).to.equal('12.50');
    const invalid = checkReport(document).findings.filter((f) => f.rule === 'cell.invalid');
    expect(invalid.map((f) => f.cells[0])).to.deep.equal(['applications.received.naturalPerson']);
    expect(documentValue('9007199254740993', 'count')).to.equal('9007199254740993');
    expect(documentValue('-3', 'change')).to.equal('-3');
  });

  it('leaves an empty cell out: a total is computed, any other cell is reported as not filled in', () => {
    const doc = xiangtan();
    const state = withValues(stateFromDocument(doc), {
      'applications.received.total': '',
      'applications.granted.naturalPerson': '',
    });
    const { findings } = checkReport(documentOf(state));
    expect(findings.map((f) => f.rule)).to.include('cell.blank');
    expect(findings.some((f) => f.cells.includes('applications.received.total'))).to.equal(false);
  });

  it('sets cells without touching the rest, and returns the same state when nothing changes', () => {
    const state = emptyState();
    expect(withValues(state, { 'applications.received.total': '' })).to.equal(state);
    const next = withValues(state, { 'applications.received.total': '5' });
    expect(next.values).to.deep.equal({ 'applications.received.total': '5' });
    expect(state.values).to.deep.equal({});
  });
});

describe('editor core: paste', () => {
  it('reads tab-separated text as spreadsheets copy it', () => {
    expect(parseTsv('1\t2\t3\r\n4\t5\t6\r\n')).to.deep.equal([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
    expect(parseTsv('1\t\t3\n')).to.deep.equal([['1', '', '3']]);
    expect(parseTsv('"a\tb"\t"say ""hi"""\n"two\nlines"\t2')).to.deep.equal([
      ['a\tb', 'say "hi"'],
      ['two\nlines', '2'],
    ]);
    expect(parseTsv('5"\t6')).to.deep.equal([['5"', '6']]);
    expect(parseTsv('')).to.deep.equal([]);
    expect(isBlockText('12\r\n')).to.equal(false);
    expect(isBlockText('1\t2')).to.equal(true);
    expect(isBlockText('1\n2')).to.equal(true);
  });

  it('lays an HTML table out on its grid', () => {
    const matrix = tableMatrix({
      rows: [
        [publishedCell(' 1 ', 2, 1), publishedCell('2', 1, 2)],
        [publishedCell('3'), publishedCell('4')],
      ],
    });
    expect(matrix).to.deep.equal([
      ['1', '2', ''],
      ['', '3', '4'],
    ]);
  });

  it('places a block right and down from the focused cell', () => {
    const placed = placeBlock(sheet, 'applications.granted.commercial', [
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(placed.clipped).to.equal(undefined);
    expect(placed.changes).to.deep.equal({
      'applications.granted.commercial': '1',
      'applications.granted.research': '2',
      'applications.partiallyGranted.commercial': '3',
      'applications.partiallyGranted.research': '4',
    });
  });

  it('stops at the table’s edge, says where, and changes nothing beyond', () => {
    const placed = placeBlock(sheet, 'applications.carriedForward.other', [
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
    expect(placed.changes).to.deep.equal({
      'applications.carriedForward.other': '1',
      'applications.carriedForward.total': '2',
    });
    expect(placed.clipped).to.deep.equal({
      rowsFilled: 1,
      rowsLeft: 1,
      cellsLeft: 1,
      lastKey: 'applications.carriedForward.total',
    });
    // Table 二's last row is followed by table 三's first: a paste never runs into it.
    const proactive = placeBlock(sheet, 'proactive.fees', [['1'], ['2']]);
    expect(Object.keys(proactive.changes)).to.deep.equal(['proactive.fees']);
    expect(proactive.clipped?.rowsLeft).to.equal(1);
  });
});

describe('editor core: undo', () => {
  it('takes back the last edit; typing on in one field is one edit', () => {
    const s0 = emptyState();
    const s1 = withValues(s0, { 'applications.received.total': '1' });
    const s2 = withValues(s1, { 'applications.received.total': '12' });
    let history = recordEdit(EMPTY_HISTORY, s0, { kind: 'typing', field: 'a' });
    history = recordEdit(history, s1, { kind: 'typing', field: 'a' });
    expect(history.past).to.deep.equal([s0]);
    history = recordEdit(history, s2, { kind: 'paste' });
    expect(history.past).to.deep.equal([s0, s2]);
    history = recordEdit(endTyping(history), s2, { kind: 'typing', field: 'a' });
    expect(history.past).to.have.length(3);
    const first = undo(history)!;
    expect(first.state).to.equal(s2);
    expect(undo(undo(first.history)!.history)!.state).to.equal(s0);
    expect(undo(EMPTY_HISTORY)).to.equal(undefined);
  });
});

describe('editor core: drafts', () => {
  const state = withValues(emptyState(), { 'applications.received.total': '5' });

  it('reads back what it saved, last year’s report included', () => {
    const reading = decodeDraft(encodeDraft(state, new Date(0), { year: 2024 }));
    expect(reading).to.deep.equal({
      status: 'restored',
      draft: {
        kind: 'disclosure-report-editor-draft',
        version: DRAFT_VERSION,
        savedAt: '1970-01-01T00:00:00.000Z',
        state,
        previous: { year: 2024 },
      },
    });
    expect(decodeDraft(null)).to.deep.equal({ status: 'none' });
  });

  it('migrates a version-0 draft, the bare report document', () => {
    const reading = decodeDraft(JSON.stringify(xiangtan()));
    expect(reading.status).to.equal('restored');
    if (reading.status !== 'restored') return;
    expect(reading.migratedFrom).to.equal(0);
    expect(reading.draft.state).to.deep.equal(stateFromDocument(xiangtan()));
  });

  it('never takes an unreadable draft for an empty one', () => {
    expect(decodeDraft('{"kind":"disclosure-report-editor-draft","version":7}')).to.deep.equal({
      status: 'unreadable',
      reason: 'version',
      version: 7,
    });
    expect(decodeDraft('{not json')).to.deep.equal({ status: 'unreadable', reason: 'json' });
    expect(decodeDraft('[1]')).to.deep.equal({ status: 'unreadable', reason: 'shape' });
    const foreignKey = JSON.stringify({
      kind: 'disclosure-report-editor-draft',
      version: DRAFT_VERSION,
      state: { format: '2021', agency: '', year: '', values: { __proto__x: '1' } },
    });
    expect(decodeDraft(foreignKey)).to.deep.equal({ status: 'unreadable', reason: 'shape' });
  });
});

describe('editor core: last year', () => {
  it('fills 上年结转 from last year’s 结转下年度继续办理, and nothing else', () => {
    const previous = parseDocument(xiangtan2024());
    const changes = carriedOverValues('2021', previous);
    expect(changes).to.deep.equal({
      'applications.carriedOver.naturalPerson': '5',
      'applications.carriedOver.commercial': '0',
      'applications.carriedOver.research': '0',
      'applications.carriedOver.publicInterest': '0',
      'applications.carriedOver.legalService': '0',
      'applications.carriedOver.other': '0',
      'applications.carriedOver.total': '5',
    });
  });

  it('fills nothing from a report that has no 结转下年度', () => {
    expect(carriedOverValues('2021', parseDocument({ proactive: {} }))).to.deep.equal({});
  });
});

describe('editor core: out', () => {
  it('writes the document as indented JSON text ending in a line break', () => {
    const document = documentOf(stateFromDocument(xiangtan()));
    const text = documentJson(document);
    expect(text.endsWith('}\n')).to.equal(true);
    expect(JSON.parse(text)).to.deep.equal(document);
  });

  it('puts the document in a child JSON script that no value can end early', () => {
    const document = { agency: 'a</script><!-- b', year: 2025 };
    const snippet = cmsSnippet(document);
    expect(snippet).to.match(/^<disclosure-annual-report>\n<script type="application\/json">\n/);
    expect(snippet.match(/<\/script/g)).to.have.length(1);
    expect(snippet).to.not.contain('<!--');
    const json = snippet.slice(snippet.indexOf('{'), snippet.lastIndexOf('}') + 1);
    expect(JSON.parse(json)).to.deep.equal(document);
    expect(cmsSnippet({}, 'review-litigation-table')).to.match(/^<review-litigation-table>/);
  });

  it('names the file by agency and year, safe on every system', () => {
    expect(documentFileName({ agency: '湘潭县人民政府', year: '2025' })).to.equal(
      '湘潭县人民政府-2025.json',
    );
    expect(documentFileName({ agency: '', year: '' })).to.equal('disclosure-report.json');
    expect(documentFileName({ agency: '  ', year: '2025' })).to.equal('2025.json');
    expect(documentFileName({ agency: '../a/b:c*?', year: '20\u000025' })).to.equal(
      'a b c-20 25.json',
    );
    expect(documentFileName({ agency: 'x'.repeat(300), year: '' })).to.have.length(125);
  });
});
