/**
 * Puts a finding into words with a `Text`, from its data alone (`rule` and `terms`): wording
 * again in another language never needs the report again.
 */
import type { Finding, LabelRef } from './check.js';
import type { Text } from './text.js';

export function findingMessage(finding: Pick<Finding, 'rule' | 'terms'>, text: Text): string {
  const { terms } = finding;
  const place = (refs: readonly LabelRef[]) => text.place(refs.map((ref) => text.label(ref)));
  switch (terms.kind) {
    case 'cell':
      return terms.reason === undefined
        ? text.cellBlank(place(terms.place), terms.given)
        : text.cellInvalid(place(terms.place), terms.given ?? '', terms.reason);
    case 'relation':
      return text.relationMismatch(finding.rule, {
        scope: place(terms.scope),
        lhs: terms.lhs,
        rhs: terms.rhs,
        rhsTerms: terms.rhsTerms,
        ...(terms.year !== undefined ? { year: terms.year } : {}),
        ...(terms.previousYear !== undefined ? { previousYear: terms.previousYear } : {}),
      });
    case 'unverifiable':
      return text.relationUnverifiable(finding.rule, place(terms.scope));
    case 'problem':
      return text.problem(terms.problem);
    case 'previousProblem':
      return text.previousProblem(text.problem(terms.problem));
    case 'previousYear':
      return text.previousYearMismatch(terms.given, terms.expected);
    case 'unmatched':
      return text.unmatched(terms);
  }
}
