#!/usr/bin/env node
// The README's generated blocks: the element API from custom-elements.json (itself generated from
// the class JSDoc), and the complete example document from src/data. `npm run docs` rewrites
// them between their markers; `--check` only compares, and fails when the README is stale (CI runs
// it after `npm run analyze`). The rest of the README is written by hand.
import { readFile, writeFile } from 'node:fs/promises';

const readmeUrl = new URL('../README.md', import.meta.url);
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
    '#### Properties and attributes',
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

  lines.push('', '#### Events', '', '| event | type | when | elements |', '|---|---|---|---|');
  for (const entry of union('events')) {
    lines.push(
      `| ${code(entry.item.name)} | ${code(entry.item.type?.text ?? 'Event')} | ${cell(entry.item.description)} | ${where(entry)} |`,
    );
  }

  const slots = union('slots');
  lines.push('', '#### Slots', '');
  if (slots.length) {
    lines.push('| slot | content | elements |', '|---|---|---|');
    for (const entry of slots)
      lines.push(
        `| ${code(entry.item.name)} | ${cell(entry.item.description)} | ${where(entry)} |`,
      );
  } else lines.push('None.');

  lines.push('', '#### CSS parts', '', '| part | what | elements |', '|---|---|---|');
  for (const entry of union('cssParts'))
    lines.push(`| ${code(entry.item.name)} | ${cell(entry.item.description)} | ${where(entry)} |`);

  lines.push(
    '',
    '#### CSS custom properties',
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

const blocks = { api: renderApi(), example: await renderExample() };

let readme = await readFile(readmeUrl, 'utf8');
const original = readme;
for (const [name, content] of Object.entries(blocks)) {
  const start = readme.indexOf(`<!-- ${name}:start`);
  const startEnd = readme.indexOf('-->', start) + 3;
  const end = readme.indexOf(`<!-- ${name}:end -->`);
  if (start < 0 || end < startEnd) {
    console.error(`README.md has no <!-- ${name}:start … --> … <!-- ${name}:end --> block.`);
    process.exit(1);
  }
  readme = `${readme.slice(0, startEnd)}\n\n${content}\n\n${readme.slice(end)}`;
}
if (process.argv.includes('--check')) {
  if (readme !== original) {
    console.error(
      'README.md: a generated block is stale. Run `npm run analyze && npm run docs` and commit.',
    );
    process.exit(1);
  }
} else if (readme !== original) {
  await writeFile(readmeUrl, readme);
  console.log('README.md: generated blocks updated.');
}
