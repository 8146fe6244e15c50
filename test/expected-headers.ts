/**
 * What a screen reader should announce as the headers of each value cell of table 三, written
 * out from the format's text (not derived from the layout declarations it checks).
 */
const RESULTS = '三、本年度办理结果';
export const APPLICATION_ROW_HEADERS: Record<string, readonly string[]> = {
  received: ['一、本年新收政府信息公开申请数量'],
  carriedOver: ['二、上年结转政府信息公开申请数量'],
  granted: [RESULTS, '（一）予以公开'],
  partiallyGranted: [RESULTS, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  'withheld.stateSecret': [RESULTS, '（三）不予公开', '1.属于国家秘密'],
  'withheld.lawProhibited': [RESULTS, '（三）不予公开', '2.其他法律行政法规禁止公开'],
  'withheld.securityStability': [RESULTS, '（三）不予公开', '3.危及“三安全一稳定”'],
  'withheld.thirdParty': [RESULTS, '（三）不予公开', '4.保护第三方合法权益'],
  'withheld.internalAffairs': [RESULTS, '（三）不予公开', '5.属于三类内部事务信息'],
  'withheld.processInfo': [RESULTS, '（三）不予公开', '6.属于四类过程性信息'],
  'withheld.enforcementFile': [RESULTS, '（三）不予公开', '7.属于行政执法案卷'],
  'withheld.queryMatter': [RESULTS, '（三）不予公开', '8.属于行政查询事项'],
  'unavailable.notHeld': [RESULTS, '（四）无法提供', '1.本机关不掌握相关政府信息'],
  'unavailable.needsCreation': [RESULTS, '（四）无法提供', '2.没有现成信息需要另行制作'],
  'unavailable.stillUnclear': [RESULTS, '（四）无法提供', '3.补正后申请内容仍不明确'],
  'notProcessed.complaint': [RESULTS, '（五）不予处理', '1.信访举报投诉类申请'],
  'notProcessed.duplicate': [RESULTS, '（五）不予处理', '2.重复申请'],
  'notProcessed.publication': [RESULTS, '（五）不予处理', '3.要求提供公开出版物'],
  'notProcessed.excessive': [RESULTS, '（五）不予处理', '4.无正当理由大量反复申请'],
  'notProcessed.confirmation': [
    RESULTS,
    '（五）不予处理',
    '5.要求行政机关确认或重新出具已获取信息',
  ],
  'otherHandling.noCorrection': [
    RESULTS,
    '（六）其他处理',
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  ],
  'otherHandling.feeUnpaid': [
    RESULTS,
    '（六）其他处理',
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  ],
  'otherHandling.other': [RESULTS, '（六）其他处理', '3.其他'],
  total: [RESULTS, '（七）总计'],
  carriedForward: ['四、结转下年度继续办理'],
};

const APPLICANTS = '申请人情况';
const ORGANISATIONS = '法人或其他组织';
export const APPLICATION_COLUMN_HEADERS: Record<string, readonly string[]> = {
  naturalPerson: [APPLICANTS, '自然人'],
  commercial: [APPLICANTS, ORGANISATIONS, '商业企业'],
  research: [APPLICANTS, ORGANISATIONS, '科研机构'],
  publicInterest: [APPLICANTS, ORGANISATIONS, '社会公益组织'],
  legalService: [APPLICANTS, ORGANISATIONS, '法律服务机构'],
  other: [APPLICANTS, ORGANISATIONS, '其他'],
  total: [APPLICANTS, '总计'],
};

/** Splits `applications.withheld.stateSecret.naturalPerson` into its row and column parts. */
export function applicationHeaders(key: string): {
  rows: readonly string[];
  columns: readonly string[];
} {
  const parts = key.split('.');
  const column = parts[parts.length - 1];
  const row = parts.slice(1, -1).join('.');
  return { rows: APPLICATION_ROW_HEADERS[row], columns: APPLICATION_COLUMN_HEADERS[column] };
}

/**
 * Table 二: each value cell's banner and column header (what a screen reader calls its column
 * headers) and its row header, written out from the format's text.
 */
const ITEM1 = '第二十条第（一）项';
const DECISIONS = '本年处理决定数量';
export const PROACTIVE_HEADERS: Record<
  string,
  { readonly columns: readonly string[]; readonly rows: readonly string[] }
> = {
  'proactive.rules.issued': { columns: [ITEM1, '本年制发件数'], rows: ['规章'] },
  'proactive.rules.repealed': { columns: [ITEM1, '本年废止件数'], rows: ['规章'] },
  'proactive.rules.inForce': { columns: [ITEM1, '现行有效件数'], rows: ['规章'] },
  'proactive.normativeDocuments.issued': {
    columns: [ITEM1, '本年制发件数'],
    rows: ['行政规范性文件'],
  },
  'proactive.normativeDocuments.repealed': {
    columns: [ITEM1, '本年废止件数'],
    rows: ['行政规范性文件'],
  },
  'proactive.normativeDocuments.inForce': {
    columns: [ITEM1, '现行有效件数'],
    rows: ['行政规范性文件'],
  },
  'proactive.licensing': { columns: ['第二十条第（五）项', DECISIONS], rows: ['行政许可'] },
  'proactive.penalties': { columns: ['第二十条第（六）项', DECISIONS], rows: ['行政处罚'] },
  'proactive.coercion': { columns: ['第二十条第（六）项', DECISIONS], rows: ['行政强制'] },
  'proactive.fees': {
    columns: ['第二十条第（八）项', '本年收费金额（单位：万元）'],
    rows: ['行政事业性收费'],
  },
};

/** Table 四: each value cell's block and column; the one value row has no row header. */
const BLOCKS: Record<string, readonly string[]> = {
  review: ['行政复议'],
  litigationDirect: ['行政诉讼', '未经复议直接起诉'],
  litigationAfterReview: ['行政诉讼', '复议后起诉'],
};
const OUTCOMES: Record<string, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};
export function reviewLitigationHeaders(key: string): {
  rows: readonly string[];
  columns: readonly string[];
} {
  const [, block, outcome] = key.split('.');
  return { rows: [], columns: [...BLOCKS[block], OUTCOMES[outcome]] };
}

