#!/usr/bin/env node
/**
 * `npm run bench`: render and update cost against the static-HTML floor and two peers (TanStack
 * Table's core with our glue, Tabulator), JS heap per table, the core's check throughput, the
 * command line, and bundle sizes. Writes bench/results.md and bench/cli-results.md. A script,
 * not a test: it measures and reports, the targets printed next to the numbers, and nothing
 * fails on a miss; `--check` then holds CI to the targets that run met (`enforcedTargets`), and
 * `--remark` rewrites the committed results' target marks by the current rules.
 *
 * Steps: bundle what is measured (the package, whose drop-in file is our single-file element
 * bundle and whose bin the command-line bench runs; the bench page; the Node throughput run)
 * with Vite in production mode into a temporary directory, so that it needs no `npm run build`
 * first and never measures a stale `dist/`; serve the page from a small local server; drive
 * Debian's Chromium with puppeteer-core, all contenders in one browser, interleaved; run the
 * throughput pinned to one core; write the results.
 *
 * Environment: CHROME_PATH (default /usr/bin/chromium); BENCH_QUICK=1 for a short smoke run
 * (fewer samples; results.md is then not written unless BENCH_OUT says where);
 * BENCH_PROFILE=element:1 (contender:tables) to profile only that: the bundles are built
 * unminified, 30 samples are recorded with the JS profiler, the functions with the most self
 * time are printed, and the profile is written to bench/profile.cpuprofile for DevTools.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { BENCH_CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { buildReaderBench, readerSection, runReaderBench } from './reader-results.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.env.BENCH_QUICK === '1';
const outFile = process.env.BENCH_OUT ?? (quick ? undefined : join(root, 'bench', 'results.md'));
const chromePath = CHROMIUM_PATH;

/**
 * The targets of issue #13 (TARGETS) that the last full run met with a margin: the committed
 * results.md marks each such target with its id (see `targetValues`), and `npm run bench --
 * --check` (CI) measures only those, floor and element alone, and fails when one is missed
 * three runs in a row. A missed target is reported, never enforced; so is one met by less than
 * ENFORCE_MARGIN, closer than this machine's run-to-run noise (the report's first render on a
 * fresh page read 1.26× in one full run and 2.02× in a check minutes later): enforcing it would
 * fail CI by chance. The next full run that meets a target with the margin enforces it from then
 * on. The drop-in file's size is enforced apart, by scripts/size.mjs.
 */
const ENFORCE_MARGIN = 0.9;
function enforcedTargets() {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'results.md');
  if (!existsSync(file)) return [];
  return [...readFileSync(file, 'utf8').matchAll(/\| met \(enforced in CI: `([\w-]+)`\) \|/g)]
    .map((match) => match[1])
    .filter((id) => id !== 'drop-in');
}
const ENFORCED = enforcedTargets();
const check = process.argv.includes('--check');
/** The part of the bench that measures a target (see `targetValues`). */
const partOf = (id) =>
  /^(layout|frame)-\d+$/.test(id)
    ? 'render'
    : id.endsWith('cold')
      ? 'cold'
      : id.startsWith('report-')
        ? 'report'
        : id;
const CHECK_ATTEMPTS = 3;

const TABLE_COUNTS = check
  ? [1, 10, 100].filter((count) => ENFORCED.some((id) => id.endsWith(`-${count}`)))
  : [1, 10, 100];
/** Timed rounds per table count (each round runs every contender once) and untimed warm-up rounds. */
const ROUNDS = quick
  ? { 1: 5, 10: 2, 100: 1 }
  : check
    ? { 1: 21, 10: 7, 100: 3 }
    : { 1: 41, 10: 15, 100: 7 };
/** Untimed rounds first, per table count: enough for the JIT to have optimized every contender's code. */
const WARMUP_ROUNDS = quick ? { 1: 2, 10: 1, 100: 1 } : { 1: 15, 10: 3, 100: 1 };
/** Fresh pages per contender for the first render on a page (cold). */
const COLD_PAGES = quick ? 2 : check ? 5 : 9;
const HEAP_TABLES = 100;
const HEAP_REPEATS = quick ? 1 : 3;
const CONTENDERS = check ? ['floor', 'element'] : ['floor', 'element', 'tanstack', 'tabulator'];
/** The general-purpose peers, each compared with the floor beside the element. */
const PEERS = ['tanstack', 'tabulator'];
const TITLES = { floor: 'floor', element: 'element', tanstack: 'TanStack', tabulator: 'Tabulator' };
/** The whole annual report, when the bundle has it: its floor and the element, one report per page. */
const REPORT_CONTENDERS = ['report-floor', 'report'];
const REPORT_ROUNDS = quick ? 5 : 41;
const REPORT_HEAP_COUNT = 10;
const PROFILE_COUNTS = [1, 100];
const PROFILE_REPEATS = quick ? { 1: 3, 100: 1 } : { 1: 15, 100: 2 };
/** Issue #13's targets (element ÷ floor, JS heap per table, the drop-in file for a Chinese page). */
const TARGETS = {
  elementRatio: 1.3,
  heapPerTableKb: 40,
  dropInGzipKb: 14,
  /** Issue #10 §7: whole reports parsed and checked, and JSON text to findings, per CPU-second. */
  reportsPerSecond: 200_000,
  jsonReportsPerSecond: 100_000,
  bundleFactor: 5,
};
/**
 * Updates of one mounted table (one number and its two totals changed): blocks of updates per
 * contender, in rotating order, the first block of each untimed.
 */
const UPDATE_BLOCKS = quick ? 2 : 7;
const UPDATE_ROUNDS = quick ? 6 : 12;

const profileTarget = process.env.BENCH_PROFILE?.match(/^([\w-]+):(\d+|cold)$/);
/**
 * BENCH_ONLY=update,heap (any of cold, render, report, trace, heap, update): run only those
 * parts of the browser bench and print their numbers as JSON; nothing is written.
 */
const only = check
  ? [...new Set(ENFORCED.map(partOf))]
  : process.env.BENCH_ONLY?.split(',').filter(Boolean);
const wants = (part) => !only || only.includes(part);
const minify = !profileTarget;

/** The 1-minute load average when the run starts and when it ends: other work skews the times. */
const load = { start: loadavg()[0], end: NaN };

const work = mkdtempSync(join(tmpdir(), 'disclosure-bench-'));
const log = (line) => process.stderr.write(`${line}\n`);

// ---- building --------------------------------------------------------------------------------

const viteBase = {
  configFile: false,
  root,
  logLevel: 'warn',
  mode: 'production',
  publicDir: false,
};

/**
 * Our single-file bundle: `disclosure-tables.min.js` exactly as the package build makes it
 * (scripts/build.mjs, into a temporary directory, leaving dist/ alone). Where there is no such
 * build, or for a profile (which needs readable function names), the same thing is built here:
 * src/index.ts with Lit and everything inlined.
 */
