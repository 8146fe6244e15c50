/**
 * The `light-dom` attribute, on every element: the table in the page's own DOM, where site CSS
 * and page-wide tools reach it, with ids unique on the page and styles scoped to the tag and
 * adopted once per document.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { scopeSelector, splitSelectorList } from '../src/internal/light-dom.js';
import { ELEMENTS, type DataElement } from './fixtures/elements.js';
import { breaksRowTotal, xiangtan } from './fixtures/reports.js';
import { axeViolations, formatViolations } from './helpers/axe.js';

const TAGS = ELEMENTS.map((element) => element.tag);

async function lightElement(tag: string, data: unknown = xiangtan()): Promise<DataElement> {
  const el = document.createElement(tag) as DataElement;
  el.setAttribute('light-dom', '');
  el.data = data;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** The adopted style sheets of `root` that style `tag`. */
const sheetsFor = (root: Document | ShadowRoot, tag: string): CSSStyleSheet[] =>
  root.adoptedStyleSheets.filter((sheet) =>
    [...sheet.cssRules].some(
      (rule) => rule.cssText.startsWith(`${tag} `) || rule.cssText.startsWith(`${tag}{`),
    ),
  );

const computed = (el: Element, property: string): string =>
  getComputedStyle(el).getPropertyValue(property);

