/**
 * The first render on a fresh page, two or more builds of the drop-in file side by side: for
 * judging a change to what the file does on a page's first render (compile, first templates,
 * first style) on a busy machine, where `npm run bench`'s cold figures swing by a third from one
 * run to the next. A script, not a test.
 *
 *     node scripts/build.mjs --out-dir /tmp/a/dist      # one build per variant
 *     node bench/cold-ab.mjs a=/tmp/a/dist b=/tmp/b/dist [--pages 9] [--network 'Fast 4G'] [--plain-only] [--report]
 *
 * COLD_AB_RAW=1 also prints every sample as JSON.
 *
 * Each variant's `disclosure-tables.min.js` (and the `.en.js` beside it) is served at its own
 * path, under the bench page of bench/run.mjs (bench/page.ts, built here the same way). Every
 * round takes the variants in a rotating order, and for each: `cold()` of the floor and of the
 * element on a new tab each (as `npm run bench` does), and a plain page as a CMS makes it, one
 * `<disclosure-applications-table>` with its data in a child JSON script and nothing else, timed
 * from the navigation to the table laid out. The bench's `cold()` starts its clock after the page
 * has loaded, so work moved from the first render to the loading of the file would look like a
 * gain there; the plain page's time holds both, and is the one to believe for such a change.
 * Files are served gzipped, as a CMS serves them; `--network` (a DevTools preset: 'Fast 4G',
 * 'Slow 4G', ...) throttles the plain page's loading, where a file's download and its compile
 * overlap (V8 compiles a script while it streams in).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';
import { build } from 'vite';
import { BENCH_CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const chromePath = CHROMIUM_PATH;
const argv = process.argv.slice(2);
const pagesAt = argv.indexOf('--pages');
const PAGES = pagesAt >= 0 ? Number(argv[pagesAt + 1]) : 9;
const networkAt = argv.indexOf('--network');
const network = networkAt >= 0 ? PredefinedNetworkConditions[argv[networkAt + 1]] : undefined;
if (networkAt >= 0 && !network) {
  console.error(`--network: one of ${Object.keys(PredefinedNetworkConditions).join(', ')}`);
  process.exit(2);
}
/** `--plain-only`: the plain page alone, without the bench page's `cold()`. */
const plainOnly = argv.includes('--plain-only');
/** `--report`: also the whole annual report against its floor, as `npm run bench` takes them. */
const withReport = argv.includes('--report');
const variants = argv
  .filter((arg) => arg.includes('='))
  .map((arg) => {
    const [label, dir] = arg.split('=');
    return { label, dir: resolve(dir) };
  });
if (variants.length < 2) {
  console.error(
    'usage: node bench/cold-ab.mjs a=DIST_DIR b=DIST_DIR [...] [--pages N] [--network PRESET] [--plain-only] [--report]',
  );
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'disclosure-cold-ab-'));
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  mode: 'production',
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: work,
    emptyOutDir: true,
    minify: true,
    lib: { entry: join(root, 'bench/page.ts'), formats: ['es'], fileName: () => 'page.js' },
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
  },
});

const tabulatorDir = join(root, 'node_modules/tabulator-tables/dist');
const report = readFileSync(join(root, 'src/data/xiangtan-county-2025.json'), 'utf8');
const benchHtml = (label) => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>disclosure-tables cold A/B</title>
<link rel="stylesheet" href="/tabulator.min.css">
<style>body { font-family: 'Noto Sans CJK SC', sans-serif; margin: 0; inline-size: 1280px; }</style>
<script src="/tabulator.min.js"></script>
<script type="module" src="/${label}/disclosure-tables.min.js"></script>
<script type="module" src="/page.js"></script>
</head>
<body><main id="stage"></main></body>
</html>`;
/** A CMS article's one table: the drop-in file and the element, its data in the page. */
const plainHtml = (label) => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>disclosure-tables plain page</title>
<style>body { font-family: 'Noto Sans CJK SC', sans-serif; margin: 0; inline-size: 1280px; }</style>
<script type="module" src="/${label}/disclosure-tables.min.js"></script>
<script type="module">
  const table = document.querySelector('disclosure-applications-table');
  await customElements.whenDefined('disclosure-applications-table');
  await table.updateComplete;
  void document.body.offsetHeight;
  globalThis.laidOut = performance.now();
</script>
</head>
<body><main><disclosure-applications-table><script type="application/json">${report.replaceAll('<', '\\u003c')}</script></disclosure-applications-table></main></body>
</html>`;

