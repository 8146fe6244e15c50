import type { HeaderPath, TableId } from '../layout.js';

export type Severity = 'error' | 'warning';

/** One side's summand: a cell of this year's report, or of last year's. */
export interface Term {
  readonly cell: string;
  readonly sign: 1 | -1;
  readonly year: 'current' | 'previous';
}

/** The header a relation is about (a column for R1, a row for R3), used to name it in words. */
export interface RelationScope {
  readonly table: TableId;
  readonly path: HeaderPath;
}

/** sum(lhs) = sum(rhs): one instance of a rule, e.g. R1 for the 自然人 column. */
export interface Relation {
  readonly scope: RelationScope;
  readonly lhs: readonly Term[];
  readonly rhs: readonly Term[];
  /** The relation defines its single lhs cell: when that total is absent, it is computed from rhs. */
  readonly definesTotal: boolean;
}

export interface RelationRule {
  readonly id: string;
  readonly severity: Severity;
  /** The tables whose cells the rule reads; it runs when all of them are present. */
  readonly tables: readonly TableId[];
  /** Whether the rule also needs last year's report. */
  readonly crossYear: boolean;
  readonly relations: readonly Relation[];
}

export const current = (cell: string, sign: 1 | -1 = 1): Term => ({ cell, sign, year: 'current' });
export const previous = (cell: string, sign: 1 | -1 = 1): Term => ({
  cell,
  sign,
  year: 'previous',
});
