import { grouping, keyed, type HeaderNode, type TableLayout } from '../layout.js';

const INFO_CONTENT = { label: '信息内容', role: 'header' } as const;

/** 本年增/减: a signed change of the number of items, which may be negative. */
const change = (extra: Pick<HeaderNode, 'span'> = {}): HeaderNode => ({
  ...keyed('change', '本年增/减'),
  kind: 'change',
  ...extra,
});

/** 上一年项目数量 · 本年增/减 · 处理决定数量: the columns of items (五) and (六). */
const itemColumns = (): HeaderNode[] => [
  keyed('previous', '上一年项目数量'),
  change(),
  keyed('decisions', '处理决定数量'),
];

/**
 * Table 二 of the 2019 trial format (国办公开办函〔2019〕60号; reports for 2019 and 2020): five
 * blocks under banners naming 第二十条's items, labels verbatim from a published 2019 report.
 * Its labels have ids of their own (`proactive2019.*`): 规范性文件 here is not the 2021 table's
 * 行政规范性文件, under the same path.
 */
export const PROACTIVE_2019_LAYOUT: TableLayout = {
  id: 'proactive',
  labelScope: 'proactive2019',
  caption: '二、主动公开政府信息情况',
  blocks: [
    {
      banner: grouping('item1', '第二十条第（一）项'),
      corner: INFO_CONTENT,
      columns: [
        keyed('made', '本年新制作数量'),
        keyed('published', '本年新公开数量'),
        keyed('total', '对外公开总数量'),
      ],
      rows: [keyed('rules', '规章'), keyed('normativeDocuments', '规范性文件')],
    },
    {
      banner: grouping('item5', '第二十条第（五）项'),
      corner: INFO_CONTENT,
      columns: itemColumns(),
      rows: [keyed('licensing', '行政许可'), keyed('otherServices', '其他对外管理服务事项')],
    },
    {
      banner: grouping('item6', '第二十条第（六）项'),
      corner: INFO_CONTENT,
      columns: itemColumns(),
      rows: [keyed('penalties', '行政处罚'), keyed('coercion', '行政强制')],
    },
    {
      banner: grouping('item8', '第二十条第（八）项'),
      corner: INFO_CONTENT,
      columns: [keyed('previous', '上一年项目数量'), change({ span: 2 })],
      rows: [keyed('fees', '行政事业性收费')],
    },
    {
      banner: grouping('item9', '第二十条第（九）项'),
      corner: INFO_CONTENT,
      columns: [
        keyed('projects', '采购项目数量'),
        // An exact decimal, in the unit the report writes beside it (`amountUnit`), if any.
        { ...keyed('amount', '采购总金额'), kind: 'amount', span: 2, unit: true },
      ],
      rows: [keyed('procurement', '政府集中采购')],
    },
  ],
};
