/**
 * Everything the core needs to put into words, in the reader's language. The core never holds
 * a translated string: the element layer passes a `Text` built on @lit/localize.
 */
import type { InvalidReason } from './cell.js';
import type { LabelRef } from './compile.js';
import type { InputProblem } from './parse.js';

export interface RelationWords {
  /** Names the column, row or block the relation is about, e.g. 自然人. */
  readonly scope: string;
  /** The two sides' sums, as exact decimal text. */
  readonly lhs: string;
  readonly rhs: string;
  /** Each right-hand term's value, unsigned, in declaration order (R7 shows last year's figure). */
  readonly rhsTerms: readonly string[];
  readonly year?: number;
  readonly previousYear?: number;
}

export interface Text {
  /**
   * A label of a layout in the reader's language: the legal text itself in zh-CN, untouched;
   * in another locale the translation of its stable id (see `CompiledTable.labelId`).
   */
  label(ref: LabelRef): string;
  /** Joins the names of a place, e.g. a row and a column. */
  place(parts: readonly string[]): string;
  cellBlank(place: string, given: string | undefined): string;
  cellInvalid(place: string, given: string, reason: InvalidReason): string;
  relationMismatch(rule: string, words: RelationWords): string;
  relationUnverifiable(rule: string, scope: string): string;
  problem(problem: InputProblem): string;
  /** Last year's report (or a section of it) cannot be used; `detail` is the problem in words. */
  previousProblem(detail: string): string;
  /** A label of a published table that matches none of the format's; its values were not read. */
  unmatched(label: {
    readonly table: string;
    readonly axis: 'row' | 'column';
    readonly text: string;
  }): string;
  /** Last year's report is for `given`, not for the year before this one. */
  previousYearMismatch(given: number, expected: number): string;
}
