/**
 * How the tables lay out at the widths readers use, in every element and both render modes:
 * - a Chinese column header of four characters or fewer (商业企业, 其他, 总计, 结果维持) is one
 *   word and never breaks inside, at any width: the value columns take the width their headers
 *   need and the row headers the rest, or the table scrolls in its region; no header anywhere
 *   stacks one character per line (table 四 at 360 px did);
 * - at 360 px table 二 shows each label with its number without scrolling sideways: in Chinese
 *   the whole table fits, in English a block's single value stands beside its label;
 * - in English every table fits a 1280 px screen (table IV did not).
 * Layout is CSS alone (table.styles.ts); these tests measure what the browser laid out.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/components/disclosure-report-editor/define.js';
import { setLocale } from '../src/localization.js';
import { ELEMENTS, type DataElement } from './fixtures/elements.js';
import { xiangtan } from './fixtures/reports.js';
import { RENDER_MODES, renderRoot, type RenderMode } from './helpers/element.js';
import { settled } from './helpers/settle.js';

type Locale = 'zh-CN' | 'en';

async function render(tag: string, mode: RenderMode, locale: Locale): Promise<HTMLElement> {
  await setLocale(locale);
  const el = document.createElement(tag) as DataElement;
  el.toggleAttribute('light-dom', mode === 'light DOM');
  if (tag !== 'disclosure-report-editor') el.data = xiangtan();
  document.body.append(el);
  await settled();
  // Laid out, and the sticky row headers measured when ResizeObserver reported.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return el;
}

/** The lines a node's text is laid out on: the distinct tops of its text's line boxes. */
function lineCount(node: Node): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  const tops = new Set<number>();
  for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
  return tops.size;
}

const labelOf = (th: Element) => th.textContent!.trim();
const headersOf = (el: HTMLElement) => [...renderRoot(el).querySelectorAll('th')];
const columnHeadersOf = (el: HTMLElement) =>
  [...renderRoot(el).querySelectorAll('th[scope="col"]')].filter((th) => labelOf(th) !== '');

/** The column headers of four characters or fewer that break, with the lines they take. */
const brokenShortHeaders = (el: HTMLElement) =>
  columnHeadersOf(el)
    .filter((th) => [...labelOf(th)].length <= 4 && lineCount(th) > 1)
    .map((th) => `${labelOf(th)} (${lineCount(th)} lines)`);

/** Headers of two or more characters laid out one character per line. */
const stackedHeaders = (el: HTMLElement) =>
  headersOf(el)
    .filter((th) => [...labelOf(th)].length >= 2 && lineCount(th) >= [...labelOf(th)].length)
    .map(labelOf);

const regionsOf = (el: HTMLElement) => [
  ...renderRoot(el).querySelectorAll<HTMLElement>('[part="scroll-region"], .scroll'),
];

const TABLE_ELEMENTS = [
  ...ELEMENTS.map(({ tag, tables }) => ({ tag, tables, modes: RENDER_MODES })),
  // The editor draws the same tables with inputs, in a shadow root only.
  {
    tag: 'disclosure-report-editor',
    tables: ['proactive', 'applications', 'reviewLitigation'],
    modes: ['shadow DOM'] as const,
  },
] as const;

describe('table layout', function () {
  this.timeout(60_000);

  afterEach(async () => {
    for (const { tag } of TABLE_ELEMENTS)
      for (const el of document.querySelectorAll(tag)) el.remove();
    await setLocale('zh-CN');
    await setViewport({ width: 800, height: 600 });
  });

  describe('Chinese column headers', () => {
    for (const width of [360, 800, 1024, 1280]) {
      for (const { tag, modes } of TABLE_ELEMENTS) {
        for (const mode of modes) {
          it(`<${tag}>, ${mode}, ${width} px: no header of four characters or fewer breaks, none stacks a character per line`, async () => {
            await setViewport({ width, height: 800 });
            const el = await render(tag, mode, 'zh-CN');
            const short = columnHeadersOf(el).filter((th) => [...labelOf(th)].length <= 4);
            // 商业企业, 其他, 总计, 结果维持, 信息内容 …: the check has something to check.
            expect(short.length).to.be.greaterThan(0);
            expect(brokenShortHeaders(el)).to.deep.equal([]);
            expect(stackedHeaders(el)).to.deep.equal([]);
            expect(document.documentElement.scrollWidth).to.equal(window.innerWidth);
          });
        }
      }
    }

    it('the line count sees a header that breaks (the check can fail)', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await render('disclosure-applications-table', 'shadow DOM', 'zh-CN');
      const th = columnHeadersOf(el).find((cell) => labelOf(cell) === '商业企业') as HTMLElement;
      expect(brokenShortHeaders(el)).to.deep.equal([]);
      th.style.wordBreak = 'normal';
      th.style.inlineSize = '1em';
      expect(brokenShortHeaders(el)).to.deep.equal(['商业企业 (4 lines)']);
      expect(stackedHeaders(el)).to.deep.equal(['商业企业']);
    });
  });

  describe('table 二 at 360 px', () => {
    for (const tag of ['proactive-disclosure-table', 'disclosure-annual-report']) {
      for (const mode of RENDER_MODES) {
        for (const locale of ['zh-CN', 'en'] as const) {
          it(`<${tag}>, ${mode}, ${locale}: each single value shows beside its label without scrolling`, async () => {
            await setViewport({ width: 360, height: 740 });
            const el = await render(tag, mode, locale);
            const region = regionsOf(el).find((r) => r.querySelector('[data-cell^="proactive."]'))!;
            const box = region.getBoundingClientRect();
            const visible = (node: Node) => {
              const range = document.createRange();
              range.selectNodeContents(node);
              const text = range.getBoundingClientRect();
              return text.width > 0 && text.left >= box.left && text.right <= box.right;
            };
            const singles = [...region.querySelectorAll<HTMLElement>('td[data-cell][colspan]')];
            // 行政许可, 行政处罚, 行政强制, 行政事业性收费.
            expect(singles.map((td) => td.dataset.cell)).to.deep.equal([
              'proactive.licensing',
              'proactive.penalties',
              'proactive.coercion',
              'proactive.fees',
            ]);
            for (const td of singles) {
              const label = td.parentElement!.querySelector('th')!;
              expect(visible(label), labelOf(label)).to.equal(true);
              expect(visible(td.firstChild!), `${td.dataset.cell} ${td.textContent}`).to.equal(
                true,
              );
            }
            // In Chinese the whole table fits: every number is in view.
            if (locale === 'zh-CN') {
              expect(region.scrollWidth).to.equal(region.clientWidth);
              for (const td of region.querySelectorAll('td[data-cell]'))
                expect(visible(td.firstChild!), td.getAttribute('data-cell')!).to.equal(true);
            }
            expect(document.documentElement.scrollWidth).to.equal(window.innerWidth);
          });
        }
      }
    }
  });

  describe('English at 1280 px', () => {
    for (const { tag, tables } of ELEMENTS) {
      for (const mode of RENDER_MODES) {
        it(`<${tag}>, ${mode}: every table fits, table IV too`, async () => {
          await setViewport({ width: 1280, height: 800 });
          const el = await render(tag, mode, 'en');
          const regions = regionsOf(el);
          expect(regions.length).to.equal(tables.length);
          for (const region of regions) {
            expect(region.scrollWidth, region.textContent!.slice(0, 40)).to.be.at.most(
              region.clientWidth,
            );
          }
          expect(document.documentElement.scrollWidth).to.equal(window.innerWidth);
        });
      }
    }
  });
});
