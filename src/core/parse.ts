/**
 * From unknown JSON to the cells of each table. Parsing is total: whatever comes in, it
 * returns cells and problems and never throws. It never writes to its input.
 */
import { describeGiven, readCell, type Cell } from './cell.js';
import { compileTable, type CompiledCell, type ShapeContainer } from './compile.js';
import { FORMAT_IDS, formats, isFormatId, type FormatId } from './format.js';
import type { TableId, TableLayout } from './layout.js';
import { TableCells, type FlatValue } from './table-cells.js';
import { nearestName } from './nearest.js';
import { locateJsonFault, type JsonFault } from './json-fault.js';

/** The cells of one table, by cell key. Cells absent from the data are absent here too. */
export type SectionCells = ReadonlyMap<string, Cell>;

export type JsonType = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

/**
 * Something wrong with the input as a whole or with its shape. `fatal` problems stop a table
 * from rendering (its numbers cannot be placed); the others are reported beside the table.
 */
export type InputProblem =
  | {
      readonly code: 'json';
      /** The engine's own message, in English. */
      readonly detail: string;
      /** Where the text goes wrong and what it should have there, to say in the reader's language. */
      readonly fault?: JsonFault;
      readonly fatal: true;
    }
  | { readonly code: 'fetch'; readonly url: string; readonly detail: string; readonly fatal: true }
  /** A child `<script>` holding the data has no type, or one the element does not read. */
  | { readonly code: 'scriptType'; readonly type: string | null; readonly fatal: true }
  | {
      readonly code: 'wrongType';
      readonly path: string;
      readonly expected: 'object' | 'row' | 'string' | 'year';
      readonly actual: JsonType;
      readonly fatal: boolean;
      /** The value given, quoted as bounded JSON: never the value itself, which may be nested beyond any stack. */
      readonly given: string;
    }
  /** Fatal for a table element; the report shows the tables it has (see `partial`). */
  | { readonly code: 'missingSection'; readonly path: string; readonly fatal: boolean }
  | {
      readonly code: 'wrongLength';
      readonly path: string;
      readonly expected: readonly number[];
      readonly actual: number;
      readonly fatal: true;
    }
  | {
      readonly code: 'unknownKey';
      readonly path: string;
      /**
       * The table an unknown top-level key most likely misspells, when that table is absent:
       * an error, not a warning, and it stands for the missing table (no second problem).
       */
      readonly section?: string;
      readonly fatal: boolean;
    }
  | {
      readonly code: 'unknownFormat';
      readonly path: 'format';
      /** The format ids the core knows. */
      readonly known: readonly string[];
      readonly fatal: false;
      /** The value given, quoted as bounded JSON. */
      readonly given: string;
    };

export interface ParsedSection {
  readonly cells: SectionCells;
  readonly problems: readonly InputProblem[];
}

export interface ParsedReport {
  /** The format the document is in (`format`, 2021 when it says nothing). */
  readonly format?: FormatId;
  /** As given when it is a string; never interpreted as markup. */
  readonly agency?: string;
  readonly year?: number;
  readonly sections: Partial<Record<TableId, SectionCells>>;
  readonly problems: readonly InputProblem[];
}

export function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an own property only: `__proto__` and friends in the data are just unknown keys. */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

const NONE = 0;
const ARRAY = 1;
/** An object whose prototype is Object.prototype or null: its keys are read directly (see below). */
const PLAIN_RECORD = 2;
/** Any other object: each key is checked to be its own first. */
const RECORD = 3;

/**
 * The arrays a parse works in, kept for the next: the slots alone are one per key of every
 * container (some 200 for table 三), and making them anew for each parse cost more than the
 * lookups they save. Taken while a parse runs, so a parse that starts inside another (a getter
 * of the data calling the parser) makes its own, as does the parse after one that threw.
 */
let spareScratch: { kinds: number[]; slots: unknown[] } | undefined;

/** Parses one table's section object (e.g. the value of `applications`). */
export function parseSection(layout: TableLayout, section: unknown): ParsedSection {
  const problems: InputProblem[] = [];
  return { cells: readSection(layout, section, problems), problems };
}