describe('light-DOM mode', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll(TAGS.join(','))) el.remove();
    document.querySelectorAll('[data-light-dom-test]').forEach((node) => node.remove());
  });

  describe('scoping a shadow style sheet to a tag', () => {
    it('splits a selector list only at its top-level commas', () => {
      expect(splitSelectorList('th, td')).to.deep.equal(['th', 'td']);
      expect(splitSelectorList(':is(th, td) .a, [title=\'a,b\'], td[data-x="1,2"]')).to.deep.equal([
        ':is(th, td) .a',
        "[title='a,b']",
        'td[data-x="1,2"]',
      ]);
    });

    it('makes :host the tag, :host(X) the tag matching X, and anything else a descendant of the tag', () => {
      const tag = 'disclosure-applications-table';
      expect(scopeSelector(':host', tag)).to.equal(tag);
      expect(scopeSelector(':host([hidden])', tag)).to.equal(`${tag}[hidden]`);
      expect(scopeSelector(':host(.wide) table', tag)).to.equal(`${tag}.wide table`);
      expect(scopeSelector(':host > .scroll', tag)).to.equal(`${tag} > .scroll`);
      expect(scopeSelector('table[data-measuring] :is(th, td)', tag)).to.equal(
        `${tag} table[data-measuring] :is(th, td)`,
      );
      // Not :host: a selector that merely starts with the same letters.
      expect(scopeSelector(':hover', tag)).to.equal(`${tag} :hover`);
    });
  });

  for (const tag of TAGS) {
    describe(`<${tag} light-dom>`, () => {
      it('renders into the element itself, styled, and keeps the styles off the rest of the page', async () => {
        const outside = Object.assign(document.createElement('table'), {
          innerHTML: '<tr><th>outside</th></tr>',
        });
        outside.dataset.lightDomTest = '';
        document.body.append(outside);
        const el = await lightElement(tag);
        expect(el.shadowRoot).to.equal(null);
        const th = el.querySelector('th')!;
        expect(th, 'a header cell in the light DOM').to.not.equal(null);
        expect(computed(th, 'background-color')).to.equal('rgb(238, 241, 245)');
        expect(computed(el.querySelector('td[data-cell]')!, 'text-align')).to.equal('end');
        expect(computed(outside.querySelector('th')!, 'background-color')).to.equal(
          'rgba(0, 0, 0, 0)',
        );
        // What a page-wide tool sees: the cells, from the document.
        expect(document.querySelectorAll(`${tag} td[data-cell]`).length).to.equal(
          ELEMENTS.find((e) => e.tag === tag)!.valueCellCount,
        );
      });

      it('adopts one style sheet per document for the tag, however many elements and reconnections', async () => {
        const first = await lightElement(tag);
        await lightElement(tag, breaksRowTotal());
        first.remove();
        document.body.append(first);
        expect(sheetsFor(document, tag)).to.have.length(1);
      });

      it('keeps ids unique on the whole page, beside another of its kind and a shadow one, and every reference resolves', async () => {
        await lightElement(tag, breaksRowTotal());
        await lightElement(tag, breaksRowTotal());
        const shadow = document.createElement(tag) as DataElement;
        shadow.data = breaksRowTotal();
        document.body.append(shadow);
        await shadow.updateComplete;
        const ids = [...document.querySelectorAll('[id]')].map((node) => node.id);
        expect(ids.length).to.be.greaterThan(20);
        expect(ids.filter((id, i) => ids.indexOf(id) !== i)).to.deep.equal([]);
        for (const el of document.querySelectorAll<DataElement>(`${tag}[light-dom]`)) {
          for (const node of el.querySelectorAll(
            '[headers], [aria-describedby], [aria-labelledby]',
          )) {
            for (const attribute of ['headers', 'aria-describedby', 'aria-labelledby']) {
              for (const id of (node.getAttribute(attribute) ?? '').split(' ').filter(Boolean)) {
                const target = document.getElementById(id);
                expect(target && el.contains(target), `${attribute}="${id}"`).to.equal(true);
              }
            }
          }
        }
      });

      it('has zero axe violations, with findings marked', async () => {
        const el = await lightElement(tag, breaksRowTotal());
        const violations = await axeViolations(el);
        expect(violations, formatViolations(violations)).to.deep.equal([]);
      });

      it('styles itself inside another shadow root, adopting its sheet there', async () => {
        const host = document.createElement('div');
        host.dataset.lightDomTest = '';
        const root = host.attachShadow({ mode: 'open' });
        document.body.append(host);
        const el = document.createElement(tag) as DataElement;
        el.setAttribute('light-dom', '');
        el.data = xiangtan();
        root.append(el);
        await el.updateComplete;
        expect(sheetsFor(root, tag)).to.have.length(1);
        expect(computed(el.querySelector('th')!, 'background-color')).to.equal(
          'rgb(238, 241, 245)',
        );
      });
    });
  }

  it('keeps a child JSON script in place and follows edits to it', async () => {
    const el = await fixture<DataElement>(
      html`<disclosure-applications-table light-dom
        ><script type="application/json">
          ${JSON.stringify(xiangtan())}
        </script></disclosure-applications-table
      >`,
    );
    await waitUntil(() => el.querySelectorAll('td[data-cell]').length === 175, 'never rendered');
    const script = el.querySelector(':scope > script[type="application/json"]')!;
    expect(script, 'the data script survives rendering').to.not.equal(null);
    script.textContent = JSON.stringify(breaksRowTotal());
    await waitUntil(() => el.findings.length === 2, 'script edit not followed');
    const marked = new Set(el.findings.flatMap((finding) => finding.cells));
    expect(el.querySelectorAll('td[aria-invalid="true"]')).to.have.length(marked.size);
  });

  it('places the slotted narrative of <disclosure-annual-report> in its sections, and keeps it across renders', async () => {
    const el = await fixture<DataElement>(
      html`<disclosure-annual-report light-dom .data=${xiangtan()}
        ><p slot="overview">总体情况正文</p>
        <p slot="other">其他事项正文</p></disclosure-annual-report
      >`,
    );
    await waitUntil(
      () => el.querySelector('section:not([hidden]) [slot="overview"]'),
      'overview not placed',
    );
    const section = (name: string) => el.querySelector(`[slot="${name}"]`)?.closest('section');
    expect(section('overview')!.querySelector('h3')!.textContent).to.equal('一、总体情况');
    expect(section('other')!.querySelector('h3')!.textContent).to.equal('六、其他需要报告的事项');
    // Section 一 comes after the report's heading, in reading order.
    const heading = el.querySelector('[part="heading"]')!;
    expect(
      heading.compareDocumentPosition(section('overview')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.not.equal(0);
    // Bad data replaces the report with an alert; good data brings the narrative back.
    el.data = 42;
    await el.updateComplete;
    expect(el.querySelector('[role="alert"]')).to.not.equal(null);
    el.data = xiangtan();
    await el.updateComplete;
    expect(section('overview')!.hidden).to.equal(false);
    expect(el.querySelectorAll('[slot]')).to.have.length(2);
  });

  it('falls back to a shadow root where the browser cannot adopt style sheets', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'adoptedStyleSheets')!;
    delete (Document.prototype as Partial<Document>).adoptedStyleSheets;
    try {
      const el = await lightElement('disclosure-applications-table');
      expect(el.shadowRoot).to.not.equal(null);
      expect(el.shadowRoot!.querySelectorAll('td[data-cell]')).to.have.length(175);
    } finally {
      Object.defineProperty(Document.prototype, 'adoptedStyleSheets', descriptor);
    }
  });
});
