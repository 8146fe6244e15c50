/**
 * The editor's cells as a spreadsheet: every value row of every table of a format, in reading
 * order, each a list of cell keys. Drawn from the compiled layouts, so that the keyboard, the
 * paste and the rendered grid all walk the cells in the order the tables show them.
 */
import { compileTable } from '../compile.js';
import { compiledFormat, type FormatId } from '../format.js';
import { pathId, type TableId } from '../layout.js';

export interface SheetRow {
  readonly table: TableId;
  /** The cell keys of the row, left to right. */
  readonly cells: readonly string[];
}

export interface Sheet {
  readonly rows: readonly SheetRow[];
  /** Where each cell key is: its row and its column in that row. */
  readonly positions: ReadonlyMap<string, CellPosition>;
}

export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

const sheets = new Map<FormatId, Sheet>();

/** The rows of every table of a format (table 二's blocks one after another), built once. */
export function formatSheet(format: FormatId): Sheet {
  let sheet = sheets.get(format);
  if (!sheet) {
    const rows: SheetRow[] = [];
    for (const layout of compiledFormat(format).tables) {
      const table = compileTable(layout);
      for (const block of table.blocks) {
        for (const row of block.rows) {
          rows.push({
            table: layout.id,
            cells: block.columns.map((column) => table.cellAt(pathId(row), pathId(column))!.key),
          });
        }
      }
    }
    const positions = new Map<string, CellPosition>();
    rows.forEach((row, r) =>
      row.cells.forEach((key, c) => positions.set(key, { row: r, column: c })),
    );
    sheet = { rows, positions };
    sheets.set(format, sheet);
  }
  return sheet;
}

/** The keys a spreadsheet moves by. */
export const MOVES = [
  'up',
  'down',
  'left',
  'right',
  'rowStart',
  'rowEnd',
  'next',
  'previous',
] as const;
export type Move = (typeof MOVES)[number];

/**
 * The cell a move from `key` lands on, or `undefined` at an edge (the focus then stays). Up and
 * down keep the column, or take a shorter row's last cell; next and previous run on through the
 * rows in reading order, like Tab.
 */
export function moveFrom(sheet: Sheet, key: string, move: Move): string | undefined {
  const at = sheet.positions.get(key);
  if (!at) return undefined;
  const { rows } = sheet;
  const row = rows[at.row].cells;
  const vertical = (to: number): string | undefined => {
    const target = rows[to]?.cells;
    return target ? target[Math.min(at.column, target.length - 1)] : undefined;
  };
  switch (move) {
    case 'up':
      return vertical(at.row - 1);
    case 'down':
      return vertical(at.row + 1);
    case 'left':
      return row[at.column - 1];
    case 'right':
      return row[at.column + 1];
    case 'rowStart':
      return row[0];
    case 'rowEnd':
      return row[row.length - 1];
    case 'next':
      return row[at.column + 1] ?? rows[at.row + 1]?.cells[0];
    case 'previous': {
      if (at.column > 0) return row[at.column - 1];
      const above = rows[at.row - 1]?.cells;
      return above?.[above.length - 1];
    }
  }
}
