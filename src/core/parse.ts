/**
 * From unknown JSON to the cells of each table. Parsing is total: whatever comes in, it
 * returns cells and problems and never throws. It never writes to its input.
 */
import { absentCell, readCell, type Cell } from './cell.js';
import { TABLE_IDS, valueCells, type TableId, type TableLayout } from './layout.js';

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
  | {
      readonly code: 'wrongType';
      readonly path: string;
      readonly expected: 'object' | 'row' | 'string' | 'year';
      readonly actual: JsonType;
      readonly fatal: boolean;
      readonly given: unknown;
    }
  | { readonly code: 'missingSection'; readonly path: string; readonly fatal: true }
  | {
      readonly code: 'wrongLength';
      readonly path: string;
      readonly expected: readonly number[];
      readonly actual: number;
      readonly fatal: true;
    }
  | { readonly code: 'unknownKey'; readonly path: string; readonly fatal: false };

export interface ParsedSection {
  readonly cells: SectionCells;
  readonly problems: readonly InputProblem[];
}

export interface ParsedReport {
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

/**
 * How a layout's data nests: for every object in a section, which keys it may hold; and for the
 * objects whose keys all name cells (a row, or a block of table 四), the order those cells take
 * when the object is written as an array.
 */
interface SectionShape {
  readonly keysByContainer: ReadonlyMap<string, readonly string[]>;
  readonly arrayOrders: ReadonlyMap<
    string,
    { readonly order: readonly string[]; readonly optionalTail: boolean }
  >;
  /**
   * Every container (object or row) of the section, by number, with its parent's number and
   * its key there (the section itself has parent -1). With `cellPlaces`, worked out once per
   * layout, so that parsing a report reads each container once and does no string work per
   * cell (that was most of its cost; see bench/results.md).
   */
  readonly containers: readonly {
    readonly path: string;
    readonly parent: number;
    readonly key: string;
  }[];
  /** For each value cell, in `valueCells` order: its container, its key there, and its place when that row is an array. */
  readonly cellPlaces: readonly {
    readonly container: number;
    readonly key: string;
    readonly index: number;
  }[];
}

const shapeCache = new WeakMap<TableLayout, SectionShape>();

function sectionShape(layout: TableLayout): SectionShape {
  const cached = shapeCache.get(layout);
  if (cached) return cached;
  const keysByContainer = new Map<string, string[]>();
  const leafCells = new Map<string, { order: string[]; lastIsTotal: boolean; terminal: boolean }>();
  for (const cell of valueCells(layout)) {
    cell.path.forEach((segment, i) => {
      const container = cell.path.slice(0, i).join('.');
      const keys = keysByContainer.get(container) ?? [];
      if (!keys.includes(segment)) keys.push(segment);
      keysByContainer.set(container, keys);
      const entry = leafCells.get(container) ?? { order: [], lastIsTotal: false, terminal: true };
      if (i === cell.path.length - 1) {
        if (!entry.order.includes(segment)) entry.order.push(segment);
        entry.lastIsTotal = cell.isTotal;
      } else entry.terminal = false;
      leafCells.set(container, entry);
    });
  }
  const arrayOrders = new Map<string, { order: string[]; optionalTail: boolean }>();
  for (const [container, entry] of leafCells) {
    if (entry.terminal && entry.order.length > 1) {
      arrayOrders.set(container, { order: entry.order, optionalTail: entry.lastIsTotal });
    }
  }
  const paths = [...keysByContainer.keys()];
  const containers = paths.map((path) => {
    const cut = path.lastIndexOf('.');
    return path === ''
      ? { path, parent: -1, key: '' }
      : {
          path,
          parent: paths.indexOf(cut < 0 ? '' : path.slice(0, cut)),
          key: path.slice(cut + 1),
        };
  });
  const cellPlaces = valueCells(layout).map((cell) => {
    const container = cell.path.slice(0, -1).join('.');
    const key = cell.path[cell.path.length - 1];
    return {
      container: paths.indexOf(container),
      key,
      index: arrayOrders.get(container)?.order.indexOf(key) ?? -1,
    };
  });
  const shape = { keysByContainer, arrayOrders, containers, cellPlaces };
  shapeCache.set(layout, shape);
  return shape;
}

/** Parses one table's section object (e.g. the value of `applications`). */
export function parseSection(layout: TableLayout, section: unknown): ParsedSection {
  const shape = sectionShape(layout);
  const problems: InputProblem[] = [];
  const cells = new Map<string, Cell>();
  // Each container is resolved once, parents first, when the first cell in it is read: to a row
  // written as an array, an object, or nothing (absent or bad). Indexed by container number.
  const kinds: ('array' | 'record' | null)[] = [];
  const values: unknown[] = [];

  const resolve = (id: number): 'array' | 'record' | null => {
    const known = kinds[id];
    if (known !== undefined) return known;
    const { path: container, parent, key } = shape.containers[id];
    const value =
      parent < 0
        ? section
        : resolve(parent) === 'record'
          ? own(values[parent] as Record<string, unknown>, key)
          : undefined;
    values[id] = value;
    return (kinds[id] = classify(container, value));
  };

  const classify = (container: string, value: unknown): 'array' | 'record' | null => {
    const path = container ? `${layout.id}.${container}` : layout.id;
    if (value === undefined) return null;
    const arrayOrder = shape.arrayOrders.get(container);
    if (Array.isArray(value) && arrayOrder) {
      const { order, optionalTail } = arrayOrder;
      const allowed = optionalTail ? [order.length - 1, order.length] : [order.length];
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
      const known = shape.keysByContainer.get(container) ?? [];
      for (const key of Object.keys(value)) {
        if (!known.includes(key))
          problems.push({ code: 'unknownKey', path: `${path}.${key}`, fatal: false });
      }
      return 'record';
    }
    const expected = arrayOrder ? 'row' : 'object';
    problems.push({
      code: 'wrongType',
      path,
      expected,
      actual: jsonType(value),
      fatal: true,
      given: value,
    });
    return null;
  };

  valueCells(layout).forEach((cell, index) => {
    const place = shape.cellPlaces[index];
    const kind = resolve(place.container);
    const container = values[place.container];
    const value =
      kind === 'array'
        ? (container as unknown[])[place.index]
        : kind === 'record'
          ? own(container as Record<string, unknown>, place.key)
          : undefined;
    cells.set(cell.key, value === undefined ? absentCell : readCell(value, cell.kind));
  });
  return { cells, problems };
}

/** The top-level keys a report document may hold. */
export const DOCUMENT_KEYS: readonly string[] = ['$schema', 'agency', 'year', ...TABLE_IDS];

/** Whether a value is a whole report document rather than a single table's section. */
export function isReportDocument(value: unknown): boolean {
  return (
    isRecord(value) &&
    DOCUMENT_KEYS.some((key) => key !== '$schema' && own(value, key) !== undefined)
  );
}

/**
 * Parses a report document for the given tables. A table element passes its one layout and
 * accepts either a whole document or just that table's section object.
 */
export function parseReport(input: unknown, layouts: readonly TableLayout[]): ParsedReport {
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
  for (const key of Object.keys(input)) {
    if (!DOCUMENT_KEYS.includes(key))
      problems.push({ code: 'unknownKey', path: key, fatal: false });
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
      problems.push({ code: 'missingSection', path: layout.id, fatal: true });
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