async function buildElementBundle() {
  const script = join(root, 'scripts', 'build.mjs');
  if (minify && existsSync(script)) {
    const { buildPackage } = await import(pathToFileURL(script).href);
    if (typeof buildPackage === 'function') {
      log('building the package (scripts/build.mjs) for disclosure-tables.min.js');
      const outDir = join(work, 'package', 'dist');
      await buildPackage({ outDir, quiet: true });
      const file = join(outDir, 'disclosure-tables.min.js');
      if (existsSync(file))
        return {
          path: file,
          packageDir: join(work, 'package'),
          origin: '`disclosure-tables.min.js` as `npm run build` makes it (scripts/build.mjs)',
        };
    }
  }
  log('building a single-file bundle of src/index.ts for the bench');
  await build({
    ...viteBase,
    build: {
      outDir: join(work, 'element'),
      emptyOutDir: true,
      minify,
      lib: {
        entry: join(root, 'src/index.ts'),
        formats: ['es'],
        fileName: () => 'disclosure-tables.min.js',
      },
      // A library ES build is only fully minified through the output option (Vite 8).
      rolldownOptions: { output: { minify, codeSplitting: false } },
    },
  });
  return {
    path: join(work, 'element', 'disclosure-tables.min.js'),
    origin: `src/index.ts bundled by bench/run.mjs (Lit inlined, ${minify ? 'minified' : 'not minified'}, ES module)`,
  };
}

async function buildPage() {
  await build({
    ...viteBase,
    // TanStack reads process.env.NODE_ENV (development checks); a library build leaves it as is.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: join(work, 'page'),
      emptyOutDir: true,
      minify,
      lib: { entry: join(root, 'bench/page.ts'), formats: ['es'], fileName: () => 'page.js' },
      rolldownOptions: { output: { minify, codeSplitting: false } },
    },
  });
  return join(work, 'page', 'page.js');
}

async function buildThroughput() {
  await build({
    ...viteBase,
    build: {
      outDir: join(work, 'node'),
      emptyOutDir: true,
      minify: false,
      ssr: join(root, 'bench/throughput.ts'),
      rolldownOptions: { output: { entryFileNames: 'throughput.mjs', format: 'es' } },
    },
    ssr: { noExternal: true, target: 'node' },
  });
  return join(work, 'node', 'throughput.mjs');
}

// ---- serving ---------------------------------------------------------------------------------

const PAGE_HTML = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>disclosure-tables bench</title>
<link rel="stylesheet" href="/tabulator.min.css">
<style>body { font-family: 'Noto Sans CJK SC', sans-serif; margin: 0; inline-size: 1280px; }</style>
<script src="/tabulator.min.js"></script>
<script type="module" src="/disclosure-tables.min.js"></script>
<script type="module" src="/page.js"></script>
</head>
<body><main id="stage"></main></body>
</html>`;

/** Serves fixed files only. Cross-origin isolation gives performance.now() its fine resolution. */
function serve(files) {
  const server = createServer((request, response) => {
    const file = files[new URL(request.url, 'http://localhost').pathname];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': file.type,
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cache-control': 'no-store',
    });
    response.end(file.body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

// ---- statistics ------------------------------------------------------------------------------

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}
const median = (values) => quantile(values, 0.5);

// ---- the browser part ------------------------------------------------------------------------

/** Self time by function over some profiles: the top 40, in ms per profile. */
function topSelfTimes(profiles, heading = 'ms per profile, self time:') {
  const self = new Map();
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, j) => {
      const { callFrame } = byId.get(id);
      const where = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').pop()}:${callFrame.lineNumber + 1}`;
      self.set(where, (self.get(where) ?? 0) + (profile.timeDeltas[j] ?? 0));
    });
  }
  const total = [...self.values()].reduce((sum, time) => sum + time, 0);
  return [
    `${profiles.length} profiles, ${(total / 1000 / profiles.length).toFixed(2)} ms each; ${heading}`,
    ...[...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40)
      .map(
        ([where, time]) => `${(time / 1000 / profiles.length).toFixed(3).padStart(8)}  ${where}`,
      ),
  ].join('\n');
}

/**
 * BENCH_PROFILE=element:cold: the JS profile of one contender's first render on 10 fresh pages
 * (`cold()`, to layout and the next frame), each page's profile recorded from just before.
 */
async function coldProfile(openPage, name, floorWords) {
  const profiles = [];
  for (let i = 0; i < 10; i++) {
    const fresh = await openPage();
    const cdp = await fresh.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await fresh.evaluate((n, w) => globalThis.bench.cold(n, w), name, floorWords);
    profiles.push((await cdp.send('Profiler.stop')).profile);
    await fresh.close();
  }
  writeFileSync(join(root, 'bench', 'profile.cpuprofile'), JSON.stringify(profiles[0]));
  return topSelfTimes(profiles);
}

/** Records the JS profiler over 30 samples of one contender; prints the top self times. */
async function jsProfile(page, name, count) {
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  for (let i = 0; i < 5; i++)
    await page.evaluate((n, c) => globalThis.bench.sample(n, c), name, count);
  const profiles = [];
  cdp.on('Profiler.consoleProfileFinished', ({ profile }) => profiles.push(profile));
  // The page profiles exactly the timed window of each sample (console.profile), up to layout.
  for (let i = 0; i < 30; i++) {
    await page.evaluate(() => globalThis.bench.settle());
    await page.evaluate((n, c) => globalThis.bench.measure(n, c, false), name, count);
  }
  // Each profile arrives as its own protocol event, after the sample that recorded it.
  while (profiles.length < 30)
    await new Promise((resolve) => cdp.once('Profiler.consoleProfileFinished', resolve));
  writeFileSync(join(root, 'bench', 'profile.cpuprofile'), JSON.stringify(profiles[0]));
  return topSelfTimes(
    profiles,
    'ms per sample, self time (the forced style and layout count under the function that read offsetHeight):',
  );
}

