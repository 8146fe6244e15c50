/**
 * The framework consumers, built and run for real (`npm run test:examples`, run by CI):
 *
 * 1. the package is packed from a clean copy of the checkout (scripts/pack.mjs), as
 *    examples/.packed/disclosure-tables.tgz, which each example names as a `file:` dependency;
 * 2. each example app (examples/react, examples/vue) is installed with npm (node_modules kept
 *    between runs; npm's cache makes a fresh install offline), type-checked (`tsc` / `vue-tsc`
 *    with strictTemplates) and built with Vite;
 * 3. each build, and the no-build page of docs/no-build.md with its import map, is opened in
 *    Chromium: every table renders its value cells, JSON text renders exactly as an object does,
 *    and each `disclosure-check` reached the app, which shows the count of findings.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';

import { packCleanCopy } from '../scripts/pack.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('..', import.meta.url));
const examples = join(repo, 'examples');
const APPS = ['react', 'vue'];
const TABLE_THREE_VALUE_CELLS = 175;
const MINUTES = 60_000;

/** Runs an npm script or command in an example, failing with its output. */
async function inExample(app, command, args) {
  try {
    return await run(command, args, {
      cwd: join(examples, app),
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: '1' },
    });
  } catch (error) {
    throw new Error(
      `${app}: ${[command, ...args].join(' ')} failed\n${error.stdout}${error.stderr}`,
    );
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
};

/**
 * A static server: `/react/` and `/vue/` are the apps' builds; `/no-build/` is the page of
 * docs/no-build.md, where `https://unpkg.com/NAME@VERSION/` became `/npm/NAME@VERSION/`, served
 * from the installed tarball (disclosure-tables) and the repository's node_modules (Lit), each
 * only at the version installed, so that the documented versions are the ones tested.
 */
function startServer(noBuildPage) {
  const packages = new Map();
  const addPackage = (directory) => {
    const { name, version } = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
    packages.set(`${name}@${version}`, directory);
  };
  addPackage(join(examples, 'vue', 'node_modules', 'disclosure-tables'));
  for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize'])
    addPackage(join(repo, 'node_modules', name));

  const roots = {
    react: join(examples, 'react', 'dist'),
    vue: join(examples, 'vue', 'dist'),
  };
  const requests = [];
  const notFound = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    requests.push(path);
    const send = (status, body, type = 'text/plain') => {
      if (status === 404) notFound.push(path);
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    };
    const sendFile = (file) =>
      existsSync(file) && !file.endsWith('/')
        ? send(200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream')
        : send(404, `not found: ${path}`);
    // Chromium asks for one with the first page; a 404 would be logged as a console error.
    if (path === '/favicon.ico') return send(204, '');
    if (path === '/no-build/') return send(200, noBuildPage, TYPES['.html']);
    // The report the documented page names in its `src`.
    if (path === '/xxgk/2025/report.json')
      return sendFile(join(repo, 'src', 'data', 'xiangtan-county-2025.json'));
    const npm = /^\/npm\/((?:@[^/]+\/)?[^/@]+@[^/]+)\/(.*)$/.exec(path);
    if (npm) {
      const directory = packages.get(npm[1]);
      return directory ? sendFile(join(directory, normalize(npm[2]))) : send(404, `no ${npm[1]}`);
    }
    const app = /^\/(react|vue)\/(.*)$/.exec(path);
    if (app) return sendFile(join(roots[app[1]], normalize(app[2] || 'index.html')));
    return send(404, `not found: ${path}`);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        origin: `http://127.0.0.1:${server.address().port}`,
        requests,
        notFound,
      }),
    ),
  );
}

