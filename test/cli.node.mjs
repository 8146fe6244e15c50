/**
 * The command line as its users run it: the package is packed from a clean copy of the checkout
 * (scripts/pack.mjs, whose `prepack` builds it), and its real `bin` runs on the sample reports,
 * on a report with an error, on malformed JSON and on files that cannot be read.
 * `npm run test:node` runs it (CI too).
 */
import { execFile } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

import { packCleanCopy } from '../scripts/pack.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const SAMPLE_2025 = join(repo, 'src', 'data', 'xiangtan-county-2025.json');
const SAMPLE_2024 = join(repo, 'src', 'data', 'xiangtan-county-2024-made-up.json');
const TABLE_THREE_VALUE_CELLS = 175;

let bin;
let packed;
let work;

/** Runs the packed bin; resolves with its exit status and output, whatever the status. */
function cli(...args) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ status: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/**
 * Runs the packed bin allowed at most `limit` open files (`ulimit -n`): 256 is macOS's default,
 * 1,024 Linux's; an agency's folder of reports often holds more.
 */
function cliWithOpenFileLimit(limit, ...args) {
  return new Promise((resolve) => {
    execFile(
      'bash',
      ['-c', `ulimit -n ${limit} && exec "$0" "$@"`, process.execPath, bin, ...args],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ status: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The 2025 sample with review's total one higher than its rows add up to. */
function reportWithAnError() {
  const report = JSON.parse(readFileSync(SAMPLE_2025, 'utf8'));
  report.reviewLitigation.review[4] += 1;
  return JSON.stringify(report);
}

/** The made-up 2024 sample, as the 2025 sample's agency's: its carried-over figures match 2025's. */
function lastYearOfTheSameAgency() {
  const report = JSON.parse(readFileSync(SAMPLE_2024, 'utf8'));
  report.agency = '湘潭县人民政府';
  return JSON.stringify(report);
}

describe('disclosure-tables (the bin)', { timeout: 10 * 60_000 }, () => {
  before(async () => {
    packed = await packCleanCopy();
    bin = join(packed.packageDir, 'bin', 'disclosure-tables.js');
    work = mkdtempSync(join(tmpdir(), 'disclosure-tables-cli-'));
  });

  after(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('is in the tarball, with the build it runs', () => {
    assert.ok(packed.files.includes('bin/disclosure-tables.js'));
    assert.ok(packed.files.includes('dist/cli/main.js'));
    const manifest = JSON.parse(readFileSync(join(packed.packageDir, 'package.json'), 'utf8'));
    assert.equal(manifest.bin['disclosure-tables'], './bin/disclosure-tables.js');
  });

  describe('check', () => {
    it('finds nothing wrong in the samples, and exits 0', async () => {
      const { status, stdout, stderr } = await cli('check', join(repo, 'src', 'data'));
      assert.equal(stderr, '');
      assert.equal(status, 0);
      assert.match(stdout, /xiangtan-county-2025\.json \(湘潭县人民政府 2025\): no findings/);
      // Every sample, of either format (2021, 2019).
      const samples = readdirSync(join(repo, 'src', 'data')).filter((name) =>
        name.endsWith('.json'),
      );
      assert.ok(samples.length >= 2);
      assert.match(
        stdout,
        new RegExp(`^${samples.length} reports checked: 0 errors, 0 warnings$`, 'm'),
      );
    });

    it('reads a folder of more reports than it may open files at once', async () => {
      const folder = join(work, 'many');
      mkdirSync(folder);
      const sample = JSON.parse(readFileSync(SAMPLE_2025, 'utf8'));
      for (let i = 0; i < 600; i++)
        writeFileSync(join(folder, `${i}.json`), JSON.stringify({ ...sample, agency: `机关${i}` }));
      const { status, stdout, stderr } = await cliWithOpenFileLimit(128, 'check', folder);
      assert.equal(stderr, '');
      assert.equal(status, 0);
      assert.match(stdout, /^600 reports checked: 0 errors, 0 warnings$/m);
    });

    it("pairs a report with last year's of the same agency in the same folder, and of no other", async () => {
      const folder = join(work, 'two-years');
      mkdirSync(folder);
      writeFileSync(join(folder, '2025.json'), readFileSync(SAMPLE_2025));
      writeFileSync(join(folder, '2024.json'), lastYearOfTheSameAgency());
      writeFileSync(join(folder, 'other-2024.json'), readFileSync(SAMPLE_2024));
      const { status, stdout } = await cli('check', folder);
      assert.equal(status, 0);
      assert.match(
        stdout,
        /2025\.json \(湘潭县人民政府 2025\), with last year's .*two-years\/2024\.json: no findings/,
      );
      assert.doesNotMatch(stdout, /with last year's .*other-2024/);
    });

    it('prints JSON with --json, and takes last year from --previous', async () => {
      const previous = join(work, 'previous-2024.json');
      writeFileSync(previous, lastYearOfTheSameAgency());
      const { status, stdout } = await cli('check', SAMPLE_2025, '--previous', previous, '--json');
      assert.equal(status, 0);
      const result = JSON.parse(stdout);
      assert.deepEqual(result.unreadable, []);
      assert.equal(result.files.length, 1);
      assert.equal(result.files[0].file, SAMPLE_2025);
      assert.equal(result.files[0].previous, previous);
      assert.equal(result.files[0].year, 2025);
      assert.deepEqual(result.files[0].findings, []);
    });

    it('exits 1 and names the rule and the place when a total does not add up', async () => {
      const file = join(work, 'wrong-total.json');
      writeFileSync(file, reportWithAnError());
      const text = await cli('check', file);
      assert.equal(text.status, 1);
      assert.match(text.stdout, /wrong-total\.json \(湘潭县人民政府 2025\): 1 error, 0 warnings/);
      const json = await cli('check', file, '--json');
      assert.equal(json.status, 1);
      const [finding] = JSON.parse(json.stdout).files[0].findings;
      assert.equal(finding.severity, 'error');
      assert.equal(finding.rule, 'reviewLitigation.total');
      assert.ok(finding.cells.length > 0);
      assert.match(finding.message, /77|78/);
    });

    it("exits 1 on malformed JSON, with the parser's reason as an error finding of that file", async () => {
      const file = join(work, 'malformed.json');
      writeFileSync(file, '{"agency": "某县", "year": 2025,');
      const { status, stdout } = await cli('check', file, '--json');
      assert.equal(status, 1);
      const [result] = JSON.parse(stdout).files;
      assert.equal(result.file, file);
      assert.equal(result.errors, 1);
      assert.equal(result.findings[0].severity, 'error');
    });

    it('exits 2 and names each file it cannot read, still checking the others', async () => {
      const folder = join(work, 'with-a-broken-link');
      mkdirSync(folder);
      writeFileSync(join(folder, 'good.json'), readFileSync(SAMPLE_2025));
      symlinkSync(join(work, 'nowhere.json'), join(folder, 'broken.json'));
      const missing = join(work, 'missing.json');
      const { status, stdout, stderr } = await cli('check', folder, missing);
      assert.equal(status, 2);
      assert.match(
        stderr,
        new RegExp(
          `cannot read ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: no such file or folder`,
        ),
      );
      assert.match(stderr, /cannot read .*broken\.json: no such file or folder/);
      assert.match(stdout, /good\.json \(湘潭县人民政府 2025\): no findings/);
    });

    it('exits 2 with the usage when no file is given', async () => {
      const { status, stderr } = await cli('check');
      assert.equal(status, 2);
      assert.match(stderr, /Usage:/);
    });
  });

  describe('disclosure-tables/core', () => {
    it("runs the docs' example in plain Node, from the package by its name", async () => {
      const docs = readFileSync(join(repo, 'docs', 'publishing-without-javascript.md'), 'utf8');
      const example = /runs this example as it is written here -->\s*```js\n([\s\S]*?)```/.exec(
        docs,
      )[1];
      const folder = join(work, 'core-example');
      mkdirSync(join(folder, 'node_modules'), { recursive: true });
      symlinkSync(packed.packageDir, join(folder, 'node_modules', 'disclosure-tables'), 'dir');
      writeFileSync(join(folder, 'check-report.mjs'), example);
      writeFileSync(join(folder, 'report.json'), reportWithAnError());
      writeFileSync(join(folder, 'report-2024.json'), lastYearOfTheSameAgency());
      const { status, stdout, stderr } = await new Promise((resolve) => {
        execFile(process.execPath, ['check-report.mjs'], { cwd: folder }, (error, out, err) =>
          resolve({ status: error ? (error.code ?? 1) : 0, stdout: out, stderr: err }),
        );
      });
      assert.equal(stderr, '');
      assert.equal(status, 0);
      assert.match(stdout, /^湘潭县人民政府 2025$/m);
      assert.equal(stdout.trim().split('\n').length, 2, stdout);
      assert.match(stdout, /^error reviewLitigation\.total \S+/m);
    });
  });

  describe('render', () => {
    it('writes table 三 into a declarative shadow root, with its styles and every value cell', async () => {
      const { status, stdout } = await cli('render', SAMPLE_2025, '--table', 'applications');
      assert.equal(status, 0);
      assert.match(
        stdout,
        /^(<!--[^>]*-->)*<disclosure-applications-table [^>]*><template shadowroot="open" shadowrootmode="open"><style>/,
      );
      assert.equal((stdout.match(/<td[^>]* data-cell=/g) ?? []).length, TABLE_THREE_VALUE_CELLS);
      assert.doesNotMatch(stdout, /<script/);
    });

    it('writes it into the light DOM with --light-dom, with no shadow root', async () => {
      const { status, stdout } = await cli(
        'render',
        SAMPLE_2025,
        '--table',
        'applications',
        '--light-dom',
      );
      assert.equal(status, 0);
      assert.doesNotMatch(stdout, /shadowroot/);
      assert.match(stdout, /<disclosure-applications-table [^>]*light-dom/);
      assert.equal((stdout.match(/<td[^>]* data-cell=/g) ?? []).length, TABLE_THREE_VALUE_CELLS);
    });

    it('writes the whole report by default, in English with --lang en', async () => {
      const zh = await cli('render', SAMPLE_2025);
      assert.equal(zh.status, 0);
      assert.match(zh.stdout, /<disclosure-annual-report /);
      assert.ok((zh.stdout.match(/<table[ >]/g) ?? []).length >= 3);
      assert.match(zh.stdout, /收到和处理政府信息公开申请情况/);
      const en = await cli('render', SAMPLE_2025, '--lang', 'en');
      assert.equal(en.status, 0);
      assert.match(
        en.stdout,
        /Requests for disclosure of government information received and handled/,
      );
      assert.match(en.stdout, /<disclosure-annual-report [^>]*lang="en"/);
    });

    it('shows the findings of a report with an error next to its table', async () => {
      const file = join(work, 'wrong-total-render.json');
      writeFileSync(file, reportWithAnError());
      const { status, stdout } = await cli('render', file, '--table', 'review-litigation');
      assert.equal(status, 0);
      assert.match(stdout, /part="findings"/);
      assert.match(stdout, /78/);
    });

    it('adds the module script and the data for the upgrade with --script', async () => {
      const { status, stdout } = await cli(
        'render',
        SAMPLE_2025,
        '--table',
        'applications',
        '--script',
        '/js/disclosure-tables.min.js',
      );
      assert.equal(status, 0);
      assert.match(
        stdout,
        /<script type="module" src="\/js\/disclosure-tables\.min\.js"><\/script>/,
      );
      assert.match(stdout, /<disclosure-applications-table [^>]*data="\{/);
    });

    it("renders the element's own message for malformed JSON, and exits 1", async () => {
      const file = join(work, 'malformed-render.json');
      writeFileSync(file, '{"applications": ');
      const { status, stdout } = await cli('render', file, '--table', 'applications');
      assert.equal(status, 1);
      assert.match(stdout, /role="alert"/);
      assert.doesNotMatch(stdout, /<table/);
    });

    it('exits 2 naming an unreadable file, and on an unknown --table', async () => {
      const missing = await cli('render', join(work, 'missing.json'));
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /cannot read .*missing\.json/);
      const table = await cli('render', SAMPLE_2025, '--table', 'five');
      assert.equal(table.status, 2);
      assert.match(
        table.stderr,
        /--table must be one of applications, proactive, review-litigation, report/,
      );
    });
  });
});
