/**
 * The core's check throughput in Node: whole report documents parsed and checked per second,
 * with the same `parseReport` + `checkReport` + localized `Text` that `<disclosure-annual-report>`
 * runs in `willUpdate`: tables 二, 三 and 四, every rule of the format. `bench/run.mjs` bundles
 * this file for Node and runs it pinned to one core; it prints one JSON object on stdout.
 *
 * For each batch size N (1 … 10,000 different reports) it checks the batch again and again for
 * at least a minimum time, and reports the median pass: N / median = reports per second. The
 * very first report of the process is timed on its own, before any warm-up, as the cold cost.
 */
import { checkReport } from '../src/core/check.js';
import type { TableLayout } from '../src/core/layout.js';
import { APPLICATIONS_LAYOUT } from '../src/core/layouts/applications.js';
import { PROACTIVE_LAYOUT } from '../src/core/layouts/proactive.js';
import { REVIEW_LITIGATION_LAYOUT } from '../src/core/layouts/review-litigation.js';
import { parseJson, parseReport, type ParsedReport } from '../src/core/parse.js';
import { REPORT_RULES } from '../src/core/rules/index.js';
import type { RelationRule } from '../src/core/rules/types.js';
import { localizedText } from '../src/internal/text.js';
import { reportDocuments, VARIANTS } from './reports.js';

const LAYOUTS: readonly TableLayout[] = [PROACTIVE_LAYOUT, APPLICATIONS_LAYOUT, REVIEW_LITIGATION_LAYOUT];
const RULES: readonly RelationRule[] = REPORT_RULES;
const BATCH_SIZES = [1, 10, 100, 1_000, 10_000] as const;
const MIN_MILLISECONDS = Number(process.env.BENCH_MIN_MS ?? 400);

function checkOne(document: unknown, previous?: ParsedReport): number {
  const report = parseReport(document, LAYOUTS);
  const input = { layouts: LAYOUTS, rules: RULES, report, text: localizedText };
  return checkReport(previous ? { ...input, previous } : input).findings.length;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Runs `pass` until at least the minimum time has gone by (and at least 5 times); median pass in ms. */
function timePasses(pass: () => void): { passes: number; medianPassMs: number } {
  const passes: number[] = [];
  for (let spent = 0; spent < MIN_MILLISECONDS || passes.length < 5; ) {
    const start = performance.now();
    pass();
    const elapsed = performance.now() - start;
    passes.push(elapsed);
    spent += elapsed;
  }
  return { passes: passes.length, medianPassMs: median(passes) };
}

const { documents, variants } = reportDocuments(BATCH_SIZES[BATCH_SIZES.length - 1]);

const coldStart = performance.now();
checkOne(documents[0]);
const coldMilliseconds = performance.now() - coldStart;

// Warm-up: every document once, so the JIT has seen every shape before anything is timed.
let findings = 0;
for (const document of documents) findings += checkOne(document);

const batches = BATCH_SIZES.map((size) => {
  const batch = documents.slice(0, size);
  const timed = timePasses(() => {
    for (const document of batch) checkOne(document);
  });
  return { size, ...timed, reportsPerSecond: size / (timed.medianPassMs / 1000) };
});

// From JSON text, through the core's own `parseJson`: what a page pays for the `data` attribute or `src`.
const texts = documents.map((document) => JSON.stringify(document));
const textTimed = timePasses(() => {
  for (const text of texts) {
    const parsed = parseJson(text);
    if (parsed.ok) checkOne(parsed.value);
  }
});
const fromText = { size: texts.length, reportsPerSecond: texts.length / (textTimed.medianPassMs / 1000) };

// Each report checked against the one before it as last year's (R6 and R7 run too); last
// year's report is parsed as well, as it is for an element given `previous`.
const previousTimed = timePasses(() => {
  documents.forEach((document, i) => checkOne(document, parseReport(documents[(i || documents.length) - 1], LAYOUTS)));
});
const withPrevious = { size: documents.length, reportsPerSecond: documents.length / (previousTimed.medianPassMs / 1000) };

const mix = Object.fromEntries([...new Set(VARIANTS)].map((variant) => [variant, variants.filter((v) => v === variant).length]));
process.stdout.write(
  `${JSON.stringify({
    tables: LAYOUTS.map((layout) => layout.id),
    rules: RULES.map((rule) => rule.id),
    mix,
    findingsPerPass: findings,
    coldMilliseconds,
    batches,
    fromText,
    withPrevious,
  })}\n`,
);
