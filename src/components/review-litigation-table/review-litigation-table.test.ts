import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './define.js';
import type { ReviewLitigationTable } from './review-litigation-table.js';
import {
  breaksReviewTotal,
  setCell,
  xiangtan,
  type JsonObject,
} from '../../../test/fixtures/reports.js';
import { reviewLitigationHeaders } from '../../../test/expected-headers.js';
import { atspiHeaders, isSkipped } from '../../../test/helpers/atspi.js';
import { axeViolations } from '../../../test/helpers/axe.js';
import {
  cellByKey,
  renderRoot,
  valueCellsOf,
  RENDER_MODES,
  type RenderMode,
} from '../../../test/helpers/element.js';
import { assignedHeaderTexts } from '../../../test/helpers/header-oracle.js';
import type { DisclosureCheckEvent } from '../../events/disclosure-check-event.js';

const SAMPLE_URL = new URL('../../data/xiangtan-county-2025.json', import.meta.url).pathname;

async function renderWith(
  data: unknown,
  mode: RenderMode = 'shadow DOM',
): Promise<ReviewLitigationTable> {
  return fixture<ReviewLitigationTable>(
    html`<review-litigation-table
      ?light-dom=${mode === 'light DOM'}
      .data=${data}
    ></review-litigation-table>`,
  );
}

/** The document with every block's 总计 left off its array. */
function withoutTotals(): JsonObject {
  const doc = xiangtan();
  const blocks = doc.reviewLitigation as JsonObject;
  for (const key of Object.keys(blocks)) blocks[key] = (blocks[key] as number[]).slice(0, 4);
  return doc;
}
const shownText = (cell: HTMLElement): string => {
  const copy = cell.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"], .visually-hidden').forEach((mark) => mark.remove());
  return copy.textContent!.trim();
};

