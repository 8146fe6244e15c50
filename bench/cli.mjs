#!/usr/bin/env node
/**
 * The command line's `check` on a folder of 10,000 reports, timed end to end as a user runs it:
 * `node bin/disclosure-tables.js check DIR --json`, from process start to exit, on the package
 * built from the current source into a directory of its own (`preparePackage`: the bin beside a
 * fresh build, so that neither a missing nor a stale `dist/` is measured). The reports are the two samples (2024, 2025) under 5,000
 * agencies, so that every 2025 report is paired with its 2024 one and runs the cross-year checks
 * too; one in ten has a total off by one, so findings are worded and printed. Besides the wall
 * time, the CPU time of the process (user + system) says what a loaded machine hides.
 *
 * `node bench/cli.mjs [COUNT]` prints a Markdown table (and writes bench/cli-results.md for 10,000);
 * `npm run bench` (bench/run.mjs) calls `cliBench()` and adds the table to bench/results.md.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Makes `dir` a runnable copy of the package: the built package in `dir/dist` (built there now
 * unless `built` says `scripts/build.mjs` already wrote it), the bin beside it, and the
 * repository's node_modules for its dependencies. Returns the bin's path.
 */
export async function preparePackage(dir, { built = false } = {}) {
  if (!built) {
    const { buildPackage } = await import(pathToFileURL(join(root, 'scripts', 'build.mjs')).href);
    await buildPackage({ outDir: join(dir, 'dist'), quiet: true });
  }
  const main = join(dir, 'dist', 'cli', 'main.js');
  if (!existsSync(main)) throw new Error(`The package build left no ${main}: cannot run the CLI`);
  cpSync(join(root, 'bin'), join(dir, 'bin'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  if (!existsSync(join(dir, 'node_modules')))
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return join(dir, 'bin', 'disclosure-tables.js');
}

/** Writes `count` reports into a new folder and returns it. */
function writeReports(count) {
  const read = (name) => JSON.parse(readFileSync(join(root, 'src', 'data', name), 'utf8'));
  const samples = {
    2024: read('xiangtan-county-2024-made-up.json'),
    2025: read('xiangtan-county-2025.json'),
  };
  const folder = mkdtempSync(join(tmpdir(), 'disclosure-tables-bench-'));
  for (let index = 0; index < count; index++) {
    const agency = Math.floor(index / 2);
    const year = 2024 + (index % 2);
    const report = structuredClone(samples[year]);
    report.agency = `测试县${agency}人民政府`;
    if (index % 10 === 9) report.reviewLitigation.review[4] += 1;
    const shard = join(folder, String(agency % 100));
    mkdirSync(shard, { recursive: true });
    writeFileSync(join(shard, `${agency}-${report.year}.json`), JSON.stringify(report));
  }
  return folder;
}

/** Times `check` (the bin at `bin`) on `count` reports, `runs` times; the folder is written once. */
export function cliBench({ bin, count = 10_000, runs = 3 }) {
  const folder = writeReports(count);
  try {
    const seconds = [];
    const cpuSeconds = [];
    let output;
    for (let run = 0; run < runs; run++) {
      const start = process.hrtime.bigint();
      const result = spawnSync(
        process.execPath,
        [
          '--import',
          'data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("cpu "+(u.user+u.system)/1e6+"\\n")})',
          bin,
          'check',
          folder,
          '--json',
        ],
        { maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' },
      );
      seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
      if (result.status !== 1) throw new Error(`check exited ${result.status}: ${result.stderr}`);
      cpuSeconds.push(Number(/cpu ([\d.]+)/.exec(result.stderr)[1]));
      output = JSON.parse(result.stdout);
    }
    const paired = output.files.filter((file) => file.previous).length;
    const errors = output.files.reduce((sum, file) => sum + file.errors, 0);
    const sorted = (values) => values.sort((a, b) => a - b);
    return { count, seconds: sorted(seconds), cpuSeconds: sorted(cpuSeconds), paired, errors };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export function cliResultsMarkdown({ count, seconds, cpuSeconds, paired, errors }) {
  const median = seconds[Math.floor(seconds.length / 2)];
  const cpuMedian = cpuSeconds[Math.floor(cpuSeconds.length / 2)];
  return [
    '## Command line: `check` on a folder of reports',
    '',
    `\`disclosure-tables check DIR --json\` on ${count.toLocaleString('en')} reports (${paired.toLocaleString('en')} paired with last year's, ${errors.toLocaleString('en')} errors found), from process start to exit:`,
    '',
    '| runs | wall, best | wall, median | CPU, median | reports per CPU second |',
    '| ---: | ---: | ---: | ---: | ---: |',
    `| ${seconds.length} | ${seconds[0].toFixed(2)} s | ${median.toFixed(2)} s | ${cpuMedian.toFixed(2)} s | ${Math.round(count / cpuMedian).toLocaleString('en')} |`,
    '',
  ].join('\n');
}

/** The standalone file's text: the table and the machine it ran on. */
export function cliResultsFile(markdown) {
  return `# Command line\n\n${markdown}\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at the end.\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.argv[2] ?? 10_000);
  const dir = mkdtempSync(join(tmpdir(), 'disclosure-tables-cli-bench-'));
  try {
    process.stderr.write('building the package from the current source\n');
    const bin = await preparePackage(dir);
    const results = cliResultsFile(cliResultsMarkdown(cliBench({ bin, count })));
    // `npm run bench:cli` and `npm run bench` both write bench/cli-results.md (for 10,000).
    if (count === 10_000) writeFileSync(join(root, 'bench', 'cli-results.md'), results);
    process.stdout.write(results);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
