/**
 * Theming and the age-friendly (适老化) defaults, for every element: each public custom property
 * restyles what it says; the defaults give text a contrast of at least 4.5:1 and a line height of
 * at least 1.3, and never carry meaning by colour alone; Windows high contrast (forced colours)
 * keeps the borders, the flagged outline and the markers. (That every part and property is
 * documented is test/manifest.test.ts's job.)
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { tableStyles } from '../src/internal/table.styles.js';
import { ELEMENTS, type DataElement } from './fixtures/elements.js';
import { setCell, withoutTotals, xiangtan, type JsonObject } from './fixtures/reports.js';
import { RENDER_MODES, renderRoot, type RenderMode } from './helpers/element.js';

/** The Xiangtan report with every 总计 left out (computed) and one invalid cell in each table. */
function withMarkers(): JsonObject {
  const doc = withoutTotals();
  (doc.reviewLitigation as JsonObject).review = [37, 19, 4, 17];
  setCell(doc, 'applications.withheld.queryMatter.research', -1);
  setCell(doc, 'proactive.rules.issued', -1);
  setCell(doc, 'reviewLitigation.litigationDirect.upheld', -1);
  return doc;
}

async function render(
  tag: string,
  data: unknown,
  mode: RenderMode = 'shadow DOM',
  style = '',
): Promise<DataElement> {
  const el = document.createElement(tag) as DataElement;
  el.toggleAttribute('light-dom', mode === 'light DOM');
  if (style) el.style.cssText = style;
  el.data = data;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** sRGB channels of a computed `rgb()`/`rgba()` colour. */
function channels(color: string): number[] {
  const match = color.match(/rgba?\(([^)]+)\)/);
  if (!match) throw new Error(`not an rgb colour: ${color}`);
  return match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
}

