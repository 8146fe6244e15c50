/**
 * What the editor holds, and the report document it stands for. Every value is kept exactly as
 * typed: the document carries a plain count as a JSON number and anything else as the text
 * typed, so that the core reads and checks it as it would any report (a mistyped value shows
 * as `cell.invalid`, never as something it was silently turned into).
 */
import { describeGiven } from '../cell.js';
import { compileTable } from '../compile.js';
import type { ReportDocument } from '../document.js';
import { compiledFormat, DEFAULT_FORMAT, isFormatId, type FormatId } from '../format.js';
import { isRecord, parseDocument } from '../parse.js';

/** The schema a document names, as the sample reports do. */
export const SCHEMA_URL = 'https://unpkg.com/disclosure-tables/disclosure-report.schema.json';

export interface EditorState {
  readonly format: FormatId;
  /** As typed; left out of the document when empty. */
  readonly agency: string;
  /** As typed; a four-digit year goes into the document as a number. */
  readonly year: string;
  /**
   * Each cell's text as typed, by cell key (`applications.received.naturalPerson`). Cells of
   * another format are kept too: switching the format back finds them again.
   */
  readonly values: Readonly<Record<string, string>>;
}

export const emptyState = (format: FormatId = DEFAULT_FORMAT): EditorState => ({
  format,
  agency: '',
  year: '',
  values: {},
});

/** A count typed as plain digits, without a leading zero, that a double holds exactly. */
const PLAIN_COUNT = /^(0|[1-9]\d{0,15})$/;

/** The JSON value a typed text stands for: a plain count as a number, the rest as typed. */
export function documentValue(text: string, kind: 'count' | 'change' | 'amount'): number | string {
  return kind !== 'amount' && PLAIN_COUNT.test(text) && Number.isSafeInteger(Number(text))
    ? Number(text)
    : text;
}

/**
 * The report document of what was typed: the format, the agency and year when given, and every
 * table of the format, each non-empty cell at its data path (rows as objects). An empty cell is
 * left out: a total is then computed, any other cell reported as not filled in.
 */
export function documentOf(state: EditorState): ReportDocument {
  const document: Record<string, unknown> = { $schema: SCHEMA_URL, format: state.format };
  if (state.agency !== '') document.agency = state.agency;
  if (state.year !== '')
    document.year = /^\d{4}$/.test(state.year) ? Number(state.year) : state.year;
  for (const layout of compiledFormat(state.format).tables) {
    const section: Record<string, unknown> = {};
    for (const cell of compileTable(layout).cells) {
      const text = own(state.values, cell.key);
      if (text === undefined || text === '') continue;
      let container = section;
      for (const segment of cell.path.slice(0, -1)) {
        container = (container[segment] ??= {}) as Record<string, unknown>;
      }
      container[cell.path[cell.path.length - 1]] = documentValue(text, cell.kind);
    }
    document[layout.id] = section;
  }
  return document as ReportDocument;
}

/**
 * The editor's state for a report document of either format (rows as arrays or objects): each
 * cell's value as the text it was given. Values the document does not hold stay empty.
 */
export function stateFromDocument(document: unknown): EditorState {
  const report = parseDocument(document);
  const format = report.format && isFormatId(report.format) ? report.format : DEFAULT_FORMAT;
  const values: Record<string, string> = {};
  for (const layout of compiledFormat(format).tables) {
    const cells = report.sections[layout.id];
    if (!cells) continue;
    for (const declared of compileTable(layout).cells) {
      const cell = cells.get(declared.key);
      const text =
        cell === undefined || cell.state === 'computed'
          ? ''
          : cell.state === 'value'
            ? cell.text
            : typeof cell.given === 'string'
              ? cell.given
              : describeGiven(cell.given);
      if (text !== '') values[declared.key] = text;
    }
  }
  const given = isRecord(document) ? document : {};
  const agency = own(given, 'agency');
  const year = own(given, 'year');
  return {
    format,
    agency: typeof agency === 'string' ? agency : '',
    year: typeof year === 'string' || typeof year === 'number' ? String(year) : '',
    values,
  };
}

/** The state with some cells set; the same state when nothing changes. */
export function withValues(
  state: EditorState,
  changes: Readonly<Record<string, string>>,
): EditorState {
  const changed = Object.keys(changes).filter(
    (key) => (own(state.values, key) ?? '') !== changes[key],
  );
  if (!changed.length) return state;
  const values: Record<string, string> = { ...state.values };
  for (const key of changed) {
    if (changes[key] === '') delete values[key];
    else values[key] = changes[key];
  }
  return { ...state, values };
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A cell's text as typed, '' when empty. */
export const valueOf = (state: EditorState, key: string): string => own(state.values, key) ?? '';
