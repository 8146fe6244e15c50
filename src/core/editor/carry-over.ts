/**
 * "Fill 上年结转 from last year": this year's cells that a cross-year rule equates with one
 * cell of last year's report (R6: 二、上年结转 = last year's 四、结转下年度继续办理), given last
 * year's values. Read from the format's rule declarations, so that any format's carried-over
 * cells are filled the same way.
 */
import { compiledFormat, type FormatId } from '../format.js';
import type { ParsedReport } from '../parse.js';

/** The text each carried-over cell gets from last year's report, by key. Cells last year left blank are not filled. */
export function carriedOverValues(
  format: FormatId,
  previous: ParsedReport,
): Record<string, string> {
  const changes: Record<string, string> = {};
  for (const rule of compiledFormat(format).rules) {
    if (!rule.crossYear) continue;
    for (const relation of rule.relations) {
      const [lhs] = relation.lhs;
      const [rhs] = relation.rhs;
      if (relation.lhs.length !== 1 || relation.rhs.length !== 1) continue;
      if (lhs.year !== 'current' || rhs.year !== 'previous' || lhs.sign !== 1 || rhs.sign !== 1)
        continue;
      const table = rhs.cell.slice(0, rhs.cell.indexOf('.'));
      const cell = previous.sections[table]?.get(rhs.cell);
      if (cell && (cell.state === 'value' || cell.state === 'computed'))
        changes[lhs.cell] = cell.text;
    }
  }
  return changes;
}
