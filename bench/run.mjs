#!/usr/bin/env node
/**
 * `npm run bench`: render cost against the static-HTML floor and Tabulator, the core's check
 * throughput, and bundle sizes. Writes bench/results.md. A script, not a test: it measures and
 * reports; the targets are printed next to the numbers, and nothing fails on a miss.
 *
 * Steps: bundle what is measured (our single-file element bundle, the bench page, the Node
 * throughput run) with Vite in production mode into a temporary directory; serve the page from
 * a small local server; drive Debian's Chromium with puppeteer-core, all contenders in one
 * browser, interleaved; run the throughput pinned to one core; write the results.
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

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.env.BENCH_QUICK === '1';
const outFile = process.env.BENCH_OUT ?? (quick ? undefined : join(root, 'bench', 'results.md'));
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const TABLE_COUNTS = [1, 10, 100];
/** Timed rounds per table count (each round runs every contender once) and untimed warm-up rounds. */
const ROUNDS = quick ? { 1: 5, 10: 2, 100: 1 } : { 1: 41, 10: 15, 100: 7 };
const WARMUP_ROUNDS = quick ? 1 : 2;
const HEAP_TABLES = 100;
const HEAP_REPEATS = quick ? 1 : 3;
const CONTENDERS = ['floor', 'element', 'tabulator'];
/** The whole annual report, when the bundle has it: its floor and the element, one report per page. */
const REPORT_CONTENDERS = ['report-floor', 'report'];
const REPORT_ROUNDS = quick ? 5 : 41;
const REPORT_HEAP_COUNT = 10;
const PROFILE_COUNTS = [1, 100];
const PROFILE_REPEATS = quick ? { 1: 3, 100: 1 } : { 1: 15, 100: 2 };
const TARGETS = { elementRatio: 1.5, reportsPerSecond: 100_000, bundleFactor: 5 };

