/**
 * A block copied from a spreadsheet (Excel, WPS, LibreOffice) as a matrix of texts, and where
 * it lands: from the focused cell, right and down, never beyond the table.
 */
import type { PublishedTable } from '../read/model.js';
import type { Sheet } from './sheet.js';

/** Rows of cell texts, as copied. */
export type Matrix = readonly (readonly string[])[];

/**
 * Reads tab-separated text as spreadsheets put it on the clipboard: rows end with a line break
 * (the last one may too), cells are separated by tabs, and a cell holding a tab, a line break
 * or a quote is quoted, its quotes doubled.
 */
export function parseTsv(text: string): Matrix {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && cell === '') {
      // A quoted cell: up to the quote that is not doubled.
      let end = i + 1;
      let quoted = '';
      for (; end < text.length; end++) {
        if (text[end] === '"') {
          if (text[end + 1] === '"') {
            quoted += '"';
            end++;
          } else break;
        } else quoted += text[end];
      }
      const after = text[end + 1];
      if (
        end < text.length &&
        (after === undefined || after === '\t' || after === '\n' || after === '\r')
      ) {
        cell = quoted;
        i = end + 1;
        continue;
      }
      // Not a well-formed quoted cell: the quote is just a character.
    }
    if (c === '\t') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
    i++;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Whether pasted text is a block (several cells) rather than a value for one cell. */
export const isBlockText = (text: string): boolean => /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));

/**
 * The texts of a table copied as HTML, laid out on its grid: a cell spanning several slots
 * gives its text to the first, the others stay empty.
 */
export function tableMatrix(table: PublishedTable): Matrix {
  const grid: string[][] = [];
  table.rows.forEach((cells, y) => {
    const row = (grid[y] ??= []);
    let x = 0;
    for (const cell of cells) {
      while (row[x] !== undefined) x++;
      const rowspan = Math.min(cell.rowspan, table.rows.length - y);
      const colspan = Math.min(cell.colspan, 1000);
      for (let dy = 0; dy < rowspan; dy++) {
        const spanned = (grid[y + dy] ??= []);
        for (let dx = 0; dx < colspan; dx++)
          spanned[x + dx] = dy === 0 && dx === 0 ? cell.text.trim() : '';
      }
      x += colspan;
    }
  });
  return grid.map((row) => Array.from(row, (text) => text ?? ''));
}

/** Where a paste did not fit: what was filled, and what was left out. */
export interface Clipped {
  /** Rows of the block that were (at least partly) filled in. */
  readonly rowsFilled: number;
  /** Rows of the block below the table's last row: left out. */
  readonly rowsLeft: number;
  /** Cells of the block right of their row's last cell: left out. */
  readonly cellsLeft: number;
  /** The last cell filled in, where the paste stopped. */
  readonly lastKey: string;
}

export interface BlockPlacement {
  /** The text each cell gets, by key. */
  readonly changes: Readonly<Record<string, string>>;
  /** Set when some of the block did not fit; nothing beyond the table is changed. */
  readonly clipped?: Clipped;
}

/**
 * Places a block from the cell `key`, right and down, on the rows of that cell's table only.
 * Row by row the block keeps its columns; what runs past a row's end or the table's last row
 * is left out, and said so.
 */
export function placeBlock(sheet: Sheet, key: string, block: Matrix): BlockPlacement {
  const start = sheet.positions.get(key);
  if (!start) return { changes: {} };
  const table = sheet.rows[start.row].table;
  const changes: Record<string, string> = {};
  let rowsFilled = 0;
  let rowsLeft = 0;
  let cellsLeft = 0;
  let lastKey = key;
  block.forEach((texts, dy) => {
    const row = sheet.rows[start.row + dy];
    if (!row || row.table !== table) {
      rowsLeft++;
      return;
    }
    rowsFilled++;
    texts.forEach((text, dx) => {
      const target = row.cells[start.column + dx];
      if (target === undefined) cellsLeft++;
      else {
        changes[target] = text;
        lastKey = target;
      }
    });
  });
  return rowsLeft || cellsLeft
    ? { changes, clipped: { rowsFilled, rowsLeft, cellsLeft, lastKey } }
    : { changes };
}
