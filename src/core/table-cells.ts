/**
 * One table's cells as parsed: a flat array in layout order (see `compile.ts`). Nearly every
 * published cell is a plain count, kept as the number alone; a `Cell` object is made for it
 * only when it is asked for, and so is a total the check computed (listed in `computed`).
 * Every other cell (a blank, an invalid value, an amount, a total beyond a safe integer) is
 * kept as its `Cell`; a cell left out of the data is `undefined`. Rules read the array by index.
 */
import { absentCell, type Cell } from './cell.js';
import type { CompiledTable } from './compile.js';

/** What the flat array holds for a cell: its count, its Cell, or nothing. */
export type FlatValue = number | Cell | undefined;

/** The number a rule may add exactly: a plain count, or a value or computed Cell without micros; NaN otherwise. */
export function exactNumber(value: FlatValue): number {
  if (typeof value === 'number') return value;
  if (value === undefined) return NaN;
  return (value.state === 'value' || value.state === 'computed') && value.micros === undefined
    ? value.number
    : NaN;
}

/** The cells of one table, read as a map from cell key to Cell. */
export class TableCells implements ReadonlyMap<string, Cell> {
  readonly table: CompiledTable;
  /** By cell index: a plain count, a Cell, or undefined when the data left the cell out. */
  readonly flat: FlatValue[];

  /**
   * Set by the parser when every cell is a plain count: then no cell is blank or invalid, and
   * the checks skip the cell-by-cell look for them. A copy with a total written in is never marked.
   */
  readonly allPlainCounts: boolean;

  /**
   * The indexes of the numbers that are totals the check computed, not given. Set only on a
   * copy the check writes totals into; their Cells are made when asked for, like a plain count's.
   */
  readonly computed: number[] | undefined;

  constructor(
    table: CompiledTable,
    flat: FlatValue[],
    allPlainCounts = false,
    computed?: number[],
  ) {
    this.table = table;
    this.flat = flat;
    this.allPlainCounts = allPlainCounts;
    this.computed = computed;
  }

  /** The Cell at `index`. */
  at(index: number): Cell {
    const value = this.flat[index];
    if (value === undefined) return absentCell;
    if (typeof value !== 'number') return value;
    return {
      state: this.computed?.includes(index) ? 'computed' : 'value',
      text: String(value),
      number: value,
    };
  }

  get size(): number {
    return this.flat.length;
  }

  get(key: string): Cell | undefined {
    const cell = this.table.byKey.get(key);
    return cell ? this.at(cell.index) : undefined;
  }

  has(key: string): boolean {
    return this.table.byKey.has(key);
  }

  forEach(callback: (value: Cell, key: string, map: ReadonlyMap<string, Cell>) => void): void {
    this.table.cells.forEach((cell) => callback(this.at(cell.index), cell.key, this));
  }

  *entries(): MapIterator<[string, Cell]> {
    for (const cell of this.table.cells) yield [cell.key, this.at(cell.index)];
  }

  *keys(): MapIterator<string> {
    for (const cell of this.table.cells) yield cell.key;
  }

  *values(): MapIterator<Cell> {
    for (const cell of this.table.cells) yield this.at(cell.index);
  }

  [Symbol.iterator](): MapIterator<[string, Cell]> {
    return this.entries();
  }
}
