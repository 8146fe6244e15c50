/**
 * `disclosure-tables/core`: the format as data and the checks, with no DOM and no Lit, for the
 * command line, servers and editors.
 *
 *     import { checkReport, formats } from 'disclosure-tables/core';
 *     const { report, findings } = checkReport(jsonText, { previous: lastYearsJson });
 */
import { checkReport as checkParsed, problemFinding, type Finding } from './check.js';
import { compiledFormat } from './format.js';
import { parseDocument, parseJson, type ParsedReport } from './parse.js';
import { readReportText } from './report-text.js';
import type { Text } from './text.js';
import { zhText } from './text-zh.js';

export { formats, type FormatId, type RuleId, type FormatDeclaration } from './format.js';
export type { CellRole, Finding, FindingRule, FindingTerms, LabelRef } from './check.js';
export type { Cell } from './cell.js';
export type { ParsedReport, InputProblem } from './parse.js';
export type { Text } from './text.js';
export { findingMessage } from './wording.js';

/** The locales the core words findings in by itself. */
export type CoreLocale = 'zh-CN';

export interface CheckOptions {
  /** Last year's report, as a JSON value or JSON text: the cross-year rules run with it. */
  readonly previous?: unknown;
  /** The language of each finding's `message`; zh-CN, the format's own, by default. */
  readonly locale?: CoreLocale;
  /** Words of another language (the elements pass theirs); wins over `locale`. */
  readonly text?: Text;
}

export interface CheckedReport {
  /** The report as parsed, in the format its document names. */
  readonly report: ParsedReport;
  /**
   * Every finding, in reading order. A problem that stops the tables from being read (JSON
   * that is not JSON, a missing table, a row of the wrong shape) is a finding too, an error.
   */
  readonly findings: readonly Finding[];
}

const TEXTS: Record<CoreLocale, Text> = { 'zh-CN': zhText };

/** Reads a report (a JSON value or JSON text) in its format and runs every check of that format. Never throws. */
export function checkReport(document: unknown, options: CheckOptions = {}): CheckedReport {
  const text = options.text ?? TEXTS[options.locale ?? 'zh-CN'];
  const report = parse(document);
  const fatal = report.problems.filter((problem) => problem.fatal);
  if (fatal.length)
    return {
      report,
      findings: fatal.map((problem) => ({ ...problemFinding(problem, text), severity: 'error' })),
    };
  const format = compiledFormat(report.format ?? '2021');
  const previous = options.previous === undefined ? undefined : parse(options.previous);
  const { findings } = checkParsed({
    layouts: format.tables,
    rules: format.rules,
    report,
    ...(previous ? { previous } : {}),
    text,
  });
  return { report, findings };
}

function parse(input: unknown): ParsedReport {
  if (typeof input !== 'string') return parseDocument(input);
  // Text in the common case is read straight into cells; anything else the general way.
  const read = readReportText(input);
  if (read) return read;
  const json = parseJson(input);
  return json.ok ? parseDocument(json.value) : { sections: {}, problems: [json.problem] };
}
