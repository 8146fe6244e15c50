/**
 * From unknown JSON to the cells of each table. Parsing is total: whatever comes in, it
 * returns cells and problems and never throws. It never writes to its input.
 */
import { readCell, type Cell } from './cell.js';
import { compileTable } from './compile.js';
import { FORMAT_IDS, formats, isFormatId, type FormatId } from './format.js';
import type { TableId, TableLayout } from './layout.js';
import { PLAIN, TableCells } from './table-cells.js';
import { nearestName } from './nearest.js';

/** The cells of one table, by cell key. Cells absent from the data are absent here too. */
export type SectionCells = ReadonlyMap<string, Cell>;

export type JsonType = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

/**
 * Something wrong with the input as a whole or with its shape. `fatal` problems stop a table
 * from rendering (its numbers cannot be placed); the others are reported beside the table.
 */
export type InputProblem =
  | { readonly code: 'json'; readonly detail: string; readonly fatal: true }
  | { readonly code: 'fetch'; readonly url: string; readonly detail: string; readonly fatal: true }
  /** A child `<script>` holding the data has no type, or one the element does not read. */
  | { readonly code: 'scriptType'; readonly type: string | null; readonly fatal: true }
  | {
      readonly code: 'wrongType';
      readonly path: string;
      readonly expected: 'object' | 'row' | 'string' | 'year';
      readonly actual: JsonType;
      readonly fatal: boolean;
      readonly given: unknown;
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
      readonly given: unknown;
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

/** Parses one table's section object (e.g. the value of `applications`). */
export function parseSection(layout: TableLayout, section: unknown): ParsedSection {
  const table = compileTable(layout);
  const { containers, places } = table.shape;
  const problems: InputProblem[] = [];
  const cells = new TableCells(table);
  // Each container is resolved once, parents first, when the first cell in it is read: to a row
  // written as an array, an object, or nothing (absent or bad). Indexed by container number.
  const kinds: ('array' | 'record' | null)[] = [];
  const values: unknown[] = [];

  const resolve = (id: number): 'array' | 'record' | null => {
    const known = kinds[id];
    if (known !== undefined) return known;
    const { parent, key } = containers[id];
    const value =
      parent < 0
        ? section
        : resolve(parent) === 'record'
          ? own(values[parent] as Record<string, unknown>, key)
          : undefined;
    values[id] = value;
    return (kinds[id] = classify(id, value));
  };

  const classify = (id: number, value: unknown): 'array' | 'record' | null => {
    const container = containers[id];
    const path = container.path ? `${layout.id}.${container.path}` : layout.id;
    if (value === undefined) return null;
    const order = container.arrayOrder;
    if (Array.isArray(value) && order) {
      const allowed = container.optionalTail ? [order.length - 1, order.length] : [order.length];
      if (!allowed.includes(value.length)) {
        problems.push({
          code: 'wrongLength',
          path,
          expected: allowed,
          actual: value.length,
          fatal: true,
        });
        return null;
      }
      return 'array';
    }
    if (isRecord(value)) {
      for (const key of Object.keys(value)) {
        if (!container.keys.has(key))
          problems.push({ code: 'unknownKey', path: `${path}.${key}`, fatal: false });
      }
      return 'record';
    }
    problems.push({
      code: 'wrongType',
      path,
      expected: order ? 'row' : 'object',
      actual: jsonType(value),
      fatal: true,
      given: value,
    });
    return null;
  };

  const { cells: declared } = table;
  for (let index = 0; index < declared.length; index++) {
    const place = places[index];
    const kind = resolve(place.container);
    if (kind === null) continue;
    const container = values[place.container];
    const value =
      kind === 'array'
        ? (container as unknown[])[place.index]
        : own(container as Record<string, unknown>, place.key);
    if (value === undefined) continue;
    const cell = declared[index];
    // Nearly every published cell is a plain count: kept as a number, with no Cell made for it.
    if (
      typeof value === 'number' &&
      cell.kind === 'count' &&
      Number.isSafeInteger(value) &&
      (value > 0 || Object.is(value, 0))
    ) {
      cells.numbers[index] = value;
      cells.states[index] = PLAIN;
      continue;
    }
    let read = readCell(value, cell.kind);
    if (cell.unitKey && kind === 'record' && read.state === 'value') {
      const unit = own(container as Record<string, unknown>, cell.unitKey);
      if (typeof unit === 'string' && unit.trim() !== '') read = { ...read, unit: unit.trim() };
      else if (unit !== undefined)
        problems.push({
          code: 'wrongType',
          path: `${layout.id}.${cell.path.slice(0, -1).join('.')}.${cell.unitKey}`,
          expected: 'string',
          actual: jsonType(unit),
          fatal: false,
          given: unit,
        });
    }
    cells.set(index, read);
  }
  return { cells, problems };
}

/** The keys of a report document besides its tables. */
const METADATA_KEYS: readonly string[] = ['$schema', 'format', 'agency', 'year'];

/** The top-level keys a report document of any format may hold. */
export const DOCUMENT_KEYS: readonly string[] = [
  ...METADATA_KEYS,
  ...new Set(Object.values(formats).flatMap((format) => format.tables.map((table) => table.id))),
];

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
    problem: { code: 'unknownFormat', path: 'format', known: FORMAT_IDS, fatal: false, given },
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
    const parsed = parseSection(layouts[0], input);
    sections[layouts[0].id] = parsed.cells;
    return { sections, problems: parsed.problems };
  }
  if (!isRecord(input)) {
    problems.push({
      code: 'wrongType',
      path: '',
      expected: 'object',
      actual: jsonType(input),
      fatal: true,
      given: input,
    });
    return { sections, problems };
  }
  const missing = layouts.filter((layout) => own(input, layout.id) === undefined);
  // The report still has something to show unless every table is missing.
  const missingFatal = !options.partial || missing.length === layouts.length;
  const misspelt = new Set<string>();
  for (const key of Object.keys(input)) {
    if (DOCUMENT_KEYS.includes(key)) continue;
    const meant = nearestName(key, TABLE_KEYS);
    const section = missing.find((layout) => layout.id === meant)?.id;
    if (section === undefined || misspelt.has(section)) {
      problems.push({ code: 'unknownKey', path: key, fatal: false });
      continue;
    }
    misspelt.add(section);
    problems.push({ code: 'unknownKey', path: key, section, fatal: missingFatal });
  }
  const agency = own(input, 'agency');
  const year = own(input, 'year');
  const metadataProblem = (path: string, expected: 'string' | 'year', given: unknown): void => {
    problems.push({
      code: 'wrongType',
      path,
      expected,
      actual: jsonType(given),
      fatal: false,
      given,
    });
  };
  if (agency !== undefined && typeof agency !== 'string')
    metadataProblem('agency', 'string', agency);
  const yearNumber = readYear(year);
  if (year !== undefined && yearNumber === undefined) metadataProblem('year', 'year', year);
  for (const layout of layouts) {
    const section = own(input, layout.id);
    if (section === undefined) {
      // A misspelt key already stands for it: one problem, naming what to write.
      if (!misspelt.has(layout.id))
        problems.push({ code: 'missingSection', path: layout.id, fatal: missingFatal });
      continue;
    }
    const parsed = parseSection(layout, section);
    sections[layout.id] = parsed.cells;
    problems.push(...parsed.problems);
  }
  return {
    ...(typeof agency === 'string' ? { agency } : {}),
    ...(yearNumber !== undefined ? { year: yearNumber } : {}),
    sections,
    problems,
  };
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

/** Parses JSON text without throwing; number literals are never rounded (see `keepNumberText`). */
export function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: InputProblem } {
  try {
    return { ok: true, value: parseKeepingNumberText(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { code: 'json', detail, fatal: true } };
  }
}