/** Reads a section's cells, adding its problems to `problems`. */
function readSection(layout: TableLayout, section: unknown, problems: InputProblem[]): TableCells {
  const table = compileTable(layout);
  const { containers, places, slotCount, slotCells, isCount } = table.shape;
  // Each container's kind (the section, a row, a group of rows), and the value of each key of
  // each object container that holds a container or a unit, put in its slot as the object is
  // classified (a container's value is its slot in its parent's); a cell's goes into `flat`.
  let scratch = spareScratch;
  spareScratch = undefined;
  // Sized up front, for the largest table yet: an array written beyond its end grows by copies.
  if (!scratch || scratch.kinds.length < containers.length || scratch.slots.length < slotCount)
    scratch = {
      kinds: new Array<number>(containers.length).fill(NONE),
      slots: new Array<unknown>(slotCount),
    };
  const { kinds, slots } = scratch;
  const cells = table.cells;
  // Every value given, then (after the last pass) a FlatValue for each cell.
  const flat: unknown[] = new Array<unknown>(cells.length);
  // Containers parents first. An array row's values are read as soon as the row is found: for a
  // report not in the processor's caches, a row's elements are then read right after the row
  // itself, beside it in memory, which measured faster than a pass over the rows afterwards.
  for (let id = 0; id < containers.length; id++) {
    const container = containers[id];
    const value = container.parent < 0 ? section : slots[container.slot];
    // A row written as an array of the right length (nearly every row; its 总计 may be left
    // off, to be computed) is told here, without a call; anything else is classified (and any problem with it reported) by `classify`.
    const length = container.arrayLength;
    if (
      value !== undefined &&
      length > 0 &&
      Array.isArray(value) &&
      (value.length === length || (value.length === length - 1 && container.optionalTail))
    ) {
      kinds[id] = ARRAY;
      gatherArray(container.arrayRuns, value, flat);
    } else {
      const kind =
        value === undefined
          ? NONE
          : classify(layout, container, value, slots, slotCells, flat, problems);
      kinds[id] = kind;
      if (kind === ARRAY) gatherArray(container.arrayRuns, value as unknown[], flat);
    }
  }
  // Then each value read, from the cache.
  let plainCounts = 0;
  for (let index = 0; index < flat.length; index++) {
    const value = flat[index];
    // Nearly every published cell is a plain count: kept as the number, with no Cell made for it.
    if (
      typeof value === 'number' &&
      isCount[index] &&
      Number.isSafeInteger(value) &&
      value >= 0 &&
      // Not 1 / value > 0: a division for every 0, and most cells are 0. A small integer can
      // never be -0, so the engine answers this without looking at the value at all.
      !Object.is(value, -0)
    )
      plainCounts++;
    else if (value !== undefined) {
      const container = places[index].container;
      flat[index] = readOther(
        layout,
        cells[index],
        value,
        containers[container].parent < 0 ? section : slots[containers[container].slot],
        kinds[container],
        problems,
      );
    }
  }
  // Emptied, so that no value is read by the next parse or kept alive by this module.
  for (let id = 0; id < containers.length; id++) {
    if (kinds[id] >= PLAIN_RECORD) {
      const held = containers[id].heldSlots;
      for (let h = 0; h < held.length; h++) slots[held[h]] = undefined;
    }
  }
  spareScratch = scratch;
  return new TableCells(table, flat as FlatValue[], plainCounts === cells.length);
}

/** An array row's values, read into `flat` as soon as the row is found (see `readSection`). */
function gatherArray(arrayRuns: Int32Array, row: unknown[], flat: unknown[]): void {
  for (let r = 0; r < arrayRuns.length; r += 3) {
    const start = arrayRuns[r];
    const first = arrayRuns[r + 2];
    // A row whose 总计 is left off is one shorter: its cell stays absent, not read past the end.
    const end = Math.min(start + arrayRuns[r + 1], start + row.length - first);
    for (let index = start, at = first; index < end; index++, at++) flat[index] = row[at];
  }
}

/** A cell that is not a plain count, with the unit its row writes beside it, if any. */
function readOther(
  layout: TableLayout,
  cell: CompiledCell,
  value: unknown,
  container: unknown,
  kind: number,
  problems: InputProblem[],
): Cell {
  const read = readCell(value, cell.kind);
  if (!cell.unitKey || kind < PLAIN_RECORD || read.state !== 'value') return read;
  const unit = readKey(container as Record<string, unknown>, cell.unitKey, kind);
  if (typeof unit === 'string' && unit.trim() !== '') return { ...read, unit: unit.trim() };
  if (unit !== undefined)
    problems.push({
      code: 'wrongType',
      path: `${layout.id}.${[...cell.path.slice(0, -1), cell.unitKey].join('.')}`,
      expected: 'string',
      actual: jsonType(unit),
      fatal: false,
      given: describeGiven(unit),
    });
  return read;
}

/**
 * A key of an object of the data. The format's keys (`received`, `total` …) are none of
 * Object.prototype's, so on an object of JSON's making (prototype Object.prototype or null)
 * a plain read cannot reach an inherited value; any other object is asked for its own key.
 */
