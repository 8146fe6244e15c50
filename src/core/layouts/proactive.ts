import { grouping, keyed, type TableLayout } from '../layout.js';

const INFO_CONTENT = { label: '信息内容', role: 'header' } as const;

/** A block whose single value column spans the three grid columns of table 二. */
const wideColumn = (name: string, label: string) => [grouping(name, label, undefined, { span: 3 })];

/** Table 二: proactive disclosure, four blocks under banners naming 第二十条's items. */
export const PROACTIVE_LAYOUT: TableLayout = {
  id: 'proactive',
  caption: '二、主动公开政府信息情况',
  blocks: [
    {
      banner: grouping('item1', '第二十条第（一）项'),
      corner: INFO_CONTENT,
      columns: [
        keyed('issued', '本年制发件数'),
        keyed('repealed', '本年废止件数'),
        keyed('inForce', '现行有效件数'),
      ],
      rows: [keyed('rules', '规章'), keyed('normativeDocuments', '行政规范性文件')],
    },
    {
      banner: grouping('item5', '第二十条第（五）项'),
      corner: INFO_CONTENT,
      columns: wideColumn('decisions', '本年处理决定数量'),
      rows: [keyed('licensing', '行政许可')],
    },
    {
      banner: grouping('item6', '第二十条第（六）项'),
      corner: INFO_CONTENT,
      columns: wideColumn('decisions', '本年处理决定数量'),
      rows: [keyed('penalties', '行政处罚'), keyed('coercion', '行政强制')],
    },
    {
      banner: grouping('item8', '第二十条第（八）项'),
      corner: INFO_CONTENT,
      columns: wideColumn('amount', '本年收费金额（单位：万元）'),
      rows: [{ ...keyed('fees', '行政事业性收费'), kind: 'amount' }],
    },
  ],
};
