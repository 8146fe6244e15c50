/**
 * What #15 asked of the findings' look and language:
 * - punctuation is text to translate ("Error: " in English, "错误：" in Chinese), never CSS;
 * - a warning (提示) looks like one: a dashed outline and the ⓘ marker, in forced colours too;
 * - the rendered content says its own language when it is not the page's (WCAG 3.1.2).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { setLocale } from '../src/localization.js';
import { ELEMENTS, type DataElement } from './fixtures/elements.js';
import {
  breaksBalance,
  breaksReviewTotal,
  previousBreaksInForce,
  xiangtan,
} from './fixtures/reports.js';
import { cellByKey, RENDER_MODES, renderRoot, type RenderMode } from './helpers/element.js';

async function render(
  tag: string,
  data: unknown,
  { mode = 'shadow DOM', previous }: { mode?: RenderMode; previous?: unknown } = {},
): Promise<DataElement> {
  const el = document.createElement(tag) as DataElement;
  el.toggleAttribute('light-dom', mode === 'light DOM');
  el.data = data;
  if (previous !== undefined) el.previous = previous;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const items = (el: DataElement): HTMLLIElement[] => [
  ...renderRoot(el).querySelectorAll<HTMLLIElement>('[part="findings"] li'),
];
const itemText = (item: Element): string => item.textContent!.replace(/\s+/g, ' ').trim();
const forcedColors = (active: boolean) => executeServerCommand('emulate-forced-colors', { active });

describe('wording findings when they are shown', function () {
  this.timeout(30_000);

  afterEach(async () => {
    for (const el of document.querySelectorAll(ELEMENTS.map((e) => e.tag).join(','))) el.remove();
    await setLocale('zh-CN');
  });

  describe('punctuation is translated text, not CSS', () => {
    it('says "Error: " and "Warning: " in English, with no full-width colon', async () => {
      const el = await render('proactive-disclosure-table', xiangtan(), {
        previous: previousBreaksInForce(),
      });
      const errors = await render('review-litigation-table', breaksReviewTotal());
      await setLocale('en');
      await Promise.all([el.updateComplete, errors.updateComplete]);
      expect(itemText(items(el)[0])).to.match(/^Warning: Administrative normative documents: /);
      expect(itemText(items(errors)[0])).to.match(/^Error: /);
      for (const item of [...items(el), ...items(errors)]) {
        expect(itemText(item)).to.not.contain('：');
        const severity = item.querySelector('.severity')!;
        expect(getComputedStyle(severity, '::after').content).to.equal('none');
        expect(getComputedStyle(severity, '::before').content).to.equal('none');
      }
    });

    it('keeps the full-width colon in Chinese', async () => {
      const el = await render('review-litigation-table', breaksReviewTotal());
      expect(itemText(items(el)[0])).to.match(/^错误：未经复议直接起诉：总计 = 23/);
    });
  });

  for (const mode of RENDER_MODES) {
    describe(`warnings look like warnings (${mode})`, () => {
      it('gives a cell named only by a warning a dashed outline and the ⓘ marker', async () => {
        const el = await render('proactive-disclosure-table', xiangtan(), {
          mode,
          previous: previousBreaksInForce(),
        });
        const cell = cellByKey(el, 'proactive.normativeDocuments.inForce');
        expect(cell.dataset.severity).to.equal('warning');
        expect(getComputedStyle(cell).outlineStyle).to.equal('dashed');
        expect(cell.querySelector('[part="finding-marker"]')!.textContent).to.equal('ⓘ1');
        const issued = cellByKey(el, 'proactive.normativeDocuments.issued');
        expect(getComputedStyle(issued).outlineStyle).to.equal('dashed');
        expect(issued.querySelector('[part="finding-marker"]')!.textContent).to.equal('ⓘ1');
      });

      it('keeps the solid outline and ⚠ for an error', async () => {
        const el = await render('disclosure-applications-table', breaksBalance(), { mode });
        const cell = cellByKey(el, 'applications.carriedForward.naturalPerson');
        expect(cell.dataset.severity).to.equal('error');
        expect(getComputedStyle(cell).outlineStyle).to.equal('solid');
        expect(cell.querySelector('[part="finding-marker"]')!.textContent).to.match(/^⚠\d/);
      });
    });
  }

  describe('forced colours (Windows high contrast)', () => {
    before(() => forcedColors(true));
    after(() => forcedColors(false));

    for (const mode of RENDER_MODES) {
      it(`keeps the warning's dashed outline and its marker (${mode})`, async () => {
        const warned = await render('proactive-disclosure-table', xiangtan(), {
          mode,
          previous: previousBreaksInForce(),
        });
        const errors = await render('review-litigation-table', breaksReviewTotal(), { mode });
        const warning = cellByKey(warned, 'proactive.normativeDocuments.inForce');
        const error = cellByKey(errors, 'reviewLitigation.litigationDirect.total');
        expect(getComputedStyle(warning).outlineStyle).to.equal('dashed');
        expect(getComputedStyle(error).outlineStyle).to.equal('solid');
        for (const cell of [warning, error]) {
          expect(parseFloat(getComputedStyle(cell).outlineWidth)).to.be.at.least(2);
          const mark = cell.querySelector<HTMLElement>('.finding-mark')!;
          expect(mark.checkVisibility()).to.equal(true);
          expect(getComputedStyle(mark).color).to.not.equal(getComputedStyle(cell).backgroundColor);
        }
      });
    }
  });

  describe('the content says its language (WCAG 3.1.2)', () => {
    const pageLang = document.documentElement.getAttribute('lang');
    afterEach(() => {
      if (pageLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', pageLang);
    });

    /** The language a node is in: the nearest `lang` up the composed tree. */
    const languageOf = (start: Node): string | null => {
      for (let node: Node | null = start; node;) {
        if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
        node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
      }
      return null;
    };
    const contentLang = (el: DataElement): string | null =>
      languageOf(renderRoot(el).querySelector('table')!);

    for (const { tag } of ELEMENTS) {
      for (const mode of RENDER_MODES) {
        it(`<${tag}> in English on a Chinese page says lang="en" (${mode})`, async () => {
          document.documentElement.setAttribute('lang', 'zh-CN');
          const el = await render(tag, xiangtan(), { mode });
          expect(contentLang(el)).to.equal('zh-CN'); // the page's own, inherited
          expect(renderRoot(el).querySelector('.content')!.hasAttribute('lang')).to.equal(false);
          await setLocale('en');
          await el.updateComplete;
          expect(contentLang(el)).to.equal('en');
          // The error message and the status lines are inside the same content.
          expect(languageOf(renderRoot(el).querySelector('[part="findings"]')!)).to.equal('en');
        });

        it(`<${tag}> in Chinese on an English page says lang="zh-CN" (${mode})`, async () => {
          document.documentElement.setAttribute('lang', 'en-GB');
          const el = await render(tag, xiangtan(), { mode });
          expect(contentLang(el)).to.equal('zh-CN');
        });
      }
    }

    it('keeps slotted narrative in the page language in light DOM', async () => {
      document.documentElement.setAttribute('lang', 'zh-CN');
      const el = await fixture<DataElement>(
        html`<disclosure-annual-report light-dom .data=${xiangtan()}
          ><p slot="overview">本机关严格落实条例。</p></disclosure-annual-report
        >`,
      );
      await setLocale('en');
      await el.updateComplete;
      const narrative = el.querySelector('p[slot="overview"]')!;
      expect(contentLang(el)).to.equal('en');
      expect(languageOf(narrative)).to.equal('zh-CN');
    });
  });
});
