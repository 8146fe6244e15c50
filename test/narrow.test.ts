/**
 * Small screens and zoom, for every element in both render modes: at 360 px the page never
 * scrolls sideways, whatever the cells show (computed totals, findings, blank and invalid
 * cells); each table scrolls inside its focusable region, from the keyboard too; the row
 * headers stay where they are while the values move under them. At 200 % zoom (a 640 px
 * viewport) and with the text alone doubled (a page's text-size tool), nothing spills out.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { STICKY_CELLS } from '../src/internal/sticky-row-headers.js';
import { setLocale } from '../src/localization.js';
import { ELEMENTS, type DataElement } from './fixtures/elements.js';
import {
  breaksBalance,
  previousBreaksInForce,
  setCell,
  withBlankCells,
  withInvalidCells,
  withoutAnyTotals,
  xiangtan,
  type JsonObject,
} from './fixtures/reports.js';
import { RENDER_MODES, renderRoot, type RenderMode } from './helpers/element.js';

async function render(
  tag: string,
  mode: RenderMode,
  data: JsonObject = xiangtan(),
  previous?: JsonObject,
  locale: 'zh-CN' | 'en' = 'zh-CN',
  parent: Element = document.body,
): Promise<DataElement> {
  await setLocale(locale);
  const el = document.createElement(tag) as DataElement;
  el.toggleAttribute('light-dom', mode === 'light DOM');
  el.data = data;
  if (previous) el.previous = previous;
  parent.append(el);
  await el.updateComplete;
  // The row headers' offsets are measured when ResizeObserver reports, after layout.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return el;
}

const regionsOf = (el: HTMLElement) => [
  ...renderRoot(el).querySelectorAll<HTMLElement>('[role="region"]'),
];

/** The deepest focused element, through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The regions whose table is wider than the screen: they scroll, the page does not. */
const scrollingRegionsOf = (el: HTMLElement) =>
  regionsOf(el).filter((region) => region.scrollWidth > region.clientWidth);

/**
 * Table 二 in Chinese fits a 360 px screen; in English its words need wider columns, so the
 * scrolling of a table 二 alone is tried in English.
 */
const scrollingLocale = (tables: readonly string[]) =>
  tables.length === 1 && tables[0] === 'proactive' ? 'en' : 'zh-CN';

/**
 * Where a page may put an element: in the flow, or in a box as wide as its content (an inline
 * block, a flex item, a layout table's cell), whose width then comes from the tables'.
 */
const LAYOUTS_AROUND = {
  block: '<div data-narrow-test><div data-host></div></div>',
  'inline block': '<div data-narrow-test><div data-host style="display: inline-block"></div></div>',
  'flex item':
    '<div data-narrow-test style="display: flex"><div data-host></div><p>Aside</p></div>',
  'layout table cell': '<table data-narrow-test><tr><td data-host></td></tr></table>',
} as const;

const pageScrollsSideways = () => document.documentElement.scrollWidth > window.innerWidth;

/**
 * What a cell may show besides a number, each in every table that can show it, with the
 * selector of the cells that show it (so that a variant that shows nothing fails).
 */
const CELL_VARIANTS = [
  {
    name: 'computed totals',
    data: withoutAnyTotals,
    shows: 'td[data-computed]',
    // Table 二 has no totals.
    only: ['applications', 'reviewLitigation'] as readonly string[],
  },
  {
    name: 'findings',
    data: () => setCell(breaksBalance(), 'reviewLitigation.litigationDirect.total', 23),
    previous: previousBreaksInForce,
    shows: 'td.flagged',
  },
  { name: 'blank cells', data: withBlankCells, shows: 'td.blank' },
  { name: 'invalid cells', data: withInvalidCells, shows: 'td.invalid' },
] as const;

/** Text that overflows its own box (clipped or spilling), among the element's text blocks. */
const spilling = (el: HTMLElement) =>
  [...renderRoot(el).querySelectorAll<HTMLElement>('caption, th, td, li, p, h2, h3')]
    .filter(
      (node) =>
        node.checkVisibility() &&
        !node.closest('.visually-hidden') &&
        node.scrollWidth > node.clientWidth + 1,
    )
    .map((node) => node.textContent!.trim().slice(0, 20));

/** The captions a region shows (a visually hidden one names its table but is not seen). */
const shownCaptionsOf = (region: HTMLElement) =>
  [...region.querySelectorAll<HTMLElement>('caption')].filter(
    (caption) => !caption.classList.contains('visually-hidden'),
  );

/**
 * How far, in px, a caption's box or its text reaches past the start or the end of what its
 * region shows (its client box, scrollbar excluded): 0 when the reader sees all of it.
 */
