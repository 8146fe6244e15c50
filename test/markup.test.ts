/**
 * The two ways a table reaches the page make the same DOM: the string the server sends
 * (`tablesMarkup`, parsed) and the browser's clone of the skeleton, filled in by index. Checked
 * for every element, in shadow and light DOM, on data with computed totals, findings, blank and
 * invalid cells, and again after new numbers arrive, when only the changed cells are rewritten.
 */
import { expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { tablesMarkup, type TableView } from '../src/internal/render-table.js';
import { ELEMENTS, type DataElement } from './fixtures/elements.js';
import {
  breaksRowTotal,
  setCell,
  withoutTotals,
  xiangtan,
  type JsonObject,
} from './fixtures/reports.js';
import { RENDER_MODES, renderRoot, type RenderMode } from './helpers/element.js';

/** Tags, attributes (sorted) and trimmed text of a subtree; Lit's comment markers dropped. */
function canonical(root: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.trim();
      if (text) out.push(text);
      return;
    }
    if (!(node instanceof Element)) return;
    const attributes = [...node.attributes]
      .map(({ name, value }) =>
        name === 'class'
          ? `class="${value.split(/\s+/).filter(Boolean).sort().join(' ')}"`
          : `${name}="${value}"`,
      )
      .sort();
    out.push(`<${node.localName} ${attributes.join(' ')}>`);
    node.childNodes.forEach(walk);
    out.push(`</${node.localName}>`);
  };
  walk(root);
  return out;
}

/** The views the element renders its tables from, as its own template holds them. */
function viewsOf(el: DataElement): TableView[] {
  return viewsIn((el as unknown as { render(): TemplateResult }).render());
}

async function render(tag: string, mode: RenderMode, data: JsonObject): Promise<DataElement> {
  const el = document.createElement(tag) as DataElement;
  el.toggleAttribute('light-dom', mode === 'light DOM');
  el.data = data;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

function expectSameAsServer(el: DataElement, tables: readonly string[]): void {
  const regions = [...renderRoot(el).querySelectorAll('[part="scroll-region"]')];
  const views = viewsOf(el);
  expect(regions).to.have.length(tables.length);
  expect(views.map((view) => view.layout.id)).to.deep.equal(tables);
  views.forEach((view, i) => {
    const parsed = new DOMParser().parseFromString(tablesMarkup(view), 'text/html').body
      .firstElementChild!;
    expect(canonical(regions[i])).to.deep.equal(canonical(parsed));
  });
}

/** In every table: a computed total, a finding, a blank cell and an invalid one (hostile text in 三). */
function everyKindOfCell(): JsonObject {
  const doc = withoutTotals();
  (doc.reviewLitigation as JsonObject).review = [37, 19, 4, 17];
  setCell(doc, 'reviewLitigation.litigationDirect.total', 23);
  setCell(doc, 'proactive.licensing', '/');
  setCell(doc, 'applications.withheld.lawProhibited.commercial', '/');
  setCell(doc, 'reviewLitigation.litigationDirect.other', '-');
  setCell(doc, 'applications.withheld.queryMatter.research', '<img src=x onerror=alert(1)>');
  setCell(doc, 'proactive.fees', '1779.2656001');
  setCell(doc, 'reviewLitigation.review.upheld', '３７');
  return doc;
}

/** Every table view in a template tree, in order. */
function viewsIn(value: unknown, out: TableView[] = []): TableView[] {
  if (Array.isArray(value)) value.forEach((item) => viewsIn(item, out));
  else if (value && typeof value === 'object' && 'values' in value) {
    const values = (value as { values: unknown[] }).values;
    const view = values[0] as Partial<TableView> | undefined;
    if ('_$litDirective$' in value && view?.layout) out.push(view as TableView);
    else values.forEach((item) => viewsIn(item, out));
  }
  return out;
}

describe('the server string and the cloned skeleton', function () {
  this.timeout(20_000);
  afterEach(() => {
    for (const el of document.querySelectorAll(ELEMENTS.map((e) => e.tag).join(','))) el.remove();
  });

  for (const { tag, tables } of ELEMENTS) {
    for (const mode of RENDER_MODES) {
      it(`<${tag}>, ${mode}: the same DOM, before and after new numbers`, async () => {
        const el = await render(tag, mode, everyKindOfCell());
        expect(el.findings.length, 'the data has findings').to.be.greaterThan(0);
        expect(renderRoot(el).querySelector('[data-computed], td.invalid')).to.not.equal(null);
        expectSameAsServer(el, tables);

        el.data = breaksRowTotal();
        await el.updateComplete;
        expectSameAsServer(el, tables);

        el.data = xiangtan();
        await el.updateComplete;
        expect(el.findings).to.deep.equal([]);
        expectSameAsServer(el, tables);
      });
    }
  }

  it('rewrites only the cells whose numbers changed', async () => {
    const el = await render('disclosure-applications-table', 'shadow DOM', xiangtan());
    const texts = () =>
      new Map(
        [...renderRoot(el).querySelectorAll<HTMLElement>('td[data-cell]')].map((td) => [
          td.dataset.cell!,
          td.textContent,
        ]),
      );
    const before = texts();
    const touched = new Set<string>();
    const collect = (records: MutationRecord[]) => {
      for (const record of records) {
        const node = record.target;
        const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
        const cell = element?.closest<HTMLElement>('td[data-cell]');
        touched.add(cell?.dataset.cell ?? `outside a value cell: ${record.type}`);
      }
    };
    const watch = new MutationObserver(collect);
    watch.observe(renderRoot(el).querySelector('table')!, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    // One more application from a natural person, granted: both sides of R1 grow by one.
    const data = xiangtan();
    setCell(data, 'applications.received.naturalPerson', 175);
    setCell(data, 'applications.received.total', 178);
    setCell(data, 'applications.granted.naturalPerson', 55);
    setCell(data, 'applications.granted.total', 58);
    setCell(data, 'applications.total.naturalPerson', 171);
    setCell(data, 'applications.total.total', 174);
    el.data = data;
    await el.updateComplete;
    collect(watch.takeRecords());
    watch.disconnect();
    expect(el.findings).to.deep.equal([]);
    const after = texts();
    const differ = [...after.keys()].filter((key) => after.get(key) !== before.get(key));
    expect(differ).to.include.members([
      'applications.received.naturalPerson',
      'applications.granted.total',
    ]);
    expect([...touched].sort()).to.deep.equal(differ.sort());
  });
});
