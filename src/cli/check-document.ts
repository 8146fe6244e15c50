/**
 * One report document checked as the whole-report element checks it: every table of the format,
 * every rule, and the cross-year rules when last year's report is given.
 */
import { checkReport, problemFinding, type Finding } from '../core/check.js';
import { APPLICATIONS_LAYOUT } from '../core/layouts/applications.js';
import { PROACTIVE_LAYOUT } from '../core/layouts/proactive.js';
import { REVIEW_LITIGATION_LAYOUT } from '../core/layouts/review-litigation.js';
import { parseReport, type InputProblem, type ParsedReport } from '../core/parse.js';
import { REPORT_RULES } from '../core/rules/index.js';
import { localizedText } from '../internal/text.js';

const LAYOUTS = [PROACTIVE_LAYOUT, APPLICATIONS_LAYOUT, REVIEW_LITIGATION_LAYOUT];
const PREVIOUS_LAYOUTS = LAYOUTS.filter((layout) =>
  REPORT_RULES.some((rule) => rule.crossYear && rule.tables.includes(layout.id)),
);

/** A problem that stops the report from being read is an error, whatever it is worded as. */
const asError = (problem: InputProblem): Finding => ({
  ...problemFinding(problem, localizedText),
  severity: problem.fatal ? 'error' : 'warning',
});

export function checkDocument(
  input:
    { readonly value: unknown; readonly previous?: unknown } | { readonly problem: InputProblem },
): readonly Finding[] {
  if ('problem' in input) return [asError(input.problem)];
  const report = parseReport(input.value, LAYOUTS);
  const fatal = report.problems.filter((problem) => problem.fatal);
  if (fatal.length) return fatal.map(asError);
  const previous: ParsedReport | undefined =
    input.previous === undefined ? undefined : parseReport(input.previous, PREVIOUS_LAYOUTS);
  return checkReport({
    layouts: LAYOUTS,
    rules: REPORT_RULES,
    report,
    ...(previous ? { previous } : {}),
    text: localizedText,
  }).findings;
}
