/**
 * Reading one published table against one layout, by labels, never by position: the full
 * grid is built from the rowspans and colspans, each row is told apart (banner, column
 * headers, values) by what its labels are, each value row is matched to a row of the layout
 * by its row labels, and each value cell to a column by the column labels above it.
 *
 * Values are taken as published. A clean count becomes a JSON number; anything else stays the
 * published text, so that parsing and checking report it exactly as they would in JSON input.
 * Nothing is guessed: a label that does not match is reported, and its values are not placed.
 */
import type { TableLayout, ValueKind } from '../layout.js';
import { labelScore, normalizeLabel } from './label.js';
import {
  layoutIndex,
  type IndexedBlock,
  type IndexedPath,
  type LabelRole,
  type LayoutIndex,
} from './layout-index.js';
import type { PublishedCell, PublishedTable } from './model.js';

/** A JSON value as the reader writes it into the report document. */
export type ReadValue = number | string;
export interface ReadSection {
  [key: string]: ReadValue | ReadSection;
}

/** A published label the layout has no place for. Its values are left out and reported. */
export interface Unmatched {
  readonly axis: 'row' | 'column';
  /** The label as published, spaces tidied (e.g. `结转下年度办理情况`). Empty for a column without a header. */
  readonly text: string;
}

/** Why nothing at all could be read from a table the reader recognised. */
export type UnreadReason = 'noColumnHeaders' | 'noValues';

export interface TableReading {
  readonly section: ReadSection;
  /** How many value cells were placed. */
  readonly cellsRead: number;
  readonly unmatched: readonly Unmatched[];
  /** Set when no value could be placed: the table is then left as published. */
  readonly reason?: UnreadReason;
}

/** One cell of the published table, with the slots it covers in the full grid. */
interface Origin {
  readonly cell: PublishedCell;
  readonly top: number;
  readonly left: number;
  readonly right: number;
  /** The text normalised for label matching. */
  readonly label: string;
}

/** Column counts beyond this are not tables a report publishes; the rest is left unread. */
const MAX_COLUMNS = 256;

/** The full grid: for every row, the cell covering each column (HTML's table model). */
export function fillGrid(table: PublishedTable): (Origin | undefined)[][] {
  const rowCount = table.rows.length;
  const slots: (Origin | undefined)[][] = Array.from({ length: rowCount }, () => []);
  table.rows.forEach((row, top) => {
    let left = 0;
    for (const cell of row) {
      while (left < MAX_COLUMNS && slots[top][left]) left++;
      if (left >= MAX_COLUMNS) break;
      const right = Math.min(left + Math.max(1, cell.colspan), MAX_COLUMNS);
      // Like browsers, a rowspan reaching past the last row stops there.
      const bottom = Math.min(top + Math.max(1, cell.rowspan), rowCount);
      const origin: Origin = { cell, top, left, right, label: normalizeLabel(cell.text) };
      for (let r = top; r < bottom; r++) {
        for (let c = left; c < right; c++) slots[r][c] ??= origin;
      }
      left = right;
    }
  });
  return slots;
}

/** The distinct cells covering a row of the grid, left to right. */
function rowOrigins(slots: readonly (Origin | undefined)[]): Origin[] {
  const out: Origin[] = [];
  for (const origin of slots) if (origin && out[out.length - 1] !== origin) out.push(origin);
  return out;
}

/** A label for a message: spaces collapsed, and none left between Chinese characters. */
export function displayText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])/g, '');
}

/** A published value as the document holds it: a clean count as a number, the rest as published. */
export function readValue(text: string, kind: ValueKind): ReadValue {
  const published = text.replace(/\s+/g, ' ').trim();
  // A unit after the number is the unit the format already states (件 for counts, 万元 for
  // amounts): it says nothing more, and is dropped. Any other unit stays and is reported.
  const unit =
    kind === 'count' ? /^(\d+) ?件$/.exec(published) : /^(\d+(?:\.\d+)?) ?万元$/.exec(published);
  const value = unit ? unit[1] : published;
  if (kind === 'count' && /^\d{1,15}$/.test(value)) return Number(value);
  // A signed change (本年增/减 of the 2019 format) may be negative.
  if (kind === 'change' && /^-?\d{1,15}$/.test(value)) return Number(value);
  return value;
}

/** Money units a published amount may carry in a column that lets the report state its unit. */
const MONEY_UNIT = /^(\d+(?:\.\d+)?) ?(元|千元|万元|亿元)$/;

