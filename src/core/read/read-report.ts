/**
 * Reading the published tables of one report (one article): which of them are tables 二, 三
 * and 四, in which format, and what they hold, as a report document the elements take like
 * any JSON input. A table the labels do not identify is left alone; a table split in two at a
 * page break is read as one.
 */
import type { TableId, TableLayout } from '../layout.js';
import { normalizeLabel } from './label.js';
import { layoutIndex } from './layout-index.js';
import type { PublishedTable } from './model.js';
import {
  readTable,
  type ReadSection,
  type TableReading,
  type Unmatched,
  type UnreadReason,
} from './read-table.js';

/** A format as the reader needs it: its id and its tables. */
export interface ReadableFormat {
  readonly id: string;
  readonly tables: readonly TableLayout[];
}

/** The report document read from the page: the same shape as JSON input. */
export interface ReadDocument {
  format?: string;
  agency?: string;
  year?: number;
  /** A table's section, by table id (the format says which tables there are). */
  [table: TableId]: ReadSection | string | number | undefined;
  proactive?: ReadSection;
  applications?: ReadSection;
  reviewLitigation?: ReadSection;
}

/** What became of each published table, in the order given. */
export type TableOutcome =
  | { readonly status: 'read'; readonly table: TableId }
  /** The second half of a table split at a page break: read with the table before it. */
  | { readonly status: 'continued'; readonly table: TableId }
  /** Identified by its labels, but no value could be placed: left as published. */
  | { readonly status: 'unread'; readonly table: TableId; readonly reason: UnreadReason }
  /** Not one of the format's tables (or a second copy of one): left alone, and not reported. */
  | { readonly status: 'unrecognised' };

export interface UnmatchedLabel extends Unmatched {
  readonly table: TableId;
}

export interface PublishedReading {
  readonly document: ReadDocument;
  /** The format the tables were read in. */
  readonly format: string;
  readonly tables: readonly TableOutcome[];
  readonly unmatched: readonly UnmatchedLabel[];
}

export interface ReadOptions {
  /** Only these tables are looked for (a wrapping element knows which table it wraps). */
  readonly only?: readonly TableId[];
  /** The report's title or opening text, where its agency and year are read from. */
  readonly title?: string;
}

/** The distinct labels of a table's cells, normalised; values and blanks left out. */
function tableLabels(table: PublishedTable): string[] {
  const labels = new Set<string>();
  for (const row of table.rows) {
    for (const cell of row) {
      const label = normalizeLabel(cell.text);
      if (label && !/^\d+$/.test(label)) labels.add(label);
    }
  }
  return [...labels];
}

/**
 * How well a table's labels fit a layout: labels of the layout found, less those missing and
 * those of the table the layout cannot explain. `found` alone decides whether it is that table
 * at all: a third of the layout's labels, and at least three.
 */
export function fit(
  labels: readonly string[],
  layout: TableLayout,
): { readonly found: number; readonly score: number; readonly recognised: boolean } {
  const index = layoutIndex(layout);
  const known = index.labels;
  const found = new Set<string>();
  let unexplained = 0;
  for (const label of labels) {
    const match = index.match(label);
    if (match) found.add(match.text);
    else unexplained++;
  }
  const score = found.size - (known.length - found.size) - unexplained;
  return {
    found: found.size,
    score,
    recognised: found.size >= 3 && found.size * 3 >= known.length,
  };
}

/** Reads the published tables of one report. Total: never throws, whatever the tables hold. */
export function readPublishedTables(
  tables: readonly PublishedTable[],
  formats: readonly ReadableFormat[],
  options: ReadOptions = {},
): PublishedReading {
  const wanted = (layout: TableLayout): boolean =>
    !options.only || options.only.includes(layout.id);
  const labels = tables.map(tableLabels);
  // The format that fits the tables best as a whole; the first listed wins a tie.
  let format = formats[0];
  let formatScore = -Infinity;
  for (const candidate of formats) {
    let score = 0;
    for (const tableLabelsOf of labels) {
      const fits = candidate.tables.filter(wanted).map((layout) => fit(tableLabelsOf, layout));
      const best = fits
        .filter((f) => f.recognised)
        .reduce((max, f) => Math.max(max, f.score), -Infinity);
      if (best > -Infinity) score += best;
    }
    if (score > formatScore) [format, formatScore] = [candidate, score];
  }

  const outcomes: TableOutcome[] = [];
  const readings = new Map<
    TableId,
    { reading: TableReading; rows: PublishedTable['rows']; first: number }
  >();
  let previous: { id: TableId; layout: TableLayout } | undefined;
  tables.forEach((table, i) => {
    let identified: TableLayout | undefined;
    let bestScore = -Infinity;
    for (const layout of format?.tables.filter(wanted) ?? []) {
      const f = fit(labels[i], layout);
      if (f.recognised && f.score > bestScore) [identified, bestScore] = [layout, f.score];
    }
    // The next part of a table split at a page break: its rows, read after the first part's,
    // place more values than the first part alone.
    if (previous && (!identified || identified.id === previous.id)) {
      const before = readings.get(previous.id)!;
      const rows = [...before.rows, ...table.rows];
      const joined = readTable({ rows }, previous.layout);
      if (joined.cellsRead > before.reading.cellsRead) {
        readings.set(previous.id, { reading: joined, rows, first: before.first });
        outcomes.push({ status: 'continued', table: previous.id });
        return;
      }
    }
    if (!identified || readings.has(identified.id)) {
      outcomes.push({ status: 'unrecognised' });
      previous = undefined;
      return;
    }
    readings.set(identified.id, {
      reading: readTable(table, identified),
      rows: table.rows,
      first: i,
    });
    outcomes.push({ status: 'read', table: identified.id });
    previous = { id: identified.id, layout: identified };
  });

  const document: ReadDocument = {};
  if (format && format.id !== '2021') document.format = format.id;
  const title = options.title === undefined ? {} : readTitle(options.title);
  if (title.agency !== undefined) document.agency = title.agency;
  if (title.year !== undefined) document.year = title.year;
  const unmatched: UnmatchedLabel[] = [];
  for (const [id, { reading, first }] of readings) {
    unmatched.push(...reading.unmatched.map((u) => ({ ...u, table: id })));
    if (reading.reason) {
      outcomes[first] = { status: 'unread', table: id, reason: reading.reason };
      outcomes.forEach((outcome, i) => {
        if (outcome.status === 'continued' && outcome.table === id)
          outcomes[i] = { status: 'unrecognised' };
      });
    } else document[id] = reading.section;
  }
  return { document, format: format?.id ?? '', tables: outcomes, unmatched };
}

/**
 * The agency and year from a report's title at the start of its text, e.g.
 * 平潭综合实验区2019年政府信息公开工作年度报告; failing that, the year of its statistics period
 * (本报告所列数据的统计期限自2021年1月1日起).
 */
export function readTitle(text: string): { agency?: string; year?: number } {
  const compact = text.replace(/\s+/g, '');
  const title =
    /^([^《》（）()，。、；：“”]{0,40}?)(\d{4})年度?政府信息公开(?:工作)?年度报告/u.exec(compact);
  const year = (digits: string | undefined): number | undefined => {
    const value = Number(digits);
    return Number.isInteger(value) && value >= 2008 && value <= 9999 ? value : undefined;
  };
  if (title) {
    const agency = title[1];
    const found = year(title[2]);
    return { ...(agency ? { agency } : {}), ...(found !== undefined ? { year: found } : {}) };
  }
  const period = /统计期限自(\d{4})年/.exec(compact);
  const found = year(period?.[1]);
  return found !== undefined ? { year: found } : {};
}
