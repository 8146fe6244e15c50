/**
 * Report documents read straight from their JSON text into the parser's flat arrays of cells,
 * with no JSON value built on the way: the path of `checkReport(text)` in
 * `disclosure-tables/core`, which servers call with the reports they receive as text.
 * `JSON.parse` alone costs more than parsing and checking the report it returns (8.5 µs against
 * 5.5 µs here): it allocates every row as an array and every row group as an object, only for
 * the parser to read them once and drop them.
 *
 * This reader takes only the common case: a document of a known format with every one of its
 * tables, keys the format knows, each once, and cells that are counts, blanks, `null` or
 * strings. At the first thing outside that case (JSON that is not JSON, a key the format does
 * not know, a row of the wrong length, a number with a fraction or an exponent, an escape in a
 * key) it gives up, returning `undefined`, and the caller parses the text the general way
 * (`parseJson` then `parseDocument`). So it never has to report a problem, and whatever it
 * returns equals what the general way returns for the same text; the tests hold it to that.
 */
import { readCell } from './cell.js';
import { compileTable, type CompiledTable } from './compile.js';
import { formats, isFormatId, type FormatId } from './format.js';
import type { TableId } from './layout.js';
import type { InputProblem, ParsedReport, SectionCells } from './parse.js';
import { TableCells, type FlatValue } from './table-cells.js';

/** What a key of a container of a section leads to: a container, or a cell. */
interface Member {
  readonly key: string;
  /** The key's character codes. */
  readonly codes: Uint16Array;
  /** The container it opens, or -1. */
  readonly container: number;
  /** The cell it holds, or -1. */
  readonly cell: number;
}

const member = (key: string, container: number, cell: number): Member => ({
  key,
  codes: Uint16Array.from({ length: key.length }, (_, i) => key.charCodeAt(i)),
  container,
  cell,
});

/** A container of a section (see `ShapeContainer`), as the reader walks it. */
interface ReaderContainer {
  /** Its keys, in the layout's order; a unit key (`amountUnit`) is left out, so the reader gives up on it. */
  readonly members: readonly Member[];
  /** When it may be written as an array: the cell at each place. */
  readonly arrayCells: Int32Array | undefined;
  /** The array lengths it accepts (a trailing 总计 may be left out). */
  readonly shortest: number;
  /** Whether every cell of the array is a count with no unit beside it: plain numbers are read straight in. */
  readonly allCounts: boolean;
}

interface ReaderTable {
  readonly table: CompiledTable;
  readonly containers: readonly ReaderContainer[];
  /**
   * By container: the number of the last section read that opened it, to tell a key given
   * twice without allocating anything per read (reads are synchronous: one at a time).
   */
  readonly openedIn: Int32Array;
}

/** Counts section reads, for `openedIn`. */
let sectionReads = 0;

const readerTables = new WeakMap<CompiledTable, ReaderTable>();