describe('<review-litigation-table>', () => {
  for (const mode of RENDER_MODES)
    describe(`accessibility, ${mode}`, () => {
      it('assigns every one of the 15 value cells its block and its column (HTML algorithm)', async () => {
        const el = await renderWith(xiangtan(), mode);
        const cells = valueCellsOf(el);
        expect(cells).to.have.length(15);
        for (const cell of cells) {
          expect(assignedHeaderTexts(cell), cell.dataset.cell).to.deep.equal(
            reviewLitigationHeaders(cell.dataset.cell!).columns,
          );
        }
      });

      it("matches Chromium's own header association (AT-SPI) for every value cell", async function () {
        const el = await renderWith(xiangtan(), mode);
        const cells = valueCellsOf(el);
        const result = await atspiHeaders(cells.map((cell) => cell.id));
        if (isSkipped(result)) this.skip();
        else {
          for (const cell of cells) {
            const { columns, rows } = reviewLitigationHeaders(cell.dataset.cell!);
            expect(result[cell.id].columnHeaders, cell.dataset.cell).to.deep.equal(columns);
            expect(result[cell.id].rowHeaders, cell.dataset.cell).to.deep.equal(rows);
          }
        }
      });

      it('lays out three header rows and one row of 15 values with no row header', async () => {
        const root = renderRoot(await renderWith(xiangtan(), mode));
        expect(root.querySelectorAll('thead tr')).to.have.length(3);
        expect(root.querySelectorAll('tbody tr')).to.have.length(1);
        expect(root.querySelectorAll('tbody th')).to.have.length(0);
        expect(
          [...root.querySelectorAll<HTMLTableCellElement>('thead tr:first-child th')].map((th) => [
            th.textContent,
            th.colSpan,
          ]),
        ).to.deep.equal([
          ['行政复议', 5],
          ['行政诉讼', 10],
        ]);
        expect(root.querySelector('caption')!.textContent).to.equal(
          '四、政府信息公开行政复议、行政诉讼情况',
        );
        const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
        expect(new Set(ids).size).to.equal(ids.length);
      });

      it('has zero axe violations: clean, with a finding, and with computed totals', async () => {
        expect(await axeViolations(await renderWith(xiangtan(), mode))).to.deep.equal([]);
        expect(await axeViolations(await renderWith(breaksReviewTotal(), mode))).to.deep.equal([]);
        expect(await axeViolations(await renderWith(withoutTotals(), mode))).to.deep.equal([]);
      });
    });

  describe('the Xiangtan example', () => {
    it('shows the 15 published numbers in the order of the format, with no findings', async () => {
      const el = await renderWith(xiangtan());
      expect(valueCellsOf(el).map(shownText)).to.deep.equal([
        '37',
        '19',
        '4',
        '17',
        '77',
        '20',
        '0',
        '2',
        '0',
        '22',
        '9',
        '0',
        '0',
        '1',
        '10',
      ]);
      expect(el.findings).to.deep.equal([]);
    });

    it('reads the reviewLitigation object alone, object blocks, a data attribute, a child script and src', async () => {
      const doc = xiangtan();
      (doc.reviewLitigation as JsonObject).review = {
        upheld: 37,
        corrected: 19,
        other: 4,
        pending: 17,
        total: 77,
      };
      const section = await renderWith(doc.reviewLitigation);
      expect(valueCellsOf(section).map(shownText).slice(0, 5)).to.deep.equal([
        '37',
        '19',
        '4',
        '17',
        '77',
      ]);
      expect(section.findings).to.deep.equal([]);
      const attribute = await fixture<ReviewLitigationTable>(
        html`<review-litigation-table
          data=${JSON.stringify(xiangtan())}
        ></review-litigation-table>`,
      );
      expect(valueCellsOf(attribute)).to.have.length(15);
      const script = await fixture<ReviewLitigationTable>(
        html`<review-litigation-table
          ><script type="application/json">
            ${JSON.stringify(xiangtan())}
          </script></review-litigation-table
        >`,
      );
      expect(valueCellsOf(script)).to.have.length(15);
      const fetched = await fixture<ReviewLitigationTable>(
        html`<review-litigation-table src=${SAMPLE_URL}></review-litigation-table>`,
      );
      await waitUntil(() => valueCellsOf(fetched).length === 15, 'src never rendered');
    });
  });

  describe('findings (R4)', () => {
    it('fires where a block does not add up, marking its five cells and firing disclosure-check', async () => {
      const el = document.createElement('review-litigation-table');
      el.data = breaksReviewTotal();
      const event = oneEvent(el, 'disclosure-check') as unknown as Promise<DisclosureCheckEvent>;
      document.body.append(el);
      try {
        expect((await event).findings.map((f) => f.rule)).to.deep.equal(['reviewLitigation.total']);
        const item = renderRoot(el).querySelector('[part="findings"] li')!;
        expect(item.textContent).to.contain(
          '未经复议直接起诉：总计 = 23，结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 22',
        );
        const marked = valueCellsOf(el).filter(
          (cell) => cell.getAttribute('aria-invalid') === 'true',
        );
        expect(marked.map((cell) => cell.dataset.cell)).to.deep.equal(
          ['upheld', 'corrected', 'other', 'pending', 'total'].map(
            (outcome) => `reviewLitigation.litigationDirect.${outcome}`,
          ),
        );
        expect(marked.every((cell) => cell.getAttribute('aria-describedby') === item.id)).to.equal(
          true,
        );
      } finally {
        el.remove();
      }
    });

    it('computes a 总计 left off, marked visibly and for screen readers', async () => {
      const el = await renderWith(withoutTotals());
      expect(el.findings).to.deep.equal([]);
      const total = cellByKey(el, 'reviewLitigation.litigationAfterReview.total');
      expect(total.hasAttribute('data-computed')).to.equal(true);
      expect(total.textContent).to.contain('10').and.contain('（自动计算）');
      expect(renderRoot(el).querySelectorAll('td[data-computed]')).to.have.length(3);
    });

    it('warns about a blank cell and reports its block unverifiable', async () => {
      const el = await renderWith(setCell(xiangtan(), 'reviewLitigation.review.pending', '-'));
      expect(el.findings.map((f) => [f.rule, f.severity, Boolean(f.unverifiable)])).to.deep.equal([
        ['cell.blank', 'warning', false],
        ['reviewLitigation.total', 'warning', true],
      ]);
    });

    it('ignores last year’s report: it has no cross-year check', async () => {
      const el = await fixture<ReviewLitigationTable>(
        html`<review-litigation-table
          .data=${xiangtan()}
          previous="{not json"
          previous-src="/never-fetched.json"
        ></review-litigation-table>`,
      );
      expect(el.findings).to.deep.equal([]);
    });
  });

  describe('bad input', () => {
    async function expectAlert(el: ReviewLitigationTable, text: string) {
      await waitUntil(() => renderRoot(el).querySelector('[role="alert"]'), 'no alert');
      expect(renderRoot(el).querySelector('[role="alert"]')!.textContent).to.contain(text);
      expect(renderRoot(el).querySelector('table')).to.equal(null);
    }

    it('refuses a block of the wrong length or type, a section that is not an object, and a missing section', async () => {
      const short = xiangtan();
      (short.reviewLitigation as JsonObject).review = [37, 19, 4];
      await expectAlert(
        await renderWith(short),
        'reviewLitigation.review：应有 4 或 5 个数值，实际为 3 个',
      );
      const text = xiangtan();
      (text.reviewLitigation as JsonObject).litigationDirect = '20 0 2 0 22';
      await expectAlert(
        await renderWith(text),
        'reviewLitigation.litigationDirect：应为数组或对象，实际为字符串',
      );
      await expectAlert(
        await renderWith({ year: 2025, reviewLitigation: [37, 19, 4, 17, 77] }),
        'reviewLitigation：应为对象，实际为数组',
      );
      await expectAlert(
        await renderWith({ agency: '某机关', year: 2025 }),
        '数据中缺少“reviewLitigation”部分',
      );
    });

    it('shows an invalid value as given, as text, with an error naming block and column', async () => {
      const el = await renderWith(
        setCell(xiangtan(), 'reviewLitigation.litigationAfterReview.other', '<b>2</b>'),
      );
      const cell = cellByKey(el, 'reviewLitigation.litigationAfterReview.other');
      expect(cell.querySelector('b')).to.equal(null);
      expect(shownText(cell)).to.equal('<b>2</b>');
      expect(el.findings[0].message).to.equal(
        '复议后起诉，其他结果："<b>2</b>" 不是有效数值，不是数字',
      );
    });
  });
});
