/**
 * The 2019 trial format (国办公开办函〔2019〕60号), used by the reports for 2019 and 2020: its
 * own table 二, table 三 with （六）其他处理 as one row, and the 2021 table 四. R1–R4 and R6 are
 * the 2021 format's. R7 is not: 对外公开总数量 counts the documents ever published, not those
 * in force, so a 2019-format report has no 现行有效件数 to carry into the next year.
 */
import { APPLICATIONS_2019_LAYOUT } from '../layouts/applications-2019.js';
import { PROACTIVE_2019_LAYOUT } from '../layouts/proactive-2019.js';
import { REVIEW_LITIGATION_LAYOUT } from '../layouts/review-litigation.js';
import type { FormatDeclaration } from '../format-types.js';
import { FORMAT_2021 } from './2021.js';

export const FORMAT_2019 = {
  id: '2019',
  notice: '国办公开办函〔2019〕60号',
  tables: [PROACTIVE_2019_LAYOUT, APPLICATIONS_2019_LAYOUT, REVIEW_LITIGATION_LAYOUT],
  rules: FORMAT_2021.rules.filter((rule) => rule.id !== 'crossYear.inForce'),
} as const satisfies FormatDeclaration;
