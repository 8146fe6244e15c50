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

/**
 * A term of a rule declaration: a header of the table by its path id (`received`,
 * `results.total`, `applicant.organisation.commercial`), this year's unless `year` says last
 * year's, added unless `sign` is -1.
 */
export type TermDeclaration =
  string | { readonly path: string; readonly year?: 'previous'; readonly sign?: -1 };

interface RuleDeclarationBase {
  readonly id: string;
  readonly severity: Severity;
  /** The table whose headers the terms name. */
  readonly table: string;
  /**
   * `column`: one relation for each column of the block the terms' rows are in; the terms name
   * rows. `row`: one for each row of the block the terms' columns are in; the terms name columns.
   */
  readonly per: 'column' | 'row';
}

/** "per column: received + carriedOver = results.total + carriedForward". */
export interface BalanceDeclaration extends RuleDeclarationBase {
  readonly sum: readonly TermDeclaration[];
  readonly equals: readonly TermDeclaration[];
}

/**
 * "each named total = the sum of the other leaves under its parent": per column for a total
 * row (（七）总计 of table 三), per row for a total column (总计 of 申请人情况, each block of 四).
 * Such a total may be left out of the data and is then computed.
 */
export interface TotalDeclaration extends RuleDeclarationBase {
  readonly total: readonly string[];
}

export type RuleDeclaration = BalanceDeclaration | TotalDeclaration;