function cutOff(caption: HTMLElement, region: HTMLElement): number {
  const start = region.getBoundingClientRect().left + region.clientLeft;
  const end = start + region.clientWidth;
  // The words shown: not those only there for screen readers (a block's name after the caption).
  const shownText = [...caption.querySelectorAll('*')]
    .filter((node) => !node.closest('.visually-hidden'))
    .concat(caption)
    .flatMap((node) => [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE))
    .map((node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getBoundingClientRect();
    });
  return Math.max(
    0,
    ...[caption.getBoundingClientRect(), ...shownText].flatMap((box) => [
      start - box.left,
      box.right - end,
    ]),
  );
}

describe('small screens and zoom', function () {
  this.timeout(20_000);

  afterEach(async () => {
    for (const el of document.querySelectorAll(ELEMENTS.map((e) => e.tag).join(','))) el.remove();
    document.querySelectorAll('[data-narrow-test]').forEach((node) => node.remove());
    document.documentElement.style.removeProperty('font-size');
    await setLocale('zh-CN');
    await setViewport({ width: 800, height: 600 });
  });

  for (const { tag, tables } of ELEMENTS) {
    for (const mode of RENDER_MODES) {
      describe(`<${tag}>, ${mode}, 360 px wide`, () => {
        beforeEach(() => setViewport({ width: 360, height: 740 }));

        for (const variant of CELL_VARIANTS) {
          if ('only' in variant && !tables.some((id) => variant.only.includes(id))) continue;
          it(`never makes the page scroll sideways, with ${variant.name}`, async () => {
            const el = await render(
              tag,
              mode,
              variant.data(),
              'previous' in variant ? variant.previous() : undefined,
            );
            expect(renderRoot(el).querySelector(variant.shows), variant.shows).to.not.equal(null);
            expect(document.documentElement.scrollWidth).to.equal(
              document.documentElement.clientWidth,
            );
          });
        }

        it('scrolls each table wider than the screen inside its region, never the page', async () => {
          for (const locale of ['zh-CN', 'en'] as const) {
            const el = await render(tag, mode, xiangtan(), undefined, locale);
            expect(pageScrollsSideways(), `${locale}: the page scrolls sideways`).to.equal(false);
            const regions = regionsOf(el);
            expect(regions.length).to.be.greaterThan(0);
            for (const region of regions)
              expect(getComputedStyle(region).overflowX).to.equal('auto');
            // Table 二 fits in Chinese (test/layout.test.ts); every other table scrolls.
            const fitting = regions.filter((region) => region.scrollWidth <= region.clientWidth);
            const tableOf = (region: HTMLElement) =>
              region.querySelector<HTMLElement>('td[data-cell]')!.dataset.cell!.split('.')[0];
            expect(fitting.map(tableOf), locale).to.deep.equal(
              locale === 'zh-CN' && tables.includes('proactive') ? ['proactive'] : [],
            );
            el.remove();
          }
        });

        it('shows each caption whole, wrapped within its region, wherever the table is scrolled', async () => {
          for (const locale of ['zh-CN', 'en'] as const) {
            const el = await render(tag, mode, xiangtan(), undefined, locale);
            const regions = regionsOf(el);
            const shown = regions.flatMap((region) =>
              shownCaptionsOf(region).map((caption) => ({ region, caption })),
            );
            // The report hides its captions (its section headings say them); table 二 shows
            // its caption once, above its first block.
            expect(shown.length, locale).to.equal(tag === 'disclosure-annual-report' ? 0 : 1);
            for (const { region, caption } of shown) {
              const name = `${locale}: ${caption.textContent!.trim()}`;
              expect(cutOff(caption, region), `${name}, unscrolled`).to.be.at.most(1);
              region.scrollLeft = region.scrollWidth;
              expect(cutOff(caption, region), `${name}, scrolled to the end`).to.be.at.most(1);
              region.scrollLeft = 0;
            }
            expect(spilling(el), locale).to.deep.equal([]);
            // Widened until every table fits, a caption is as wide as its table again.
            await setViewport({ width: 1280, height: 740 });
            await new Promise((resolve) =>
              requestAnimationFrame(() => requestAnimationFrame(resolve)),
            );
            for (const { caption } of shown)
              expect(caption.getBoundingClientRect().width, `${locale}, widened`).to.equal(
                caption.closest('table')!.getBoundingClientRect().width,
              );
            await setViewport({ width: 360, height: 740 });
            // Where the captions are hidden, the headings that show them fit the screen.
            for (const heading of renderRoot(el).querySelectorAll('h2, h3'))
              expect(heading.getBoundingClientRect().right, heading.textContent!).to.be.at.most(
                document.documentElement.clientWidth,
              );
            el.remove();
          }
        });

        it('is reached with Tab and scrolled with the arrow keys', async () => {
          const before = Object.assign(document.createElement('button'), { textContent: 'before' });
          before.dataset.narrowTest = '';
          document.body.prepend(before);
          const el = await render(tag, mode, xiangtan(), undefined, scrollingLocale(tables));
          before.focus();
          await sendKeys({ press: 'Tab' });
          expect(deepActiveElement()).to.equal(regionsOf(el)[0]);
          const region = scrollingRegionsOf(el)[0];
          expect(region.getAttribute('aria-labelledby')).to.not.equal(null);
          region.focus();
          for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowRight' });
          expect(region.scrollLeft).to.be.greaterThan(0);
          expect(pageScrollsSideways()).to.equal(false);
        });

        it('keeps the row headers in place, side by side and on top, while the values scroll', async () => {
          const locale = scrollingLocale(tables);
          const el = await render(tag, mode, xiangtan(), undefined, locale);
          const tried = scrollingRegionsOf(el).filter(
            (region) => region.querySelector(STICKY_CELLS) !== null,
          );
          // Table 四 has no row headers, and a Chinese table 二 does not scroll.
          expect(tried.length).to.equal(
            tables.filter((id) => id === 'applications' || (id === 'proactive' && locale === 'en'))
              .length,
          );
          for (const region of tried) {
            const sticky = [...region.querySelectorAll<HTMLElement>(STICKY_CELLS)];
            const values = [...region.querySelectorAll<HTMLElement>('td[data-cell]')];
            const x = (node: HTMLElement) =>
              node.getBoundingClientRect().left - region.getBoundingClientRect().left;
            const stuckAt = sticky.map(x);
            const valuesAt = values.map(x);
            region.scrollLeft = region.scrollWidth;
            const scrolled = region.scrollLeft;
            expect(scrolled).to.be.greaterThan(0);
            sticky.forEach((cell, i) =>
              expect(x(cell), cell.textContent!.trim()).to.be.closeTo(stuckAt[i], 1),
            );
            values.forEach((cell, i) =>
              expect(x(cell), cell.dataset.cell).to.be.closeTo(valuesAt[i] - scrolled, 1),
            );
            // Painted above the values that now pass beneath them.
            const root = el.getRootNode() as Document | ShadowRoot;
            const hitRoot = el.shadowRoot ?? root;
            for (const cell of sticky) {
              // Hit-testing sees only the viewport: bring the cell into it vertically.
              window.scrollBy(0, cell.getBoundingClientRect().top - 100);
              const box = cell.getBoundingClientRect();
              const hit = hitRoot.elementFromPoint(
                box.left + box.width / 2,
                box.top + Math.min(box.height / 2, 10),
              );
              expect(cell.contains(hit), `${cell.textContent!.trim()} is covered`).to.equal(true);
            }
          }
        });
      });
    }

    describe(`<${tag}>, wide screen`, () => {
      it('shows each table and its caption as before, whatever layout it sits in', async () => {
        await setViewport({ width: 1280, height: 800 });
        for (const mode of RENDER_MODES)
          for (const [layout, markup] of Object.entries(LAYOUTS_AROUND))
            for (const locale of ['zh-CN', 'en'] as const) {
              const name = `${mode}, ${layout}, ${locale}`;
              document.body.insertAdjacentHTML('beforeend', markup);
              const parent = document.body.lastElementChild!.querySelector('[data-host]')!;
              const el = await render(tag, mode, xiangtan(), undefined, locale, parent);
              for (const region of regionsOf(el)) {
                // Every table fits a 1280 px screen: none scrolls, however its box is sized.
                expect(region.scrollWidth, name).to.equal(region.clientWidth);
                // A shown caption is as wide as its table, as ever.
                for (const caption of shownCaptionsOf(region))
                  expect(caption.getBoundingClientRect().width, name).to.equal(
                    caption.closest('table')!.getBoundingClientRect().width,
                  );
              }
              document.querySelector('[data-narrow-test]')!.remove();
            }
      });
    });

    describe(`<${tag}>, zoomed`, () => {
      it('at 200 % (a 640 px viewport) nothing spills and the page does not scroll sideways', async () => {
        await setViewport({ width: 640, height: 700 });
        const el = await render(tag, 'shadow DOM');
        expect(pageScrollsSideways()).to.equal(false);
        expect(spilling(el)).to.deep.equal([]);
      });

      it('with the text alone at 200 % (a text-size tool) nothing spills and the page does not scroll sideways', async () => {
        await setViewport({ width: 1280, height: 800 });
        document.documentElement.style.fontSize = '200%';
        const el = await render(tag, 'light DOM');
        expect(pageScrollsSideways()).to.equal(false);
        expect(spilling(el)).to.deep.equal([]);
        const th = renderRoot(el).querySelector('th')!;
        expect(parseFloat(getComputedStyle(th).fontSize)).to.be.at.least(30);
      });
    });
  }
});
