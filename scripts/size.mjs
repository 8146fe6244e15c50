#!/usr/bin/env node
/**
 * `npm run size`: gzip sizes of what `npm run build` wrote to dist/.
 *
 * - the drop-in file, Lit included, against its 14 KB budget (issue #13's target for a Chinese
 *   page), and the English file it loads beside itself on an English page;
 * - each element's ES entry with every module it imports, Lit excluded: what one element adds
 *   to a consumer's bundle that already has Lit, against that entry's budget;
 * - with `--modules`, every module of the ES build, largest first: where the bytes are;
 * - with `--explain`, the drop-in file's bytes by source module (from its source map), Lit's
 *   modules included: what a Chinese page pays for each.
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
  // 35.80 KB after the reader kept a 2019 amount's money unit (+0.08 KB) and the report learned
  // its filled slots before rendering (+0.03 KB).
  // 36.04 KB after the check's plain-count fast path for absent totals (+0.24 KB, whole reports
  // 62k → 68k per CPU-second, a report with its totals left out 43 → 10 µs).
  // 36.42 KB after a broken relation's finding is made from plain counts, without a Cell or a
  // BigInt per term, and worded in place instead of copied (+0.17 KB; a report with two
  // findings checked in 6.7 → 3.4 µs, side by side).
  // 36.47 KB after a format's rules are compiled when first asked for (+0.04 KB; the module's
  // evaluation on a page with no table 39-66 → 8-9 ms, median). 36.37 KB without the
  // minifier's tree-shaking annotations (-0.10 KB).
  // 36.46 KB with the licence banner, the one comment kept (+0.09 KB): Lit's BSD-3-Clause
  // asks that its notice travel with the code. 36.65 KB after a caption wider than the screen
  // wraps within its scroll region and stays in view while the table scrolls (+0.15 KB, 154
  // bytes: the caption rule and the region width StickyRowHeaders writes for it).
  // 37.75 KB after #10's throughput work (+1.09 KB, 36.61 → 37.70): rule plans kept for each set
  // of tables, relations summed by stride, computed totals kept as numbers, a finding's cells
  // listed once per plan, the parser reading an object's values as it lists its keys (with its
  // working arrays kept between parses), an amount's text scanned by hand. Whole reports per
  // CPU-second 140k → 186k, side by side (bench/core-ab.mjs). The checks run on every page, so
  // there is no page-only build to leave them out of. 37.78 KB after the parsed tables are
  // returned as they are when no total was computed, and four smaller steps (+0.08 KB, whole
  // reports 5.47 → 5.15 µs each).
  // 38.04 KB after the rest of #10's 200,000 (+0.26 KB): absent totals summed by stride, an
  // object's cells read straight into the table, a document's tables read as its keys are
  // listed, a broken relation's terms set one by one, each parse-shape container made by one
  // literal (one hidden class). The bench's mix at 10,000 reports 5.63 → 4.95 µs each, side
  // by side.
  'disclosure-tables.min.js': 38.05 * KB,
  // The English labels keyed by stable id, without the Chinese text or msg() wrappers (4.04 KB),
  // and the editor's toolbar, confirmation and notices: 29 messages, +0.46 KB (4.50 KB).
  'disclosure-tables.en.js': 4.75 * KB,
};
/**
 * Each element's npm entry, Lit excluded: the budget it is held to (enforced). A new element's
 * entry is reported without one until its budget is written here.
 */
