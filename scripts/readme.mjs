#!/usr/bin/env node
// The generated blocks of the README and docs/: the element API from custom-elements.json (itself
// generated from the class JSDoc) in docs/elements.md, the complete example document from src/data
// in docs/report-document.md, and the README's size line from what `npm run size` prints (so it
// needs `npm run build` first). `npm run docs` rewrites them between their markers; `--check` only
// compares, and fails when one is stale (CI runs it after `npm run analyze` and the build). It
// also fails on a relative link in the README or docs/ that leads nowhere, and on a README longer
// than a few screens. The rest of the text is written by hand.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The README stays a page a newcomer reads whole; the reference lives in docs/. */
const README_MAX_LINES = 100;
const manifest = JSON.parse(
  await readFile(new URL('../custom-elements.json', import.meta.url), 'utf8'),
);

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** Table cells: one line, pipes escaped, code kept. */
const cell = (text = '') =>
  String(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
const code = (text) => `\`${text}\``;
const tags = (list) => list.map((element) => code(`<${element.tagName}>`)).join(', ');

/**
 * The members, events, parts… of every element, merged by name, noting which elements have each.
 * Where elements word an entry differently, the wording most of them share is shown.
 */
function union(key) {
  const byName = new Map();
  for (const element of elements) {
    for (const item of element[key] ?? []) {
      const entry = byName.get(item.name) ?? { items: [], elements: [] };
      entry.items.push(item);
      entry.elements.push(element);
      byName.set(item.name, entry);
    }
  }
  return [...byName.values()].map(({ items, elements: having }) => {
    const count = (item) => items.filter((other) => other.description === item.description).length;
    return {
      item: items.reduce((best, item) => (count(item) > count(best) ? item : best)),
      elements: having,
    };
  });
}

const where = (entry) => (entry.elements.length === elements.length ? 'all' : tags(entry.elements));

function renderApi() {
  const lines = [];
  lines.push(
    `Every element shares its inputs, events and theme with the others (they inherit them from one base class); the table says where one differs. Elements: ${tags(elements)}.`,
    '',
  );

  lines.push(
    '### Properties and attributes',
    '',
    '| property | attribute | type | description | elements |',
    '|---|---|---|---|---|',
  );
  const attributes = new Map(union('attributes').map(({ item }) => [item.fieldName, item.name]));
  for (const entry of union('members').filter(({ item }) => item.kind === 'field')) {
    const { item } = entry;
    const attribute = attributes.get(item.name);
    const type = item.readonly ? `${item.type?.text ?? ''} (read-only)` : (item.type?.text ?? '');
    lines.push(
      `| ${code(item.name)} | ${attribute ? code(attribute) : '—'} | ${cell(code(type))} | ${cell(item.description)} | ${where(entry)} |`,
    );
  }

  lines.push('', '### Events', '', '| event | type | when | elements |', '|---|---|---|---|');
  for (const entry of union('events')) {
    lines.push(
      `| ${code(entry.item.name)} | ${code(entry.item.type?.text ?? 'Event')} | ${cell(entry.item.description)} | ${where(entry)} |`,
    );
  }

  const slots = union('slots');
  lines.push('', '### Slots', '');
  if (slots.length) {
    lines.push('| slot | content | elements |', '|---|---|---|');
    for (const entry of slots)
      lines.push(
        `| ${code(entry.item.name)} | ${cell(entry.item.description)} | ${where(entry)} |`,
      );
  } else lines.push('None.');

  lines.push('', '### CSS parts', '', '| part | what | elements |', '|---|---|---|');
  for (const entry of union('cssParts'))
    lines.push(`| ${code(entry.item.name)} | ${cell(entry.item.description)} | ${where(entry)} |`);

  lines.push(
    '',
    '### CSS custom properties',
    '',
    '| property | default | what | elements |',
    '|---|---|---|---|',
  );
  for (const entry of union('cssProperties')) {
    lines.push(
      `| ${code(entry.item.name)} | ${entry.item.default ? code(entry.item.default) : '—'} | ${cell(entry.item.description)} | ${where(entry)} |`,
    );
  }
  return lines.join('\n');
}

/** The built-in example, verbatim: the data contract's complete example can never drift from it. */
async function renderExample() {
  const json = await readFile(
    new URL('../src/data/xiangtan-county-2025.json', import.meta.url),
    'utf8',
  );
  return `\`\`\`json\n${json.trimEnd()}\n\`\`\``;
}

/**
 * The size line, from the first lines `npm run size` prints: the drop-in file, and each element's
 * entry. Rounded to the kilobyte, so that it changes when the size does, not with every byte.
 */
function renderSize() {
  let printed;
  try {
    printed = execFileSync(process.execPath, [join(root, 'scripts/size.mjs')], {
      encoding: 'utf8',
    });
  } catch (error) {
    // Over budget is exit status 1 with the sizes printed; a missing build prints nothing useful.
    printed = error.stdout ?? '';
    if (!printed.includes('KB')) {
      console.error(`npm run size printed no sizes (run \`npm run build\` first):\n${printed}`);
      process.exit(1);
    }
  }
  const kilobytes = (line) => Number(/([\d.]+) KB gzip/.exec(line)?.[1]);
  const lines = printed.split('\n');
  const dropIn = lines.find((line) => line.startsWith('disclosure-tables.min.js'));
  const elementSizes = lines.filter((line) => line.startsWith('elements/')).map(kilobytes);
  const budget = Number(/budget ([\d.]+) KB/.exec(dropIn ?? '')?.[1]);
  if (!dropIn || !(kilobytes(dropIn) > 0) || !(budget > 0) || !elementSizes.length) {
    console.error(`Cannot read the sizes \`npm run size\` printed:\n${printed}`);
    process.exit(1);
  }
  const round = (value) => `${Math.round(value)} KB`;
  const over = kilobytes(dropIn) > budget;
  return (
    `Size, as \`npm run size\` measures it: the file is **${round(kilobytes(dropIn))}** gzip, Lit included, ` +
    `English loaded beside it only on English pages (${over ? 'over its' : 'within its'} ${round(budget)} budget); ` +
    `each element's npm entry with what it imports, Lit excluded, is ` +
    `${round(Math.min(...elementSizes))} to ${round(Math.max(...elementSizes))}.`
  );
}

const blocks = [
  { file: 'docs/elements.md', name: 'api', content: renderApi() },
  { file: 'docs/report-document.md', name: 'example', content: await renderExample() },
  { file: 'README.md', name: 'size', content: renderSize() },
];

const check = process.argv.includes('--check');
const problems = [];
for (const file of new Set(blocks.map((block) => block.file))) {
  const url = new URL(`../${file}`, import.meta.url);
  const original = await readFile(url, 'utf8');
  let text = original;
  for (const { name, content } of blocks.filter((block) => block.file === file)) {
    const start = text.indexOf(`<!-- ${name}:start`);
    const startEnd = text.indexOf('-->', start) + 3;
    const end = text.indexOf(`<!-- ${name}:end -->`);
    if (start < 0 || end < startEnd) {
      problems.push(`${file} has no <!-- ${name}:start … --> … <!-- ${name}:end --> block.`);
      continue;
    }
    text = `${text.slice(0, startEnd)}\n\n${content}\n\n${text.slice(end)}`;
  }
  if (text === original) continue;
  if (check) {
    problems.push(`${file}: a generated block is stale. Run \`npm run analyze && npm run docs\`.`);
  } else {
    await writeFile(url, text);
    console.log(`${file}: generated blocks updated.`);
  }
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const anchorsOf = (markdown) =>
  new Set(
    [...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((match) => slug(match[1].replace(/`/g, ''))),
  );

const pages = ['README.md', ...readdirSync(join(root, 'docs')).map((name) => `docs/${name}`)];
for (const page of pages.filter((name) => name.endsWith('.md'))) {
  const markdown = await readFile(join(root, page), 'utf8');
  // Links outside code: drop fenced blocks and inline code first.
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  for (const [, target] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(target)) continue; // http:, https:, mailto:
    const [path, anchor] = target.split('#');
    const file = path ? join(dirname(join(root, page)), path) : join(root, page);
    if (!existsSync(file)) {
      problems.push(`${page}: the link (${target}) leads to no file.`);
    } else if (
      anchor &&
      file.endsWith('.md') &&
      !anchorsOf(await readFile(file, 'utf8')).has(anchor)
    ) {
      problems.push(
        `${page}: the link (${target}) leads to no heading of ${relative(root, file)}.`,
      );
    }
  }
}

const readmeLines = (await readFile(join(root, 'README.md'), 'utf8')).split('\n').length;
if (readmeLines > README_MAX_LINES) {
  problems.push(
    `README.md has ${readmeLines} lines; keep it under ${README_MAX_LINES} and move reference to docs/.`,
  );
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
