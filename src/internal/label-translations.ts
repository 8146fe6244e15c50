/**
 * The translations of the standard labels, keyed by the legal text itself (as the layouts
 * declare it). Loaded with a target locale only (src/locales/en.ts): a Chinese page shows the
 * legal text untouched and carries each label once, in its layout.
 *
 * Each entry repeats the legal text as the source string of its `msg()` call: lit-localize
 * extracts only literal strings, so the label cannot be passed in as a variable. `msg` is a
 * parameter, not an import, so that this module imports nothing and its file in the drop-in
 * build stands alone (a chunk importing the drop-in file back would load a second copy of it on
 * a page that adds a query to its URL). The test in labels.test.ts walks every layout and proves
 * each key and its source are the same text, and that each has an English translation. English
 * terms follow docs/glossary.md.
 */
import type { msg as Msg } from '@lit/localize';

export function labelTranslations(msg: typeof Msg): ReadonlyMap<string, () => string> {
  return new Map<string, () => string>([
    // Table 二: proactive disclosure.
    [
      '二、主动公开政府信息情况',
      () =>
        msg('二、主动公开政府信息情况', {
          id: 'label.proactive.caption',
          desc: 'Caption of table 2',
        }),
    ],
    [
      '第二十条第（一）项',
      () =>
        msg('第二十条第（一）项', {
          id: 'label.proactive.item1',
          desc: 'Banner: Article 20, item (1) of the Regulations on Open Government Information',
        }),
    ],
    [
      '第二十条第（五）项',
      () =>
        msg('第二十条第（五）项', {
          id: 'label.proactive.item5',
          desc: 'Banner: Article 20, item (5)',
        }),
    ],
    [
      '第二十条第（六）项',
      () =>
        msg('第二十条第（六）项', {
          id: 'label.proactive.item6',
          desc: 'Banner: Article 20, item (6)',
        }),
    ],
    [
      '第二十条第（八）项',
      () =>
        msg('第二十条第（八）项', {
          id: 'label.proactive.item8',
          desc: 'Banner: Article 20, item (8)',
        }),
    ],
    [
      '信息内容',
      () =>
        msg('信息内容', {
          id: 'label.proactive.infoContent',
          desc: 'Corner header of the row-header column of table 2',
        }),
    ],
    [
      '本年制发件数',
      () =>
        msg('本年制发件数', {
          id: 'label.proactive.issued',
          desc: 'Column: documents issued this year',
        }),
    ],
    [
      '本年废止件数',
      () =>
        msg('本年废止件数', {
          id: 'label.proactive.repealed',
          desc: 'Column: documents repealed this year',
        }),
    ],
    [
      '现行有效件数',
      () =>
        msg('现行有效件数', {
          id: 'label.proactive.inForce',
          desc: 'Column: documents currently in force',
        }),
    ],
    [
      '规章',
      () =>
        msg('规章', {
          id: 'label.proactive.rules',
          desc: 'Row: rules (government/departmental rules, 规章)',
        }),
    ],
    [
      '行政规范性文件',
      () =>
        msg('行政规范性文件', {
          id: 'label.proactive.normativeDocuments',
          desc: 'Row: administrative normative documents',
        }),
    ],
    [
      '本年处理决定数量',
      () =>
        msg('本年处理决定数量', {
          id: 'label.proactive.decisions',
          desc: 'Column: number of decisions made this year',
        }),
    ],
    [
      '行政许可',
      () =>
        msg('行政许可', { id: 'label.proactive.licensing', desc: 'Row: administrative licensing' }),
    ],
    [
      '行政处罚',
      () =>
        msg('行政处罚', { id: 'label.proactive.penalties', desc: 'Row: administrative penalties' }),
    ],
    [
      '行政强制',
      () =>
        msg('行政强制', { id: 'label.proactive.coercion', desc: 'Row: administrative compulsion' }),
    ],
    [
      '本年收费金额（单位：万元）',
      () =>
        msg('本年收费金额（单位：万元）', {
          id: 'label.proactive.amount',
          desc: 'Column: fees collected this year, in units of 10,000 yuan',
        }),
    ],
    [
      '行政事业性收费',
      () => msg('行政事业性收费', { id: 'label.proactive.fees', desc: 'Row: administrative fees' }),
    ],

    // Table 二 of the 2019 trial format: the labels the 2021 table does not have.
    [
      '第二十条第（九）项',
      () =>
        msg('第二十条第（九）项', {
          id: 'label.proactive2019.item9',
          desc: 'Banner of the 2019 format: Article 20, item (9)',
        }),
    ],
    [
      '本年新制作数量',
      () =>
        msg('本年新制作数量', {
          id: 'label.proactive2019.made',
          desc: 'Column of the 2019 format: documents newly made this year',
        }),
    ],
    [
      '本年新公开数量',
      () =>
        msg('本年新公开数量', {
          id: 'label.proactive2019.published',
          desc: 'Column of the 2019 format: documents newly made public this year',
        }),
    ],
    [
      '对外公开总数量',
      () =>
        msg('对外公开总数量', {
          id: 'label.proactive2019.total',
          desc: 'Column of the 2019 format: all documents ever made public (not those in force)',
        }),
    ],
    [
      '规范性文件',
      () =>
        msg('规范性文件', {
          id: 'label.proactive2019.normativeDocuments',
          desc: 'Row of the 2019 format: normative documents',
        }),
    ],
    [
      '上一年项目数量',
      () =>
        msg('上一年项目数量', {
          id: 'label.proactive2019.previous',
          desc: 'Column of the 2019 format: number of items the year before',
        }),
    ],
    [
      '本年增/减',
      () =>
        msg('本年增/减', {
          id: 'label.proactive2019.change',
          desc: 'Column of the 2019 format: increase or decrease this year (signed)',
        }),
    ],
    [
      '处理决定数量',
      () =>
        msg('处理决定数量', {
          id: 'label.proactive2019.decisions',
          desc: 'Column of the 2019 format: number of decisions made',
        }),
    ],
    [
      '其他对外管理服务事项',
      () =>
        msg('其他对外管理服务事项', {
          id: 'label.proactive2019.otherServices',
          desc: 'Row of the 2019 format: other external administrative services',
        }),
    ],
    [
      '政府集中采购',
      () =>
        msg('政府集中采购', {
          id: 'label.proactive2019.procurement',
          desc: 'Row of the 2019 format: centralized government procurement',
        }),
    ],
    [
      '采购项目数量',
      () =>
        msg('采购项目数量', {
          id: 'label.proactive2019.projects',
          desc: 'Column of the 2019 format: number of procurement projects',
        }),
    ],
    [
      '采购总金额',
      () =>
        msg('采购总金额', {
          id: 'label.proactive2019.amount',
          desc: 'Column of the 2019 format: total procurement amount, in the unit the report writes',
        }),
    ],

    // Table 三: applications.
    [
      '三、收到和处理政府信息公开申请情况',
      () =>
        msg('三、收到和处理政府信息公开申请情况', {
          id: 'label.applications.caption',
          desc: 'Caption of table 3',
        }),
    ],
    [
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      () =>
        msg('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', {
          id: 'label.applications.corner',
          desc: 'Corner note of table 3, stating relation R1 for every column',
        }),
    ],
    [
      '申请人情况',
      () =>
        msg('申请人情况', {
          id: 'label.applications.applicant',
          desc: 'Column group: who applied',
        }),
    ],
    [
      '自然人',
      () =>
        msg('自然人', { id: 'label.applications.naturalPerson', desc: 'Column: natural persons' }),
    ],
    [
      '法人或其他组织',
      () =>
        msg('法人或其他组织', {
          id: 'label.applications.organisation',
          desc: 'Column group: legal persons or other organizations',
        }),
    ],
    [
      '商业企业',
      () =>
        msg('商业企业', {
          id: 'label.applications.commercial',
          desc: 'Column: commercial enterprises',
        }),
    ],
    [
      '科研机构',
      () =>
        msg('科研机构', {
          id: 'label.applications.research',
          desc: 'Column: research institutions',
        }),
    ],
    [
      '社会公益组织',
      () =>
        msg('社会公益组织', {
          id: 'label.applications.publicInterest',
          desc: 'Column: public-interest organizations',
        }),
    ],
    [
      '法律服务机构',
      () =>
        msg('法律服务机构', {
          id: 'label.applications.legalService',
          desc: 'Column: legal service providers',
        }),
    ],
    [
      '其他',
      () =>
        msg('其他', {
          id: 'label.applications.otherApplicant',
          desc: 'Column: other organizations (applicant type)',
        }),
    ],
    ['总计', () => msg('总计', { id: 'label.total', desc: 'Column: total (tables 3 and 4)' })],
    [
      '一、本年新收政府信息公开申请数量',
      () =>
        msg('一、本年新收政府信息公开申请数量', {
          id: 'label.applications.received',
          desc: 'Row I',
        }),
    ],
    [
      '二、上年结转政府信息公开申请数量',
      () =>
        msg('二、上年结转政府信息公开申请数量', {
          id: 'label.applications.carriedOver',
          desc: 'Row II',
        }),
    ],
    [
      '三、本年度办理结果',
      () => msg('三、本年度办理结果', { id: 'label.applications.results', desc: 'Row group III' }),
    ],
    [
      '（一）予以公开',
      () => msg('（一）予以公开', { id: 'label.applications.granted', desc: 'Outcome (1)' }),
    ],
    [
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      () =>
        msg('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', {
          id: 'label.applications.partiallyGranted',
          desc: 'Outcome (2), with its counting note',
        }),
    ],
    [
      '（三）不予公开',
      () => msg('（三）不予公开', { id: 'label.applications.withheld', desc: 'Outcome group (3)' }),
    ],
    [
      '1.属于国家秘密',
      () => msg('1.属于国家秘密', { id: 'label.applications.withheld.stateSecret' }),
    ],
    [
      '2.其他法律行政法规禁止公开',
      () => msg('2.其他法律行政法规禁止公开', { id: 'label.applications.withheld.lawProhibited' }),
    ],
    [
      '3.危及“三安全一稳定”',
      () =>
        msg('3.危及“三安全一稳定”', {
          id: 'label.applications.withheld.securityStability',
          desc: 'The “three securities and one stability”: national security, public security, economic security and social stability',
        }),
    ],
    [
      '4.保护第三方合法权益',
      () => msg('4.保护第三方合法权益', { id: 'label.applications.withheld.thirdParty' }),
    ],
    [
      '5.属于三类内部事务信息',
      () =>
        msg('5.属于三类内部事务信息', {
          id: 'label.applications.withheld.internalAffairs',
          desc: 'Internal affairs information: personnel, logistics, internal workflow',
        }),
    ],
    [
      '6.属于四类过程性信息',
      () =>
        msg('6.属于四类过程性信息', {
          id: 'label.applications.withheld.processInfo',
          desc: 'Process information: discussion records, drafts, consultation letters, requests for instructions',
        }),
    ],
    [
      '7.属于行政执法案卷',
      () => msg('7.属于行政执法案卷', { id: 'label.applications.withheld.enforcementFile' }),
    ],
    [
      '8.属于行政查询事项',
      () => msg('8.属于行政查询事项', { id: 'label.applications.withheld.queryMatter' }),
    ],
    [
      '（四）无法提供',
      () =>
        msg('（四）无法提供', { id: 'label.applications.unavailable', desc: 'Outcome group (4)' }),
    ],
    [
      '1.本机关不掌握相关政府信息',
      () => msg('1.本机关不掌握相关政府信息', { id: 'label.applications.unavailable.notHeld' }),
    ],
    [
      '2.没有现成信息需要另行制作',
      () =>
        msg('2.没有现成信息需要另行制作', { id: 'label.applications.unavailable.needsCreation' }),
    ],
    [
      '3.补正后申请内容仍不明确',
      () => msg('3.补正后申请内容仍不明确', { id: 'label.applications.unavailable.stillUnclear' }),
    ],
    [
      '（五）不予处理',
      () =>
        msg('（五）不予处理', { id: 'label.applications.notProcessed', desc: 'Outcome group (5)' }),
    ],
    [
      '1.信访举报投诉类申请',
      () => msg('1.信访举报投诉类申请', { id: 'label.applications.notProcessed.complaint' }),
    ],
    ['2.重复申请', () => msg('2.重复申请', { id: 'label.applications.notProcessed.duplicate' })],
    [
      '3.要求提供公开出版物',
      () => msg('3.要求提供公开出版物', { id: 'label.applications.notProcessed.publication' }),
    ],
    [
      '4.无正当理由大量反复申请',
      () => msg('4.无正当理由大量反复申请', { id: 'label.applications.notProcessed.excessive' }),
    ],
    [
      '5.要求行政机关确认或重新出具已获取信息',
      () =>
        msg('5.要求行政机关确认或重新出具已获取信息', {
          id: 'label.applications.notProcessed.confirmation',
        }),
    ],
    [
      '（六）其他处理',
      () =>
        msg('（六）其他处理', {
          id: 'label.applications.otherHandling',
          desc: 'Outcome group (6)',
        }),
    ],
    [
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      () =>
        msg('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', {
          id: 'label.applications.otherHandling.noCorrection',
        }),
    ],
    [
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      () =>
        msg('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', {
          id: 'label.applications.otherHandling.feeUnpaid',
        }),
    ],
    ['3.其他', () => msg('3.其他', { id: 'label.applications.otherHandling.other' })],
    [
      '（七）总计',
      () =>
        msg('（七）总计', {
          id: 'label.applications.resultsTotal',
          desc: 'Outcome (7): the total of outcomes (1) to (6)',
        }),
    ],
    [
      '四、结转下年度继续办理',
      () =>
        msg('四、结转下年度继续办理', { id: 'label.applications.carriedForward', desc: 'Row IV' }),
    ],

    // Table 四: administrative reconsideration and litigation.
    [
      '四、政府信息公开行政复议、行政诉讼情况',
      () =>
        msg('四、政府信息公开行政复议、行政诉讼情况', {
          id: 'label.reviewLitigation.caption',
          desc: 'Caption of table 4',
        }),
    ],
    [
      '行政复议',
      () =>
        msg('行政复议', {
          id: 'label.reviewLitigation.review',
          desc: 'Column group: administrative reconsideration',
        }),
    ],
    [
      '行政诉讼',
      () =>
        msg('行政诉讼', {
          id: 'label.reviewLitigation.litigation',
          desc: 'Column group: administrative litigation',
        }),
    ],
    [
      '未经复议直接起诉',
      () =>
        msg('未经复议直接起诉', {
          id: 'label.reviewLitigation.litigationDirect',
          desc: 'Column group: suits filed without reconsideration first',
        }),
    ],
    [
      '复议后起诉',
      () =>
        msg('复议后起诉', {
          id: 'label.reviewLitigation.litigationAfterReview',
          desc: 'Column group: suits filed after reconsideration',
        }),
    ],
    [
      '结果维持',
      () =>
        msg('结果维持', {
          id: 'label.reviewLitigation.upheld',
          desc: 'Column: the decision was upheld',
        }),
    ],
    [
      '结果纠正',
      () =>
        msg('结果纠正', {
          id: 'label.reviewLitigation.corrected',
          desc: 'Column: the decision was corrected',
        }),
    ],
    [
      '其他结果',
      () => msg('其他结果', { id: 'label.reviewLitigation.other', desc: 'Column: other outcome' }),
    ],
    [
      '尚未审结',
      () =>
        msg('尚未审结', {
          id: 'label.reviewLitigation.pending',
          desc: 'Column: not yet concluded',
        }),
    ],
  ]);
}
