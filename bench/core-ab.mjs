/**
 * The core's throughput, this checkout against another revision, side by side: for judging a
 * change to `src/core` on a busy machine, where `npm run bench`'s absolute figures swing by a
 * fifth from one run to the next. A script, not a test.
 *
 *     node bench/core-ab.mjs [revision = main] [--workload check|parse|text] [--runs 3]
 *
 * Both cores are bundled for Node (Vite, as bench/run.mjs does) around the workload of
 * bench/throughput.ts: its 10,000 documents (bench/reports.ts, this checkout's, written once to a
 * file both read), `parseReport` + `checkReport` with every rule of the three tables (`check`),
 * `parseReport` alone (`parse`), or the JSON text through `disclosure-tables/core`'s
 * `checkReport` (`text`). Each child process loads one core, warms it up, and prints its median
 * reports per CPU-second over 15 passes; the two cores' processes alternate (A B, then B A), so
 * that the machine's speed, which drifts by a third over minutes here, falls on both alike.
 * (Both cores in one process were not a fair race: whichever was loaded first ran up to 30 %
 * faster.) Believe a difference only when it holds across the runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The entry bundled for each tree: the throughput workload's calls, exported. */
const entry = (tree) => `
import { checkReport } from '${tree}/src/core/check.js';
import { APPLICATIONS_LAYOUT } from '${tree}/src/core/layouts/applications.js';
import { PROACTIVE_LAYOUT } from '${tree}/src/core/layouts/proactive.js';
import { REVIEW_LITIGATION_LAYOUT } from '${tree}/src/core/layouts/review-litigation.js';
import { parseReport } from '${tree}/src/core/parse.js';
import { checkReport as checkText } from '${tree}/src/core/index.js';
import { REPORT_RULES } from '${tree}/src/core/rules/index.js';
import { localizedText } from '${tree}/src/internal/text.js';
export { reportDocuments } from '${tree}/bench/reports.js';
const LAYOUTS = [PROACTIVE_LAYOUT, APPLICATIONS_LAYOUT, REVIEW_LITIGATION_LAYOUT];
export const parse = (document) => parseReport(document, LAYOUTS);
export const check = (document) =>
  checkReport({ layouts: LAYOUTS, rules: REPORT_RULES, report: parse(document), text: localizedText })
    .findings.length;
export const text = (json) => checkText(json, { text: localizedText }).findings.length;
`;

/** The timing child: node core-ab.mjs --child workload documents.json bundle */
async function child([workload, documentsFile, bundle]) {
  const core = await import(bundle);
  const documents = JSON.parse(readFileSync(documentsFile, 'utf8'));
  const inputs = workload === 'text' ? documents.map((d) => JSON.stringify(d)) : documents;
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const run = core[workload];
  const pass = () => inputs.forEach((input) => run(input));
  pass();
  const ms = [];
  for (let round = 0; round < 15; round++) {
    const start = cpu();
    pass();
    ms.push(cpu() - start);
  }
  const median = [...ms].sort((a, b) => a - b)[ms.length >> 1];
  process.stdout.write(JSON.stringify(Math.round(inputs.length / (median / 1000))));
}

async function main(args) {
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at < 0 ? fallback : args.splice(at, 2)[1];
  };
  const workload = option('--workload', 'check');
  const runs = Number(option('--runs', '3'));
  const revision = args[0] ?? 'main';
  const work = mkdtempSync(join(tmpdir(), 'core-ab-'));
  try {
    const other = join(work, 'tree');
    mkdirSync(other);
    const archive = execFileSync('git', ['archive', revision, 'src', 'bench'], { cwd: root });
    execFileSync('tar', ['-x', '-C', other], { input: archive });
    symlinkSync(join(root, 'node_modules'), join(other, 'node_modules'));
    const bundles = [];
    for (const [name, tree] of [
      [revision, other],
      ['this checkout', root],
    ]) {
      const file = join(work, `${bundles.length}.ts`);
      writeFileSync(file, entry(tree));
      await build({
        configFile: false,
        root: tree,
        logLevel: 'warn',
        mode: 'production',
        publicDir: false,
        build: {
          outDir: join(work, `out${bundles.length}`),
          emptyOutDir: true,
          minify: false,
          ssr: file,
          rolldownOptions: { output: { entryFileNames: 'core.mjs', format: 'es' } },
        },
        ssr: { noExternal: true, target: 'node' },
      });
      bundles.push({ name, path: join(work, `out${bundles.length}`, 'core.mjs') });
    }
    const documentsFile = join(work, 'documents.json');
    const { reportDocuments } = await import(bundles[1].path);
    writeFileSync(documentsFile, JSON.stringify(reportDocuments(10_000).documents));
    const pinned = spawnSync('taskset', ['--version']).status === 0;
    const results = bundles.map(() => []);
    for (let run = 0; run < runs * 2; run++) {
      for (const i of run % 2 ? [1, 0] : [0, 1]) {
        const args = [fileURLToPath(import.meta.url), '--child', workload, documentsFile];
        const result = spawnSync(
          pinned ? 'taskset' : process.execPath,
          pinned
            ? ['-c', '0', process.execPath, ...args, bundles[i].path]
            : [...args, bundles[i].path],
          { encoding: 'utf8' },
        );
        if (result.status !== 0) throw new Error(result.stderr);
        results[i].push(JSON.parse(result.stdout));
      }
    }
    for (const [i, { name }] of bundles.entries()) {
      const sorted = [...results[i]].sort((a, b) => a - b);
      console.log(
        `${workload}, ${name}: median ${sorted[sorted.length >> 1].toLocaleString('en')} reports per CPU-second (runs: ${results[i].join(', ')})`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
await (args[0] === '--child' ? child(args.slice(1)) : main(args));
