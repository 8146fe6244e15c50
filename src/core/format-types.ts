import type { TableLayout } from './layout.js';
import type { RuleDeclaration } from './rules/types.js';

/**
 * One format of the annual report's statistical tables, as data: its tables, in the order a
 * report shows them, and the rules that check them. A new format is a new declaration.
 */
export interface FormatDeclaration {
  readonly id: string;
  /** The notice that set the format, as it names itself (国办公开办函〔2021〕30号). */
  readonly notice: string;
  readonly tables: readonly TableLayout[];
  readonly rules: readonly RuleDeclaration[];
}
