/**
 * One report document checked through the core entry (`disclosure-tables/core`): the format its
 * document names (2021 or 2019), every rule of it, and the cross-year rules when last year's
 * report is given. A problem that stops the report from being read is an error finding.
 */
import { checkReport, type Finding } from '../core/index.js';
import { problemFinding } from '../core/check.js';
import type { InputProblem } from '../core/parse.js';
import { localizedText } from '../internal/text.js';

export function checkDocument(
  input:
    { readonly value: unknown; readonly previous?: unknown } | { readonly problem: InputProblem },
): readonly Finding[] {
  // Malformed JSON was found while reading the file (the number-preserving parser of the core).
  if ('problem' in input)
    return [{ ...problemFinding(input.problem, localizedText), severity: 'error' }];
  return checkReport(input.value, {
    ...(input.previous !== undefined ? { previous: input.previous } : {}),
    text: localizedText,
  }).findings;
}
