/**
 * One table's cells as parsed: a flat array in layout order (see `compile.ts`). Nearly every
 * published cell is a plain count; those are kept as numbers only, and a `Cell` object is
 * made for one when it is asked for. Rules read the numbers by index.
 */
import { absentCell, type Cell } from './cell.js';
import type { CompiledTable } from './compile.js';

/** The number in `numbers` is the cell: a safe integer with nothing else to know (`cells` may hold its Cell). */
export const PLAIN = 0;
/** Anything else (a blank, an invalid value, an amount, …): the Cell is in `cells`. */
export const OTHER = 1;
/** Left out of the data. */
export const ABSENT = 2;

/** The cells of one table, read as a map from cell key to Cell. */
export class TableCells implements ReadonlyMap<string, Cell> {
  readonly table: CompiledTable;
  /** The value of each PLAIN cell. */
  readonly numbers: Float64Array;
  /** PLAIN, OTHER or ABSENT, by cell index. */
  readonly states: Uint8Array;
  /** The Cell of each OTHER cell, and of a PLAIN cell once asked for or when its text is not its number's. */
  readonly cells: (Cell | undefined)[];

  constructor(table: CompiledTable, from?: TableCells) {
    this.table = table;
    const count = table.cells.length;
    this.numbers = from ? from.numbers.slice() : new Float64Array(count);
    this.states = from ? from.states.slice() : new Uint8Array(count).fill(ABSENT);
    this.cells = from ? from.cells.slice() : new Array<Cell | undefined>(count);
  }

  /** Sets the cell at `index` from a Cell. */
  set(index: number, cell: Cell): void {
    if (
      (cell.state === 'value' || cell.state === 'computed') &&
      cell.micros === undefined &&
      Number.isSafeInteger(cell.number)
    ) {
      this.states[index] = PLAIN;
      this.numbers[index] = cell.number;
    } else this.states[index] = cell === absentCell ? ABSENT : OTHER;
    this.cells[index] = cell === absentCell ? undefined : cell;
  }

  /** The Cell at `index`. */
  at(index: number): Cell {
    const state = this.states[index];
    if (state === ABSENT) return absentCell;
    let cell = this.cells[index];
    if (!cell) {
      const number = this.numbers[index];
      cell = this.cells[index] = { state: 'value', text: String(number), number };
    }
    return cell;
  }

  get size(): number {
    return this.states.length;
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
