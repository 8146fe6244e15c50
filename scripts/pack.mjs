#!/usr/bin/env node
/**
 * Packs the package as a clean checkout would: the repository's files that git knows of (tracked,
 * or new and not ignored; never `dist/`, `node_modules/` or other ignored output) are copied to a
 * directory of their own, and `npm pack` runs there, so its `prepack` builds `dist/` from nothing.
 * The work tree's uncommitted changes are included, as they would be once committed.
 *
 * `node scripts/pack.mjs [DESTINATION]` writes the tarball into DESTINATION (default: the
 * current directory) and prints its path. The tests and the example apps use `packCleanCopy`.
 */
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('..', import.meta.url));

/**
 * Copies the checkout into `directory` (created; node_modules linked from the repository, as
 * `npm ci` would have installed it), packs it there, and returns where the copy, its `dist/`
 * and the tarball are, and the tarball's file list as `tar` reads it back.
 */
export async function packCleanCopy({
  directory = mkdtempSync(join(tmpdir(), 'disclosure-tables-pack-')),
  destination = directory,
} = {}) {
  const packageDir = join(directory, 'package');
  const { stdout } = await run(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: repo,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  for (const file of stdout.split('\0').filter(Boolean)) {
    // A tracked file deleted in the work tree is not part of the next commit either.
    if (!existsSync(join(repo, file))) continue;
    mkdirSync(dirname(join(packageDir, file)), { recursive: true });
    copyFileSync(join(repo, file), join(packageDir, file));
  }
  symlinkSync(join(repo, 'node_modules'), join(packageDir, 'node_modules'), 'dir');

  // `prepack` prints the build on stdout, so `npm pack --json` would not parse: the tarball's
  // name is npm's own, from the name and version.
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const tarball = join(
    resolve(destination),
    `${manifest.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.tgz`,
  );
  mkdirSync(destination, { recursive: true });
  rmSync(tarball, { force: true });
  await run('npm', ['pack', '--pack-destination', resolve(destination)], {
    cwd: packageDir,
    maxBuffer: 64 * 1024 * 1024,
  });
  const listing = await run('tar', ['-tzf', tarball], { maxBuffer: 64 * 1024 * 1024 });
  const files = listing.stdout
    .split('\n')
    .filter((line) => line && !line.endsWith('/'))
    .map((line) => line.replace(/^package\//, ''));
  return { packageDir, dist: join(packageDir, 'dist'), tarball, files };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { tarball } = await packCleanCopy({ destination: process.argv[2] ?? process.cwd() });
  console.log(tarball);
}
