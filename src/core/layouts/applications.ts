import { grouping, keyed, totalLeaf, type TableLayout } from '../layout.js';

/** 申请人情况: the seven value columns of table 三 under three header rows. */
export const APPLICANT_COLUMNS = [
  grouping('applicant', '申请人情况', [
    keyed('naturalPerson', '自然人'),
    grouping('organisation', '法人或其他组织', [
      keyed('commercial', '商业企业'),
      keyed('research', '科研机构'),
      keyed('publicInterest', '社会公益组织'),
      keyed('legalService', '法律服务机构'),
      keyed('other', '其他'),
    ]),
    totalLeaf('total', '总计'),
  ]),
] as const;

/**
 * Table 三 of 国办公开办函〔2021〕30号: applications received and how they were handled.
 * Labels are legal text; do not "fix" their punctuation.
 */
export const APPLICATIONS_LAYOUT: TableLayout = {
  id: 'applications',
  caption: '三、收到和处理政府信息公开申请情况',
  blocks: [
    {
      corner: {
        label: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
        role: 'note',
      },
      columns: APPLICANT_COLUMNS,
      rows: [
        keyed('received', '一、本年新收政府信息公开申请数量'),
        keyed('carriedOver', '二、上年结转政府信息公开申请数量'),
        grouping('results', '三、本年度办理结果', [
          keyed('granted', '（一）予以公开'),
          keyed('partiallyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
          keyed('withheld', '（三）不予公开', [
            keyed('stateSecret', '1.属于国家秘密'),
            keyed('lawProhibited', '2.其他法律行政法规禁止公开'),
            keyed('securityStability', '3.危及“三安全一稳定”'),
            keyed('thirdParty', '4.保护第三方合法权益'),
            keyed('internalAffairs', '5.属于三类内部事务信息'),
            keyed('processInfo', '6.属于四类过程性信息'),
            keyed('enforcementFile', '7.属于行政执法案卷'),
            keyed('queryMatter', '8.属于行政查询事项'),
          ]),
          keyed('unavailable', '（四）无法提供', [
            keyed('notHeld', '1.本机关不掌握相关政府信息'),
            keyed('needsCreation', '2.没有现成信息需要另行制作'),
            keyed('stillUnclear', '3.补正后申请内容仍不明确'),
          ]),
          keyed('notProcessed', '（五）不予处理', [
            keyed('complaint', '1.信访举报投诉类申请'),
            keyed('duplicate', '2.重复申请'),
            keyed('publication', '3.要求提供公开出版物'),
            keyed('excessive', '4.无正当理由大量反复申请'),
            keyed('confirmation', '5.要求行政机关确认或重新出具已获取信息'),
          ]),
          keyed('otherHandling', '（六）其他处理', [
            keyed(
              'noCorrection',
              '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
            ),
            keyed(
              'feeUnpaid',
              '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
            ),
            keyed('other', '3.其他'),
          ]),
          totalLeaf('total', '（七）总计'),
        ]),
        keyed('carriedForward', '四、结转下年度继续办理'),
      ],
    },
  ],
};
