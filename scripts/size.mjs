#!/usr/bin/env node
/**
 * `npm run size`: gzip sizes of what `npm run build` wrote to dist/.
 *
 * - the drop-in file, Lit included, against its 14 KB budget (issue #13's target for a Chinese
 *   page), and the English file it loads beside itself on an English page;
 * - each element's ES entry with every module it imports, Lit excluded: what one element adds
 *   to a consumer's bundle that already has Lit, against that entry's budget;
 * - with `--modules`, every module of the ES build, largest first: where the bytes are.
 *
 * Exit status 1 when a file is over its ceiling. A ceiling is the budget where the file meets
 * it, and otherwise the size the file had when the ceiling was last set, a little above: CI
 * then fails on any growth while the target is still being worked towards (see
 * bench/results.md for what stands between the file and its budget). Lower a ceiling whenever a
 * change shrinks its file; never raise one without saying why in the commit.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 14 * 1024;

const KB = 1024;
/** Enforced ceilings, in bytes gzip: see the header comment. */
export const CEILINGS = {
  'disclosure-tables.min.js': 37 * KB,
  'disclosure-tables.en.js': 4 * KB,
};
/**
 * Each element's npm entry, Lit excluded: the budget it is held to (enforced). A new element's
 * entry is reported without one until its budget is written here.
 */
export const ELEMENT_BUDGETS = {
  'disclosure-annual-report': 32.75 * KB,
  'disclosure-applications-table': 31.5 * KB,
  'disclosure-enhance': 32.5 * KB,
  'proactive-disclosure-table': 31.5 * KB,
  'review-litigation-table': 31.5 * KB,
};

const dist = process.env.SIZE_DIST ?? fileURLToPath(new URL('../dist/', import.meta.url));
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
  const overCeiling = [];
  const ceilingOf = (file) => CEILINGS[file];
  console.log(
    `disclosure-tables.min.js (Lit included)   ${kb(singleGzip)} gzip   budget ${kb(BUDGET_BYTES)}${singleGzip > BUDGET_BYTES ? '   OVER BUDGET' : ''}   ceiling ${kb(ceilingOf('disclosure-tables.min.js'))}`,
  );
  if (singleGzip > ceilingOf('disclosure-tables.min.js'))
    overCeiling.push('disclosure-tables.min.js');
  const english = join(dist, 'disclosure-tables.en.js');
  if (existsSync(english)) {
    const englishGzip = gzip(readFileSync(english));
    console.log(
      `disclosure-tables.en.js (loaded beside it, English pages only)   ${kb(englishGzip)} gzip   ceiling ${kb(ceilingOf('disclosure-tables.en.js'))}`,
    );
    if (englishGzip > ceilingOf('disclosure-tables.en.js'))
      overCeiling.push('disclosure-tables.en.js');
  }

  const components = join(dist, 'components');
  for (const tag of readdirSync(components).sort()) {
    const entry = join(components, tag, 'define.js');
    if (!existsSync(entry)) continue;
    const files = closure(entry);
    const size = gzip(files.map((file) => readFileSync(file, 'utf8')).join('\n'));
    const budget = ELEMENT_BUDGETS[tag];
    console.log(
      `elements/${tag}.js (Lit excluded, ${files.length} modules)   ${kb(size)} gzip   budget ${budget ? kb(budget) : 'none'}${budget && size > budget ? '   OVER BUDGET' : ''}`,
    );
    if (budget && size > budget) overCeiling.push(`elements/${tag}.js`);
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
  if (overCeiling.length) console.error(`Over its ceiling or budget: ${overCeiling.join(', ')}`);
  return overCeiling.length ? 1 : 0;
}

process.exitCode = report();
