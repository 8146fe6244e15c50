/**
 * Server rendering with Lit's SSR, in a plain Node process: no DOM shim, no `document`, `window`
 * or `MutationObserver`. The package is packed from a clean copy of the checkout
 * (scripts/pack.mjs) and imported from its `dist/`, as a site's server would import it.
 * `npm run test:cli` runs it (CI too); test/ssr.test.ts opens the output in Chromium.
 *
 * Every element renders, from a report object, into a declarative shadow root, or with
 * `light-dom` into its light DOM; a `src` element renders a placeholder in the reader's language
 * and fetches nothing; the snippet of docs/publishing-without-javascript.md runs as printed.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import { packCleanCopy } from '../scripts/pack.mjs';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('..', import.meta.url));
const SAMPLE_2025 = join(repo, 'src', 'data', 'xiangtan-county-2025.json');
const DOM_GLOBALS = ['document', 'window', 'MutationObserver', 'ResizeObserver', 'Node'];

/** Each element showing data, and how many value cells the 2025 sample gives it. */
const ELEMENTS = [
  { tag: 'disclosure-applications-table', valueCells: 175 },
  { tag: 'review-litigation-table', valueCells: 15 },
  { tag: 'proactive-disclosure-table', valueCells: 10 },
  { tag: 'disclosure-annual-report', valueCells: 200 },
];

let packed;
let work;
/** What the test imports from the packed package and from Lit. */
let ssr;

