/**
 * A parsed report as text, for comparing two of them exactly: -0, NaN, the infinities and BigInt
 * micros kept apart, each table's cells in layout order with its plain-count mark (cheaper than
 * a deep-equal, and a failure prints text rather than the compiled tables).
 */
import type { ParsedReport } from '../../src/core/parse.js';
import { TableCells } from '../../src/core/table-cells.js';

export const canonicalReport = (report: ParsedReport | undefined): string =>
  JSON.stringify(
    report && {
      ...report,
      sections: Object.entries(report.sections).map(([id, cells]) => [
        id,
        [...cells!],
        cells instanceof TableCells && cells.allPlainCounts,
      ]),
    },
    (_key, value: unknown) =>
      typeof value === 'bigint'
        ? `bigint ${value}`
        : typeof value === 'number'
          ? `number ${Object.is(value, -0) ? '-0' : value}`
          : value,
  );