/** The compiled table's parse shape, turned around for walking text: from each key to what it holds. */
function readerTable(table: CompiledTable): ReaderTable {
  let reader = readerTables.get(table);
  if (reader) return reader;
  const { containers, places } = table.shape;
  reader = {
    table,
    openedIn: new Int32Array(containers.length),
    containers: containers.map((container, id): ReaderContainer => {
      const order = container.arrayOrder;
      const arrayCells = order ? new Int32Array(order.length) : undefined;
      const members: Member[] = [];
      for (const key of container.keys) {
        const child = containers.findIndex((other) => other.parent === id && other.key === key);
        const cell = places.findIndex((place) => place.container === id && place.key === key);
        if (child >= 0 || cell >= 0) members.push(member(key, child, cell));
      }
      places.forEach((place, cell) => {
        if (place.container === id && arrayCells) arrayCells[place.index] = cell;
      });
      return {
        members,
        arrayCells,
        allCounts:
          arrayCells !== undefined &&
          [...arrayCells].every(
            (cell) => table.cells[cell].kind === 'count' && !table.cells[cell].unitKey,
          ),
        shortest: order ? order.length - (container.optionalTail ? 1 : 0) : 0,
      };
    }),
  };
  readerTables.set(table, reader);
  return reader;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const BACKSLASH = 0x5c;
const ZERO = 0x30;
const NINE = 0x39;
/** Digits a count may have here: any 15-digit integer is exact in a double. */
const MAX_DIGITS = 15;

/** Thrown inside the reader only, and caught at its entry: the text is not the common case. */
const GIVE_UP = Symbol('give up');

/**
 * The reader's place in the text. Module state rather than an object passed around: the
 * engine keeps it in registers through the hot loops, and reading is synchronous and calls
 * nothing that could start another read, so one read is in progress at a time.
 */
let source = '';
let position = 0;

/** The next character that is not JSON whitespace (NaN at the end). */
function peek(): number {
  const text = source;
  let at = position;
  let code = text.charCodeAt(at);
  // Past every whitespace character: no whitespace here, as in compact JSON, nearly always.
  if (code > 0x20) return code;
  while (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09)
    code = text.charCodeAt(++at);
  position = at;
  return code;
}

function expect(code: number): void {
  if (peek() !== code) throw GIVE_UP;
  position++;
}

/** After a member or an element: whether another follows (`,`) or the container ends. */
function more(close: number): boolean {
  const code = peek();
  position++;
  if (code === COMMA) return true;
  if (code === close) return false;
  throw GIVE_UP;
}

/**
 * A key and its colon: its index in `members`, tried from `from` on and wrapping around
 * (JSON writes the keys in the layout's order nearly always). A key is the one member whose
 * characters it starts with and then ends: a member has no quote or backslash in it.
 */
function key(members: readonly Member[], from: number): number {
  if (peek() !== QUOTE) throw GIVE_UP;
  const text = source;
  const start = position + 1;
  for (let n = 0, i = from; n < members.length; n++, i = i + 1 === members.length ? 0 : i + 1) {
    const name = members[i].key;
    const length = name.length;
    if (text.charCodeAt(start + length) !== QUOTE) continue;
    // Compared here rather than by startsWith, a call into the runtime for a few characters;
    // against the key's character codes, so that only the text's are read from a string.
    const codes = members[i].codes;
    let c = 0;
    while (c < length && text.charCodeAt(start + c) === codes[c]) c++;
    if (c < length) continue;
    position = start + length + 1;
    expect(COLON);
    return i;
  }
  throw GIVE_UP;
}

/** A string value, as JSON gives it (an escape is read by `JSON.parse`, exactly). */
function readString(): string {
  const start = position;
  if (peek() !== QUOTE) throw GIVE_UP;
  let end = position + 1;
  let escaped = false;
  for (let code = source.charCodeAt(end); code !== QUOTE; code = source.charCodeAt(++end)) {
    if (code === BACKSLASH) {
      escaped = true;
      end++;
    } else if (code < 0x20 || code !== code) throw GIVE_UP;
  }
  const quoted = position;
  position = end + 1;
  if (!escaped) return source.slice(quoted + 1, end);
  try {
    return JSON.parse(source.slice(quoted, end + 1)) as string;
  } catch {
    position = start;
    throw GIVE_UP;
  }
}

/**
 * A non-negative integer of at most 15 digits, which a double holds exactly and which JSON
 * text writes in no other way; -1 when the next token is not a digit.
 */
function readCount(): number {
  const start = position;
  let code = source.charCodeAt(position);
  if (!(code >= ZERO && code <= NINE)) return -1; // NaN at the end of the text, too
  let value = code - ZERO;
  code = source.charCodeAt(++position);
  if (value === 0 && code >= ZERO && code <= NINE) throw GIVE_UP; // 01 is not JSON
  while (code >= ZERO && code <= NINE) {
    value = value * 10 + (code - ZERO);
    code = source.charCodeAt(++position);
  }
  // A fraction or an exponent (1.5, 1e3) is left to the general way, which keeps its text.
  if (position - start > MAX_DIGITS || code === 0x2e || code === 0x65 || code === 0x45)
    throw GIVE_UP;
  return value;
}

/** `null`, the one literal a cell may hold here (a blank). */
function isNull(): boolean {
  if (!source.startsWith('null', position)) return false;
  position += 4;
  return true;
}

/** One cell's value into the flat array: a plain count as the number, anything else as its Cell. */
function readValue(table: CompiledTable, cell: number, flat: FlatValue[]): boolean {
  if (flat[cell] !== undefined) throw GIVE_UP; // a key given twice
  // A cell with a unit key (amountUnit) is read as it is: the unit key itself is not a member,
  // so the reader gives up if the row writes one.
  const declared = table.cells[cell];
  const code = peek();
  const count = readCount();
  if (count >= 0) {
    if (declared.kind === 'count') {
      flat[cell] = count;
      return true;
    }
    flat[cell] = readCell(count, declared.kind);
  } else if (code === QUOTE) flat[cell] = readCell(readString(), declared.kind);
  else if (isNull()) flat[cell] = readCell(null, declared.kind);
  else throw GIVE_UP;
  return false;
}

/** A container's value, object or array; the number of plain counts read. */
function readContainer(reader: ReaderTable, id: number, flat: FlatValue[], read: number): number {
  if (reader.openedIn[id] === read) throw GIVE_UP; // a key given twice
  reader.openedIn[id] = read;
  const container = reader.containers[id];
  let counts = 0;
  const code = peek();
  if (code === OPEN_BRACKET) {
    const cells = container.arrayCells;
    if (!cells) throw GIVE_UP;
    position++;
    let length = 0;
    // A row of plain counts written without spaces, nearly every row: read in one tight loop,
    // which leaves the general loop below at the first thing it does not take (where `[1,]`,
    // not JSON, meets a `]` where a value must be, and gives up).
    if (container.allCounts) {
      const text = source;
      let at = position;
      let code = text.charCodeAt(at);
      while (code >= ZERO && code <= NINE && length < cells.length) {
        const start = at;
        let value = code - ZERO;
        code = text.charCodeAt(++at);
        if (value === 0 && code >= ZERO && code <= NINE) throw GIVE_UP; // 01 is not JSON
        while (code >= ZERO && code <= NINE) {
          value = value * 10 + (code - ZERO);
          code = text.charCodeAt(++at);
        }
        if (at - start > MAX_DIGITS) throw GIVE_UP;
        const last = code === CLOSE_BRACKET;
        if (!last && code !== COMMA) {
          at = start; // a fraction, an exponent, a space: read by the general loop
          break;
        }
        const cell = cells[length++];
        if (flat[cell] !== undefined) throw GIVE_UP;
        flat[cell] = value;
        counts++;
        if (last) {
          position = at + 1;
          if (length < container.shortest) throw GIVE_UP;
          return counts;
        }
        code = text.charCodeAt(++at);
      }
      position = at;
    }
    if (length === 0 && peek() === CLOSE_BRACKET) position++;
    else
      do {
        if (length === cells.length) throw GIVE_UP;
        if (readValue(reader.table, cells[length++], flat)) counts++;
      } while (more(CLOSE_BRACKET));
    if (length < container.shortest) throw GIVE_UP;
    return counts;
  }
  if (code !== OPEN_BRACE) throw GIVE_UP;
  position++;
  if (peek() === CLOSE_BRACE) {
    position++;
    return 0;
  }
  const members = container.members;
  let next = 0;
  do {
    const found = key(members, next);
    next = found + 1 === members.length ? 0 : found + 1;
    const member = members[found];
    if (member.container >= 0) counts += readContainer(reader, member.container, flat, read);
    else if (readValue(reader.table, member.cell, flat)) counts++;
  } while (more(CLOSE_BRACE));
  return counts;
}

function readSection(table: CompiledTable): TableCells {
  const reader = readerTable(table);
  const flat: FlatValue[] = new Array<FlatValue>(table.cells.length);
  sectionReads = (sectionReads + 1) | 0 || 1;
  const counts = readContainer(reader, 0, flat, sectionReads);
  return new TableCells(table, flat, counts === flat.length);
}

/** The top-level keys besides the tables. */
const METADATA: readonly Member[] = ['$schema', 'format', 'agency', 'year'].map((key) =>
  member(key, -1, -1),
);

interface DocumentReader {
  readonly format: FormatId;
  readonly tables: readonly CompiledTable[];
  /** The metadata keys, then one per table. */
  readonly members: readonly Member[];
}

const documentReaders = new Map<FormatId, DocumentReader>();

function documentReader(format: FormatId): DocumentReader {
  let reader = documentReaders.get(format);
  if (!reader) {
    const tables = formats[format].tables.map(compileTable);
    const members = [...METADATA, ...tables.map((table, i) => member(table.id, i, -1))];
    reader = { format, tables, members };
    documentReaders.set(format, reader);
  }
  return reader;
}

/**
 * A report document read from its JSON text in the common case (see above); `undefined`
 * when the text needs the general way, `parseDocument(JSON.parse(text))`, which it then equals.
 */
export function readReportText(text: string): ParsedReport | undefined {
  source = text;
  position = 0;
  try {
    return readDocument();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  } finally {
    source = ''; // the text is not kept alive by the reader
  }
}

function readDocument(): ParsedReport {
  expect(OPEN_BRACE);
  let reader = documentReader('2021');
  /** Whether a table was read before the format was named (in the default format). */
  let tableRead = false;
  let agency: string | undefined;
  let year: number | undefined;
  const read: (TableCells | undefined)[] = [];
  /** Bit i: members[i] was given (a format has far fewer than 31 tables). */
  let given = 0;
  if (peek() === CLOSE_BRACE) throw GIVE_UP; // no tables: reported the general way
  let next = 0;
  do {
    const found = key(reader.members, next);
    next = found + 1 === reader.members.length ? 0 : found + 1;
    const member = reader.members[found];
    if (given & (1 << found)) throw GIVE_UP; // a key given twice
    given |= 1 << found;
    peek();
    if (member.container >= 0) {
      read[member.container] = readSection(reader.tables[member.container]);
      tableRead = true;
    } else if (member.key === 'format') {
      // `"format": 2021`, a number, is read as its text (see `documentFormat`).
      const number = readCount();
      const id = number >= 0 ? String(number) : readString();
      // A format the core does not know is reported the general way; one named after a table
      // was read in the default format is read again the general way.
      if (!isFormatId(id) || (tableRead && id !== reader.format)) throw GIVE_UP;
      if (id !== reader.format) {
        reader = documentReader(id);
        next = 0;
      }
    } else if (member.key === 'agency') agency = readString();
    else if (member.key === 'year') {
      year = readCount();
      if (year < 2008 || year > 9999) throw GIVE_UP;
    } else readString(); // $schema
  } while (more(CLOSE_BRACE));
  peek();
  if (position !== source.length) throw GIVE_UP; // more after the document: not JSON
  const sections: Partial<Record<TableId, SectionCells>> = {};
  reader.tables.forEach((table, i) => {
    const cells = read[i];
    if (!cells) throw GIVE_UP; // a table left out: reported the general way
    sections[table.id] = cells;
  });
  // Written out, not spread from a shorter object: spreading copies property by property.
  const format = reader.format;
  const problems: InputProblem[] = [];
  if (agency !== undefined)
    return year !== undefined
      ? { agency, year, sections, problems, format }
      : { agency, sections, problems, format };
  return year !== undefined ? { year, sections, problems, format } : { sections, problems, format };
}
