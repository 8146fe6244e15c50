/**
 * Puts a finding into words with a `Text`, from its data alone (`rule` and `terms`): wording
 * again in another language never needs the report again.
 */
import type { Finding, LabelRef, Writable } from './check.js';
import type { RelationWords, Text } from './text.js';

export function findingMessage(finding: Pick<Finding, 'rule' | 'terms'>, text: Text): string {
  const { terms } = finding;
  const place = (refs: readonly LabelRef[]) => text.place(refs.map((ref) => text.label(ref)));
  switch (terms.kind) {
    case 'cell':
      return terms.reason === undefined
        ? text.cellBlank(place(terms.place), terms.given)
        : text.cellInvalid(place(terms.place), terms.given ?? '', terms.reason);
    case 'relation': {
      // The years set only when known, one by one: spreading optional objects cost more.
      const words: Writable<RelationWords> = {
        scope: place(terms.scope),
        lhs: terms.lhs,
        rhs: terms.rhs,
        rhsTerms: terms.rhsTerms,
      };
      if (terms.year !== undefined) words.year = terms.year;
      if (terms.previousYear !== undefined) words.previousYear = terms.previousYear;
      return text.relationMismatch(finding.rule, words);
    }
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
