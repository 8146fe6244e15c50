#!/usr/bin/env node
// Builds the static Storybook (storybook-static/, as `npm run build-storybook` does) and opens it
// in Debian's Chromium, checking what a build alone cannot:
// - the build prints no warning (a stories pattern matching no file, oversized chunks);
// - every story renders its element with no page error, in a sans-serif font (the preview's
//   default would be the browser's serif);
// - the locale toolbar switches a story that is already rendered (the same element instance);
// - each docs page stays in the toolbar's locale while a story with a locale of its own (English)
//   shows in that locale, in its own frame: one story's locale never leaks to the page;
// - the docs pages list the API from custom-elements.json; `data` and `previous` are report
//   objects with an object control, and parts and events have no control at all;
// - `storybook dev` prints no warning, and its preview logs none (such as Lit's "Multiple
//   versions of Lit loaded") on a story and on every docs page.
// `--no-build` opens an existing storybook-static/ and skips the dev server.
// The story outcomes themselves are checked by test/stories.test.ts.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const project = fileURLToPath(new URL('..', import.meta.url));
const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const skipBuild = process.argv.includes('--no-build');
const storybookBin = join(project, 'node_modules/storybook/dist/bin/dispatcher.js');

/** Storybook's warning marker in its output (▲), and Vite's and Node's own warnings. */
const WARNING = /▲|\(!\)|\bWARN\b|Warning:/;
const plain = (text) => text.replace(/\x1b\[[0-9;]*m|\x1b\]8;;[^\x1b]*\x1b\\/g, '');
const warningsIn = (output) =>
  plain(output)
    .split('\n')
    .filter((line) => WARNING.test(line))
    .map((line) => line.replace(/^[│\s]+/, '').trim());

/** Runs Storybook's CLI to the end; its whole output. */
function storybook(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [storybookBin, ...args], {
      cwd: project,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: 'true' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`storybook ${args[0]} exited ${code}:\n${output}`)),
    );
  });
}

const failures = [];
const fail = (what) => {
  failures.push(what);
  console.error(`✗ ${what}`);
};

if (!skipBuild) {
  const output = await storybook(['build', '--output-dir', root]);
  for (const warning of warningsIn(output)) fail(`storybook build: ${warning}`);
}
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

/**
 * The first table caption of each of our elements in `document`: what its tables are titled in
 * (an English caption starts with a Roman numeral, a Chinese one with 二、, 三、 or 四、).
 */
const CAPTIONS = () =>
  [...document.querySelectorAll('*')]
    .filter((node) => /^(disclosure-|proactive-|review-)/.test(node.localName))
    .map((node) => (node.shadowRoot ?? node).querySelector('caption')?.textContent.trim())
    .filter(Boolean);
const isEnglish = (caption) => /^[IVX]+\. /.test(caption);

/**
 * A docs page is in the toolbar's locale (zh-CN): `<html lang>` and every story shown inline.
 * Each English story is shown in its own frame, in English.
 */
async function docsLocale(page, id) {
  await page
    .waitForFunction(`(${CAPTIONS})().length > 0`, { timeout: TIMEOUT })
    .catch(() => fail(`${id}: no story rendered inline`));
  const inline = await page.evaluate(CAPTIONS);
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== 'zh-CN') fail(`${id}: the docs page's <html lang> is ${lang}`);
  const leaked = inline.filter(isEnglish);
  if (leaked.length) fail(`${id}: inline stories in English on a zh-CN page: ${leaked[0]}`);
  // Storybook loads a story's frame lazily, when it scrolls into view.
  const iframes = await page.$$('iframe[src*="--english"]');
  const frames = [];
  for (const iframe of iframes) {
    await iframe.evaluate((node) => node.scrollIntoView());
    frames.push(await iframe.contentFrame());
  }
  const englishStory = await page.evaluate(() =>
    Boolean(document.querySelector('[id*="--english"]')),
  );
  if (englishStory && frames.length === 0) fail(`${id}: the English story is not in its own frame`);
  for (const frame of frames) {
    // The frame renders first in the source locale, then switches once English has loaded.
    await frame
      .waitForFunction(
        `(${CAPTIONS})().length > 0 && (${CAPTIONS})().every((c) => (${isEnglish})(c))`,
        { timeout: TIMEOUT },
      )
      .catch(() => {});
    const captions = await frame.evaluate(CAPTIONS).catch(() => []);
    if (!captions.length || !captions.every(isEnglish))
      fail(`${id}: the English story's frame shows ${captions[0] ?? 'nothing'}`);
  }
}