const files = {
  '/page.js': { type: 'text/javascript', body: readFileSync(join(work, 'page.js')) },
  '/tabulator.min.js': {
    type: 'text/javascript',
    body: readFileSync(join(tabulatorDir, 'js/tabulator.min.js')),
  },
  '/tabulator.min.css': {
    type: 'text/css',
    body: readFileSync(join(tabulatorDir, 'css/tabulator.min.css')),
  },
};
for (const { label, dir } of variants) {
  files[`/${label}/`] = { type: 'text/html; charset=utf-8', body: benchHtml(label) };
  files[`/${label}/plain`] = { type: 'text/html; charset=utf-8', body: plainHtml(label) };
  for (const name of ['disclosure-tables.min.js', 'disclosure-tables.en.js'])
    files[`/${label}/${name}`] = { type: 'text/javascript', body: readFileSync(join(dir, name)) };
}
const server = createServer((request, response) => {
  const file = files[new URL(request.url, 'http://localhost').pathname];
  if (!file) return void response.writeHead(404).end();
  const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  file.gzipped ??= gzipSync(file.body, { level: 9 });
  response.writeHead(200, {
    'content-type': file.type,
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
    'cache-control': 'no-store',
  });
  response.end(gzip ? file.gzipped : file.body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  protocolTimeout: 0,
  args: [...BENCH_CHROMIUM_ARGS],
});
const errors = [];
async function open(path, ready, conditions) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  if (conditions) await page.emulateNetworkConditions(conditions);
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(ready);
  return page;
}
const benchReady = () =>
  'bench' in globalThis && customElements.get('disclosure-applications-table');

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  return sorted[Math.floor(at)] + (sorted[Math.ceil(at)] - sorted[Math.floor(at)]) * (at % 1);
};
const median = (values) => quantile(values, 0.5);

try {
  const first = await open(`/${variants[0].label}/`, benchReady);
  const facts = await first.evaluate(() => globalThis.bench.prepare());
  await first.close();
  const samples = Object.fromEntries(
    variants.map(({ label }) => [
      label,
      { floor: [], element: [], plain: [], 'report-floor': [], report: [] },
    ]),
  );
  for (let round = 0; round < PAGES; round++) {
    const order = variants.map((_, i) => variants[(i + round) % variants.length]);
    for (const { label } of order) {
      const names = [
        ...(plainOnly ? [] : ['floor', 'element']),
        ...(withReport && facts.hasReport ? ['report-floor', 'report'] : []),
      ];
      for (const name of names) {
        const page = await open(`/${label}/`, benchReady);
        const sample = await page.evaluate(
          (n, w) => globalThis.bench.cold(n, w),
          name,
          facts.floorWords,
        );
        const loaded = await page.evaluate(
          () => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
        );
        samples[label][name].push({ ...sample, loaded });
        await page.close();
      }
      const plain = await open(`/${label}/plain`, () => 'laidOut' in globalThis, network);
      samples[label].plain.push(await plain.evaluate(() => globalThis.laidOut));
      await plain.close();
    }
    process.stderr.write(`round ${round + 1}/${PAGES}\n`);
  }
  const ms = (value) => (Number.isNaN(value) ? '-' : value.toFixed(1)).padStart(7);
  const times = (list, field) => list.map((sample) => sample[field]);
  console.log(
    `${PAGES} rounds${network ? `, the plain page on ${argv[networkAt + 1]}` : ''}; medians in ms.` +
      ` floor, element: the bench's cold(), to layout; ratio: element ÷ floor paired by round` +
      ` (to layout, to the next frame); loaded: DOMContentLoaded of the bench page (its module` +
      ` scripts run); plain: a page with one element, navigation to the table laid out (its` +
      ` first quartile beside it: the least disturbed by other work).`,
  );
  console.log('variant    floor  element   ratio  (frame)   loaded    plain    (q25)');
  for (const { label } of variants) {
    const { floor, element, plain } = samples[label];
    const ratio = (field) =>
      median(element.map((sample, i) => sample[field] / floor[i][field])).toFixed(2);
    console.log(
      `${label.padEnd(8)} ${ms(median(times(floor, 'layout')))}  ${ms(median(times(element, 'layout')))}  ${ratio('layout').padStart(5)}×  ${ratio('frame').padStart(5)}×  ${ms(median([...times(floor, 'loaded'), ...times(element, 'loaded')]))}  ${ms(median(plain))}  ${ms(quantile(plain, 0.25))}`,
    );
  }
  if (withReport) {
    console.log('variant  report-floor  report   ratio');
    for (const { label } of variants) {
      const { 'report-floor': under, report: over } = samples[label];
      const ratio = median(over.map((sample, i) => sample.layout / under[i].layout));
      console.log(
        `${label.padEnd(8)} ${ms(median(times(under, 'layout')))}  ${ms(median(times(over, 'layout')))}  ${ratio.toFixed(2).padStart(5)}×`,
      );
    }
  }
  // Differences paired by round (each round loads every variant back to back): steadier than
  // the difference of the medians on a machine whose load drifts.
  const [base, ...others] = variants.map(({ label }) => label);
  const delta = (a, b) => median(b.map((value, i) => value - a[i]));
  for (const label of others) {
    const [a, b] = [samples[base], samples[label]];
    console.log(
      `${label} − ${base}, median of the paired differences: floor ${ms(delta(times(a.floor, 'layout'), times(b.floor, 'layout')))}, element ${ms(delta(times(a.element, 'layout'), times(b.element, 'layout')))}, plain ${ms(delta(a.plain, b.plain))}${withReport ? `, report ${ms(delta(times(a.report, 'layout'), times(b.report, 'layout')))}` : ''}`,
    );
  }
  if (process.env.COLD_AB_RAW) console.log(JSON.stringify(samples));
  if (errors.length) console.log(`page errors: ${[...new Set(errors)].join('; ')}`);
} finally {
  await browser.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}
