import { grouping, keyed, totalLeaf, type HeaderNode, type TableLayout } from '../layout.js';

const outcomeColumns = (): HeaderNode[] => [
  keyed('upheld', '结果维持'),
  keyed('corrected', '结果纠正'),
  keyed('other', '其他结果'),
  keyed('pending', '尚未审结'),
  totalLeaf('total', '总计'),
];

/** Table 四: administrative reconsideration and litigation. One value row, no row header. */
export const REVIEW_LITIGATION_LAYOUT: TableLayout = {
  id: 'reviewLitigation',
  caption: '四、政府信息公开行政复议、行政诉讼情况',
  blocks: [
    {
      columns: [
        keyed('review', '行政复议', outcomeColumns()),
        grouping('litigation', '行政诉讼', [
          keyed('litigationDirect', '未经复议直接起诉', outcomeColumns()),
          keyed('litigationAfterReview', '复议后起诉', outcomeColumns()),
        ]),
      ],
      rows: [grouping('value', '')],
    },
  ],
};
