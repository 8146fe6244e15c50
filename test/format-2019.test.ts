/**
 * The 2019 trial format through every element: a document saying `"format": "2019"` is shown
 * in that format's tables, with verbatim labels, correct header associations (the HTML
 * algorithm and Chromium's own, through AT-SPI), zero axe violations, and R1–R4 checked.
 */
import { expect, fixture, html } from '@open-wc/testing';
import {
  APPLICATION_COLUMN_HEADERS,
  applicationHeaders2019,
  PROACTIVE_2019_HEADERS,
  reviewLitigationHeaders,
} from './expected-headers.js';
import { ELEMENTS, type DataElement } from './fixtures/elements.js';
import { getCell, pingtan2019, setCell, type Json } from './fixtures/reports.js';
import { atspiHeaders, isSkipped } from './helpers/atspi.js';
import { axeViolations } from './helpers/axe.js';
import {
  cellByKey,
  checked,
  renderRoot,
  RENDER_MODES,
  valueCellsOf,
  type RenderMode,
} from './helpers/element.js';
import { assignedHeaderTexts } from './helpers/header-oracle.js';

/** What a screen reader should announce for a value cell of the 2019 format, from the published report. */
function expectedHeaders(key: string): { columns: readonly string[]; rows: readonly string[] } {
  const [table] = key.split('.');
  if (table === 'proactive') return PROACTIVE_2019_HEADERS[key];
  if (table === 'applications') return applicationHeaders2019(key);
  return reviewLitigationHeaders(key);
}

const EXPECTED_CELLS: Record<string, number> = {
  proactive: Object.keys(PROACTIVE_2019_HEADERS).length,
  applications: 23 * Object.keys(APPLICATION_COLUMN_HEADERS).length,
  reviewLitigation: 15,
};

async function render(tag: string, data: unknown, mode: RenderMode): Promise<DataElement> {
  // A fixture host, removed after each test by open-wc's cleanup, with the element inside.
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as DataElement;
  if (mode === 'light DOM') el.setAttribute('light-dom', '');
  el.data = data;
  host.append(el);
  await checked(el);
  return el;
}

const sorted = (list: readonly string[]) => [...list].sort();

describe('the 2019 trial format in every element', () => {
  for (const spec of ELEMENTS) {
    for (const mode of RENDER_MODES) {
      describe(`<${spec.tag}>, ${mode}`, () => {
        it('shows the 2019 tables with every value cell assigned its headers (HTML algorithm)', async () => {
          const el = await render(spec.tag, pingtan2019(), mode);
          const cells = valueCellsOf(el);
          expect(cells).to.have.length(
            spec.tables.reduce((sum, id) => sum + EXPECTED_CELLS[id], 0),
          );
          for (const cell of cells) {
            const { columns, rows } = expectedHeaders(cell.dataset.cell!);
            expect(sorted(assignedHeaderTexts(cell)), cell.dataset.cell).to.deep.equal(
              sorted([...columns, ...rows]),
            );
          }
          expect(el.findings).to.deep.equal([]);
        });

        it("matches Chromium's own header association (AT-SPI)", async function () {
          // AT-SPI walks Chromium's whole accessibility tree in another process: slow on a busy machine.
          this.timeout(60_000);
          const el = await render(spec.tag, pingtan2019(), mode);
          const cells = valueCellsOf(el);
          const result = await atspiHeaders(cells.map((cell) => cell.id));
          if (isSkipped(result)) this.skip();
          else
            for (const cell of cells) {
              const { columns, rows } = expectedHeaders(cell.dataset.cell!);
              expect(result[cell.id].columnHeaders, `${cell.dataset.cell} columns`).to.deep.equal(
                columns,
              );
              expect(result[cell.id].rowHeaders, `${cell.dataset.cell} rows`).to.deep.equal(rows);
            }
        });

        it('has zero axe violations, clean and with findings', async function () {
          this.timeout(30_000);
          expect(await axeViolations(await render(spec.tag, pingtan2019(), mode))).to.deep.equal(
            [],
          );
          const broken = pingtan2019();
          for (const key of [
            'proactive.licensing.previous',
            'applications.granted.total',
            'reviewLitigation.review.total',
          ])
            setCell(broken, key, ((getCell(broken, key) as number) + 1) as Json);
          setCell(broken, 'proactive.fees.previous', '/');
          const el = await render(spec.tag, broken, mode);
          expect(el.findings.length).to.be.greaterThan(0);
          expect(await axeViolations(el)).to.deep.equal([]);
        });
      });
    }
  }

  describe('<disclosure-annual-report>', () => {
    it('shows the verbatim 2019 labels, （六）其他处理 as one row, a signed change and the amount with its unit', async () => {
      const doc = setCell(pingtan2019(), 'proactive.penalties.change', -7);
      const el = await render('disclosure-annual-report', doc, 'shadow DOM');
      const root = renderRoot(el);
      const headerTexts = [...root.querySelectorAll('th')].map((th) => th.textContent!.trim());
      for (const label of [
        '第二十条第（九）项',
        '本年新制作数量',
        '本年新公开数量',
        '对外公开总数量',
        '规范性文件',
        '上一年项目数量',
        '本年增/减',
        '处理决定数量',
        '其他对外管理服务事项',
        '政府集中采购',
        '采购项目数量',
        '采购总金额',
        '（六）其他处理',
      ])
        expect(headerTexts, label).to.include(label);
      expect(headerTexts).not.to.include('现行有效件数');
      expect(headerTexts).not.to.include(
        '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      );
      const results = [...root.querySelectorAll('th')].find(
        (th) => th.textContent!.trim() === '三、本年度办理结果',
      )!;
      expect(results.rowSpan).to.equal(20);
      expect(cellByKey(el, 'proactive.penalties.change').textContent!.trim()).to.equal('-7');
      expect(cellByKey(el, 'proactive.procurement.amount').textContent!.trim()).to.equal(
        '75394432.52元',
      );
      expect(el.findings).to.deep.equal([]);
    });

    it('fires R1–R4 on a 2019 report, naming the cells', async () => {
      const doc = pingtan2019();
      for (const key of [
        'applications.carriedForward.naturalPerson',
        'applications.otherHandling.naturalPerson',
        'reviewLitigation.review.total',
      ])
        setCell(doc, key, ((getCell(doc, key) as number) + 1) as Json);
      const el = await render('disclosure-annual-report', doc, 'shadow DOM');
      const rules = new Set(el.findings.map((f) => f.rule));
      expect([...rules].sort()).to.deep.equal([
        'applications.balance',
        'applications.resultsTotal',
        'applications.rowTotal',
        'reviewLitigation.total',
      ]);
      expect(
        cellByKey(el, 'applications.otherHandling.naturalPerson').getAttribute('aria-invalid'),
      ).to.equal('true');
    });
  });
});