/** A free TCP port on this machine. */
async function freePort() {
  const probe = createTcpServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * `storybook dev`, as `npm run storybook` starts it: its output has no warning, and its preview
 * logs none on the first story of each element and on every docs page (Lit's development build
 * warns there, e.g. "Multiple versions of Lit loaded", which a static build never shows).
 */
async function devServer(stories, docs) {
  const port = await freePort();
  const child = spawn(process.execPath, [storybookBin, 'dev', '--ci', '--port', String(port)], {
    cwd: project,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const page = await browser.newPage();
  const logged = [];
  page.on('console', (message) => {
    const text = message.text();
    if (
      ['warn', 'warning', 'error'].includes(message.type()) &&
      !text.startsWith('Lit is in dev mode') &&
      !/status of 404/.test(text)
    )
      logged.push(text.split('\n')[0]);
  });
  page.on('pageerror', (error) => logged.push(String(error)));
  try {
    const started = Date.now();
    while (!/Local:\s+http/.test(plain(output))) {
      if (child.exitCode !== null || Date.now() - started > 4 * TIMEOUT)
        throw new Error(`storybook dev did not start:\n${plain(output)}`);
      await new Promise((resolve) => child.stdout.once('data', resolve));
    }
    const firstOfEach = [...new Map(stories.map((story) => [story.title, story])).values()];
    for (const entry of [...firstOfEach, ...docs]) {
      logged.length = 0;
      const viewMode = entry.type === 'docs' ? 'docs' : 'story';
      await page
        .goto(`http://127.0.0.1:${port}/iframe.html?id=${entry.id}&viewMode=${viewMode}`, {
          waitUntil: 'load',
          timeout: 4 * TIMEOUT,
        })
        .then(() =>
          viewMode === 'docs'
            ? page.waitForSelector('.docblock-argstable tbody tr', { timeout: 4 * TIMEOUT })
            : page.waitForFunction(ELEMENT_SHOWN, { timeout: 4 * TIMEOUT }),
        )
        .catch(() => fail(`storybook dev: ${entry.id} did not render`));
      for (const text of new Set(logged)) fail(`storybook dev: ${entry.id} logs ${text}`);
    }
    for (const warning of warningsIn(output)) fail(`storybook dev: ${warning}`);
  } finally {
    await page.close();
    child.kill();
  }
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
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    if (!/\bsans-serif\s*$/.test(font) || /Times/i.test(font))
      fail(`${story.id}: the preview's font is ${font}, not a sans-serif`);
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
      [...document.querySelectorAll('.docblock-argstable tbody tr')]
        .filter((row) => row.cells.length > 1)
        .map((row) => ({
          name: row.cells[0].textContent.trim(),
          type: [...row.cells[1].querySelectorAll('span')].map((span) => span.textContent.trim()),
          control: row.cells[row.cells.length - 1].textContent.trim(),
          objectControl: Boolean(
            row.querySelector('[aria-label$="as JSON"]') ||
            [...row.querySelectorAll('button')].some((b) => b.textContent === 'Set object'),
          ),
        })),
    );
    const declaration = declarations.find((candidate) =>
      entry.id.endsWith(`-${candidate.tagName}--docs`),
    );
    if (!declaration) fail(`${entry.id}: no element of custom-elements.json documented here`);
    const row = (name) => rows.find((candidate) => candidate.name.startsWith(name));
    const listed = [
      ...(declaration?.attributes ?? []).map((member) => member.name),
      ...(declaration?.events ?? []).map((member) => member.name),
      ...(declaration?.cssProperties ?? []).map((member) => member.name),
      ...(declaration?.cssParts ?? []).map((member) => `::part(${member.name})`),
    ];
    for (const expected of listed) {
      if (!row(expected)) fail(`${entry.id}: API table lacks ${expected}`);
    }
    // Parts and events are documented, never set: no control, no meaningless "Set object".
    for (const name of [
      ...(declaration?.events ?? []).map((member) => member.name),
      ...(declaration?.cssParts ?? []).map((member) => `::part(${member.name})`),
    ]) {
      const found = row(name);
      if (found && found.control !== '-' && found.control !== '')
        fail(`${entry.id}: ${name} has a control (${found.control})`);
    }
    // The report inputs are objects, edited as JSON, not strings.
    for (const name of ['data', 'previous', 'report']) {
      const found = rows.find((candidate) => candidate.name === name);
      if (!found) continue;
      if (found.type.includes('string'))
        fail(`${entry.id}: ${name} is typed ${found.type.join(' | ')}`);
      if (!found.objectControl) fail(`${entry.id}: ${name} has no object control`);
    }
    await docsLocale(page, entry.id);
    if (pageErrors.length) fail(`${entry.id}: ${pageErrors.join(' | ')}`);
  }

  if (!skipBuild) await devServer(stories, docs);

  console.log(
    `Storybook smoke: ${stories.length} stories, ${docs.length} docs pages, ${failures.length} problems`,
  );
} finally {
  await browser.close();
  server.close();
}
process.exit(failures.length ? 1 : 0);
