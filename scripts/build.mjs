#!/usr/bin/env node
/**
 * The package build, in three steps that share one output directory:
 *   1. the ES library for npm users (lit external, one file per module), vite.config.ts;
 *   2. the drop-in single file `disclosure-tables.min.js` (`--mode bundle`), added to it;
 *   3. the `.d.ts` declarations beside the JavaScript (tsconfig.build.json).
 *
 * `node scripts/build.mjs [--out-dir DIR]`; the tests build into a directory of their own
 * (test/plugins/package-plugin.mjs) so that a run never reads a stale or half-written `dist`.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

function run(command, args, quiet) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${[command, ...args].join(' ')} exited with ${code}\n${output}`)),
    );
  });
}

/** Builds the whole package into `outDir` (relative to the repository, or absolute). */
export async function buildPackage({ outDir = 'dist', quiet = false } = {}) {
  await run(bin('vite'), ['build', '--outDir', outDir, '--emptyOutDir'], quiet);
  await run(bin('vite'), ['build', '--mode', 'bundle', '--outDir', outDir], quiet);
  writeLicences(isAbsolute(outDir) ? outDir : join(root, outDir));
  await run(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', outDir], quiet);
}

/**
 * `disclosure-tables.licenses.txt` beside the drop-in file, which its first line names: our
 * licence, then the licence of every package whose code the file inlines, found from its source
 * map, so that a package added to the bundle cannot go unlisted.
 */
function writeLicences(outDir) {
  const map = JSON.parse(readFileSync(join(outDir, 'disclosure-tables.min.js.map'), 'utf8'));
  const packages = [
    ...new Set(
      map.sources.flatMap((source) => {
        const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
        return match ? [match[1]] : [];
      }),
    ),
  ].sort();
  const sections = [
    ['disclosure-tables', readFileSync(join(root, 'LICENSE'), 'utf8')],
    ...packages.map((name) => [
      name,
      readFileSync(join(root, 'node_modules', name, 'LICENSE'), 'utf8'),
    ]),
  ];
  writeFileSync(
    join(outDir, 'disclosure-tables.licenses.txt'),
    sections
      .map(([name, text]) => `${name}\n${'='.repeat(name.length)}\n\n${text.trim()}\n`)
      .join('\n'),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const index = process.argv.indexOf('--out-dir');
  await buildPackage(index > 0 ? { outDir: process.argv[index + 1] } : {});
}
