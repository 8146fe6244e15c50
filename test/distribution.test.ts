/**
 * The package as it ships: the drop-in single file, two copies of it on one page, the CMS
 * example, and an npm consumer importing one element or all of them. Everything runs against a
 * build made for this test run (test/plugins/package-plugin.mjs), not the repository's dist.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { ELEMENTS } from './fixtures/elements.js';
import { xiangtan } from './fixtures/reports.js';
import { frameSettled } from './helpers/settle.js';
import {
  closePages,
  disclosureElements,
  openPage,
  packageBuild,
  packageConsumer,
  requestedPaths,
  rootOf,
  whenRendered,
  type Consumer,
  type PageWindow,
} from './helpers/pages.js';

const TAGS = ELEMENTS.map((element) => element.tag);
const SINGLE_FILE = '/dist/disclosure-tables.min.js';

/** Adds one of each element to `page`, given the Xiangtan report as a property (no request). */
function addEveryElement(page: PageWindow): HTMLElement[] {
  return TAGS.map((tag) => {
    const el = page.document.createElement(tag) as HTMLElement & { data: unknown };
    el.data = xiangtan();
    page.document.body.append(el);
    return el;
  });
}

/**
 * Rules as the browser understood them, whatever their source's spelling: each style rule's
 * selector and its declarations, sorted, without optional spaces, and with font-weight keywords
 * as numbers (Lightning CSS writes 700 for bold); conditional rules around their own.
 */
function normalized(rules: CSSRuleList): string[] {
  const declaration = (text: string) =>
    text
      .replace(/\s*([,:])\s*/g, '$1')
      .replace(/^font-weight:bold$/, 'font-weight:700')
      .replace(/^font-weight:normal$/, 'font-weight:400');
  return [...rules].map((rule) => {
    if (rule instanceof CSSStyleRule) {
      const declarations = rule.style.cssText.split(/;\s*/).filter(Boolean).map(declaration).sort();
      return `${rule.selectorText}{${declarations.join(';')}}${normalized(rule.cssRules).join('')}`;
    }
    if (rule instanceof CSSGroupingRule) {
      return `${rule.cssText.slice(0, rule.cssText.indexOf('{')).trim()}{${normalized(rule.cssRules).join('')}}`;
    }
    return rule.cssText;
  });
}

const registeredTags = (page: PageWindow): string[] =>
  TAGS.filter((tag) => page.customElements.get(tag));