/** The import map and page of docs/no-build.md, pointed at this test's server. */
function noBuildPageFromDocs() {
  const docs = readFileSync(join(repo, 'docs', 'no-build.md'), 'utf8');
  const block = /```html\n([\s\S]*?)```/.exec(docs);
  assert.ok(block, 'docs/no-build.md has no html block');
  return {
    importMap: JSON.parse(/<script type="importmap">([\s\S]*?)<\/script>/.exec(block[1])[1]),
    page: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${block[1].replaceAll('https://unpkg.com/', '/npm/')}</body></html>`,
  };
}

/** What one page shows once every element on it has checked its data. */
async function settle(page, url) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url, { waitUntil: 'load' });
  return errors;
}

/**
 * Each section of an example app, once its element has rendered: its tag, rendered value cells
 * per table, table text, findings, any error shown instead of a table, and the count the app shows.
 */
async function sectionsOf(page) {
  await page.waitForFunction(() => document.querySelectorAll('section output').length === 3, {
    timeout: 2 * MINUTES,
  });
  await page.evaluate(async () => {
    const elements = [...document.querySelectorAll('section h2 + *')];
    await Promise.all(elements.map((element) => customElements.whenDefined(element.localName)));
    await Promise.all(elements.map((element) => element.updateComplete));
  });
  // The app re-renders once its listener ran: a number replaces the dash. A section whose event
  // never came keeps its dash, and the assertions below say which.
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('section output')].every((o) => /^\d+$/.test(o.textContent)),
      { timeout: 30_000 },
    )
    .catch(() => {});
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('section')].map((section) => {
        const element = section.querySelector('h2 + *');
        const root = element.shadowRoot ?? element;
        const tables = [...root.querySelectorAll('table')];
        return [
          section.id,
          {
            tag: element.localName,
            error: root.querySelector('[part~="error"]')?.textContent.trim() ?? null,
            valueCellsPerTable: tables.map(
              (table) => table.querySelectorAll('td[data-cell]').length,
            ),
            text: tables.map((table) => table.innerText).join('\n'),
            findings: element.findings.length,
            shown: section.querySelector('output').textContent,
          },
        ];
      }),
    ),
  );
}

describe('framework consumers', { timeout: 20 * MINUTES }, () => {
  let browser;
  let serving;
  const typechecks = {};

  before(async () => {
    // One pack for both apps, then their installs side by side (npm's cache serves them).
    const packed = await packCleanCopy();
    mkdirSync(join(examples, '.packed'), { recursive: true });
    copyFileSync(packed.tarball, join(examples, '.packed', 'disclosure-tables.tgz'));
    await Promise.all(
      APPS.map(async (app) => {
        // The tarball changed: npm reinstalls a `file:` dependency that is missing.
        rmSync(join(examples, app, 'node_modules', 'disclosure-tables'), {
          recursive: true,
          force: true,
        });
        await inExample(app, 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund']);
      }),
    );
    for (const app of APPS) {
      typechecks[app] = await inExample(app, 'npm', ['run', '--silent', 'typecheck']).then(
        () => '',
        (error) => error.message,
      );
      await inExample(app, 'npm', ['run', '--silent', 'build']);
    }
    serving = await startServer(noBuildPageFromDocs().page);
    browser = await puppeteer.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS],
    });
  });

  after(async () => {
    await browser?.close();
    serving?.server.close();
  });

  for (const app of APPS) {
    describe(app, () => {
      it(`type-checks with the package's typings (${app === 'vue' ? 'vue-tsc, strictTemplates' : 'tsc, JSX'})`, () => {
        assert.equal(typechecks[app], '');
      });

      it('renders table 三 from an object and from JSON text alike, and the whole report; the app receives each disclosure-check', async () => {
        const page = await browser.newPage();
        const errors = await settle(page, `${serving.origin}/${app}/`);
        const sections = await sectionsOf(page);
        assert.deepEqual(Object.keys(sections), ['object', 'text', 'report']);
        for (const [id, section] of Object.entries(sections)) assert.equal(section.error, null, id);
        for (const id of ['object', 'text']) {
          assert.equal(sections[id].tag, 'disclosure-applications-table', id);
          assert.deepEqual(sections[id].valueCellsPerTable, [TABLE_THREE_VALUE_CELLS], id);
        }
        assert.equal(
          sections.text.text,
          sections.object.text,
          'JSON text renders as the object does',
        );
        assert.equal(sections.report.tag, 'disclosure-annual-report');
        assert.ok(
          sections.report.valueCellsPerTable.includes(TABLE_THREE_VALUE_CELLS),
          `the report's tables: ${sections.report.valueCellsPerTable}`,
        );
        for (const [id, section] of Object.entries(sections))
          assert.equal(section.shown, String(section.findings), `${id}: the count the app shows`);
        assert.deepEqual(errors, []);
        await page.close();
      });
    });
  }

  describe('docs/no-build.md', () => {
    it("its import map loads the package's modules under one prefix, and the element renders", async () => {
      const { importMap } = noBuildPageFromDocs();
      const prefixes = Object.keys(importMap.imports).filter((key) =>
        key.startsWith('disclosure-tables'),
      );
      assert.deepEqual(prefixes, ['disclosure-tables/']);
      const page = await browser.newPage();
      const errors = await settle(page, `${serving.origin}/no-build/`);
      await page.waitForFunction(
        () => {
          const root = document.querySelector('disclosure-applications-table')?.shadowRoot;
          return root?.querySelectorAll('td[data-cell]').length > 0;
        },
        { timeout: 2 * MINUTES },
      );
      const cells = await page.evaluate(
        () =>
          document
            .querySelector('disclosure-applications-table')
            .shadowRoot.querySelectorAll('td[data-cell]').length,
      );
      assert.equal(cells, TABLE_THREE_VALUE_CELLS);
      assert.deepEqual(errors, []);
      // Every module came through the import map, at the documented versions: none was missing.
      assert.deepEqual(serving.notFound, []);
      assert.ok(serving.requests.some((path) => path.startsWith('/npm/lit@')));
      await page.close();
    });
  });
});
