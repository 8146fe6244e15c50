/**
 * `npm run schema` as CI runs it: it writes exactly the committed `disclosure-report.schema.json`,
 * its `--check` stays quiet on that file, and fails, naming the file and the fix, on a stale one.
 * `npm run test:schema` runs it (CI too, beside the check itself).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const script = join(repo, 'scripts', 'schema.mjs');
const committed = readFileSync(join(repo, 'disclosure-report.schema.json'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'disclosure-schema-'));

/** Runs the generator; resolves with its exit status and output, whatever the status. */
function schema(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { cwd: repo }, (error, stdout, stderr) =>
      resolve({ status: error ? error.code : 0, stdout, stderr }),
    );
  });
}

after(() => rmSync(work, { recursive: true, force: true }));

describe('npm run schema', () => {
  it('writes the committed file, byte for byte', async () => {
    const file = join(work, 'written.json');
    const { status, stderr } = await schema('--file', file);
    assert.equal(status, 0, stderr);
    assert.equal(readFileSync(file, 'utf8'), committed);
  });

  it('--check exits 0, silently, on the committed file', async () => {
    const { status, stdout, stderr } = await schema('--check');
    assert.deepEqual({ status, stdout, stderr }, { status: 0, stdout: '', stderr: '' });
  });

  it('--check exits 1 on a file one label away from the declarations, and says what to run', async () => {
    const file = join(work, 'stale.json');
    assert.ok(committed.includes('"title": "（七）总计"'));
    writeFileSync(file, committed.replace('"title": "（七）总计"', '"title": "（七）合计"'));
    const { status, stderr } = await schema('--check', '--file', file);
    assert.equal(status, 1);
    assert.match(stderr, /stale\.json is stale: .*Run `npm run schema` and commit it\./);
  });
});