const valueCells = (markup) => (markup.match(/<td[^>]* data-cell="/g) ?? []).length;

/** The element's declarative shadow root (`<template shadowrootmode>` … `</template>`), and what follows it. */
function split(markup, tag) {
  const start = markup.indexOf(`<${tag}`);
  assert.ok(start >= 0, `no <${tag}> in the output`);
  const open = markup.indexOf('<template shadowroot', start);
  const close = markup.indexOf('</template>', open);
  const end = markup.lastIndexOf(`</${tag}>`);
  if (open < 0 || open > end) return { shadow: '', light: markup.slice(start, end) };
  return { shadow: markup.slice(open, close), light: markup.slice(close, end) };
}

/** Every `headers` token of the markup names an `id` of the same markup, and some do. */
function assertHeaderReferencesResolve(markup) {
  const ids = new Set([...markup.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
  const references = [...markup.matchAll(/ headers="([^"]+)"/g)].flatMap((m) => m[1].split(' '));
  assert.ok(references.length > 0, 'no headers attribute');
  for (const id of references) assert.ok(ids.has(id), `headers names ${id}, which no cell has`);
}

describe('server rendering with @lit-labs/ssr, no DOM shim', { timeout: 10 * 60_000 }, () => {
  before(async () => {
    for (const name of DOM_GLOBALS) assert.equal(typeof globalThis[name], 'undefined', name);
    packed = await packCleanCopy();
    work = mkdtempSync(join(tmpdir(), 'disclosure-tables-ssr-'));
    const fromPackage = (path) => import(pathToFileURL(join(packed.dist, path)).href);
    // The package first, as a server imports it: nothing below may define a DOM global for it.
    const entry = await fromPackage('index.js');
    const { render } = await import('@lit-labs/ssr');
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    const { renderLight } = await import('@lit-labs/ssr-client/directives/render-light.js');
    // Named apart from `html`: a tag chosen at run time is what lit/static-html is for.
    const { html: staticHtml, unsafeStatic } = await import('lit/static-html.js');
    const { nothing } = await import('lit');
    ssr = { entry, render, collectResult, renderLight, staticHtml, unsafeStatic, nothing };
  });

  after(async () => {
    await ssr?.entry.setLocale('zh-CN');
    rmSync(work, { recursive: true, force: true });
  });

  /** Renders `<tag>` with the given bindings; `light` puts `renderLight()` inside it. */
  async function renderElement(tag, { data, src, light = false } = {}) {
    const { staticHtml, unsafeStatic, renderLight, render, collectResult, nothing } = ssr;
    const name = unsafeStatic(tag);
    const template = light
      ? staticHtml`<${name} light-dom .data=${data} src=${src ?? nothing}>${renderLight()}</${name}>`
      : staticHtml`<${name} .data=${data} src=${src ?? nothing}></${name}>`;
    const started = performance.now();
    const markup = await collectResult(render(template));
    return { markup, ms: performance.now() - started };
  }

  it('imports the package entry with no DOM global defined, before or after', () => {
    for (const name of DOM_GLOBALS) assert.equal(typeof globalThis[name], 'undefined', name);
    // Lit's own server build registers elements in a registry of its own making.
    assert.ok(globalThis.customElements.get('disclosure-applications-table'));
  });

  for (const { tag, valueCells: expected } of ELEMENTS) {
    describe(`<${tag}>`, () => {
      it('renders every value cell into a declarative shadow root, with its styles', async (t) => {
        const report = JSON.parse(readFileSync(SAMPLE_2025, 'utf8'));
        const { markup, ms } = await renderElement(tag, { data: report });
        t.diagnostic(`${markup.length} characters in ${ms.toFixed(1)} ms`);
        assert.match(
          markup,
          new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"><style>`),
        );
        const { shadow, light } = split(markup, tag);
        assert.equal(valueCells(shadow), expected);
        assert.equal(valueCells(light), 0);
        assert.doesNotMatch(light, /<table/);
        assertHeaderReferencesResolve(shadow);
        for (const name of DOM_GLOBALS) assert.equal(typeof globalThis[name], 'undefined', name);
      });

      it('renders into its light DOM with light-dom and renderLight(), its shadow root a bare slot', async (t) => {
        const report = JSON.parse(readFileSync(SAMPLE_2025, 'utf8'));
        const { markup, ms } = await renderElement(tag, { data: report, light: true });
        t.diagnostic(`${markup.length} characters in ${ms.toFixed(1)} ms`);
        const { shadow, light } = split(markup, tag);
        assert.equal(valueCells(light), expected);
        assert.equal(valueCells(shadow), 0);
        assert.doesNotMatch(shadow, /<table/);
        assert.match(shadow, /<slot><\/slot>/);
        assertHeaderReferencesResolve(light);
      });

      it('renders a placeholder for src, naming the file, and fetches nothing', async () => {
        const fetched = [];
        const fetch = globalThis.fetch;
        globalThis.fetch = async (url) => {
          fetched.push(String(url));
          throw new Error('no fetch on the server');
        };
        try {
          const zh = await renderElement(tag, { src: '/reports/2025.json' });
          assert.match(zh.markup, /data-status="deferred"/);
          assert.match(zh.markup, /此表的数据由浏览器中的脚本加载，需要启用 JavaScript。/);
          assert.match(zh.markup, /<a href="\/reports\/2025\.json">/);
          assert.doesNotMatch(zh.markup, /<table/);
          assert.doesNotMatch(zh.markup, /正在加载/);
          await ssr.entry.setLocale('en');
          const en = await renderElement(tag, { src: '/reports/2025.json' });
          assert.match(en.markup, /data-status="deferred"/);
          assert.match(en.markup, /JavaScript/);
          assert.doesNotMatch(
            en.markup,
            /[\u4e00-\u9fff]/,
            'a Chinese word in the English placeholder',
          );
        } finally {
          globalThis.fetch = fetch;
          await ssr.entry.setLocale('zh-CN');
        }
        assert.deepEqual(fetched, []);
      });
    });
  }

  it('renders a src light-dom element as the same placeholder, in its light DOM', async () => {
    const { markup } = await renderElement('disclosure-applications-table', {
      src: 'https://example.org/2025.json',
      light: true,
    });
    const { shadow, light } = split(markup, 'disclosure-applications-table');
    assert.match(light, /data-status="deferred"/);
    assert.doesNotMatch(shadow, /data-status/);
  });

  it('switches locale on the server with setLocale, leaving no window behind', async () => {
    const report = JSON.parse(readFileSync(SAMPLE_2025, 'utf8'));
    await ssr.entry.setLocale('en');
    try {
      const { markup } = await renderElement('disclosure-applications-table', { data: report });
      assert.match(
        markup,
        /Requests for disclosure of government information received and handled/,
      );
      assert.equal(typeof globalThis.window, 'undefined');
    } finally {
      await ssr.entry.setLocale('zh-CN');
    }
    const { markup } = await renderElement('disclosure-applications-table', { data: report });
    assert.match(markup, /收到和处理政府信息公开申请情况/);
  });

  it("renders the element's own message for unusable data", async () => {
    const { markup } = await renderElement('review-litigation-table', {
      data: '{"reviewLitigation": ',
    });
    assert.match(markup, /role="alert"/);
    assert.doesNotMatch(markup, /<table/);
  });

  it('renders <disclosure-enhance> (which renders nothing of its own) without an error', async () => {
    const { staticHtml: html, render, collectResult } = ssr;
    const markup = await collectResult(
      render(html`<disclosure-enhance for=".article"></disclosure-enhance>`),
    );
    // Its shadow root, which Lit's SSR always writes, keeps what the page puts inside it in view.
    assert.match(
      markup,
      /<disclosure-enhance\s+for=".article"><template shadowroot="open" shadowrootmode="open">(<!--[^>]*-->)*<slot><\/slot>/,
    );
  });

  it('runs the snippet of docs/publishing-without-javascript.md as printed', async () => {
    const doc = readFileSync(join(repo, 'docs', 'publishing-without-javascript.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Rendering on your own server'));
    const snippet = /```js\n([\s\S]*?)```/.exec(section)?.[1];
    assert.ok(snippet, 'no js block in the section "Rendering on your own server"');
    // A server project with the packed package and Lit's SSR installed.
    const project = join(work, 'server');
    mkdirSync(join(project, 'node_modules', '@lit-labs'), { recursive: true });
    symlinkSync(packed.packageDir, join(project, 'node_modules', 'disclosure-tables'), 'dir');
    symlinkSync(join(repo, 'node_modules', 'lit'), join(project, 'node_modules', 'lit'), 'dir');
    for (const name of ['ssr', 'ssr-client']) {
      symlinkSync(
        join(repo, 'node_modules', '@lit-labs', name),
        join(project, 'node_modules', '@lit-labs', name),
        'dir',
      );
    }
    writeFileSync(join(project, 'package.json'), '{ "type": "module", "private": true }');
    writeFileSync(join(project, 'render-report.mjs'), snippet);
    const { stdout, stderr } = await run(process.execPath, ['render-report.mjs', SAMPLE_2025], {
      cwd: project,
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.equal(stderr, '');
    const report = split(stdout, 'disclosure-annual-report');
    assert.equal(valueCells(report.shadow), 200);
    const table = split(stdout, 'disclosure-applications-table');
    assert.equal(valueCells(table.light), 175);
    assert.equal(valueCells(table.shadow), 0);
  });
});