function readKey(record: Record<string, unknown>, key: string, kind: number): unknown {
  return kind === PLAIN_RECORD ? record[key] : own(record, key);
}

/**
 * What a container's value is; a problem when it cannot hold its cells. An object's values of
 * the container's keys are read: a cell's into `flat`, a container's or a unit's into `slots`
 * (from `container.slotBase`, in `keys` order; see `ParseShape.slotCells`).
 */
function classify(
  layout: TableLayout,
  container: ShapeContainer,
  value: unknown,
  slots: unknown[],
  slotCells: Int32Array,
  flat: unknown[],
  problems: InputProblem[],
): number {
  const order = container.arrayOrder;
  if (Array.isArray(value) && order) {
    const length = value.length;
    if (length === order.length || (container.optionalTail && length === order.length - 1))
      return ARRAY;
    problems.push({
      code: 'wrongLength',
      path: containerPath(layout, container),
      expected: container.optionalTail ? [order.length - 1, order.length] : [order.length],
      actual: length,
      fatal: true,
    });
    return NONE;
  }
  if (isRecord(value)) {
    const keys = container.keys;
    const base = container.slotBase;
    const prototype = Object.getPrototypeOf(value) as unknown;
    const plain = prototype === Object.prototype || prototype === null;
    // Keys are looked for from just after the last one found: JSON writes them in the layout's
    // order nearly always, so a key is most often found at the first place tried, where a Set
    // would hash it. The search wraps around, so keys in any order are found all the same.
    // The value is read here, by the key being enumerated, which the engine reads by its place
    // in the object rather than looking the key up.
    let next = 0;
    for (const key in value) {
      const found = indexFrom(keys, key, next);
      if (found >= 0) {
        next = found + 1;
        if (plain) {
          const cell = slotCells[base + found];
          if (cell >= 0) flat[cell] = value[key];
          else slots[base + found] = value[key];
        }
      } else if (Object.prototype.hasOwnProperty.call(value, key))
        problems.push({
          code: 'unknownKey',
          path: `${containerPath(layout, container)}.${key}`,
          fatal: false,
        });
    }
    if (plain) return PLAIN_RECORD;
    for (let k = 0; k < keys.length; k++) {
      const cell = slotCells[base + k];
      if (cell >= 0) flat[cell] = own(value, keys[k]);
      else slots[base + k] = own(value, keys[k]);
    }
    return RECORD;
  }
  problems.push({
    code: 'wrongType',
    path: containerPath(layout, container),
    expected: order ? 'row' : 'object',
    actual: jsonType(value),
    fatal: true,
    given: describeGiven(value),
  });
  return NONE;
}

/** Where `key` is in `keys`, searching from `start` and wrapping around; -1 when absent. */
function indexFrom(keys: readonly string[], key: string, start: number): number {
  for (let i = start; i < keys.length; i++) if (keys[i] === key) return i;
  for (let i = 0; i < start && i < keys.length; i++) if (keys[i] === key) return i;
  return -1;
}

const containerPath = (layout: TableLayout, container: ShapeContainer): string =>
  container.path ? `${layout.id}.${container.path}` : layout.id;

/** The keys of a report document besides its tables. */
const METADATA_KEYS: readonly string[] = ['$schema', 'format', 'agency', 'year'];

/** The top-level keys a report document of any format may hold. */
export const DOCUMENT_KEYS: readonly string[] = [
  ...METADATA_KEYS,
  ...new Set(Object.values(formats).flatMap((format) => format.tables.map((table) => table.id))),
];

/** Where the table `key` names is in `layouts`; -1 when none. */
function layoutIndex(layouts: readonly TableLayout[], key: string): number {
  for (let i = 0; i < layouts.length; i++) if (layouts[i].id === key) return i;
  return -1;
}

/** Whether `key` is one of DOCUMENT_KEYS: a loop the engine inlines, where `includes` is a call. */
function isDocumentKey(key: string): boolean {
  for (let i = 0; i < DOCUMENT_KEYS.length; i++) if (DOCUMENT_KEYS[i] === key) return true;
  return false;
}

const TABLE_KEYS = DOCUMENT_KEYS.filter((key) => !METADATA_KEYS.includes(key));

/**
 * Whether a value is a whole report document rather than a single table's section: it has a
 * document key, or a misspelt table key (`application`), which no section has either.
 */