async function browserBench(bundlePath, pagePath) {
  const tabulatorDir = join(root, 'node_modules/tabulator-tables/dist');
  const files = {
    '/': { type: 'text/html; charset=utf-8', body: PAGE_HTML },
    '/page.js': { type: 'text/javascript', body: readFileSync(pagePath) },
    '/disclosure-tables.min.js': { type: 'text/javascript', body: readFileSync(bundlePath) },
    '/tabulator.min.js': {
      type: 'text/javascript',
      body: readFileSync(join(tabulatorDir, 'js/tabulator.min.js')),
    },
    '/tabulator.min.css': {
      type: 'text/css',
      body: readFileSync(join(tabulatorDir, 'css/tabulator.min.css')),
    },
  };
  const server = await serve(files);
  const browser = await puppeteer.launch({
    // A busy machine can take minutes over one traced sample of 100 Tabulator grids.
    protocolTimeout: 0,
    executablePath: chromePath,
    headless: true,
    args: [...BENCH_CHROMIUM_ARGS],
  });
  const pageErrors = [];
  /** A new tab with the bench page loaded and ready. */
  const openPage = async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        pageErrors.push(`console.${message.type()}: ${message.text()}`);
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => 'bench' in globalThis && customElements.get('disclosure-applications-table'),
    );
    return page;
  };
  try {
    const page = await openPage();
    const facts = await page.evaluate(() => globalThis.bench.prepare());
    const isolated = await page.evaluate(() => crossOriginIsolated);
    if (profileTarget?.[2] === 'cold')
      return { jsProfile: await coldProfile(openPage, profileTarget[1], facts.floorWords) };
    if (profileTarget)
      return { jsProfile: await jsProfile(page, profileTarget[1], Number(profileTarget[2])) };

    // The first render on a fresh page, for each contender in turn: a new tab each time, so
    // that nothing has run or been optimized before it. The main tab waits in the background.
    const samples = {};
    const coldNames = [...CONTENDERS, ...(facts.hasReport ? REPORT_CONTENDERS : [])];
    for (const name of coldNames) samples[`${name}:cold`] = [];
    for (let repeat = 0; repeat < (wants('cold') ? COLD_PAGES : 0); repeat++) {
      for (const name of coldNames) {
        const fresh = await openPage();
        samples[`${name}:cold`].push(
          await fresh.evaluate((n, w) => globalThis.bench.cold(n, w), name, facts.floorWords),
        );
        await fresh.close();
      }
    }
    await page.bringToFront();
    if (wants('cold'))
      log(`  first render on a fresh page: ${COLD_PAGES} pages per contender done`);

    // Interleaved: every round runs each contender once, in an order that rotates, so that
    // drift (heat, other load) falls on all of them alike.
    for (const count of TABLE_COUNTS) {
      for (const name of CONTENDERS) samples[`${name}:${count}`] = [];
      if (!wants('render')) continue;
      const rounds = ROUNDS[count];
      for (let round = -WARMUP_ROUNDS[count]; round < rounds; round++) {
        const order = CONTENDERS.map(
          (_, i) => CONTENDERS[(i + round + WARMUP_ROUNDS[count]) % CONTENDERS.length],
        );
        for (const name of order) {
          const result = await page.evaluate((n, c) => globalThis.bench.sample(n, c), name, count);
          if (round >= 0) samples[`${name}:${count}`].push(result);
        }
      }
      log(`  ${count} table(s): ${rounds} rounds done`);
    }
    if (facts.hasReport && wants('report')) {
      for (const name of REPORT_CONTENDERS) samples[`${name}:1`] = [];
      for (let round = -WARMUP_ROUNDS[1]; round < REPORT_ROUNDS; round++) {
        const order = round % 2 ? REPORT_CONTENDERS : [...REPORT_CONTENDERS].reverse();
        for (const name of order) {
          const result = await page.evaluate((n) => globalThis.bench.sample(n, 1), name);
          if (round >= 0) samples[`${name}:1`].push(result);
        }
      }
      log(`  annual report: ${REPORT_ROUNDS} rounds done`);
    }

    // Where the time goes, from a performance trace (tracing slows everything a little: read
    // the shares, not the absolute numbers).
    const profile = {};
    for (const count of wants('trace') ? PROFILE_COUNTS : []) {
      for (const name of CONTENDERS)
        profile[`${name}:${count}`] = await traceBreakdown(
          page,
          name,
          count,
          PROFILE_REPEATS[count],
        );
    }
    if (facts.hasReport && wants('trace')) {
      for (const name of REPORT_CONTENDERS)
        profile[`${name}:1`] = await traceBreakdown(page, name, 1, PROFILE_REPEATS[1]);
    }

    // Heap per table: collected heap with N tables on the page minus the empty page, over CDP.
    const cdp = await page.createCDPSession();
    const usage = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return cdp.send('Runtime.getHeapUsage');
    };
    const heap = {};
    const heapCounts = [
      ...CONTENDERS.map((name) => [name, HEAP_TABLES]),
      ...(facts.hasReport ? REPORT_CONTENDERS.map((name) => [name, REPORT_HEAP_COUNT]) : []),
    ];
    for (const [name] of heapCounts) heap[name] = { js: [], dom: [] };
    for (let repeat = 0; repeat < (wants('heap') ? HEAP_REPEATS : 0); repeat++) {
      for (const [name, count] of heapCounts) {
        await page.evaluate(() => globalThis.bench.settle());
        const before = await usage();
        await page.evaluate((n, c) => globalThis.bench.mount(n, c), name, count);
        const after = await usage();
        heap[name].js.push((after.usedSize - before.usedSize) / count);
        if (after.embedderHeapUsedSize !== undefined) {
          heap[name].dom.push((after.embedderHeapUsedSize - before.embedderHeapUsedSize) / count);
        }
      }
    }

    // The update cost, in blocks: each block mounts one table of every contender in turn and
    // times its updates; the first block warms up. A contender that did not show the change
    // fails the run.
    const updateShown = {};
    for (const name of wants('update') ? CONTENDERS : []) {
      updateShown[name] = await page.evaluate((n) => globalThis.bench.updateShows(n), name);
      if (updateShown[name] < 1) throw new Error(`${name} did not show the updated report`);
    }
    const update = Object.fromEntries(CONTENDERS.map((name) => [name, []]));
    for (let block = 0; block < (wants('update') ? UPDATE_BLOCKS : 0); block++) {
      const order = CONTENDERS.map((_, i) => CONTENDERS[(i + block) % CONTENDERS.length]);
      for (const name of order) {
        const times = await page.evaluate(
          (n, r) => globalThis.bench.update(n, r),
          name,
          UPDATE_ROUNDS,
        );
        if (block > 0) update[name].push(times);
      }
    }
    if (wants('update')) log(`  update: ${UPDATE_BLOCKS - 1} blocks of ${UPDATE_ROUNDS} timed`);
    return {
      update,
      updateShown,
      samples,
      heap,
      profile,
      facts,
      isolated,
      pageErrors,
      browserVersion: await browser.version(),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

// ---- where the time goes ---------------------------------------------------------------------

/** Trace event names by what the browser was doing; anything else on the main thread is "other". */
const ACTIVITIES = [
  [
    'style',
    /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleInvalidatorInvalidationTracking)$/,
  ],
  [
    'layout',
    /^(Layout|UpdateLayoutTree\.Layout|LayoutShift|IntersectionObserverController::computeIntersections)$/,
  ],
  [
    'paint and composite',
    /^(PrePaint|Paint|PaintSetup|Layerize|Commit|UpdateLayer|UpdateLayerTree|CompositeLayers|RasterTask|PaintImage)$/,
  ],
  ['garbage collection', /GC|Gc|Sweep|Mark/],
  [
    'script (with the DOM calls it makes)',
    /^(FunctionCall|EvaluateScript|v8\.|V8\.|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|ResizeObserver|HTMLDocumentParser|ParseHTML)/,
  ],
];
const activityOf = (name) => ACTIVITIES.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';

/**
 * Self time on the page's main thread, by activity, inside the timed windows of the samples
 * (from the `bench-start` mark to `bench-laid-out`): each event's time in a window minus its
 * children's, so nested events are counted once. Time in a window with no event running (the
 * main thread idle, e.g. waiting on a timer) is "idle".
 */