/**
 * A published value in a column whose unit the report states beside the number (the 2019
 * format's 采购总金额, written "75394432.52元"): the number and its unit, kept apart as the
 * document holds them (`amount`, `amountUnit`). Anything else is read as `readValue` reads it.
 */
export function readValueWithUnit(
  text: string,
  kind: ValueKind,
): { value: ReadValue; unit?: string } {
  const unit = MONEY_UNIT.exec(text.replace(/\s+/g, ' ').trim());
  return unit ? { value: unit[1], unit: unit[2] } : { value: readValue(text, kind) };
}

function roleOf(index: LayoutIndex, label: string): LabelRole | undefined {
  return index.match(label)?.role;
}

/**
 * The leaf whose path best explains the published labels, top to bottom (or left to right):
 * its own label must match the last of them; each ancestor found among the others counts for
 * it, each label left unexplained against it. Two leaves equally good are no answer.
 */
export function matchPath(
  texts: readonly string[],
  leaves: readonly IndexedPath[],
): IndexedPath | undefined {
  const last = texts[texts.length - 1];
  if (last === undefined) return undefined;
  let best: IndexedPath | undefined;
  let bestScore = -Infinity;
  let tied = false;
  for (const leaf of leaves) {
    const leafLabel = leaf.labels[leaf.labels.length - 1];
    if (leafLabel === undefined) continue;
    const own = labelScore(last, leafLabel);
    if (!own) continue;
    let score = own * 100;
    const rest = texts.slice(0, -1);
    for (const ancestor of leaf.labels.slice(0, -1)) {
      let found = 0;
      let at = -1;
      rest.forEach((text, i) => {
        const s = labelScore(text, ancestor);
        if (s > found) [found, at] = [s, i];
      });
      if (at >= 0) {
        score += found * 10;
        rest.splice(at, 1);
      }
    }
    score -= rest.length * 5;
    if (score > bestScore) [best, bestScore, tied] = [leaf, score, false];
    else if (score === bestScore) tied = true;
  }
  return tied ? undefined : best;
}

