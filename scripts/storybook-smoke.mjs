#!/usr/bin/env node
// Opens the static Storybook (storybook-static/, from `npm run build-storybook`) in Debian's
// Chromium and checks what a build alone cannot: every story renders its element with no page
// error, the locale toolbar switches a story that is already rendered (the same element
// instance, not a fresh one), and the docs pages list the API from custom-elements.json.
// The story outcomes themselves are checked by test/stories.test.ts.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

const server = createServer(async (request, response) => {
  const path = normalize(
    decodeURIComponent(new URL(request.url, 'http://localhost').pathname),
  ).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
    response
      .writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
      .end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_ARGS],
});

const failures = [];
const fail = (what) => {
  failures.push(what);
  console.error(`✗ ${what}`);
};

/** Generous: CI machines are small and may be busy; a story that works renders in well under 1 s. */
const TIMEOUT = 30_000;

/**
 * The story has rendered: an element of ours shows a table or an inline error, or, for a
 * `<disclosure-enhance>` story (which renders nothing itself and may rightly leave a table it does
 * not recognise untouched), the page's table is there.
 */
const ELEMENT_SHOWN = () =>
  [...document.querySelectorAll('#storybook-root *')].some(
    (node) =>
      node.localName.includes('-') &&
      (node.shadowRoot ?? node).querySelector('table, [role="alert"]'),
  ) ||
  Boolean(
    document.querySelector('#storybook-root disclosure-enhance:defined') &&
    document.querySelector('#storybook-root table'),
  );

/** Opens one story or docs entry in the preview iframe and waits until it has rendered. */
async function open(page, id, viewMode) {
  await page.goto(`${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=${viewMode}`, {
    waitUntil: 'domcontentloaded',
  });
  if (viewMode === 'docs')
    await page.waitForSelector('.docblock-argstable tbody tr', { timeout: TIMEOUT });
  else await page.waitForFunction(ELEMENT_SHOWN, { timeout: TIMEOUT });
}

try {
  const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries);
  const stories = entries.filter((entry) => entry.type === 'story');
  const docs = entries.filter((entry) => entry.type === 'docs');
  /** A page that collects its uncaught errors and console errors (a 404 is a story's own test). */
  async function newPage() {
    const page = await browser.newPage();
    page.errors = [];
    page.on('pageerror', (error) => page.errors.push(String(error)));
    page.on('console', (message) => {
      if (
        message.type() === 'error' &&
        !/Failed to load resource: the server responded with a status of 404/.test(message.text())
      ) {
        page.errors.push(message.text());
      }
    });
    return page;
  }

  // One page, one story after another: on a busy two-core machine, parallel pages only time out.
  const page = await newPage();
  const pageErrors = page.errors;
  for (const story of stories) {
    pageErrors.length = 0;
    await open(page, story.id, 'story').catch(() =>
      fail(`${story.id}: no element showing a table or an error`),
    );
    if (pageErrors.length) fail(`${story.id}: ${pageErrors.join(' | ')}`);
  }

  // The locale toolbar sets the `locale` global; the story must follow without re-creating it.
  const xiangtan = stories.find((story) =>
    story.id.endsWith('applications-disclosure-applications-table--xiangtan'),
  );
  const shown =
    xiangtan &&
    (await open(page, xiangtan.id, 'story').then(
      () => true,
      () => false,
    ));
  if (!shown) fail('no Xiangtan story for the applications table, or it did not render');
  else {
    const caption = () =>
      page.evaluate(() => {
        const element = document.querySelector('#storybook-root disclosure-applications-table');
        window.__smokeElement ??= element;
        return {
          same: window.__smokeElement === element,
          text: element?.shadowRoot?.querySelector('caption')?.textContent,
          lang: document.documentElement.lang,
        };
      });
    const before = await caption();
    if (before.text !== '三、收到和处理政府信息公开申请情况') fail(`zh-CN caption: ${before.text}`);
    await page.evaluate(() =>
      window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { locale: 'en' } }),
    );
    await page
      .waitForFunction(
        () =>
          document
            .querySelector('#storybook-root disclosure-applications-table')
            ?.shadowRoot?.querySelector('caption')
            ?.textContent?.startsWith('III.'),
        { timeout: TIMEOUT },
      )
      .catch(() => {});
    const after = await caption();
    if (!after.text?.startsWith('III. Requests'))
      fail(`locale toolbar: caption is still ${after.text}`);
    if (!after.same) fail('locale toolbar: the story was re-created instead of switching in place');
    if (after.lang !== 'en') fail(`locale toolbar: <html lang> is ${after.lang}`);
  }

  // The docs page of each element: the API table is built from the manifest, so it lists every
  // attribute, event, CSS custom property and part the manifest gives that element.
  const manifest = JSON.parse(
    await readFile(fileURLToPath(new URL('../custom-elements.json', import.meta.url)), 'utf8'),
  );
  const declarations = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName);
  for (const entry of docs) {
    pageErrors.length = 0;
    await open(page, entry.id, 'docs').catch(() => fail(`${entry.id}: no API table`));
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll('.docblock-argstable tbody tr td:first-child')].map((cell) =>
        cell.textContent.trim(),
      ),
    );
    const declaration = declarations.find((candidate) =>
      entry.id.endsWith(`-${candidate.tagName}--docs`),
    );
    if (!declaration) fail(`${entry.id}: no element of custom-elements.json documented here`);
    const members = [
      ...(declaration?.attributes ?? []),
      ...(declaration?.events ?? []),
      ...(declaration?.cssProperties ?? []),
      ...(declaration?.cssParts ?? []),
    ];
    for (const expected of members.map((member) => member.name)) {
      if (!rows.some((row) => row.startsWith(expected)))
        fail(`${entry.id}: API table lacks ${expected}`);
    }
    if (pageErrors.length) fail(`${entry.id}: ${pageErrors.join(' | ')}`);
  }

  console.log(
    `Storybook smoke: ${stories.length} stories, ${docs.length} docs pages, ${failures.length} problems`,
  );
} finally {
  await browser.close();
  server.close();
}
process.exit(failures.length ? 1 : 0);