describe('distribution', function () {
  this.timeout(30_000);

  before(async function () {
    // The first build of the run: Vite twice and tsc, a few seconds on two cores.
    this.timeout(180_000);
    await packageBuild();
  });

  afterEach(closePages);

  describe('the single file', () => {
    it('registers every element and renders it, with no request besides itself', async () => {
      const page = await openPage('/test/pages/single-file.html');
      await waitUntil(
        () => registeredTags(page).length === TAGS.length,
        'not every element registered',
      );
      const elements = addEveryElement(page);
      await whenRendered(elements);
      for (const el of elements)
        expect(rootOf(el).querySelectorAll('td[data-cell]').length, el.localName).to.be.greaterThan(
          0,
        );
      expect(requestedPaths(page).filter((path) => !path.startsWith('/test/pages/'))).to.deep.equal(
        [SINGLE_FILE],
      );
      expect(page.__recorded).to.deep.equal({ violations: [], errors: [] });
    });

    it('holds Lit in production mode, and imports nothing but its English file, on demand', async () => {
      const code = await fetch(SINGLE_FILE).then((response) => response.text());
      expect(code).to.not.contain('Lit is in dev mode');
      // No static import: everything a Chinese page needs is inside. One dynamic import, of the
      // English translation beside the file itself.
      const imports = [...code.matchAll(/\bimport\s*(?:\(\s*)?[`"'{*][^;)]*/g)].map((m) => m[0]);
      expect(imports).to.deep.equal(['import(`./disclosure-tables.en.js`']);
      const english = await fetch(SINGLE_FILE.replace('.min.js', '.en.js')).then((r) => r.text());
      expect(english, 'the English file imports nothing').to.not.match(/\bimport\s*[("'{*]/);
    });

    it('on an English page, fetches its English file from beside itself, and shows English', async () => {
      const page = await openPage('/test/pages/single-file-en.html');
      await waitUntil(
        () => registeredTags(page).length === TAGS.length,
        'not every element registered',
      );
      const elements = addEveryElement(page);
      await whenRendered(elements);
      const table = elements.find((el) => el.localName === 'disclosure-applications-table')!;
      await waitUntil(
        () => rootOf(table).querySelector('caption')?.textContent?.startsWith('III.'),
        'the table never turned English',
        { timeout: 20_000 },
      );
      expect(requestedPaths(page).filter((path) => !path.startsWith('/test/pages/'))).to.deep.equal(
        [SINGLE_FILE, SINGLE_FILE.replace('.min.js', '.en.js')],
      );
      expect(page.__recorded).to.deep.equal({ violations: [], errors: [] });
    });

    it("names its licence and Lit's in its first line, and the licences file beside it holds their texts", async () => {
      const code = await fetch(SINGLE_FILE).then((response) => response.text());
      const banner = code.slice(0, code.indexOf('*/') + 2);
      expect(banner).to.match(/^\/\*! disclosure-tables, MIT License\. Includes Lit/);
      expect(banner).to.contain('disclosure-tables.licenses.txt');
      const licences = await fetch(SINGLE_FILE.replace('.min.js', '.licenses.txt')).then(
        (response) => (response.ok ? response.text() : ''),
      );
      // Every package the file inlines, each with its licence's own text.
      for (const name of [
        'disclosure-tables',
        'lit-html',
        'lit-element',
        '@lit/reactive-element',
        '@lit/localize',
      ])
        expect(licences, name).to.contain(`${name}\n${'='.repeat(name.length)}\n`);
      expect(licences).to.contain('Copyright (c) 2017 Google LLC');
      expect(licences).to.contain('Permission is hereby granted, free of charge');
    });

    it('carries the styles of the source, minified: once parsed, the very same rules', async () => {
      const page = await openPage('/test/pages/single-file.html');
      await waitUntil(
        () => registeredTags(page).length === TAGS.length,
        'not every element registered',
      );
      const rulesOf = (cssText: string) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(cssText);
        return normalized(sheet.cssRules);
      };
      for (const tag of TAGS) {
        const built = (page.customElements.get(tag) as unknown as typeof LitElement).elementStyles;
        const source = (customElements.get(tag) as unknown as typeof LitElement).elementStyles;
        const text = (styles: typeof built) =>
          styles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
        expect(text(built).length, tag).to.be.lessThan(text(source).length);
        expect(rulesOf(text(built)), tag).to.deep.equal(rulesOf(text(source)));
      }
    });

    it('does no harm as two copies on one page: the first copy defines, the second steps aside', async () => {
      const page = await openPage('/test/pages/two-copies.html');
      await waitUntil(
        () => registeredTags(page).length === TAGS.length,
        'not every element registered',
      );
      // Both module instances ran: they were requested, and neither threw.
      await waitUntil(
        () => requestedPaths(page).includes(`${SINGLE_FILE}?copy=2`),
        'second copy not loaded',
      );
      await frameSettled(page);
      const elements = addEveryElement(page);
      await whenRendered(elements);
      expect(page.__recorded).to.deep.equal({ violations: [], errors: [] });
    });
  });

  describe('examples/cms.html', () => {
    it('renders every element on it from the single file alone, with no error', async () => {
      const page = await openPage('/examples/cms.html', { width: 1100, height: 900 });
      await waitUntil(
        () => disclosureElements(page, TAGS).length > 0,
        'no elements on the example',
      );
      const elements = disclosureElements(page, TAGS);
      await whenRendered(elements);
      // The page's own scripts, without the test server's live-reload socket and the data.
      const scripts = [...page.document.scripts].filter(
        (script) => script.type !== 'application/json' && !script.src.includes('/__web-dev-server'),
      );
      expect(
        scripts.map((script) => new URL(script.src, page.location.href).pathname),
      ).to.deep.equal([SINGLE_FILE]);
      const requests = requestedPaths(page);
      expect(requests.filter((path) => path.endsWith('.js'))).to.deep.equal([SINGLE_FILE]);
      for (const el of elements) {
        expect(
          (el as HTMLElement & { findings: readonly unknown[] }).findings,
          el.localName,
        ).to.deep.equal([]);
        expect(rootOf(el).querySelector('table'), el.localName).to.not.equal(null);
      }
      expect(
        new Set(elements.map((el) => el.localName)).size,
        'the example shows several elements',
      ).to.be.greaterThan(1);
    });
  });

  describe('the npm package', () => {
    let consumer: Consumer;

    before(async function () {
      this.timeout(180_000);
      consumer = await packageConsumer();
    });

    it('packs every file that package.json names, and no sources or tests', () => {
      for (const { target, matches } of consumer.named)
        expect(matches.length, `${target} is not in the tarball`).to.be.greaterThan(0);
      expect(consumer.packed).to.include.members([
        'LICENSE',
        'dist/disclosure-tables.licenses.txt',
        'dist/disclosure-tables.min.js',
        'dist/index.js',
        'dist/index.d.ts',
        'custom-elements.json',
        'disclosure-report.schema.json',
      ]);
      expect(
        consumer.packed.filter((file) => /^(src|test|scripts|examples)\//.test(file)),
      ).to.deep.equal([]);
      // One entry per element, each with its declarations.
      for (const tag of TAGS) {
        expect(consumer.packed, tag).to.include.members([
          `dist/components/${tag}/define.js`,
          `dist/components/${tag}/define.d.ts`,
        ]);
      }
    });

    it('is built by `prepack` when packed from a clean checkout, which has no dist/', () => {
      // scripts/pack.mjs copies only the files git knows of, so every dist/ file in the tarball
      // was built by npm pack itself.
      expect(consumer.scripts.prepack).to.be.a('string');
      expect(consumer.packed).to.include.members([
        'dist/react/index.js',
        'dist/react/index.d.ts',
        'dist/vue/index.d.ts',
      ]);
    });

    it('names, in its custom-elements.json, only modules it ships, and only real elements as elements', () => {
      const modules = consumer.elementsManifest.modules;
      expect(modules.length).to.be.greaterThan(0);
      for (const module of modules) expect(consumer.packed, module.path).to.include(module.path);
      const referenced = JSON.stringify(modules).match(/"module":"[^"]+"/g) ?? [];
      expect(referenced.length).to.be.greaterThan(0);
      for (const reference of referenced) {
        const path = reference.slice('"module":"'.length, -1);
        expect(consumer.packed, reference).to.include(path);
      }
      const declarations = modules.flatMap((module) => module.declarations ?? []);
      const elements = declarations.filter((declaration) => declaration.customElement);
      expect(elements.map((element) => element.tagName)).to.include.members(TAGS);
      expect(elements.filter((element) => !element.tagName)).to.deep.equal([]);
      // The abstract base is still described, as the class the elements inherit from.
      const base = declarations.find((declaration) => declaration.name === 'DisclosureDataElement');
      expect(base).to.not.equal(undefined);
      expect(base?.customElement).to.equal(undefined);
    });

    it("type-checks a consumer's import of one element and of the whole package through `exports`", () => {
      expect(consumer.typecheck.output).to.equal('');
      expect(consumer.typecheck.ok).to.equal(true);
    });

    it('registers only the one element a bundled consumer imported, and it renders', async () => {
      const page = await openPage('/__consumer__/one.html');
      await waitUntil(
        () => page.customElements.get('disclosure-applications-table'),
        'the imported element is not registered',
      );
      expect(registeredTags(page)).to.deep.equal(['disclosure-applications-table']);
      const el = page.document.createElement('disclosure-applications-table') as HTMLElement & {
        data: unknown;
      };
      el.data = xiangtan();
      page.document.body.append(el);
      await whenRendered([el]);
      expect(rootOf(el).querySelectorAll('td[data-cell]')).to.have.length(175);
      expect(page.__recorded ?? { violations: [], errors: [] }).to.deep.equal({
        violations: [],
        errors: [],
      });
    });

    it('registers every element when a bundled consumer imports the package (its sideEffects keep each define)', async () => {
      const page = await openPage('/__consumer__/all.html');
      await waitUntil(
        () => registeredTags(page).length === TAGS.length,
        `registered only ${registeredTags(page).join(', ')}`,
      );
      const elements = addEveryElement(page);
      await whenRendered(elements);
    });
  });
});
