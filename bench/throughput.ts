/**
 * The core's check throughput in Node: whole report documents parsed and checked per second,
 * with the same `parseReport` + `checkReport` + localized `Text` that `<disclosure-annual-report>`
 * runs in `willUpdate`: tables 二, 三 and 四, every rule of the format. `bench/run.mjs` bundles
 * this file for Node and runs it pinned to one core; it prints one JSON object on stdout.
 *
 * For each batch size N (1 … 10,000 different reports) it checks the batch again and again for
 * at least a minimum time, and reports the median pass: N / median = reports per second. Each
 * pass is timed twice: by the clock, and by the CPU time the process was given, which other
 * processes on the same core do not inflate. The very first report of the process is timed on
 * its own, before any warm-up, as the cold cost. The same batches are then checked from their
 * JSON text, through the core entry's `checkReport`.
 */
import { checkReport } from '../src/core/check.js';
import { checkReport as checkReportText } from '../src/core/index.js';
import type { TableLayout } from '../src/core/layout.js';
import { APPLICATIONS_LAYOUT } from '../src/core/layouts/applications.js';
import { PROACTIVE_LAYOUT } from '../src/core/layouts/proactive.js';
import { REVIEW_LITIGATION_LAYOUT } from '../src/core/layouts/review-litigation.js';
import { parseReport, type ParsedReport } from '../src/core/parse.js';
import { REPORT_RULES } from '../src/core/rules/index.js';
import type { RelationRule } from '../src/core/rules/types.js';
import { localizedText } from '../src/internal/text.js';
import { reportDocuments, VARIANTS } from './reports.js';

const LAYOUTS: readonly TableLayout[] = [
  PROACTIVE_LAYOUT,
  APPLICATIONS_LAYOUT,
  REVIEW_LITIGATION_LAYOUT,
];
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

const cpuMilliseconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Runs `pass` until at least the minimum time has gone by (and at least 5 times): the median
 * pass in ms, by the clock and in CPU time.
 */
function timePasses(pass: () => void): {
  passes: number;
  medianPassMs: number;
  medianPassCpuMs: number;
} {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let spent = 0; spent < MIN_MILLISECONDS || wall.length < 5;) {
    const start = performance.now();
    const startCpu = cpuMilliseconds();
    pass();
    cpu.push(cpuMilliseconds() - startCpu);
    const elapsed = performance.now() - start;
    wall.push(elapsed);
    spent += elapsed;
  }
  return { passes: wall.length, medianPassMs: median(wall), medianPassCpuMs: median(cpu) };
}

const perSecond = (size: number, timed: { medianPassMs: number; medianPassCpuMs: number }) => ({
  reportsPerSecond: size / (timed.medianPassMs / 1000),
  reportsPerCpuSecond: size / (timed.medianPassCpuMs / 1000),
});

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
  return { size, ...timed, ...perSecond(size, timed) };
});

// From JSON text to findings, through `disclosure-tables/core`'s `checkReport`: what the command
// line and a server pay for each report they receive as text.
const texts = documents.map((document) => JSON.stringify(document));
for (const text of texts) checkReportText(text, { text: localizedText });
const textBatches = BATCH_SIZES.map((size) => {
  const batch = texts.slice(0, size);
  const timed = timePasses(() => {
    for (const text of batch) checkReportText(text, { text: localizedText });
  });
  return { size, ...timed, ...perSecond(size, timed) };
});
const fromText = textBatches[textBatches.length - 1];

// Each report checked against the one before it as last year's (R6 and R7 run too); last
// year's report is parsed as well, as it is for an element given `previous`.
const previousTimed = timePasses(() => {
  documents.forEach((document, i) =>
    checkOne(document, parseReport(documents[(i || documents.length) - 1], LAYOUTS)),
  );
});
const withPrevious = { size: documents.length, ...perSecond(documents.length, previousTimed) };

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
    textBatches,
    fromText,
    withPrevious,
  })}\n`,
);