function breakdown(events) {
  const marks = events
    .filter((e) => e.name === 'bench-start' || e.name === 'bench-laid-out')
    .sort((a, b) => a.ts - b.ts);
  if (!marks.length) return undefined;
  const { pid, tid } = marks[0];
  const windows = [];
  for (let i = 0; i + 1 < marks.length; i++) {
    if (marks[i].name === 'bench-start' && marks[i + 1].name === 'bench-laid-out')
      windows.push([marks[i].ts, marks[i + 1].ts]);
  }
  const inWindows = (start, end) =>
    windows.reduce(
      (sum, [from, to]) => sum + Math.max(0, Math.min(end, to) - Math.max(start, from)),
      0,
    );
  const spans = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .map((e) => ({ name: e.name, start: e.ts, end: e.ts + e.dur, children: 0 }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const stack = [];
  const totals = {};
  let busy = 0;
  for (const span of spans) {
    while (stack.length && stack[stack.length - 1].end <= span.start) stack.pop();
    const clipped = inWindows(span.start, span.end);
    if (stack.length) stack[stack.length - 1].children += clipped;
    else busy += clipped;
    span.clipped = clipped;
    stack.push(span);
  }
  for (const span of spans) {
    const self = span.clipped - span.children;
    if (self > 0) totals[activityOf(span.name)] = (totals[activityOf(span.name)] ?? 0) + self;
  }
  const windowTotal = windows.reduce((sum, [from, to]) => sum + to - from, 0);
  totals.idle = Math.max(0, windowTotal - busy);
  return {
    samples: windows.length,
    perSampleMs: Object.fromEntries(
      Object.entries(totals).map(([k, v]) => [k, v / 1000 / windows.length]),
    ),
  };
}

/** Traces `repeats` samples of one contender and breaks their time down by activity. */
async function traceBreakdown(page, name, count, repeats) {
  await page.tracing.start({
    categories: ['devtools.timeline', 'blink.user_timing', 'v8', 'blink.gc'],
  });
  for (let i = 0; i < repeats; i++)
    await page.evaluate((n, c) => globalThis.bench.sample(n, c), name, count);
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  return breakdown(trace.traceEvents ?? trace);
}

// ---- the Node part ---------------------------------------------------------------------------

function throughputBench(scriptPath) {
  const pinned = spawnSync('taskset', ['--version']).status === 0;
  const command = pinned ? 'taskset' : process.execPath;
  const args = pinned ? ['-c', '0', process.execPath, scriptPath] : [scriptPath];
  const env = { ...process.env, ...(quick ? { BENCH_MIN_MS: '50' } : {}) };
  const result = spawnSync(command, args, { encoding: 'utf8', env, maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`throughput run failed:\n${result.stderr}`);
  return { ...JSON.parse(result.stdout), pinned };
}

// ---- sizes -----------------------------------------------------------------------------------

function sizes(bundlePath) {
  const measure = (path) => {
    const body = readFileSync(path);
    return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  };
  const tabulatorDir = join(root, 'node_modules/tabulator-tables/dist');
  return {
    ours: measure(bundlePath),
    tabulatorJs: measure(join(tabulatorDir, 'js/tabulator.min.js')),
    tabulatorCss: measure(join(tabulatorDir, 'css/tabulator.min.css')),
  };
}

// ---- where the bytes are ----------------------------------------------------------------------

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map segment (base64 VLQ) into its numbers. */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Which part of the code a source file belongs to, for the size table. */
function originOf(source) {
  const path = source.replace(/\\/g, '/');
  if (path.includes('node_modules/@lit/localize')) return '@lit/localize';
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path)) return 'Lit';
  const inSrc = path.match(/src\/([^/]+)(?:\/([^/]+))?/);
  if (!inSrc) return 'other';
  if (inSrc[1] === 'generated') return 'src/generated (translations)';
  if (inSrc[1] === 'internal' && /^(labels|text)\./.test(inSrc[2] ?? ''))
    return 'src/internal/labels + text (words, msg() sources)';
  return `src/${inSrc[1]}`;
}

/**
 * Our single file's minified bytes by origin, read from a source map of the same build (Lit,
 * @lit/localize, each src folder), each part also gzipped on its own. Shares only: parts
 * gzipped apart lose what they share, so they add up to more than the whole.
 */
async function bundleComposition() {
  const outDir = join(work, 'composition');
  await build({
    ...viteBase,
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      sourcemap: true,
      lib: { entry: join(root, 'src/index.ts'), formats: ['es'], fileName: () => 'bundle.js' },
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
    },
  });
  const code = readFileSync(join(outDir, 'bundle.js'), 'utf8');
  const map = JSON.parse(readFileSync(join(outDir, 'bundle.js.map'), 'utf8'));
  const lines = code.split('\n');
  const parts = new Map();
  let sourceIndex = 0;
  map.mappings.split(';').forEach((lineMappings, lineNumber) => {
    const line = lines[lineNumber] ?? '';
    let column = 0;
    const segments = lineMappings
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const [columnDelta, sourceDelta] = decodeSegment(segment);
        column += columnDelta;
        if (sourceDelta !== undefined) sourceIndex += sourceDelta;
        return { column, source: sourceDelta === undefined ? undefined : sourceIndex };
      });
    segments.forEach((segment, i) => {
      const text = line.slice(segment.column, segments[i + 1]?.column ?? line.length);
      const origin = segment.source === undefined ? 'other' : originOf(map.sources[segment.source]);
      parts.set(origin, (parts.get(origin) ?? '') + text);
    });
  });
  return {
    total: { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length },
    parts: [...parts]
      .map(([origin, text]) => ({
        origin,
        raw: Buffer.byteLength(text),
        gzip: gzipSync(text, { level: 9 }).length,
      }))
      .sort((a, b) => b.raw - a.raw),
  };
}

// ---- the report ------------------------------------------------------------------------------

