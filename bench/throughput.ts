/**
 * The core's check throughput in Node: whole report documents parsed and checked per second,
 * with the same `parseReport` + `checkReport` + localized `Text` the elements run in
 * `willUpdate`. `bench/run.mjs` bundles this file for Node and runs it pinned to one core;
 * it prints one JSON object on stdout.
 *
 * For each batch size N (1 … 10,000 different reports) it checks the batch again and again for
 * at least a minimum time, and reports the median pass: N / median = reports per second. The
 * very first report of the process is timed on its own, before any warm-up, as the cold cost.
 */
import { checkReport } from '../src/core/check.js';
import type { TableLayout } from '../src/core/layout.js';
import { APPLICATIONS_LAYOUT } from '../src/core/layouts/applications.js';
import { parseReport } from '../src/core/parse.js';
import { APPLICATIONS_RULES } from '../src/core/rules/applications.js';
import type { RelationRule } from '../src/core/rules/types.js';
import { localizedText } from '../src/internal/text.js';
import { reportDocuments, VARIANTS } from './reports.js';

const LAYOUTS: readonly TableLayout[] = [APPLICATIONS_LAYOUT];
const RULES: readonly RelationRule[] = APPLICATIONS_RULES;
const BATCH_SIZES = [1, 10, 100, 1_000, 10_000] as const;
const MIN_MILLISECONDS = Number(process.env.BENCH_MIN_MS ?? 400);

function checkOne(document: unknown): number {
  const report = parseReport(document, LAYOUTS);
  return checkReport({ layouts: LAYOUTS, rules: RULES, report, text: localizedText }).findings
    .length;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const { documents, variants } = reportDocuments(BATCH_SIZES[BATCH_SIZES.length - 1]);

const coldStart = performance.now();
checkOne(documents[0]);
const coldMilliseconds = performance.now() - coldStart;

// Warm-up: every document once, so the JIT has seen every shape before anything is timed.
let findings = 0;
for (const document of documents) findings += checkOne(document);

const batches = BATCH_SIZES.map((size) => {
  const batch = documents.slice(0, size);
  const passes: number[] = [];
  let spent = 0;
  while (spent < MIN_MILLISECONDS || passes.length < 5) {
    const start = performance.now();
    for (const document of batch) checkOne(document);
    const elapsed = performance.now() - start;
    passes.push(elapsed);
    spent += elapsed;
  }
  const perPass = median(passes);
  return {
    size,
    passes: passes.length,
    medianPassMs: perPass,
    reportsPerSecond: size / (perPass / 1000),
  };
});

// The same, from JSON text: what a page pays when it gets the report as text (attribute, src).
const texts = documents.map((document) => JSON.stringify(document));
const textPasses: number[] = [];
for (let spent = 0; spent < MIN_MILLISECONDS || textPasses.length < 5;) {
  const start = performance.now();
  for (const text of texts) checkOne(JSON.parse(text));
  const elapsed = performance.now() - start;
  textPasses.push(elapsed);
  spent += elapsed;
}
const fromText = {
  size: texts.length,
  reportsPerSecond: texts.length / (median(textPasses) / 1000),
};

const mix = Object.fromEntries(
  [...new Set(VARIANTS)].map((variant) => [variant, variants.filter((v) => v === variant).length]),
);
process.stdout.write(
  `${JSON.stringify({
    tables: LAYOUTS.map((layout) => layout.id),
    rules: RULES.map((rule) => rule.id),
    mix,
    findingsPerPass: findings,
    coldMilliseconds,
    batches,
    fromText,
  })}\n`,
);