const profileTarget = process.env.BENCH_PROFILE?.match(/^(\w+):(\d+)$/);
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
      const outDir = join(work, 'dist');
      await buildPackage({ outDir, quiet: true });
      const file = join(outDir, 'disclosure-tables.min.js');
      if (existsSync(file))
        return {
          path: file,
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
    build: {
      outDir: join(work, 'page'),
      emptyOutDir: true,
      minify,
      lib: { entry: join(root, 'bench/page.ts'), formats: ['es'], fileName: () => 'page.js' },
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

/** Records the JS profiler over 30 samples of one contender; prints the top self times. */
async function jsProfile(page, name, count) {
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  for (let i = 0; i < 5; i++)
    await page.evaluate((n, c) => globalThis.bench.sample(n, c), name, count);
  const self = new Map();
  // Only the timed part of each sample is profiled, not the emptying and collecting before it.
  for (let i = 0; i < 30; i++) {
    await page.evaluate(() => globalThis.bench.settle());
    await cdp.send('Profiler.start');
    await page.evaluate((n, c) => globalThis.bench.measure(n, c, false), name, count);
    const { profile } = await cdp.send('Profiler.stop');
    if (i === 0) writeFileSync(join(root, 'bench', 'profile.cpuprofile'), JSON.stringify(profile));
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, j) => {
      const { callFrame } = byId.get(id);
      const where = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').pop()}:${callFrame.lineNumber + 1}`;
      self.set(where, (self.get(where) ?? 0) + (profile.timeDeltas[j] ?? 0));
    });
  }
  // (program) and (idle) also cover the profiler's own start and stop around each sample.
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 40);
  return ['ms per sample, self time, layout included in the function that forced it:']
    .concat(top.map(([where, time]) => `${(time / 1000 / 30).toFixed(3).padStart(8)}  ${where}`))
    .join('\n');
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
    executablePath: chromePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      // gc() in the page, to start every sample from a collected heap.
      '--js-flags=--expose-gc',
      // A background tab's timers and frames are throttled; the bench page is the only tab.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        pageErrors.push(`console.${message.type()}: ${message.text()}`);
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => 'bench' in globalThis && customElements.get('disclosure-applications-table'),
    );
    const facts = await page.evaluate(() => globalThis.bench.prepare());
    const isolated = await page.evaluate(() => crossOriginIsolated);
    if (profileTarget)
      return { jsProfile: await jsProfile(page, profileTarget[1], Number(profileTarget[2])) };

    // Interleaved: every round runs each contender once, in an order that rotates, so that
    // drift (heat, other load) falls on all of them alike.
    const samples = {};
    for (const count of TABLE_COUNTS) {
      for (const name of CONTENDERS) samples[`${name}:${count}`] = [];
      const rounds = ROUNDS[count];
      for (let round = -WARMUP_ROUNDS; round < rounds; round++) {
        const order = CONTENDERS.map(
          (_, i) => CONTENDERS[(i + round + WARMUP_ROUNDS) % CONTENDERS.length],
        );
        for (const name of order) {
          const result = await page.evaluate((n, c) => globalThis.bench.sample(n, c), name, count);
          if (round >= 0) samples[`${name}:${count}`].push(result);
        }
      }
      log(`  ${count} table(s): ${rounds} rounds done`);
    }
    if (facts.hasReport) {
      for (const name of REPORT_CONTENDERS) samples[`${name}:1`] = [];
      for (let round = -WARMUP_ROUNDS; round < REPORT_ROUNDS; round++) {
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
    for (const count of PROFILE_COUNTS) {
      for (const name of CONTENDERS)
        profile[`${name}:${count}`] = await traceBreakdown(
          page,
          name,
          count,
          PROFILE_REPEATS[count],
        );
    }
    if (facts.hasReport) {
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
    for (let repeat = 0; repeat < HEAP_REPEATS; repeat++) {
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
    await page.evaluate(() => globalThis.bench.settle());
    return {
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

function renderResults({ browser, throughput, size, bundleOrigin }) {
  const { samples, heap, facts } = browser;
  const stat = (name, count, field) => median(samples[`${name}:${count}`].map((s) => s[field]));
  const spread = (name, count, field) => {
    const values = samples[`${name}:${count}`].map((s) => s[field]);
    return `${ms(quantile(values, 0.25))}–${ms(quantile(values, 0.75))}`;
  };
  const lines = [];
  const push = (...text) => lines.push(...text);
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
    '## Render: data to laid-out table (Xiangtan table 三)',
    '',
    'Each sample starts on an empty, garbage-collected page after a frame, turns the report into',
    'N tables, then reads `document.body.offsetHeight`, which makes the browser compute style and',
    'layout for the whole document (shadow trees included) before returning. "To next frame" goes',
    'on to the end of the following frame, so it also holds deferred work (rAF, ResizeObserver) and',
    'paint; in headless Chromium frames come on a 60 Hz clock, so it carries up to ~16 ms of waiting.',
    `Rounds: ${TABLE_COUNTS.map((count) => `${ROUNDS[count]} at ${count}`).join(', ')}, after ${WARMUP_ROUNDS} warm-up round(s); each round runs`,
    'the three contenders once, in rotating order. Median, with the interquartile range.',
    '',
    '- **floor:** the same markup (same spans, ids, `headers`, caption, findings summary) as one string from',
    '  the same `buildGrid` output, set with `innerHTML`, styled by the same stylesheet. The page checks',
    "  that its DOM equals the element's shadow DOM before timing.",
    '- **element:** `<disclosure-applications-table>` with `.data` set to the report; timed until every',
    '  `updateComplete`, then layout. Includes parsing, all checks, the grid and the render.',
    '- **Tabulator:** the same columns as nested column groups, bottom sums, every row rendered',
    '  (`renderVertical: "basic"`), until every `tableBuilt`, then layout.',
    '',
    '| tables | floor, ms | element, ms | Tabulator, ms | element ÷ floor | Tabulator ÷ floor | target (element) |',
    '|---:|---:|---:|---:|---:|---:|---|',
  );
  for (const count of TABLE_COUNTS) {
    const floor = stat('floor', count, 'layout');
    const element = stat('element', count, 'layout');
    const tabulator = stat('tabulator', count, 'layout');
    const target =
      count === 10
        ? ''
        : element / floor <= TARGETS.elementRatio
          ? `≤ ${TARGETS.elementRatio}×: met`
          : `≤ ${TARGETS.elementRatio}×: **missed**`;
    push(
      `| ${count} | ${ms(floor)} (${spread('floor', count, 'layout')}) | ${ms(element)} (${spread('element', count, 'layout')}) | ${ms(tabulator)} (${spread('tabulator', count, 'layout')}) | ${ratio(element / floor)} | ${ratio(tabulator / floor)} | ${target} |`,
    );
  }
  push(
    '',
    'To next frame:',
    '',
    '| tables | floor, ms | element, ms | Tabulator, ms | element ÷ floor | Tabulator ÷ floor |',
    '|---:|---:|---:|---:|---:|---:|',
  );
  for (const count of TABLE_COUNTS) {
    const floor = stat('floor', count, 'frame');
    const element = stat('element', count, 'frame');
    const tabulator = stat('tabulator', count, 'frame');
    push(
      `| ${count} | ${ms(floor)} | ${ms(element)} | ${ms(tabulator)} | ${ratio(element / floor)} | ${ratio(tabulator / floor)} |`,
    );
  }

  if (facts.hasReport) {
    const floor = stat('report-floor', 1, 'layout');
    const element = stat('report', 1, 'layout');
    push(
      '',
      '### The whole annual report',
      '',
      `One \`<disclosure-annual-report>\` (tables 二, 三 and 四 with their headings and the findings summary;`,
      `${facts.reportFindings} finding(s) on this data) against its floor: the report's own rendered markup, serialized once`,
      'and set with `innerHTML` under the same stylesheets (the page checks the two DOMs are equal).',
      `${REPORT_ROUNDS} rounds. Tabulator is left out here: it would be five separate grids, not one report.`,
      '',
      '| | floor, ms | report, ms | report ÷ floor |',
      '|---|---:|---:|---:|',
      `| to layout | ${ms(floor)} (${spread('report-floor', 1, 'layout')}) | ${ms(element)} (${spread('report', 1, 'layout')}) | ${ratio(element / floor)} |`,
      `| to next frame | ${ms(stat('report-floor', 1, 'frame'))} | ${ms(stat('report', 1, 'frame'))} | ${ratio(stat('report', 1, 'frame') / stat('report-floor', 1, 'frame'))} |`,
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
    '## Memory per table',
    '',
    `${HEAP_TABLES} tables mounted, heap after two forced collections minus the empty page's, ÷ ${HEAP_TABLES}`,
    `(CDP \`HeapProfiler.collectGarbage\`, \`Runtime.getHeapUsage\`; median of ${HEAP_REPEATS}). "JS heap" is V8's;`,
    '"DOM heap" is Blink\'s garbage-collected heap (`embedderHeapUsedSize`), where DOM nodes live.',
    '',
    '| | floor | element | Tabulator |',
    '|---|---:|---:|---:|',
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

  const batchRows = throughput.batches.map(
    (batch) =>
      `| ${thousands(batch.size)} | ${batch.passes} | ${batch.medianPassMs < 1 ? `${(batch.medianPassMs * 1000).toFixed(0)} µs` : `${ms(batch.medianPassMs)} ms`} | ${thousands(batch.reportsPerSecond)} |`,
  );
  const best = Math.max(...throughput.batches.map((b) => b.reportsPerSecond));
  const atScale = throughput.batches[throughput.batches.length - 1].reportsPerSecond;
  push(
    '',
    '## Check throughput (Node, one core)',
    '',
    `\`parseReport\` + \`checkReport\` with the localized \`Text\`, as the elements run them, over whole report documents`,
    `(tables: ${throughput.tables.join(', ')}; rules: ${throughput.rules.join(', ')}).`,
    `${throughput.pinned ? 'Pinned to one core with `taskset -c 0`.' : '`taskset` not found: not pinned.'} 10,000 different seeded reports: ${Object.entries(
      throughput.mix,
    )
      .map(([variant, n]) => `${thousands(n)} ${variant}`)
      .join(', ')}; ${thousands(throughput.findingsPerPass)} findings in all.`,
    'Each batch (the first N reports) is checked repeatedly; median pass.',
    '',
    '| reports in batch | passes | median pass | reports / s |',
    '|---:|---:|---:|---:|',
    ...batchRows,
    '',
    `- From JSON text (the core's \`parseJson\` first, as for the \`data\` attribute and \`src\`), 10,000 reports: ${thousands(throughput.fromText.reportsPerSecond)} reports/s.`,
    `- With last year's report too (each against the one before it, which is parsed as well; R6 and R7 run), 10,000 reports: ${thousands(throughput.withPrevious.reportsPerSecond)} reports/s.`,
    `- Cold: the process's first report took ${ms(throughput.coldMilliseconds)} ms (before any JIT warm-up).`,
    `- Target ≥ ${thousands(TARGETS.reportsPerSecond)} reports/s: ${atScale >= TARGETS.reportsPerSecond ? 'met' : '**missed**'} at 10,000 (${thousands(atScale)}; best batch ${thousands(best)}).`,
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
  if (browser.pageErrors.length)
    push('', '## Page messages during the run', '', ...browser.pageErrors.map((e) => `- ${e}`));
  return `${lines.join('\n')}\n`;
}

// ---- main ------------------------------------------------------------------------------------

try {
  log('building bundles');
  const bundle = await buildElementBundle();
  const pagePath = await buildPage();
  const throughputPath = await buildThroughput();
  log('browser: floor, element, Tabulator');
  const browser = await browserBench(bundle.path, pagePath);
  if (browser.jsProfile) {
    process.stdout.write(`${browser.jsProfile}\nwrote bench/profile.cpuprofile\n`);
    process.exit(0);
  }
  log('Node: check throughput');
  const throughput = throughputBench(throughputPath);
  load.end = loadavg()[0];
  const results = renderResults({
    browser,
    throughput,
    size: sizes(bundle.path),
    bundleOrigin: bundle.origin,
  });
  if (outFile) {
    writeFileSync(outFile, results);
    log(`wrote ${outFile}`);
  }
  process.stdout.write(results);
} finally {
  rmSync(work, { recursive: true, force: true });
}