const packageVersion = (name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const ms = (value) =>
  value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (value) => `${value.toFixed(2)}×`;
const thousands = (value) => Math.round(value).toLocaleString('en-US');

function machine() {
  const debian = existsSync('/etc/debian_version')
    ? `Debian ${readFileSync('/etc/debian_version', 'utf8').trim()}`
    : 'unknown OS';
  return `${cpus()[0].model}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM; ${debian}, Linux ${release()}`;
}

/** What results.md says above its targets (`--remark` brings an older file up to it). */
const TARGETS_NOTE = [
  'A target marked enforced here is enforced in CI from the commit of this file on:',
  '`npm run bench -- --check` (.ci/run) measures those targets, floor and element alone, and fails',
  `when one is missed on three runs in a row. A target missed, or met by less than ${Math.round((1 - ENFORCE_MARGIN) * 100)}% (closer`,
  "than this machine's run-to-run noise), is reported here, not enforced.",
];

/** A target's status in results.md; `npm run bench -- --check` enforces what it marks enforced. */
function targetStatus(id, value, target) {
  if (value > target) return '**missed**';
  if (id === 'drop-in') return 'met (enforced by scripts/size.mjs)';
  if (value > target * ENFORCE_MARGIN)
    return `met, by less than ${Math.round((1 - ENFORCE_MARGIN) * 100)}%: not enforced (within run-to-run noise)`;
  return `met (enforced in CI: \`${id}\`)`;
}

/**
 * `--remark`: rewrites the status column of results.md's targets from the values recorded there,
 * by the rules above (the numbers are left as the run wrote them).
 */
function remarkResults() {
  const file = join(root, 'bench', 'results.md');
  const text = readFileSync(file, 'utf8')
    .replace(
      /(## Targets \(issue #13\)\n\n)[\s\S]*?(\n\n\| measure \|)/,
      (_, heading, table) => `${heading}${TARGETS_NOTE.join('\n')}${table}`,
    )
    .replace(
      /^\| ([^|\n]+) \| ([\d.]+)(×| KB) \| ≤ ([\d.]+)(?:×| KB) \| (?:\*\*missed\*\*|met[^|\n]*?)(?:`([\w-]+)`\))? \|$/gm,
      (line, label, value, unit, target, id) => {
        const known = id ?? (unit === ' KB' && label.startsWith('drop-in') ? 'drop-in' : undefined);
        if (!known) return line;
        return `| ${label} | ${value}${unit} | ≤ ${target}${unit} | ${targetStatus(known, Number(value), Number(target))} |`;
      },
    );
  writeFileSync(file, text);
}

/**
 * The ratio of two contenders, paired by round: each round ran both back to back, so a change
 * in the machine's load between rounds falls on both. The median of those ratios.
 */
function pairedRatio(samples, name, base, count, field) {
  const over = samples[`${name}:${count}`];
  const under = samples[`${base}:${count}`];
  return median(over.map((sample, i) => sample[field] / under[i][field]));
}

/**
 * Issue #13's targets with this run's values, those it measured: `id` names a target in
 * ENFORCED, `part` the part of the bench that measures it (BENCH_ONLY), `unit` × or KB.
 */
function targetValues(browser, size) {
  const { samples, heap } = browser;
  const ran = (key) => samples[key]?.length > 0;
  const paired = (name, base, count, field) => pairedRatio(samples, name, base, count, field);
  const tables = (count) => `${count} table${count > 1 ? 's' : ''}`;
  const ratioTarget = (id, part, label, name, base, count, field) =>
    ran(`${name}:${count}`) && ran(`${base}:${count}`)
      ? [
          {
            id,
            part,
            label,
            value: paired(name, base, count, field),
            target: TARGETS.elementRatio,
            unit: '×',
          },
        ]
      : [];
  return [
    ...TABLE_COUNTS.flatMap((count) =>
      ratioTarget(
        `layout-${count}`,
        'render',
        `element ÷ floor, ${tables(count)}, to layout`,
        'element',
        'floor',
        count,
        'layout',
      ),
    ),
    ...ratioTarget(
      'cold',
      'cold',
      'element ÷ floor, 1 table first on a fresh page',
      'element',
      'floor',
      'cold',
      'layout',
    ),
    ...TABLE_COUNTS.flatMap((count) =>
      ratioTarget(
        `frame-${count}`,
        'render',
        `element ÷ floor, ${tables(count)}, to next frame`,
        'element',
        'floor',
        count,
        'frame',
      ),
    ),
    ...ratioTarget(
      'report-layout',
      'report',
      'whole report ÷ its floor, to layout',
      'report',
      'report-floor',
      1,
      'layout',
    ),
    ...ratioTarget(
      'report-frame',
      'report',
      'whole report ÷ its floor, to next frame',
      'report',
      'report-floor',
      1,
      'frame',
    ),
    ...ratioTarget(
      'report-cold',
      'cold',
      'whole report ÷ its floor, first on a fresh page',
      'report',
      'report-floor',
      'cold',
      'layout',
    ),
    ...(heap.element?.js.length
      ? [
          {
            id: 'heap',
            part: 'heap',
            label: 'JS heap per table',
            value: median(heap.element.js) / 1024,
            target: TARGETS.heapPerTableKb,
            unit: 'KB',
          },
        ]
      : []),
    ...(size
      ? [
          {
            id: 'drop-in',
            part: 'size',
            label: 'drop-in file for a Chinese page, gzip',
            value: size.ours.gzip / 1024,
            target: TARGETS.dropInGzipKb,
            unit: 'KB',
          },
        ]
      : []),
  ];
}

function renderResults({ browser, throughput, size, bundleOrigin, composition }) {
  const { samples, heap, facts } = browser;
  const stat = (name, count, field) => median(samples[`${name}:${count}`].map((s) => s[field]));
  const spread = (name, count, field) => {
    const values = samples[`${name}:${count}`].map((s) => s[field]);
    return `${ms(quantile(values, 0.25))}–${ms(quantile(values, 0.75))}`;
  };
  const paired = (name, base, count, field) => pairedRatio(samples, name, base, count, field);
  /** The ratio of the two contenders' fastest samples: the least disturbed by other work. */
  const best = (name, base, count, field) =>
    Math.min(...samples[`${name}:${count}`].map((s) => s[field])) /
    Math.min(...samples[`${base}:${count}`].map((s) => s[field]));
  /** All timed updates of a contender, and its ratio to another paired by block (median of block medians' ratios). */
  const updateMs = (name) => median(browser.update[name].flat());
  const updateRatio = (name, base) =>
    median(browser.update[name].map((times, i) => median(times) / median(browser.update[base][i])));
  const lines = [];
  const push = (...text) => lines.push(...text);
  const peerRatios = (count, field) =>
    PEERS.map(
      (name) =>
        `${ratio(paired(name, 'floor', count, field))} (${ratio(best(name, 'floor', count, field))})`,
    ).join(' | ');
  function targetRows() {
    const row = ({ label, value, target, unit, id }) =>
      `| ${label} | ${unit === '×' ? ratio(value) : `${value.toFixed(1)} ${unit}`} | ≤ ${target}${unit === '×' ? '×' : ` ${unit}`} | ${targetStatus(id, value, target)} |`;
    return [
      ...targetValues(browser, size).map(row),
      `| update: one number (and its two totals) changed on a mounted table, to layout (see "Update") | ${ms(updateMs('element'))} ms, ${ratio(updateRatio('element', 'floor'))} the floor's | no target set (first render of that table: ${ms(stat('element', 1, 'layout'))} ms) | |`,
    ];
  }
  push(
    '# Benchmark results',
    '',
    'Written by `npm run bench` (`bench/run.mjs`); do not edit by hand. Ratios are what to quote:',
    'absolute times depend on the machine.',
    '',
    `- **Date:** ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    `- **Machine:** ${machine()}`,
    `- **Load average (1 min):** ${load.start.toFixed(2)} at the start, ${load.end.toFixed(2)} at the end (other processes share the cores; on a busy machine the ratios hold better than the times)`,
    `- **Browser:** ${browser.browserVersion} (\`${chromePath}\`), headless, software rendering (\`--disable-gpu\`)`,
    `- **Node:** ${process.version}`,
    `- **Versions:** disclosure-tables ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}, lit ${packageVersion('lit')}, tabulator-tables ${packageVersion('tabulator-tables')}, vite ${packageVersion('vite')}, puppeteer-core ${packageVersion('puppeteer-core')}`,
    `- **Our bundle:** ${bundleOrigin}; Lit in ${facts.litDevMode ? '**development** mode (numbers not representative)' : 'production mode'}`,
    `- **Timer:** \`performance.now()\` ${browser.isolated ? 'in a cross-origin-isolated page (5 µs resolution)' : '(not isolated: 100 µs resolution)'}`,
    '',
    '## Targets (issue #13)',
    '',
    ...TARGETS_NOTE,
    '',
    '| measure | now | target | |',
    '|---|---:|---:|---|',
    ...targetRows(),
    '',
    '## Render: data to laid-out table (Xiangtan table 三)',
    '',
    'Each sample starts on an empty, garbage-collected page after a frame, turns the report into',
    'N tables, then reads `document.body.offsetHeight`, which makes the browser compute style and',
    'layout for the whole document (shadow trees included) before returning. "To next frame" goes',
    'on to the end of the following frame, so it also holds deferred work (rAF, ResizeObserver) and',
    'paint; in headless Chromium frames come on a 60 Hz clock, so it carries up to ~16 ms of waiting.',
    `Rounds: ${TABLE_COUNTS.map((count) => `${ROUNDS[count]} at ${count} (after ${WARMUP_ROUNDS[count]} untimed)`).join(', ')}; each round runs`,
    `the ${CONTENDERS.length} contenders once, in rotating order. Times are medians, with the interquartile range.`,
    'A ratio is the median of the per-round ratios (the two samples of a round ran back to back, so',
    'load that comes and goes falls on both); "best" divides the fastest samples.',
    '',
    '- **floor:** the same markup (same spans, ids, `headers`, caption, findings summary) as one string from',
    '  the same `buildGrid` output, set with `innerHTML`, styled by the same stylesheet. The page checks',
    "  that its DOM equals the element's shadow DOM before timing.",
    '- **element:** `<disclosure-applications-table>` with `.data` set to the report; timed until every',
    '  `updateComplete`, then layout. Includes parsing, all checks, the grid and the render.',
    '- **TanStack:** `@tanstack/table-core` ' +
      packageVersion('@tanstack/table-core') +
      ' (headless) with our glue (bench/tanstack.ts): the',
    '  nested column headers from its header groups (their column and row spans), the row labels as',
    '  `<th scope="row">` spanning their groups, every value a `<td>`, built with the DOM API into one',
    '  native `<table>` under the same stylesheet as the floor; then layout.',
    '- **Tabulator:** the same columns as nested column groups, bottom sums, every row rendered',
    '  (`renderVertical: "basic"`), until every `tableBuilt`, then layout.',
    '',
    `| tables | ${CONTENDERS.map((name) => `${TITLES[name]}, ms`).join(' | ')} | element ÷ floor (best) | ${PEERS.map((name) => `${TITLES[name]} ÷ floor (best)`).join(' | ')} | target (element) |`,
    `|---:|${CONTENDERS.map(() => '---:').join('|')}|---:|${PEERS.map(() => '---:').join('|')}|---|`,
  );
  for (const count of TABLE_COUNTS) {
    const elementRatio = paired('element', 'floor', count, 'layout');
    const target =
      elementRatio <= TARGETS.elementRatio
        ? `≤ ${TARGETS.elementRatio}×: met`
        : `≤ ${TARGETS.elementRatio}×: **missed**`;
    push(
      `| ${count} | ${CONTENDERS.map((name) => `${ms(stat(name, count, 'layout'))} (${spread(name, count, 'layout')})`).join(' | ')} | ${ratio(elementRatio)} (${ratio(best('element', 'floor', count, 'layout'))}) | ${peerRatios(count, 'layout')} | ${target} |`,
    );
  }
  push(
    '',
    'Of that, building the DOM: until the contender is done (the string set with `innerHTML`, every',
    '`updateComplete`, every `tableBuilt`), before the browser has laid anything out. Median, ms:',
    '',
    `| tables | ${CONTENDERS.map((name) => TITLES[name]).join(' | ')} |`,
    `|---:|${CONTENDERS.map(() => '---:').join('|')}|`,
    ...[...TABLE_COUNTS, 'cold'].map(
      (count) =>
        `| ${count === 'cold' ? '1, first on its page (see below)' : count} | ${CONTENDERS.map((name) => ms(stat(name, count, 'render'))).join(' | ')} |`,
    ),
  );
  push(
    '',
    `First render on a fresh page (${COLD_PAGES} new tabs per contender, taken in turn): one table, the first`,
    'thing rendered there, so its code runs before the JIT has optimized it, as on a real page with',
    'one table. To layout:',
    '',
    `| | ${CONTENDERS.map((name) => `${TITLES[name]}, ms`).join(' | ')} | element ÷ floor (best) | ${PEERS.map((name) => `${TITLES[name]} ÷ floor (best)`).join(' | ')} |`,
    `|---|${CONTENDERS.map(() => '---:').join('|')}|---:|${PEERS.map(() => '---:').join('|')}|`,
    `| 1 table, first on its page | ${CONTENDERS.map((name) => ms(stat(name, 'cold', 'layout'))).join(' | ')} | ${ratio(paired('element', 'floor', 'cold', 'layout'))} (${ratio(best('element', 'floor', 'cold', 'layout'))}) | ${peerRatios('cold', 'layout')} |`,
  );
  push(
    '',
    'To next frame:',
    '',
    `| tables | ${CONTENDERS.map((name) => `${TITLES[name]}, ms`).join(' | ')} | element ÷ floor (best) | ${PEERS.map((name) => `${TITLES[name]} ÷ floor (best)`).join(' | ')} |`,
    `|---:|${CONTENDERS.map(() => '---:').join('|')}|---:|${PEERS.map(() => '---:').join('|')}|`,
  );
  for (const count of TABLE_COUNTS) {
    push(
      `| ${count} | ${CONTENDERS.map((name) => ms(stat(name, count, 'frame'))).join(' | ')} | ${ratio(paired('element', 'floor', count, 'frame'))} (${ratio(best('element', 'floor', count, 'frame'))}) | ${peerRatios(count, 'frame')} |`,
    );
  }

  if (facts.hasReport) {
    const row = (label, field) =>
      `| ${label} | ${ms(stat('report-floor', 1, field))} (${spread('report-floor', 1, field)}) | ${ms(stat('report', 1, field))} (${spread('report', 1, field)}) | ${ratio(paired('report', 'report-floor', 1, field))} (${ratio(best('report', 'report-floor', 1, field))}) |`;
    push(
      '',
      '### The whole annual report',
      '',
      `One \`<disclosure-annual-report>\` (tables 二, 三 and 四 with their headings and the findings summary;`,
      `${facts.reportFindings} finding(s) on this data) against its floor: the report's own rendered markup, serialized once`,
      'and set with `innerHTML` under the same stylesheets (the page checks the two DOMs are equal).',
      `${REPORT_ROUNDS} rounds. Tabulator is left out here: it would be five separate grids, not one report.`,
      '',
      '| | floor, ms | report, ms | report ÷ floor (best) |',
      '|---|---:|---:|---:|',
      row('to layout', 'layout'),
      row('to next frame', 'frame'),
      `| to layout, first on its page | ${ms(stat('report-floor', 'cold', 'layout'))} | ${ms(stat('report', 'cold', 'layout'))} | ${ratio(paired('report', 'report-floor', 'cold', 'layout'))} (${ratio(best('report', 'report-floor', 'cold', 'layout'))}) |`,
    );
  }
  const activities = [...ACTIVITIES.map(([name]) => name), 'other', 'idle'];
  push(
    '',
    '### Where the time goes',
    '',
    'Main-thread self time per sample inside the timed window, from a Chromium performance trace',
    `(\`devtools.timeline\`; ${PROFILE_COUNTS.map((count) => `${PROFILE_REPEATS[count]} sample(s) at ${count}`).join(', ')}). Script time includes the DOM calls`,
    'it makes (`innerHTML` parsing, template cloning, `appendChild`). Idle is time with nothing',
    'running, such as waiting for a timer. Tracing adds overhead: compare the columns, not the totals',
    'with the table above.',
    '',
    `| contender | tables | ${activities.join(' | ')} |`,
    `|---|---:|${activities.map(() => '---:').join('|')}|`,
  );
  const profileRows = [
    ...PROFILE_COUNTS.flatMap((count) => CONTENDERS.map((name) => [name, count])),
    ...REPORT_CONTENDERS.map((name) => [name, 1]),
  ];
  for (const [name, count] of profileRows) {
    const entry = browser.profile[`${name}:${count}`];
    if (!entry) continue;
    push(
      `| ${name} | ${count} | ${activities.map((activity) => ms(entry.perSampleMs[activity] ?? 0)).join(' | ')} |`,
    );
  }
  push(
    '',
    '## Update: one number changed on a mounted table',
    '',
    'One table mounted, then given a report in which one number differs (and so do the two totals',
    'it adds up into, so that the report stays clean: 6 of its value cells change), alternating',
    'with the original, each update after a frame, timed until the contender is done and the page',
    `laid out again. ${UPDATE_BLOCKS - 1} blocks of ${UPDATE_ROUNDS} updates per contender (after one untimed block), in rotating`,
    "order; a ratio is the median over blocks of the two block medians' ratio. Before timing, each",
    "contender's own DOM is read back to prove it showed the change (cells that changed: " +
      CONTENDERS.map((name) => `${TITLES[name]} ${browser.updateShown[name]}`).join(', ') +
      ').',
    '',
    '- **floor:** the least an update can do: every value of the new section read raw (no parsing,',
    '  no checking), compared with the text its cell shows, and the cells that differ rewritten.',
    '- **element:** `.data` set to the new report; parsing, every check and the render, until',
    '  `updateComplete`.',
    '- **TanStack:** `setOptions` with the new rows, its row model read again, and the value cells',
    '  whose value changed rewritten.',
    '- **Tabulator:** `replaceData` with the new rows (its bottom sums recalculated).',
    '',
    `| | ${CONTENDERS.map((name) => TITLES[name]).join(' | ')} |`,
    `|---|${CONTENDERS.map(() => '---:').join('|')}|`,
    `| update to layout, ms (median) | ${CONTENDERS.map((name) => ms(updateMs(name))).join(' | ')} |`,
    `| ÷ the floor's update | ${CONTENDERS.map((name) => ratio(updateRatio(name, 'floor'))).join(' | ')} |`,
    `| ÷ its own first render of one table | ${CONTENDERS.map((name) => ratio(updateMs(name) / stat(name, 1, 'layout'))).join(' | ')} |`,
  );
  push(
    '',
    '## Memory per table',
    '',
    `${HEAP_TABLES} tables mounted, heap after two forced collections minus the empty page's, ÷ ${HEAP_TABLES}`,
    `(CDP \`HeapProfiler.collectGarbage\`, \`Runtime.getHeapUsage\`; median of ${HEAP_REPEATS}). "JS heap" is V8's;`,
    '"DOM heap" is Blink\'s garbage-collected heap (`embedderHeapUsedSize`), where DOM nodes live.',
    '',
    `| | ${CONTENDERS.map((name) => TITLES[name]).join(' | ')} |`,
    `|---|${CONTENDERS.map(() => '---:').join('|')}|`,
    `| JS heap per table | ${CONTENDERS.map((name) => kb(median(heap[name].js))).join(' | ')} |`,
  );
  if (CONTENDERS.every((name) => heap[name].dom.length)) {
    push(
      `| DOM heap per table | ${CONTENDERS.map((name) => kb(median(heap[name].dom))).join(' | ')} |`,
    );
  }
  push(
    `| elements per table | ${CONTENDERS.map((name) => facts.elementsPerTable[name]).join(' | ')} |`,
  );
  if (facts.hasReport) {
    push(
      '',
      `The whole annual report (${REPORT_HEAP_COUNT} mounted, per report):`,
      '',
      '| | report floor | report |',
      '|---|---:|---:|',
      `| JS heap per report | ${REPORT_CONTENDERS.map((name) => kb(median(heap[name].js))).join(' | ')} |`,
      ...(REPORT_CONTENDERS.every((name) => heap[name].dom.length)
        ? [
            `| DOM heap per report | ${REPORT_CONTENDERS.map((name) => kb(median(heap[name].dom))).join(' | ')} |`,
          ]
        : []),
      `| elements per report | ${REPORT_CONTENDERS.map((name) => facts.elementsPerTable[name]).join(' | ')} |`,
    );
  }

  const passTime = (milliseconds) =>
    milliseconds < 1 ? `${(milliseconds * 1000).toFixed(0)} µs` : `${ms(milliseconds)} ms`;
  const batchRows = throughput.batches.map((batch, i) => {
    const text = throughput.textBatches[i];
    return `| ${thousands(batch.size)} | ${passTime(batch.medianPassCpuMs)} (${passTime(batch.medianPassMs)}) | **${thousands(batch.reportsPerCpuSecond)}** (${thousands(batch.reportsPerSecond)}) | ${passTime(text.medianPassCpuMs)} (${passTime(text.medianPassMs)}) | **${thousands(text.reportsPerCpuSecond)}** (${thousands(text.reportsPerSecond)}) |`;
  });
  const bestBatch = Math.max(...throughput.batches.map((b) => b.reportsPerCpuSecond));
  const atScale = throughput.batches[throughput.batches.length - 1].reportsPerCpuSecond;
  const bestTextBatch = Math.max(...throughput.textBatches.map((b) => b.reportsPerCpuSecond));
  const both = (result) =>
    `${thousands(result.reportsPerCpuSecond)} reports per CPU-second (${thousands(result.reportsPerSecond)} by the clock)`;
  push(
    '',
    '## Check throughput (Node, one core)',
    '',
    `\`parseReport\` + \`checkReport\` with the localized \`Text\`, as \`<disclosure-annual-report>\` runs them, over whole report documents`,
    `(tables: ${throughput.tables.join(', ')}; rules: ${throughput.rules.join(', ')}; the cross-year rules need last year's report and run only in the last line below).`,
    `${throughput.pinned ? 'Pinned to one core with `taskset -c 0`.' : '`taskset` not found: not pinned.'} 10,000 different seeded reports, whose table 三 varies`,
    `(tables 二 and 四 are Xiangtan's in all), each what \`JSON.parse\` makes of its text, as every document given to the core is: ${Object.entries(
      throughput.mix,
    )
      .map(([variant, n]) => `${thousands(n)} ${variant}`)
      .join(', ')}; ${thousands(throughput.findingsPerPass)} findings in all.`,
    'Each batch (the first N reports) is checked repeatedly; median pass, in CPU time (which other',
    'processes on the core do not inflate) and, in brackets, by the clock. "From JSON text" checks the',
    "same batches from their JSON text with `disclosure-tables/core`'s `checkReport(text)`, as the",
    'command line and a server do (src/core/report-text.ts reads the common case without `JSON.parse`).',
    "A batch of 10,000 reports does not fit in the processor's caches: reading each one from memory",
    'then adds about a third to checking it, which the smaller batches show.',
    '',
    '| reports in batch | median pass | reports / s | from JSON text: median pass | reports / s |',
    '|---:|---:|---:|---:|---:|',
    ...batchRows,
    '',
    `- With last year's report too (each against the one before it, which is parsed as well; R6 and R7 run), 10,000 reports: ${both(throughput.withPrevious)}.`,
    `- Cold: the process's first report took ${ms(throughput.coldMilliseconds)} ms (before any JIT warm-up).`,
    `- Target (#10) ≥ ${thousands(TARGETS.reportsPerSecond)} whole reports/s: ${atScale >= TARGETS.reportsPerSecond ? 'met' : '**missed**'} at 10,000 (${thousands(atScale)} per CPU-second; best batch ${thousands(bestBatch)}).`,
    `- Target (#10) ≥ ${thousands(TARGETS.jsonReportsPerSecond)} reports/s from JSON text to findings: ${throughput.fromText.reportsPerCpuSecond >= TARGETS.jsonReportsPerSecond ? 'met' : '**missed**'} at 10,000 (${thousands(throughput.fromText.reportsPerCpuSecond)} per CPU-second; best batch ${thousands(bestTextBatch)}).`,
  );

  const factor = size.tabulatorJs.gzip / size.ours.gzip;
  push(
    '',
    '## Bundle size',
    '',
    'gzip -9 of the file a page loads.',
    '',
    '| file | raw | gzip |',
    '|---|---:|---:|',
    `| our single-file bundle (everything inlined) | ${kb(size.ours.raw)} | ${kb(size.ours.gzip)} |`,
    `| tabulator.min.js | ${kb(size.tabulatorJs.raw)} | ${kb(size.tabulatorJs.gzip)} |`,
    `| tabulator.min.css | ${kb(size.tabulatorCss.raw)} | ${kb(size.tabulatorCss.gzip)} |`,
    '',
    `Tabulator's gzip JS is ${factor.toFixed(1)}× ours (${factor.toFixed(1)} ${factor >= TARGETS.bundleFactor ? '≥' : '<'} ${TARGETS.bundleFactor}: target ${factor >= TARGETS.bundleFactor ? 'met' : '**missed**'}); with its CSS, ${((size.tabulatorJs.gzip + size.tabulatorCss.gzip) / size.ours.gzip).toFixed(1)}×.`,
  );
  push(
    '',
    `Where our bytes are: the same single file built with a source map (${kb(composition.total.raw)}, ${kb(composition.total.gzip)} gzip),`,
    'its minified code attributed to the source each piece came from. Each part is also gzipped on',
    'its own, which loses what the parts share, so that column adds up to more than the whole.',
    '',
    '| from | minified | share | gzip alone |',
    '|---|---:|---:|---:|',
    ...composition.parts.map(
      (part) =>
        `| ${part.origin} | ${kb(part.raw)} | ${((part.raw / composition.total.raw) * 100).toFixed(0)}% | ${kb(part.gzip)} |`,
    ),
  );
  if (browser.pageErrors.length)
    push('', '## Page messages during the run', '', ...browser.pageErrors.map((e) => `- ${e}`));
  return `${lines.join('\n')}\n`;
}

// ---- main ------------------------------------------------------------------------------------

/**
 * `--check`: measures the ENFORCED targets and returns the exit status, 1 when one of them is
 * missed on every one of CHECK_ATTEMPTS runs (a busy machine can spoil one run, rarely three).
 */
async function checkBudgets(bundlePath, pagePath) {
  let failing = ENFORCED;
  for (let attempt = 1; attempt <= CHECK_ATTEMPTS; attempt++) {
    log(`bench budgets, run ${attempt} of at most ${CHECK_ATTEMPTS}: ${failing.join(', ')}`);
    const values = targetValues(await browserBench(bundlePath, pagePath)).filter((target) =>
      failing.includes(target.id),
    );
    const unmeasured = failing.filter((id) => !values.some((target) => target.id === id));
    if (unmeasured.length) throw new Error(`bench budgets not measured: ${unmeasured.join(', ')}`);
    for (const { label, value, target, unit } of values) {
      const shown = unit === '×' ? `${value.toFixed(2)}×` : `${value.toFixed(1)} ${unit}`;
      log(
        `  ${value <= target ? 'met   ' : 'MISSED'} ${label}: ${shown} (≤ ${target}${unit === '×' ? '×' : ` ${unit}`})`,
      );
    }
    failing = values.filter((target) => target.value > target.target).map((target) => target.id);
    if (!failing.length) {
      log('bench budgets: all met');
      return 0;
    }
  }
  log(`bench budgets missed on ${CHECK_ATTEMPTS} runs: ${failing.join(', ')}`);
  return 1;
}

/** The medians of the parts BENCH_ONLY ran, for a person or a script to read. */
function summary(browser, parts) {
  const { samples, heap, update } = browser;
  const out = {};
  const stat = (key, field) => median(samples[key].map((s) => s[field]));
  if (parts.includes('render') || parts.includes('cold')) {
    out.render = {};
    for (const key of Object.keys(samples).filter((k) => samples[k].length))
      out.render[key] = { layoutMs: stat(key, 'layout'), frameMs: stat(key, 'frame') };
  }
  if (parts.includes('trace'))
    out.traceMsPerSample = Object.fromEntries(
      Object.entries(browser.profile).map(([key, entry]) => [key, entry?.perSampleMs]),
    );
  if (parts.includes('heap'))
    out.heapKbPerTable = Object.fromEntries(
      Object.entries(heap).map(([name, { js }]) => [name, median(js) / 1024]),
    );
  if (parts.includes('update')) {
    out.updateMs = Object.fromEntries(
      Object.entries(update).map(([name, blocks]) => [name, median(blocks.flat())]),
    );
    out.updateCellsChanged = browser.updateShown;
  }
  return out;
}

async function main() {
  if (process.argv.includes('--remark')) {
    remarkResults();
    return;
  }
  if (check && !ENFORCED.length) {
    log('bench budgets: none enforced (bench/results.md marks no target met)');
    return;
  }
  log('building bundles');
  const bundle = await buildElementBundle();
  const pagePath = await buildPage();
  if (check) {
    process.exitCode = await checkBudgets(bundle.path, pagePath);
    return;
  }
  const throughputPath = only ? undefined : await buildThroughput();
  const readerPath = only ? undefined : await buildReaderBench({ build, viteBase, root, work });
  log(`browser: ${CONTENDERS.map((name) => TITLES[name]).join(', ')}`);
  const browser = await browserBench(bundle.path, pagePath);
  if (browser.jsProfile) {
    process.stdout.write(`${browser.jsProfile}\nwrote bench/profile.cpuprofile\n`);
    return;
  }
  if (only) {
    process.stdout.write(`${JSON.stringify(summary(browser, only), null, 1)}\n`);
    return;
  }
  log('Node: check throughput');
  const throughput = throughputBench(throughputPath);
  log('Node: reading published tables');
  const reader = runReaderBench(readerPath, { quick });
  load.end = loadavg()[0];
  log('bundle composition');
  const composition = await bundleComposition();
  // The command line on 10,000 report files (bench/cli.mjs; it runs the built bin/).
  log('command line: check on 10,000 reports');
  const { cliBench, cliResultsFile, cliResultsMarkdown, preparePackage } =
    await import('./cli.mjs');
  // The package the drop-in file came from, when scripts/build.mjs built it; built here otherwise.
  const packageDir = bundle.packageDir ?? join(work, 'cli-package');
  const bin = await preparePackage(packageDir, { built: Boolean(bundle.packageDir) });
  const cli = cliResultsMarkdown(cliBench({ bin, count: quick ? 1_000 : 10_000 }));
  const results = `${renderResults({
    browser,
    throughput,
    size: sizes(bundle.path),
    bundleOrigin: bundle.origin,
    composition,
  })}\n${readerSection(reader)}\n${cli}`;
  if (outFile) {
    writeFileSync(outFile, results);
    log(`wrote ${outFile}`);
    if (!quick) {
      const cliFile = join(root, 'bench', 'cli-results.md');
      writeFileSync(cliFile, cliResultsFile(cli));
      log(`wrote ${cliFile}`);
    }
  }
  process.stdout.write(results);
}

try {
  await main();
} finally {
  rmSync(work, { recursive: true, force: true });
}
