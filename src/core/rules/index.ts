/**
 * The 2021 format's rules, compiled from its declaration (formats/2021.ts), under the names
 * elements and tests have used. New code chooses rules by format and table: `compiledFormat(id).rulesFor(tables)`.
 */
import { compiledFormat, type CompiledRule, type RuleId } from '../format.js';

const rules = compiledFormat('2021').rules;
const rule = (id: RuleId): CompiledRule => rules.find((candidate) => candidate.id === id)!;

/** 二 (R7), then 三 (R1–R3, R6), then 四 (R4): findings of the whole report read top to bottom. */
export const REPORT_RULES: readonly CompiledRule[] = rules;
export const APPLICATIONS_RULES: readonly CompiledRule[] = [
  rule('applications.balance'),
  rule('applications.resultsTotal'),
  rule('applications.rowTotal'),
];
export const REVIEW_LITIGATION_RULES: readonly CompiledRule[] = [rule('reviewLitigation.total')];
export const CROSS_YEAR_CARRIED_OVER = rule('crossYear.carriedOver');
export const CROSS_YEAR_IN_FORCE = rule('crossYear.inForce');