export function isReportDocument(value: unknown): boolean {
  return (
    isRecord(value) &&
    (DOCUMENT_KEYS.some((key) => key !== '$schema' && own(value, key) !== undefined) ||
      Object.keys(value).some((key) => nearestName(key, TABLE_KEYS) !== undefined))
  );
}

export interface ParseOptions {
  /**
   * The report element shows the tables a document has: a missing one is a warning, not a
   * reason to show nothing. A table element needs its one table (the default).
   */
  readonly partial?: boolean;
}

/**
 * The format a document says it is in (`"format": "2019"`), the 2021 standard format when it
 * says nothing, or a problem when it names a format the core does not know (the tables are
 * then read as the 2021 format, and the problem says what to write instead).
 */
export function documentFormat(input: unknown): {
  readonly format: FormatId;
  readonly problem?: InputProblem;
} {
  const given = isRecord(input) ? own(input, 'format') : undefined;
  if (given === undefined) return { format: '2021' };
  const id = typeof given === 'number' ? String(given) : given;
  if (isFormatId(id)) return { format: id };
  return {
    format: '2021',
    problem: {
      code: 'unknownFormat',
      path: 'format',
      known: FORMAT_IDS,
      fatal: false,
      given: describeGiven(given),
    },
  };
}

/**
 * Parses a report document for the given tables. A table element passes its one layout and
 * accepts either a whole document or just that table's section object.
 */
export function parseReport(
  input: unknown,
  layouts: readonly TableLayout[],
  options: ParseOptions = {},
): ParsedReport {
  const problems: InputProblem[] = [];
  const sections: Partial<Record<TableId, SectionCells>> = {};
  if (layouts.length === 1 && !isReportDocument(input)) {
    sections[layouts[0].id] = readSection(layouts[0], input, problems);
    return { sections, problems };
  }
  if (!isRecord(input)) {
    problems.push({
      code: 'wrongType',
      path: '',
      expected: 'object',
      actual: jsonType(input),
      fatal: true,
      given: describeGiven(input),
    });
    return { sections, problems };
  }
  // Each table's section, the agency and the year, read as the document's keys are listed
  // (which the engine reads by their place in the object, where a lookup by name is a hash
  // probe each); a key of none of them is kept to be reported below.
  const given = new Array<unknown>(layouts.length);
  let agency: unknown;
  let year: unknown;
  let strays: string[] | undefined;
  for (const key in input) {
    if (!Object.prototype.hasOwnProperty.call(input, key)) continue;
    const at = layoutIndex(layouts, key);
    if (at >= 0) given[at] = input[key];
    else if (key === 'agency') agency = input[key];
    else if (key === 'year') year = input[key];
    else if (!isDocumentKey(key)) (strays ??= []).push(key);
  }
  // An own key not listed (made not enumerable) is still read: nothing given is passed over.
  let missing = 0;
  for (let i = 0; i < layouts.length; i++)
    if (given[i] === undefined && (given[i] = own(input, layouts[i].id)) === undefined) missing++;
  agency ??= own(input, 'agency');
  year ??= own(input, 'year');
  // The report still has something to show unless every table is missing.
  const missingFatal = !options.partial || missing === layouts.length;
  let misspelt: Set<string> | undefined;
  for (const key of strays ?? []) {
    const meant = nearestName(key, TABLE_KEYS);
    const section = layouts.find((layout, i) => layout.id === meant && given[i] === undefined)?.id;
    if (section === undefined || misspelt?.has(section)) {
      problems.push({ code: 'unknownKey', path: key, fatal: false });
      continue;
    }
    (misspelt ??= new Set()).add(section);
    problems.push({ code: 'unknownKey', path: key, section, fatal: missingFatal });
  }
  if (agency !== undefined && typeof agency !== 'string')
    problems.push(metadataProblem('agency', 'string', agency));
  const yearNumber = readYear(year);
  if (year !== undefined && yearNumber === undefined)
    problems.push(metadataProblem('year', 'year', year));
  for (let i = 0; i < layouts.length; i++) {
    const layout = layouts[i];
    const section = given[i];
    if (section === undefined) {
      // A misspelt key already stands for it: one problem, naming what to write.
      if (!misspelt?.has(layout.id))
        problems.push({ code: 'missingSection', path: layout.id, fatal: missingFatal });
      continue;
    }
    sections[layout.id] = readSection(layout, section, problems);
  }
  return reportOf(typeof agency === 'string' ? agency : undefined, yearNumber, sections, problems);
}

const metadataProblem = (
  path: string,
  expected: 'string' | 'year',
  given: unknown,
): InputProblem => ({
  code: 'wrongType',
  path,
  expected,
  actual: jsonType(given),
  fatal: false,
  given: describeGiven(given),
});