/**
 * Table 二 of the 2019 trial format: each value cell's banner and column header, and its row
 * header, written out from the published 2019 report (pingtan-2019.html).
 */
const item = (n: string) => `第二十条第（${n}）项`;
const itemCells = (
  banner: string,
  row: string,
  label: string,
): Record<string, { readonly columns: readonly string[]; readonly rows: readonly string[] }> => ({
  [`proactive.${row}.previous`]: { columns: [banner, '上一年项目数量'], rows: [label] },
  [`proactive.${row}.change`]: { columns: [banner, '本年增/减'], rows: [label] },
  [`proactive.${row}.decisions`]: { columns: [banner, '处理决定数量'], rows: [label] },
});
export const PROACTIVE_2019_HEADERS: Record<
  string,
  { readonly columns: readonly string[]; readonly rows: readonly string[] }
> = {
  'proactive.rules.made': { columns: [item('一'), '本年新制作数量'], rows: ['规章'] },
  'proactive.rules.published': { columns: [item('一'), '本年新公开数量'], rows: ['规章'] },
  'proactive.rules.total': { columns: [item('一'), '对外公开总数量'], rows: ['规章'] },
  'proactive.normativeDocuments.made': {
    columns: [item('一'), '本年新制作数量'],
    rows: ['规范性文件'],
  },
  'proactive.normativeDocuments.published': {
    columns: [item('一'), '本年新公开数量'],
    rows: ['规范性文件'],
  },
  'proactive.normativeDocuments.total': {
    columns: [item('一'), '对外公开总数量'],
    rows: ['规范性文件'],
  },
  ...itemCells(item('五'), 'licensing', '行政许可'),
  ...itemCells(item('五'), 'otherServices', '其他对外管理服务事项'),
  ...itemCells(item('六'), 'penalties', '行政处罚'),
  ...itemCells(item('六'), 'coercion', '行政强制'),
  'proactive.fees.previous': { columns: [item('八'), '上一年项目数量'], rows: ['行政事业性收费'] },
  'proactive.fees.change': { columns: [item('八'), '本年增/减'], rows: ['行政事业性收费'] },
  'proactive.procurement.projects': {
    columns: [item('九'), '采购项目数量'],
    rows: ['政府集中采购'],
  },
  'proactive.procurement.amount': { columns: [item('九'), '采购总金额'], rows: ['政府集中采购'] },
};

/** Table 三 of the 2019 format: the 2021 table's headers, with （六）其他处理 as one row. */
export function applicationHeaders2019(key: string): {
  rows: readonly string[];
  columns: readonly string[];
} {
  const parts = key.split('.');
  const column = parts[parts.length - 1];
  const row = parts.slice(1, -1).join('.');
  return {
    rows: row === 'otherHandling' ? [RESULTS, '（六）其他处理'] : APPLICATION_ROW_HEADERS[row],
    columns: APPLICATION_COLUMN_HEADERS[column],
  };
}
