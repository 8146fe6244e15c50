#!/usr/bin/env node
/**
 * `npm run size`: gzip sizes of what `npm run build` wrote to dist/.
 *
 * - the drop-in file, Lit included, against the budget (exit status 1 when over it);
 * - each element's ES entry with every module it imports, Lit excluded: what one element adds
 *   to a consumer's bundle that already has Lit;
 * - with `--modules`, every module of the ES build, largest first: where the bytes are.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 14 * 1024;

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

/** Static imports of a minified ES module: `import … from"./x.js"`, `import"./x.js"`, `export … from"./x.js"`. */
function relativeImports(file) {
  const code = readFileSync(file, 'utf8');
  const specifiers = [...code.matchAll(/\b(?:from|import)\s*["']([^"']+)["']/g)].map(
    (match) => match[1],
  );
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolve(dirname(file), specifier));
}

/** The entry and every module it reaches through relative imports (bare ones, i.e. Lit, are external). */
function closure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    relativeImports(file).forEach(visit);
  };
  visit(entry);
  return [...seen];
}

function report() {
  const single = join(dist, 'disclosure-tables.min.js');
  if (!existsSync(single)) {
    console.error('dist/disclosure-tables.min.js not found: run `npm run build` first.');
    return 2;
  }
  const singleGzip = gzip(readFileSync(single));
  const over = singleGzip > BUDGET_BYTES;
  console.log(
    `disclosure-tables.min.js (Lit included)   ${kb(singleGzip)} gzip   budget ${kb(BUDGET_BYTES)}${over ? '   OVER BUDGET' : ''}`,
  );

  const components = join(dist, 'components');
  for (const tag of readdirSync(components).sort()) {
    const entry = join(components, tag, 'define.js');
    if (!existsSync(entry)) continue;
    const files = closure(entry);
    const size = gzip(files.map((file) => readFileSync(file, 'utf8')).join('\n'));
    console.log(`elements/${tag}.js (Lit excluded, ${files.length} modules)   ${kb(size)} gzip`);
  }

  if (process.argv.includes('--modules')) {
    const modules = closure(join(dist, 'index.js')).map((file) => ({
      file,
      size: gzip(readFileSync(file)),
    }));
    console.log('\nmodules of the ES build, each gzipped alone:');
    for (const { file, size } of modules.sort((a, b) => b.size - a.size)) {
      console.log(`  ${kb(size).padStart(9)}  ${relative(dist, file)}`);
    }
  }
  return over ? 1 : 0;
}

process.exitCode = report();