// Labels looked up by stable id: +0.09 KB each; the editor +0.43 KB (text.ts now brings
// localization.js into its closure). The 2019 amount's money unit read from a published table
// +0.1 KB in every entry (the editor reads a pasted published table too). The editor's toolbar
// (format, agency, year, last year's file, fill, download, two copies, clear with its
// confirmation, the copy fallback) and its 29 messages: 27.32 → 29.94 KB. Its static HTML (the one
// table renderer and its styles, 4.8 KB) is imported when first used and is not in the entry.
// The core's parse and check fast paths (69d1839, c7119fa) then added 0.19 KB to every entry: the
// editor 30.13 KB. A broken relation's finding made from plain counts: +0.14 KB in every entry.
// A format's rules compiled when first asked for, not at module load: +0.02 to 0.03 KB in every
// entry. A caption wider than the screen wrapped within its scroll region and kept in view: +0.13
// to 0.14 KB in every entry that renders tables (138 to 146 bytes), +0.02 KB in the editor's.
// #10's throughput work in the core's parse and check (see the drop-in's ceiling): +1.14 KB in
// every entry, then +0.22 to 0.26 KB for the rest of its 200,000.
export const ELEMENT_BUDGETS = {
  'disclosure-annual-report': 33.94 * KB,
  'disclosure-applications-table': 32.65 * KB,
  'disclosure-enhance': 33.41 * KB,
  'disclosure-report-editor': 31.85 * KB,
  'proactive-disclosure-table': 32.65 * KB,
  'review-litigation-table': 32.65 * KB,
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

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One line of a source map's `mappings`: its segments as [column, source?] (base64 VLQ). */
function* segments(mappings) {
  let line = 0;
  const state = [0, 0, 0, 0, 0];
  for (const group of mappings.split(';')) {
    state[0] = 0;
    for (const segment of group.split(',')) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      fields.forEach((field, index) => (state[index] += field));
      yield { line, column: state[0], source: fields.length > 1 ? state[1] : undefined };
    }
    line++;
  }
}

/**
 * The drop-in file's bytes by source module. Each byte of the minified file belongs to the
 * source of the mapping segment it follows; a module's gzip share is its part of the minified
 * bytes times the file's gzip ratio (gzip works across modules, so no module has a gzip size of
 * its own), and beside it the module's bytes gzipped alone.
 */
function explain(single, singleGzip) {
  const mapFile = `${single}.map`;
  if (!existsSync(mapFile)) {
    console.error(`${relative(process.cwd(), mapFile)} not found: run \`npm run build\` first.`);
    return;
  }
  const code = readFileSync(single, 'utf8');
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const lineStarts = [0];
  for (let index = code.indexOf('\n'); index >= 0; index = code.indexOf('\n', index + 1))
    lineStarts.push(index + 1);
  const marks = [...segments(map.mappings)].map((segment) => ({
    offset: lineStarts[segment.line] + segment.column,
    source: segment.source === undefined ? '(unmapped)' : map.sources[segment.source],
  }));
  marks.sort((a, b) => a.offset - b.offset);
  const parts = new Map();
  let previous = { offset: 0, source: '(unmapped)' };
  for (const mark of [...marks, { offset: code.length, source: '' }]) {
    const text = code.slice(previous.offset, mark.offset);
    parts.set(previous.source, (parts.get(previous.source) ?? '') + text);
    previous = mark;
  }
  const root = fileURLToPath(new URL('..', import.meta.url));
  // Lit's modules by package path; the project's by path in the repository.
  const name = (source) => {
    const path = resolve(dirname(mapFile), source);
    const inPackage = path.lastIndexOf('/node_modules/');
    return inPackage >= 0 ? path.slice(inPackage + '/node_modules/'.length) : relative(root, path);
  };
  const rows = [...parts].map(([source, text]) => ({
    source: name(source),
    bytes: Buffer.byteLength(text),
    alone: gzip(text),
  }));
  const total = Buffer.byteLength(code);
  const share = (bytes) => (bytes / total) * singleGzip;
  const groups = new Map();
  for (const row of rows) {
    const group = row.source.startsWith('src/')
      ? row.source
          .split('/')
          .slice(0, row.source.startsWith('src/core/') ? 3 : 2)
          .join('/')
      : row.source.split('/')[0].startsWith('@')
        ? row.source.split('/').slice(0, 2).join('/')
        : row.source.split('/')[0];
    groups.set(group, (groups.get(group) ?? 0) + row.bytes);
  }
  console.log(
    `\ndisclosure-tables.min.js by source module: ${total} bytes, ${kb(singleGzip)} gzip`,
  );
  console.log('  gzip share  gzip alone    minified  module');
  for (const row of rows.sort((a, b) => b.bytes - a.bytes)) {
    console.log(
      `  ${kb(share(row.bytes)).padStart(10)}  ${kb(row.alone).padStart(10)}  ${String(row.bytes).padStart(10)}  ${row.source}`,
    );
  }
  console.log('\n  by package / folder (gzip share):');
  for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${kb(share(bytes)).padStart(10)}  ${group}`);
  }
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
  if (process.argv.includes('--explain')) explain(single, singleGzip);
  if (overCeiling.length) console.error(`Over its ceiling or budget: ${overCeiling.join(', ')}`);
  return overCeiling.length ? 1 : 0;
}

process.exitCode = report();
