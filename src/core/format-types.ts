import type { TableLayout } from './layout.js';
import type { RuleDeclaration } from './rules/types.js';

/**
 * One format of the annual report's statistical tables, as data: its tables, in the order a
 * report shows them, and the rules that check them. A new format is a new declaration.
 */
export interface FormatDeclaration {
  readonly id: string;
  readonly tables: readonly TableLayout[];
  readonly rules: readonly RuleDeclaration[];
}
