import { keyed, type HeaderNode, type TableLayout } from '../layout.js';
import { APPLICATIONS_LAYOUT } from './applications.js';

/** （六）其他处理 as one row, where the 2021 format splits it into three. */
const asOneRow = (node: HeaderNode): HeaderNode =>
  node.name === 'otherHandling' ? keyed('otherHandling', node.label) : node;

/**
 * Table 三 of the 2019 trial format: the 2021 table, except that （六）其他处理 is one row
 * (三、本年度办理结果 spans 20 rows). Every other label, and so every label id, is the 2021 table's.
 */
export const APPLICATIONS_2019_LAYOUT: TableLayout = {
  ...APPLICATIONS_LAYOUT,
  blocks: APPLICATIONS_LAYOUT.blocks.map((block) => ({
    ...block,
    rows: block.rows.map((row) =>
      row.name === 'results' ? { ...row, children: row.children!.map(asOneRow) } : row,
    ),
  })),
};