/**
 * The parsed report, with `agency` and `year` only when the document gives them. Written out
 * rather than spread from optional objects: spreading copies property by property, which
 * cost more than parsing a whole table.
 */
function reportOf(
  agency: string | undefined,
  year: number | undefined,
  sections: Partial<Record<TableId, SectionCells>>,
  problems: InputProblem[],
): ParsedReport {
  if (agency !== undefined)
    return year !== undefined
      ? { agency, year, sections, problems }
      : { agency, sections, problems };
  return year !== undefined ? { year, sections, problems } : { sections, problems };
}

/**
 * Parses a document in the format it names (see `documentFormat`): the given tables of that
 * format, or all of them. An element showing one table passes its table id; the report passes none.
 */
export function parseDocument(
  input: unknown,
  tables?: readonly TableId[],
  options: ParseOptions = {},
): ParsedReport {
  const { format, problem } = documentFormat(input);
  const all: readonly TableLayout[] = formats[format].tables;
  const layouts = tables ? all.filter((layout) => tables.includes(layout.id)) : all;
  const report = parseReport(input, layouts, options);
  return { ...report, format, ...(problem ? { problems: [problem, ...report.problems] } : {}) };
}

/** A report year: an integer from 2008 (the first year of the regulation) to 9999. */
function readYear(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\s*\d{4}\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 2008 && number <= 9999
    ? number
    : undefined;
}

/**
 * `JSON.parse` alone turns 9007199254740993 into 9007199254740992, 1.0000000000000001 into 1
 * and the amount 12345678901234.123456 into 12345678901234.123, without a word. Where the
 * engine passes a number literal's source text to the reviver (JSON.parse source text access:
 * Chromium 114, Firefox 135, Safari 18.4), a literal that is not the number's own shortest
 * form is kept as the text written, which `readCell` then reads exactly (an amount, "100.50"
 * shown as published) or rejects quoting it (a count with a fraction, an integer beyond
 * 2^53 − 1). Elsewhere numbers arrive as `JSON.parse` makes them.
 */
function keepNumberText(
  _key: string,
  value: unknown,
  context?: { readonly source?: string },
): unknown {
  return typeof value === 'number' &&
    context?.source !== undefined &&
    context.source !== String(value)
    ? context.source
    : value;
}

/**
 * The reviver walks the parsed value recursively, so valid JSON nested some thousands deep
 * (never a report, but still JSON) overflows the stack there, where `JSON.parse` alone does
 * not: such text is parsed plainly rather than called invalid.
 */
function parseKeepingNumberText(text: string): unknown {
  try {
    return JSON.parse(text, keepNumberText) as unknown;
  } catch (error) {
    if (error instanceof RangeError) return JSON.parse(text) as unknown;
    throw error;
  }
}

/**
 * Whether JSON text may hold a number literal that is not its number's own shortest form, the
 * only literals `keepNumberText` keeps as text: an exponent (1e3), a fraction ending in 0
 * (100.50), 16 or more digits (beyond what a double holds exactly), -0, or six zeros after the
 * point (0.0000001 prints as 1e-7). Strings are not told apart from numbers here: a string
 * that looks like such a literal only costs the slower parse, never a different result.
 */
const MAYBE_LOSSY_NUMBER = /\d[eE][-+]?\d|\.\d*0(?!\d)|(?:\d\.?){16}|-0(?![.\d])|\.0{6}/;

/**
 * Whether the engine passes a number literal's source text to a reviver (see `keepNumberText`).
 * Where it does not (Node 20, Firefox before 135, Safari before 18.4) the reviver can keep no
 * literal, so the text is not searched for one: that search cost a third of `JSON.parse` itself.
 */
const SOURCE_TEXT_ACCESS = ((): boolean => {
  let source: string | undefined;
  JSON.parse('1.0', (_key, value: unknown, context?: { readonly source?: string }) => {
    source = context?.source;
    return value;
  });
  return source === '1.0';
})();

/** Parses JSON text without throwing; number literals are never rounded (see `keepNumberText`). */
export function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: InputProblem } {
  try {
    // The reviver costs several times the parse itself: only text that needs it pays for it.
    const value =
      SOURCE_TEXT_ACCESS && MAYBE_LOSSY_NUMBER.test(text)
        ? parseKeepingNumberText(text)
        : (JSON.parse(text) as unknown);
    return { ok: true, value };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const fault = locateJsonFault(text);
    return {
      ok: false,
      problem: { code: 'json', detail, ...(fault ? { fault } : {}), fatal: true },
    };
  }
}
