/**
 * The server's output in Chromium: what `disclosure-tables render` (Lit's SSR, from the packed
 * package, test/plugins/package-plugin.mjs) writes for the 2025 sample.
 *
 * - With JavaScript off (an iframe sandboxed without `allow-scripts`), every table shows whole,
 *   from a declarative shadow root or from the light DOM, and the HTML Standard's header
 *   assignment (test/helpers/header-oracle.ts) gives each value cell exactly its headers.
 * - With the element scripts loaded after it, with or without @lit-labs/ssr-client's hydration
 *   support, there is one table, no error, and one `disclosure-check`.
 */
import { expect, waitUntil } from '@open-wc/testing';

import {
  applicationHeaders,
  PROACTIVE_HEADERS,
  reviewLitigationHeaders,
} from './expected-headers.js';
import { assignedHeaderTexts } from './helpers/header-oracle.js';
import { packageBuild } from './helpers/pages.js';

const TABLES = [
  { table: 'applications', tag: 'disclosure-applications-table', valueCells: 175 },
  { table: 'proactive', tag: 'proactive-disclosure-table', valueCells: 10 },
  { table: 'review-litigation', tag: 'review-litigation-table', valueCells: 15 },
  { table: 'report', tag: 'disclosure-annual-report', valueCells: 200 },
] as const;
const MODES = ['shadow DOM', 'light DOM'] as const;

interface Recorded {
  readonly ran: boolean;
  readonly checks: number;
  readonly errors: readonly string[];
}
type PageWindow = Window & typeof globalThis & { __ssr?: Recorded };

/** Every header a value cell should have, written out independently of the layouts. */
function expectedHeaders(key: string): readonly string[] {
  const { columns, rows } = key.startsWith('proactive.')
    ? PROACTIVE_HEADERS[key]
    : key.startsWith('reviewLitigation.')
      ? reviewLitigationHeaders(key)
      : applicationHeaders(key);
  return [...columns, ...rows].sort();
}

const pageUrl = (table: string, mode: (typeof MODES)[number], script?: 'hydrate' | 'upgrade') =>
  `/__ssr__/page.html?table=${table}${mode === 'light DOM' ? '&light-dom' : ''}${script ? `&script=${script}` : ''}`;

const frames: HTMLIFrameElement[] = [];

/** Loads `url` in an iframe, with scripts off when `scripts` is false, and resolves with its window. */
async function open(url: string, { scripts }: { scripts: boolean }): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  // Without `allow-scripts` the frame runs no script at all: the page as a reader with
  // JavaScript disabled gets it. `allow-same-origin` only lets this test read its DOM.
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.width = '1200';
  frame.height = '800';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

/** The element's value cells in its shadow root and in its light DOM. */
function cellsOf(el: HTMLElement): {
  shadow: HTMLTableCellElement[];
  light: HTMLTableCellElement[];
} {
  return {
    shadow: [...(el.shadowRoot?.querySelectorAll<HTMLTableCellElement>('td[data-cell]') ?? [])],
    light: [...el.querySelectorAll<HTMLTableCellElement>('td[data-cell]')],
  };
}

const tablesIn = (root: ParentNode | null | undefined): number =>
  root?.querySelectorAll('table').length ?? 0;

describe('server-rendered tables (disclosure-tables render)', function () {
  this.timeout(30_000);

  before(async function () {
    // Packs the package from a clean copy once per run: a minute or two on a busy machine.
    this.timeout(300_000);
    await packageBuild();
  });

  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  for (const mode of MODES)
    describe(`${mode}, JavaScript disabled`, () => {
      for (const { table, tag, valueCells } of TABLES)
        it(`<${tag}> shows all ${valueCells} value cells, each with exactly its headers`, async () => {
          const page = await open(pageUrl(table, mode, 'hydrate'), { scripts: false });
          // The page's scripts did not run: no recorder, and the element was never defined.
          expect(page.__ssr).to.equal(undefined);
          expect(page.customElements.get(tag)).to.equal(undefined);
          const el = page.document.querySelector<HTMLElement>(tag)!;
          const { shadow, light } = cellsOf(el);
          const cells = mode === 'shadow DOM' ? shadow : light;
          expect(cells.length).to.equal(valueCells);
          expect((mode === 'shadow DOM' ? light : shadow).length).to.equal(0);
          for (const cell of cells) {
            // Laid out and visible: nothing of the table waits for a script to be shown.
            expect(cell.getClientRects().length, cell.dataset.cell).to.be.greaterThan(0);
            expect(page.getComputedStyle(cell).visibility, cell.dataset.cell).to.equal('visible');
            expect(assignedHeaderTexts(cell).sort(), cell.dataset.cell).to.deep.equal(
              expectedHeaders(cell.dataset.cell!),
            );
          }
          const region = (el.shadowRoot ?? el).querySelector('table')!;
          expect(region.getBoundingClientRect().height).to.be.greaterThan(0);
          if (mode === 'shadow DOM') {
            // The element's own styles came with it: header cells have their background.
            const th = el.shadowRoot!.querySelector('th')!;
            expect(page.getComputedStyle(th).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
          }
        });
    });

  for (const mode of MODES)
    for (const script of ['hydrate', 'upgrade'] as const)
      describe(`${mode}, the element scripts loaded after it (${script === 'hydrate' ? 'with' : 'without'} Lit's hydration support)`, () => {
        for (const { table, tag, valueCells } of TABLES)
          it(`<${tag}>: one table per table, no error, one disclosure-check`, async () => {
            const page = await open(pageUrl(table, mode, script), { scripts: true });
            const el = page.document.querySelector<
              HTMLElement & { updateComplete: Promise<boolean> }
            >(tag)!;
            await waitUntil(
              () => page.customElements.get(tag) !== undefined && (page.__ssr?.checks ?? 0) > 0,
              'the element never checked its report',
              { timeout: 20_000 },
            );
            // No update is pending after this: a second check event would have come by now.
            while (!(await el.updateComplete));
            const recorded = page.__ssr!;
            expect(recorded.errors).to.deep.equal([]);
            expect(recorded.checks).to.equal(1);
            const { shadow, light } = cellsOf(el);
            // Each value cell once: a second copy of a table would repeat its keys.
            const keys = [...shadow, ...light].map((cell) => cell.dataset.cell);
            expect(new Set(keys).size).to.equal(keys.length);
            if (mode === 'shadow DOM') {
              expect(shadow.length).to.equal(valueCells);
              expect(light.length).to.equal(0);
              expect(tablesIn(el)).to.equal(0);
            } else {
              expect(light.length).to.equal(valueCells);
              expect(shadow.length).to.equal(0);

              // The command line writes no shadow root in light-DOM mode; if one were there, it
              // would show the light DOM and only that.
              expect(
                [...(el.shadowRoot?.children ?? [])].map((child) => child.localName).join(' '),
              ).to.be.oneOf(['', 'slot']);
            }
            // The server's copy is gone: no Lit SSR marker left anywhere in the element.
            const comments = page.document.createTreeWalker(el, NodeFilter.SHOW_COMMENT);
            while (comments.nextNode())
              expect((comments.currentNode as Comment).data).to.not.match(/lit-part/);
            // The client's rendering still assigns every header.
            for (const cell of mode === 'shadow DOM' ? shadow : light)
              expect(assignedHeaderTexts(cell).sort(), cell.dataset.cell).to.deep.equal(
                expectedHeaders(cell.dataset.cell!),
              );
          });
      });
});
