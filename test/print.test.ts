/**
 * Printing: the Xiangtan report printed to an A4 PDF by headless Chromium (`page.pdf`, as a
 * user's Print would), read back with poppler's pdftotext. Every label and every number is on
 * paper, in table order; no row is split across two pages; the column headers repeat on the
 * page a table continues onto. The PDF and a PNG of its first page are kept for a person to
 * look at (the paths are logged).
 */
import { expect } from '@open-wc/testing';
import { untilDone } from './helpers/server-command.js';
import { ELEMENTS, type DataElement } from './fixtures/elements.js';
import { xiangtan } from './fixtures/reports.js';
import { renderRoot, type RenderMode } from './helpers/element.js';

interface Printed {
  readonly pages: readonly string[];
  readonly pdf: string;
  readonly png: string;
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** What a cell shows on paper: its text without what is only there for screen readers. */
function printedText(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((node) => node.remove());
  return squeeze(copy.textContent ?? '');
}

interface Located {
  readonly text: string;
  readonly page: number;
}

/**
 * Finds each text in order, each wholly on one page: a text is looked for from where the last
 * one ended, then from the top of each following page (a page starts with the running header
 * rows, which the repeat check reads). Returns where each was found, or -1.
 */
function locate(texts: readonly string[], pages: readonly string[]): Located[] {
  const squeezed = pages.map(squeeze);
  let page = 0;
  let offset = 0;
  return texts.map((text) => {
    for (let p = page; p < squeezed.length; p++) {
      const at = squeezed[p].indexOf(text, p === page ? offset : 0);
      if (at >= 0) {
        page = p;
        offset = at + text.length;
        return { text, page: p };
      }
    }
    return { text, page: -1 };
  });
}

async function printElements(
  name: string,
  tags: readonly string[],
  mode: RenderMode,
): Promise<{ printed: Printed; elements: DataElement[] }> {
  const elements = tags.map((tag) => {
    const el = document.createElement(tag) as DataElement;
    el.toggleAttribute('light-dom', mode === 'light DOM');
    el.data = xiangtan();
    document.body.append(el);
    return el;
  });
  await Promise.all(elements.map((el) => el.updateComplete));
  await document.fonts.ready;
  const printed = await untilDone<Printed>('print-pdf', { name });
  console.log(
    `printed ${name}: ${printed.pdf} (${printed.pages.length} pages), first page ${printed.png}`,
  );
  return { printed, elements };
}

function expectOnPaper(elements: readonly DataElement[], printed: Printed): void {
  for (const el of elements) {
    for (const table of renderRoot(el).querySelectorAll('table')) {
      const rows = [...table.rows];
      const texts = rows.flatMap((row) => [...row.cells].map(printedText).filter(Boolean));
      const found = locate(texts, printed.pages);
      expect(
        found.filter((f) => f.page < 0).map((f) => f.text),
        `${el.localName}: missing from the PDF`,
      ).to.deep.equal([]);
      // A row's cells all on one page: the row was not split.
      let index = 0;
      for (const row of rows) {
        const cells = [...row.cells].map(printedText).filter(Boolean);
        const pagesOfRow = new Set(found.slice(index, index + cells.length).map((f) => f.page));
        index += cells.length;
        expect(pagesOfRow.size, `row "${cells.join(' ')}" split across pages`).to.equal(1);
      }
    }
  }
}

/** The tables that continue onto another page, with the pages their body rows are on. */
function continuingTables(elements: readonly DataElement[], printed: Printed) {
  return elements.flatMap((el) =>
    [...renderRoot(el).querySelectorAll('table')].flatMap((table) => {
      const bodyTexts = [...table.tBodies].flatMap((body) =>
        [...body.rows].flatMap((row) => [...row.cells].map(printedText).filter(Boolean)),
      );
      const pages = new Set(locate(bodyTexts, printed.pages).map((f) => f.page));
      return pages.size > 1 && table.tHead
        ? [{ table, pages: [...pages].sort((a, b) => a - b) }]
        : [];
    }),
  );
}

describe('print', function () {
  this.timeout(60_000);

  afterEach(() => {
    for (const el of document.querySelectorAll(ELEMENTS.map((e) => e.tag).join(','))) el.remove();
  });

  it('prints the whole Xiangtan report: every label and number, no row split, headers repeated', async () => {
    const { printed, elements } = await printElements(
      'xiangtan-report',
      ['disclosure-annual-report'],
      'shadow DOM',
    );
    expect(printed.pages.length).to.be.greaterThan(1);
    expectOnPaper(elements, printed);
    // The report's heading and its section headings print too.
    const all = squeeze(printed.pages.join(''));
    expect(all).to.contain('湘潭县人民政府2025年政府信息公开工作年度报告');
    for (const heading of [
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ]) {
      expect(all).to.contain(heading);
    }
    const continuing = continuingTables(elements, printed);
    expect(
      continuing.length,
      'a table runs onto a second page, so that the repeat is tested',
    ).to.be.greaterThan(0);
    for (const { table, pages } of continuing) {
      const headerTexts = [...table.tHead!.rows].flatMap((row) =>
        [...row.cells].map(printedText).filter(Boolean),
      );
      for (const page of pages.slice(1)) {
        const repeated = locate(headerTexts, [printed.pages[page]]);
        expect(
          repeated.filter((f) => f.page < 0).map((f) => f.text),
          `header rows on page ${page + 1}`,
        ).to.deep.equal([]);
      }
    }
  });

  it('prints each table element in light-DOM mode: every label and number, no row split', async () => {
    const tags = ELEMENTS.map((e) => e.tag).filter((tag) => tag !== 'disclosure-annual-report');
    const { printed, elements } = await printElements(
      'xiangtan-tables-light-dom',
      tags,
      'light DOM',
    );
    expectOnPaper(elements, printed);
  });

  it('prints the finding and computed-value markers as text, legible without colour', async () => {
    const doc = xiangtan();
    const applications = doc.applications as Record<string, unknown>;
    delete applications.total;
    (applications.unavailable as Record<string, number[]>).notHeld = [47, 0, 0, 0, 0, 0, 48];
    const el = document.createElement('disclosure-applications-table') as DataElement;
    el.data = doc;
    document.body.append(el);
    await el.updateComplete;
    const printed = await untilDone<Printed>('print-pdf', { name: 'markers' });
    // Each marked cell's number with its marker: 170*, 48⚠2 and the like.
    expectOnPaper([el], printed);
    const root = renderRoot(el);
    expect(root.querySelectorAll('td[data-computed]').length).to.be.greaterThan(0);
    expect(root.querySelectorAll('td.flagged').length).to.be.greaterThan(0);
    const all = squeeze(printed.pages.join(''));
    expect(all).to.contain(printedText(root.querySelector('[part="legend"]')!));
    // Each finding in words, after its severity in words (the colon is generated content).
    expect(el.findings.length).to.be.greaterThan(0);
    for (const finding of el.findings) expect(all).to.contain(`错误：${squeeze(finding.message)}`);
  });
});