/** WCAG 2 relative luminance. */
function luminance(color: string): number {
  const [r, g, b] = channels(color).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The background a node's text is drawn on: the first opaque one up the composed tree. */
function backgroundOf(node: Element): string {
  for (let current: Element | null = node; current;) {
    const color = getComputedStyle(current).backgroundColor;
    const alpha = channels(color)[3] ?? 1;
    if (alpha === 1) return color;
    if (alpha !== 0) throw new Error(`translucent background on ${current.localName}: ${color}`);
    current = current.parentElement ?? ((current.getRootNode() as ShadowRoot).host || null);
  }
  return 'rgb(255, 255, 255)';
}

/** Every element that directly holds visible text, with its colour and its background. */
function textColours(el: HTMLElement) {
  const holders = new Set<Element>();
  const walker = document.createTreeWalker(renderRoot(el) as Node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const parent = text.parentElement;
    if (
      parent &&
      text.textContent!.trim() &&
      parent.checkVisibility() &&
      !parent.closest('.visually-hidden, script')
    )
      holders.add(parent);
  }
  return [...holders].map((holder) => ({
    holder,
    label: `${holder.localName}.${holder.className} "${holder.textContent!.trim().slice(0, 12)}"`,
    color: getComputedStyle(holder).color,
    background: backgroundOf(holder),
  }));
}

/** A system colour as this browser resolves it now (forced colours change them). */
function systemColour(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

const forcedColors = (active: boolean) => executeServerCommand('emulate-forced-colors', { active });

describe('theming and defaults', function () {
  this.timeout(20_000);

  afterEach(() => {
    for (const el of document.querySelectorAll(ELEMENTS.map((e) => e.tag).join(','))) el.remove();
  });

  it('gives every element the one shared table style sheet', () => {
    for (const { tag } of ELEMENTS) {
      const styles = (customElements.get(tag) as typeof LitElement).elementStyles;
      expect(styles, tag).to.include(tableStyles);
    }
  });

  for (const mode of RENDER_MODES) {
    describe(`each public custom property restyles what it names (${mode})`, () => {
      const cases: readonly [
        property: string,
        value: string,
        selector: string,
        style: string,
        expected: string,
      ][] = [
        ['--disclosure-font-family', 'serif', 'th', 'font-family', 'serif'],
        ['--disclosure-font-size', '21px', 'td[data-cell]', 'font-size', '21px'],
        ['--disclosure-line-height', '2', 'td[data-cell]', 'line-height', '32px'],
        [
          '--disclosure-text-color',
          'rgb(1, 2, 3)',
          'td.value:not([data-computed])',
          'color',
          'rgb(1, 2, 3)',
        ],
        [
          '--disclosure-background',
          'rgb(250, 250, 240)',
          'table',
          'background-color',
          'rgb(250, 250, 240)',
        ],
        ['--disclosure-header-color', 'rgb(4, 5, 6)', 'th', 'color', 'rgb(4, 5, 6)'],
        // Table 三's note sits on the header background, so it takes the header colour too.
        ['--disclosure-header-color', 'rgb(4, 5, 6)', 'td.note', 'color', 'rgb(4, 5, 6)'],
        [
          '--disclosure-header-background',
          'rgb(230, 240, 250)',
          'th',
          'background-color',
          'rgb(230, 240, 250)',
        ],
        [
          '--disclosure-border-color',
          'rgb(7, 8, 9)',
          'td[data-cell]',
          'border-right-color',
          'rgb(7, 8, 9)',
        ],
        ['--disclosure-border-width', '3px', 'td[data-cell]', 'border-bottom-width', '3px'],
        [
          '--disclosure-finding-color',
          'rgb(120, 0, 0)',
          '.finding-mark',
          'color',
          'rgb(120, 0, 0)',
        ],
        [
          '--disclosure-finding-color',
          'rgb(120, 0, 0)',
          'td.flagged',
          'outline-color',
          'rgb(120, 0, 0)',
        ],
        [
          '--disclosure-finding-background',
          'rgb(255, 230, 200)',
          'td.flagged',
          'background-color',
          'rgb(255, 230, 200)',
        ],
        ['--disclosure-finding-outline-width', '4px', 'td.flagged', 'outline-width', '4px'],
        [
          '--disclosure-computed-color',
          'rgb(0, 60, 0)',
          'td[data-computed] .computed-mark',
          'color',
          'rgb(0, 60, 0)',
        ],
      ];
      for (const [property, value, selector, style, expected] of cases) {
        it(`${property} → ${selector} ${style}`, async () => {
          const el = await render(
            'disclosure-annual-report',
            withMarkers(),
            mode,
            `${property}: ${value}`,
          );
          const target = renderRoot(el).querySelector(selector);
          expect(target, selector).to.not.equal(null);
          const defaults = await render('disclosure-annual-report', withMarkers(), mode);
          const untouched = getComputedStyle(
            renderRoot(defaults).querySelector(selector)!,
          ).getPropertyValue(style);
          expect(untouched, 'the default differs from the test value').to.not.equal(expected);
          expect(getComputedStyle(target!).getPropertyValue(style)).to.equal(expected);
        });
      }

      it('--disclosure-focus-color → the focus ring of the scroll region', async () => {
        const el = await render(
          'disclosure-applications-table',
          xiangtan(),
          mode,
          '--disclosure-focus-color: rgb(200, 0, 200)',
        );
        const before = Object.assign(document.createElement('button'), { textContent: 'before' });
        el.before(before);
        before.focus();
        await sendKeys({ press: 'Tab' });
        const region = renderRoot(el).querySelector('[role="region"]')!;
        expect(region.matches(':focus-visible')).to.equal(true);
        expect(getComputedStyle(region).outlineColor).to.equal('rgb(200, 0, 200)');
        before.remove();
      });
    });
  }

  for (const { tag } of ELEMENTS) {
    describe(`<${tag}> defaults`, () => {
      it('draws every text at a contrast of at least 4.5:1, markers and error message included', async () => {
        const elements = [
          await render(tag, xiangtan()),
          await render(tag, withMarkers()),
          await render(tag, 42),
        ];
        const seen = elements.flatMap(textColours);
        expect(
          seen.some((text) => text.holder.matches('.finding-mark')),
          'a finding marker was checked',
        ).to.equal(true);
        expect(
          seen.some((text) => text.holder.closest('[part="error"]')),
          'the error message was checked',
        ).to.equal(true);
        const low = seen
          .filter((text) => contrast(text.color, text.background) < 4.5)
          .map(
            (text) =>
              `${text.label}: ${text.color} on ${text.background} = ${contrast(text.color, text.background).toFixed(2)}`,
          );
        expect(low).to.deep.equal([]);
      });

      it('sets every text block at a line height of at least 1.3', async () => {
        const el = await render(tag, withMarkers());
        const blocks = [
          ...renderRoot(el).querySelectorAll<HTMLElement>('caption, th, td, li, p, h2, h3'),
        ].filter((node) => node.checkVisibility());
        expect(blocks.length).to.be.greaterThan(5);
        const tight = blocks.filter((node) => {
          const style = getComputedStyle(node);
          return (
            parseFloat(style.lineHeight) / parseFloat(style.fontSize) < 1.3 ||
            style.lineHeight === 'normal'
          );
        });
        expect(tight.map((node) => node.textContent!.trim().slice(0, 12))).to.deep.equal([]);
      });

      it('says in text, not only in colour, which cells are flagged or computed and what each finding is', async () => {
        const el = await render(tag, withMarkers());
        const flagged = [...renderRoot(el).querySelectorAll('td.flagged')];
        expect(flagged.length).to.be.greaterThan(0);
        for (const cell of flagged)
          expect(cell.querySelector('[part="finding-marker"]')!.textContent).to.match(
            /^(?=.)(⚠\d+Σ?(,\d+Σ?)*)?(ⓘ\d+Σ?(,\d+Σ?)*)?$/,
          );
        for (const cell of renderRoot(el).querySelectorAll('td[data-computed]')) {
          expect(cell.querySelector('[part="computed-marker"]')!.textContent).to.equal('*');
        }
        for (const item of renderRoot(el).querySelectorAll('[part="findings"] li')) {
          expect(item.querySelector('.severity')!.textContent).to.match(/^(错误|提示)$/);
        }
      });
    });
  }

  describe('forced colours (Windows high contrast)', () => {
    before(() => forcedColors(true));
    after(() => forcedColors(false));

    it('is emulated', () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    });

    for (const { tag } of ELEMENTS) {
      for (const mode of RENDER_MODES) {
        it(`keeps the borders, the flagged outline and the markers of <${tag}> visible (${mode})`, async () => {
          const el = await render(tag, withMarkers(), mode);
          const text = systemColour('CanvasText');
          const highlight = systemColour('Highlight');
          const canvas = systemColour('Canvas');
          expect(highlight).to.not.equal(canvas);
          for (const cell of renderRoot(el).querySelectorAll('th, td')) {
            const style = getComputedStyle(cell);
            expect(style.borderRightStyle).to.equal('solid');
            expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(0);
            expect(style.borderRightColor).to.equal(text);
          }
          const flagged = [...renderRoot(el).querySelectorAll('td.flagged')];
          expect(flagged.length).to.be.greaterThan(0);
          for (const cell of flagged) {
            const style = getComputedStyle(cell);
            // Each kind of mark keeps its own line style: dashed for a warning, double for the
            // total an error is about, solid otherwise (wording.test.ts: which cells get which).
            const { severity, findingRole } = (cell as HTMLElement).dataset;
            expect(style.outlineStyle).to.equal(
              severity === 'warning' ? 'dashed' : findingRole === 'total' ? 'double' : 'solid',
            );
            expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
            expect(style.outlineColor).to.equal(highlight);
            const mark = cell.querySelector('.finding-mark')!;
            expect(getComputedStyle(mark).color).to.equal(text);
            expect(contrast(getComputedStyle(mark).color, backgroundOf(mark))).to.be.at.least(4.5);
          }
        });
      }
    }
  });
});
