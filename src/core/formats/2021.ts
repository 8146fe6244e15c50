/**
 * The standard format of 国办公开办函〔2021〕30号 (reports for 2021 onwards): its tables and
 * its rules, as data. See ../../../docs and the format's own text for R1–R7.
 */
import { APPLICATIONS_LAYOUT } from '../layouts/applications.js';
import { PROACTIVE_LAYOUT } from '../layouts/proactive.js';
import { REVIEW_LITIGATION_LAYOUT } from '../layouts/review-litigation.js';
import type { FormatDeclaration } from '../format-types.js';

export const FORMAT_2021 = {
  id: '2021',
  notice: '国办公开办函〔2021〕30号',
  tables: [PROACTIVE_LAYOUT, APPLICATIONS_LAYOUT, REVIEW_LITIGATION_LAYOUT],
  // In the reading order of the tables they check: 二 (R7), then 三 (R1–R3, R6), then 四 (R4).
  rules: [
    {
      // R7, for 规章 and for 行政规范性文件: this year's 现行有效件数 = last year's 现行有效件数 +
      // 本年制发件数 − 本年废止件数. A warning: a clean-up of old documents can legitimately
      // break it, but the report must then explain it.
      id: 'crossYear.inForce',
      severity: 'warning',
      table: 'proactive',
      per: 'row',
      sum: ['inForce'],
      equals: [{ path: 'inForce', year: 'previous' }, 'issued', { path: 'repealed', sign: -1 }],
    },
    {
      // R1, per column: 一 + 二 = 三（七） + 四.
      id: 'applications.balance',
      severity: 'error',
      table: 'applications',
      per: 'column',
      sum: ['received', 'carriedOver'],
      equals: ['results.total', 'carriedForward'],
    },
    {
      // R2, per column: （七）总计 = the sum of the detail rows of 三、本年度办理结果.
      id: 'applications.resultsTotal',
      severity: 'error',
      table: 'applications',
      per: 'column',
      total: ['results.total'],
    },
    {
      // R3, per row: 总计 = the sum of the six applicant columns.
      id: 'applications.rowTotal',
      severity: 'error',
      table: 'applications',
      per: 'row',
      total: ['applicant.total'],
    },
    {
      // R6, per column: this year's 二、上年结转 = last year's 四、结转下年度继续办理.
      id: 'crossYear.carriedOver',
      severity: 'error',
      table: 'applications',
      per: 'column',
      sum: ['carriedOver'],
      equals: [{ path: 'carriedForward', year: 'previous' }],
    },
    {
      // R4, per block: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
      id: 'reviewLitigation.total',
      severity: 'error',
      table: 'reviewLitigation',
      per: 'row',
      total: [
        'review.total',
        'litigation.litigationDirect.total',
        'litigation.litigationAfterReview.total',
      ],
    },
  ],
} as const satisfies FormatDeclaration;
