/**
 * An element wrapping a published `<table>`: it reads the table, renders the standard checked
 * table in its place, and hides the original from sight and from assistive technology; without
 * scripts, or when the table cannot be read, the original is what the reader gets.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/disclosure-applications-table/define.js';
import '../src/components/review-litigation-table/define.js';
import type { DisclosureApplicationsTable } from '../src/components/disclosure-applications-table/disclosure-applications-table.js';
import { valueCells } from '../src/core/layout.js';
import { APPLICATIONS_LAYOUT } from '../src/core/layouts/applications.js';
import { applicationHeaders } from './expected-headers.js';
import { axeViolations, formatViolations } from './helpers/axe.js';
import {
  cellByKey,
  checked,
  RENDER_MODES,
  renderRoot,
  valueCellsOf,
  type RenderMode,
} from './helpers/element.js';
import { assignedHeaderTexts } from './helpers/header-oracle.js';
import { PINGTAN_2021_APPLICATIONS } from './fixtures/published/printed.js';
import { publishedArticle } from './published-samples.test.js';

/** Table 三 of the real 2021 sample, as its CMS published it. */
async function publishedTable三(): Promise<string> {
  const article = await publishedArticle('pingtan-2021');
  const html = article.querySelectorAll('table')[1].outerHTML;
  article.remove();
  return html;
}

async function wrapped(tableHtml: string, mode: RenderMode): Promise<DisclosureApplicationsTable> {
  // Published markup, trusted test data: the element wraps it as a CMS page would.
  return fixture<DisclosureApplicationsTable>(
    `<disclosure-applications-table${mode === 'light DOM' ? ' light-dom' : ''}>${tableHtml}</disclosure-applications-table>`,
  );
}

/** The published table inside the element (not the one it rendered). */
const original = (el: HTMLElement): HTMLTableElement => el.querySelector(':scope > table')!;

const visibleTables = (el: HTMLElement): HTMLTableElement[] =>
  [...el.querySelectorAll('table'), ...(el.shadowRoot?.querySelectorAll('table') ?? [])].filter(
    (table) => table.checkVisibility(),
  );

for (const mode of RENDER_MODES) {
  describe(`<disclosure-applications-table> wrapping the published table 三, ${mode}`, () => {
    it('shows the printed numbers in the standard table, checked, with no findings', async () => {
      const el = await wrapped(await publishedTable三(), mode);
      await checked(el);
      const printed = PINGTAN_2021_APPLICATIONS.flat();
      valueCells(APPLICATIONS_LAYOUT).forEach((cell, i) => {
        expect(cellByKey(el, cell.key).textContent!.trim(), cell.key).to.equal(String(printed[i]));
      });
      expect(el.findings).to.deep.equal([]);
    });

    it('hides the original, so the table is seen and announced once', async () => {
      const el = await wrapped(await publishedTable三(), mode);
      await checked(el);
      expect(original(el).checkVisibility()).to.equal(false);
      const shown = visibleTables(el);
      expect(shown).to.have.length(1);
      expect(shown[0]).to.not.equal(original(el));
      expect(formatViolations(await axeViolations(el))).to.equal('');
    });

    it('gives every value cell of the enhanced table exactly its row and column headers (HTML algorithm)', async () => {
      const el = await wrapped(await publishedTable三(), mode);
      await checked(el);
      const cells = valueCellsOf(el);
      expect(cells).to.have.length(175);
      for (const cell of cells) {
        const { rows, columns } = applicationHeaders(cell.dataset.cell!);
        expect(assignedHeaderTexts(cell).sort(), cell.dataset.cell).to.deep.equal(
          [...columns, ...rows].sort(),
        );
      }
    });

    it('keeps a value that is not a clean number as published, reported as cell.invalid', async () => {
      const source = (await publishedTable三()).replace('>64<', '>六十四<');
      const el = await wrapped(source, mode);
      await checked(el);
      const key = 'applications.received.naturalPerson';
      expect(cellByKey(el, key).textContent).to.contain('六十四');
      expect(el.findings.find((f) => f.rule === 'cell.invalid')?.cells).to.deep.equal([key]);
    });

    it('reports a row label it cannot place as import.unmatched, naming it', async () => {
      const source = (await publishedTable三()).replace(
        '二、上年结转政府信息公开申请数量',
        '二、去年遗留的申请',
      );
      const el = await wrapped(source, mode);
      await checked(el);
      const unmatched = el.findings.filter((f) => f.rule === 'import.unmatched');
      expect(unmatched).to.have.length(1);
      expect(unmatched[0].message).to.contain('二、去年遗留的申请');
      // Its values are not placed anywhere: the row is blank, and reported.
      const cell = cellByKey(el, 'applications.carriedOver.naturalPerson');
      expect(cell.classList.contains('blank')).to.equal(true);
      expect(
        el.findings.some((f) => f.rule === 'cell.blank' && f.cells.includes(cell.dataset.cell!)),
      ).to.equal(true);
    });

    it('leaves a table it cannot read visible and untouched, saying why', async () => {
      const source =
        '<table><tr><td>名称</td><td>数量</td></tr><tr><td>甲</td><td>3</td></tr></table>';
      const el = await wrapped(source, mode);
      const published = original(el).outerHTML;
      await waitUntil(() => renderRoot(el).querySelector('[part="error"]'), 'no message');
      expect(original(el).outerHTML).to.equal(published);
      expect(original(el).checkVisibility()).to.equal(true);
      expect(renderRoot(el).querySelector('[part="error"]')!.textContent).to.contain(
        '表二、表三、表四都不相符',
      );
      expect(valueCellsOf(el)).to.have.length(0);
    });
  });
}

describe('a wrapped published table without JavaScript', () => {
  it('is the published table itself, visible and in the accessibility tree', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe style="width: 900px; height: 600px"></iframe>`,
    );
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    // No script on this page: the element is never defined, as on a browser without JavaScript.
    frame.srcdoc = `<!doctype html><html lang="zh-CN"><body><disclosure-applications-table>${await publishedTable三()}</disclosure-applications-table></body></html>`;
    await loaded;
    const table = frame.contentDocument!.querySelector('table')!;
    expect(table.checkVisibility()).to.equal(true);
    expect(table.getClientRects().length).to.be.greaterThan(0);
    expect(table.textContent).to.contain('本年新收政府信息公开申请数量');
  });
});
