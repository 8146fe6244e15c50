/**
 * The reader's part of `npm run bench` (see bench/reader.ts): built for Node, run pinned to one
 * core, and written as a section of bench/results.md. Kept apart from bench/run.mjs, which only
 * calls it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export async function buildReaderBench({ build, viteBase, root, work }) {
  await build({
    ...viteBase,
    build: {
      outDir: join(work, 'reader'),
      emptyOutDir: true,
      minify: false,
      ssr: join(root, 'bench/reader.ts'),
      rolldownOptions: { output: { entryFileNames: 'reader.mjs', format: 'es' } },
    },
    ssr: { noExternal: true, target: 'node' },
  });
  return join(work, 'reader', 'reader.mjs');
}

export function runReaderBench(scriptPath, { quick }) {
  const pinned = spawnSync('taskset', ['--version']).status === 0;
  const command = pinned ? 'taskset' : process.execPath;
  const args = pinned ? ['-c', '0', process.execPath, scriptPath] : [scriptPath];
  const env = { ...process.env, ...(quick ? { BENCH_MIN_MS: '100' } : {}) };
  const result = spawnSync(command, args, { encoding: 'utf8', env, maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`reader run failed:\n${result.stderr}`);
  return { ...JSON.parse(result.stdout), pinned };
}

const thousands = (n) => Math.round(n).toLocaleString('en-US');

export function readerSection(reader) {
  return [
    '## Reading published tables (Node, one core)',
    '',
    `The reader (\`readPublishedTables\`, src/core/read) on the real 2021 sample pingtan-2021: its ${reader.tables} published tables`,
    "(二, 三 and 四 as the page's cells), each identified among the formats, its grid built, every label matched and every value taken.",
    `${reader.pinned ? 'Pinned to one core with `taskset -c 0`.' : '`taskset` not found: not pinned.'}`,
    '',
    `- **${thousands(reader.tablesPerCpuSecond)} tables read per CPU-second** (${thousands(reader.tablesPerSecond)} per second by the clock; ${thousands(reader.passes)} passes over the sample).`,
    `- Cold: the first reading of the process took ${reader.coldMilliseconds.toFixed(1)} ms.`,
    '',
  ].join('\n');
}
