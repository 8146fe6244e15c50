/** Every relation rule of the standard format, in the reading order of the tables they check. */
import { APPLICATIONS_RULES } from './applications.js';
import { CROSS_YEAR_CARRIED_OVER, CROSS_YEAR_IN_FORCE } from './cross-year.js';
import { REVIEW_LITIGATION_RULES } from './review-litigation.js';
import type { RelationRule } from './types.js';

/** 二 (R7), then 三 (R1–R3, R6), then 四 (R4): findings of the whole report read top to bottom. */
export const REPORT_RULES: readonly RelationRule[] = [
  CROSS_YEAR_IN_FORCE,
  ...APPLICATIONS_RULES,
  CROSS_YEAR_CARRIED_OVER,
  ...REVIEW_LITIGATION_RULES,
];