/** Reads a published table as the table `layout` declares. Total: never throws. */
export function readTable(table: PublishedTable, layout: TableLayout): TableReading {
  const index = layoutIndex(layout);
  const slots = fillGrid(table);
  const section: ReadSection = {};
  const unmatched: Unmatched[] = [];
  const reported = new Set<string>();
  const report = (axis: Unmatched['axis'], text: string): void => {
    const shown = displayText(text);
    if (reported.has(`${axis}|${shown}`)) return;
    reported.add(`${axis}|${shown}`);
    unmatched.push({ axis, text: shown });
  };
  const placed = new Set<string>();
  let cellsRead = 0;
  let band: number[] = [];
  let bandOpen = false;
  let sawHeaders = false;
  let blockHint: IndexedBlock | undefined;
  const columnTexts = new Map<number, string[]>();
  // Every value row under the same header rows asks the same question of each column: once.
  const columnMatches = new Map<string, IndexedPath | undefined>();
  const columnAt = (c: number, block: IndexedBlock): IndexedPath | undefined => {
    const key = `${block.index}|${c}`;
    if (!columnMatches.has(key))
      columnMatches.set(key, matchPath(textsAbove(c), block.columnLeaves));
    return columnMatches.get(key);
  };

  /** The column labels above grid column `c` in the current header rows, top to bottom. */
  const textsAbove = (c: number): string[] => {
    let texts = columnTexts.get(c);
    if (!texts) {
      texts = [];
      let previous: Origin | undefined;
      for (const r of band) {
        const origin = slots[r][c];
        if (!origin || origin === previous || !origin.label) continue;
        previous = origin;
        const role = roleOf(index, origin.label);
        if (role !== 'corner' && role !== 'banner') texts.push(origin.label);
      }
      columnTexts.set(c, texts);
    }
    return texts;
  };

  const readRow = (
    r: number,
    rowLeaf: IndexedPath,
    block: IndexedBlock,
    valueStart: number,
    rowText: string,
  ): void => {
    if (placed.has(`row|${block.index}|${rowLeaf.id}`)) {
      report('row', rowText);
      return;
    }
    placed.add(`row|${block.index}|${rowLeaf.id}`);
    const taken = new Set<string>();
    for (const origin of rowOrigins(slots[r])) {
      // A value spanning several rows belongs to its first: it is never copied into the others.
      if (origin.top !== r || origin.left < valueStart) continue;
      let column: IndexedPath | undefined;
      let header: string[] = [];
      for (let c = origin.left; c < origin.right && !column; c++) {
        header = textsAbove(c);
        column = columnAt(c, block);
      }
      const text = origin.cell.text;
      if (!column || taken.has(column.id)) {
        // An empty cell where no column is declared is only the table's ragged edge.
        if (text.trim() !== '')
          report('column', header.length ? textsAboveDisplay(origin.left) : '');
        continue;
      }
      const cell = index.cellAt(block.index, rowLeaf, column);
      if (!cell) continue;
      taken.add(column.id);
      if (cell.unitKey) {
        const { value, unit } = readValueWithUnit(text, cell.kind);
        setPath(section, cell.path, value);
        if (unit) setPath(section, [...cell.path.slice(0, -1), cell.unitKey], unit);
      } else setPath(section, cell.path, readValue(text, cell.kind));
      cellsRead++;
    }
  };

  /** The published column labels above a grid column, for a message. */
  const textsAboveDisplay = (c: number): string => {
    const shown: string[] = [];
    let previous: Origin | undefined;
    for (const r of band) {
      const origin = slots[r][c];
      if (!origin || origin === previous || !origin.label) continue;
      previous = origin;
      const role = roleOf(index, origin.label);
      if (role !== 'corner' && role !== 'banner') shown.push(displayText(origin.cell.text));
    }
    return shown.join(' ');
  };

  for (let r = 0; r < slots.length; r++) {
    const starting = table.rows[r].filter(
      (cell) => normalizeLabel(cell.text) !== '' || cell.text.trim() !== '',
    );
    if (starting.length === 0) continue;
    const roles = starting.map((cell) => roleOf(index, normalizeLabel(cell.text)));
    if (roles.includes('row')) {
      // Row labels, left to right, including those spanning down from rows above.
      const texts: string[] = [];
      const shown: string[] = [];
      let valueStart = 0;
      for (const origin of rowOrigins(slots[r])) {
        if (!origin.label) {
          if (origin.cell.text.trim() === '') continue;
          break;
        }
        if (roleOf(index, origin.label) !== 'row') break;
        texts.push(origin.label);
        shown.push(origin.cell.text);
        valueStart = origin.right;
      }
      const rowText = shown[shown.length - 1] ?? '';
      const candidates = blockHint?.hasRowHeaders
        ? [blockHint, ...index.blocks.filter((b) => b !== blockHint)]
        : index.blocks;
      let match: { leaf: IndexedPath; block: IndexedBlock } | undefined;
      for (const block of candidates) {
        const leaf = matchPath(texts, block.rowLeaves);
        if (leaf) {
          match = { leaf, block };
          break;
        }
      }
      if (!match) {
        report('row', rowText);
        continue;
      }
      bandOpen = false;
      if (!band.length) {
        report('row', rowText);
        continue;
      }
      readRow(r, match.leaf, match.block, valueStart, rowText);
      continue;
    }
    const allHeaders = roles.every(
      (role) => role === 'column' || role === 'corner' || role === 'banner',
    );
    if (allHeaders && !roles.includes('column')) {
      // A banner row opens a block of its own (table 二): its column headers come next.
      const banner = starting.find((_, i) => roles[i] === 'banner');
      if (banner) {
        const label = normalizeLabel(banner.text);
        blockHint =
          index.blocks.find((block) => block.banner && labelScore(label, block.banner)) ??
          blockHint;
        band = [];
        columnTexts.clear();
        columnMatches.clear();
        bandOpen = false;
      }
      continue;
    }
    if (allHeaders) {
      if (!bandOpen) {
        band = [];
        columnTexts.clear();
        columnMatches.clear();
      }
      band.push(r);
      bandOpen = true;
      sawHeaders = true;
      continue;
    }
    // No row label: a value row only where the block has no row headers (table 四).
    const unlabelled =
      blockHint && !blockHint.hasRowHeaders
        ? blockHint
        : index.blocks.find((block) => !block.hasRowHeaders);
    if (unlabelled && band.length) {
      bandOpen = false;
      readRow(r, unlabelled.rowLeaves[0], unlabelled, 0, starting[0].text);
      continue;
    }
    const label = starting.find((_, i) => roles[i] === undefined) ?? starting[0];
    report('row', label.text);
  }

  const reason: UnreadReason | undefined =
    cellsRead > 0 ? undefined : sawHeaders ? 'noValues' : 'noColumnHeaders';
  return { section, cellsRead, unmatched, ...(reason ? { reason } : {}) };
}

function setPath(section: ReadSection, path: readonly string[], value: ReadValue): void {
  let container = section;
  path.slice(0, -1).forEach((segment) => {
    const next = container[segment];
    if (typeof next === 'object') container = next;
    else container = container[segment] = {};
  });
  container[path[path.length - 1]] = value;
}
