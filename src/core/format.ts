/**
 * Formats compiled once: each format's tables and rules, with its rule declarations turned
 * into relations over cells. Elements and the report choose their tables and rules here, by
 * format and table id.
 */
import type { FormatDeclaration } from './format-types.js';
import { formats } from './formats/index.js';
import type { TableId, TableLayout } from './layout.js';
import { compileRule } from './rules/compile.js';
import type { RelationRule } from './rules/types.js';

export { formats };
export type { FormatDeclaration };

export type FormatId = keyof typeof formats;
export type Format = (typeof formats)[FormatId];
/** Every relation rule id of every format: an id not declared is a type error. */
export type RuleId = Format['rules'][number]['id'];

/** The format of a document that does not name one. */
export const DEFAULT_FORMAT: FormatId = '2021';

export const FORMAT_IDS = Object.keys(formats) as FormatId[];

export interface CompiledRule extends RelationRule {
  readonly id: RuleId;
}

export interface CompiledFormat {
  readonly id: FormatId;
  readonly declaration: Format;
  /** The format's tables, in the order a report shows them. */
  readonly tables: readonly TableLayout[];
  readonly rules: readonly CompiledRule[];
  /** A table of the format by id, if it has one. */
  table(id: TableId): TableLayout | undefined;
  /** The rules that read only the given tables (this year's and, for a cross-year rule, last year's). */
  rulesFor(tables: readonly TableId[]): readonly CompiledRule[];
}

const compiled = new Map<FormatId, CompiledFormat>();

export function isFormatId(value: unknown): value is FormatId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(formats, value);
}

/**
 * A format, its rules each compiled once, when first asked for. Nothing is compiled before an
 * element or the reader needs it: the drop-in file lists every format at load (the reader's
 * READABLE_FORMATS), and compiling all their rules then cost a page with one table tens of
 * milliseconds before its first render, for tables and a format it never shows.
 */
export function compiledFormat(id: FormatId): CompiledFormat {
  let format = compiled.get(id);
  if (!format) {
    const declaration: Format = formats[id];
    const tables: readonly TableLayout[] = declaration.tables;
    const declarations = declaration.rules as FormatDeclaration['rules'];
    const compiledRules: (CompiledRule | undefined)[] = [];
    const ruleAt = (index: number): CompiledRule =>
      (compiledRules[index] ??= compileRule(declarations[index], tables) as CompiledRule);
    let rules: readonly CompiledRule[] | undefined;
    const byTables = new Map<string, readonly CompiledRule[]>();
    format = {
      id,
      declaration,
      tables,
      get rules() {
        return (rules ??= declarations.map((_, index) => ruleAt(index)));
      },
      table: (tableId) => tables.find((table) => table.id === tableId),
      // A compiled rule reads the one table its declaration names (`tables: [table]`).
      rulesFor: (ids) => {
        const key = ids.join(' ');
        let found = byTables.get(key);
        if (!found) {
          found = declarations.flatMap((rule, index) =>
            ids.includes(rule.table) ? [ruleAt(index)] : [],
          );
          byTables.set(key, found);
        }
        return found;
      },
    };
    compiled.set(id, format);
  }
  return format;
}
