import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './define.js';
import type { DisclosureApplicationsTable } from './disclosure-applications-table.js';
import {
  breaksRowTotal,
  withBlankCell,
  withoutTotals,
  xiangtan,
} from '../../../test/fixtures/reports.js';
import { applicationHeaders } from '../../../test/expected-headers.js';
import { atspiHeaders, isSkipped } from '../../../test/helpers/atspi.js';
import { axeViolations } from '../../../test/helpers/axe.js';
import {
  byIdFrom,
  cellByKey,
  pageErrorsDuring,
  RENDER_MODES,
  renderRoot,
  valueCellsOf,
  type RenderMode,
} from '../../../test/helpers/element.js';
import { assignedHeaderTexts } from '../../../test/helpers/header-oracle.js';
import { settled } from '../../../test/helpers/settle.js';
import type { DisclosureCheckEvent } from '../../events/disclosure-check-event.js';
import type { DisclosureErrorEvent } from '../../events/disclosure-error-event.js';
import { setLocale } from '../../localization.js';

const SAMPLE_URL = new URL('../../data/xiangtan-county-2025.json', import.meta.url).pathname;

async function renderWith(
  data: unknown,
  mode: RenderMode = 'shadow DOM',
): Promise<DisclosureApplicationsTable> {
  return fixture<DisclosureApplicationsTable>(
    html`<disclosure-applications-table
      ?light-dom=${mode === 'light DOM'}
      .data=${data}
    ></disclosure-applications-table>`,
  );
}

const sorted = (list: readonly string[]) => [...list].sort();

describe('<disclosure-applications-table>', () => {
  for (const mode of RENDER_MODES)
    describe(`accessibility, ${mode}`, () => {
      it('assigns every one of the 175 value cells exactly its column and row headers (HTML algorithm)', async () => {
        const el = await renderWith(xiangtan(), mode);
        const cells = valueCellsOf(el);
        expect(cells).to.have.length(175);
        for (const cell of cells) {
          const { rows, columns } = applicationHeaders(cell.dataset.cell!);
          expect(sorted(assignedHeaderTexts(cell)), cell.dataset.cell).to.deep.equal(
            sorted([...columns, ...rows]),
          );
        }
      });

      it('gives every th a scope and an id unique in its root (the page, in light DOM)', async () => {
        const el = await renderWith(xiangtan(), mode);
        const headers = [...renderRoot(el).querySelectorAll('th')];
        expect(headers.length).to.be.greaterThan(30);
        expect(
          headers.every((th) =>
            ['col', 'colgroup', 'row', 'rowgroup'].includes(th.getAttribute('scope') ?? ''),
          ),
        ).to.equal(true);
        const ids = [...renderRoot(el).querySelectorAll('[id]')].map((e) => e.id);
        expect(new Set(ids).size).to.equal(ids.length);
      });

      it("matches Chromium's own header association (AT-SPI) for a cell in every row and every column", async function () {
        const el = await renderWith(xiangtan(), mode);
        // A diagonal walk: row i, column i mod 7, covers all 25 rows and all 7 columns.
        const byRow = new Map<string, HTMLTableCellElement[]>();
        for (const cell of valueCellsOf(el)) {
          const row = cell.dataset.cell!.split('.').slice(0, -1).join('.');
          byRow.set(row, [...(byRow.get(row) ?? []), cell]);
        }
        const sample = [...byRow.values()].map((cells, i) => cells[i % 7]);
        const result = await atspiHeaders(sample.map((cell) => cell.id));
        if (isSkipped(result)) this.skip();
        else {
          for (const cell of sample) {
            const { rows, columns } = applicationHeaders(cell.dataset.cell!);
            const seen = result[cell.id];
            expect(sorted(seen.columnHeaders), `${cell.dataset.cell} columns`).to.deep.equal(
              sorted(columns),
            );
            expect(sorted(seen.rowHeaders), `${cell.dataset.cell} rows`).to.deep.equal(
              sorted(rows),
            );
          }
        }
      });

      it('has zero axe violations, clean and with findings', async () => {
        expect(await axeViolations(await renderWith(xiangtan(), mode))).to.deep.equal([]);
        expect(await axeViolations(await renderWith(breaksRowTotal(), mode))).to.deep.equal([]);
        expect(await axeViolations(await renderWith(withoutTotals(), mode))).to.deep.equal([]);
      });

      it('puts the table in a keyboard-focusable scroll region named by the caption', async () => {
        const el = await renderWith(xiangtan(), mode);
        const region = renderRoot(el).querySelector('[role="region"]')!;
        expect(region.getAttribute('tabindex')).to.equal('0');
        const caption = renderRoot(el).querySelector('caption')!;
        expect(region.getAttribute('aria-labelledby')).to.equal(caption.id);
        expect(caption.textContent).to.equal('三、收到和处理政府信息公开申请情况');
      });
    });

  describe('the Xiangtan example', () => {
    it('renders the format: corner note, labels, one tbody per row group, and no findings', async () => {
      const el = await renderWith(xiangtan());
      const root = renderRoot(el);
      expect(el.findings).to.deep.equal([]);
      expect(root.querySelector('td.note')!.textContent).to.equal(
        '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      );
      expect(root.querySelectorAll('tbody')).to.have.length(4);
      expect(root.querySelectorAll('thead tr')).to.have.length(3);
      expect(cellByKey(el, 'applications.received.naturalPerson').textContent!.trim()).to.equal(
        '174',
      );
      expect(cellByKey(el, 'applications.total.total').textContent!.trim()).to.equal('173');
      expect(root.querySelector('[part="findings"]')!.textContent).to.contain('核验通过');
      expect(root.querySelectorAll('[part="findings"] li')).to.have.length(0);
    });

    it('right-aligns numbers with tabular figures', async () => {
      const cell = cellByKey(await renderWith(xiangtan()), 'applications.received.total');
      const style = getComputedStyle(cell);
      expect(style.textAlign).to.equal('end');
      expect(style.fontVariantNumeric).to.equal('tabular-nums');
    });
  });

  describe('inputs', () => {
    it('reads a data attribute holding JSON', async () => {
      const el = await fixture<DisclosureApplicationsTable>(
        html`<disclosure-applications-table
          data=${JSON.stringify(xiangtan())}
        ></disclosure-applications-table>`,
      );
      expect(valueCellsOf(el)).to.have.length(175);
      expect(el.findings).to.deep.equal([]);
    });

    it('reads a child JSON script, and follows edits to it', async () => {
      const el = await fixture<DisclosureApplicationsTable>(
        html`<disclosure-applications-table
          ><script type="application/json">
            ${JSON.stringify(xiangtan())}
          </script></disclosure-applications-table
        >`,
      );
      expect(valueCellsOf(el)).to.have.length(175);
      el.querySelector('script')!.textContent = JSON.stringify(breaksRowTotal());
      await waitUntil(() => el.findings.length === 2, 'script edit not followed');
    });

    it('fetches src', async () => {
      const el = await fixture<DisclosureApplicationsTable>(
        html`<disclosure-applications-table src=${SAMPLE_URL}></disclosure-applications-table>`,
      );
      await waitUntil(() => valueCellsOf(el).length === 175, 'src never rendered');
      expect(el.findings).to.deep.equal([]);
    });

    it('accepts the applications object alone', async () => {
      const el = await renderWith(xiangtan().applications);
      expect(valueCellsOf(el)).to.have.length(175);
      expect(el.findings).to.deep.equal([]);
    });

    it('prefers the data member (property or attribute, whichever was set last), then the child script, then src', async () => {
      const el = await fixture<DisclosureApplicationsTable>(
        html`<disclosure-applications-table
          src="/missing.json"
          data=${JSON.stringify(withBlankCell())}
          ><script type="application/json">
            ${JSON.stringify(withoutTotals())}
          </script></disclosure-applications-table
        >`,
      );
      const rules = () => [...new Set(el.findings.map((f) => f.rule))].sort().join();
      expect(rules()).to.contain('cell.blank');
      el.data = breaksRowTotal();
      await el.updateComplete;
      expect(rules()).to.equal('applications.rowTotal');
      el.setAttribute('data', JSON.stringify(withBlankCell()));
      await el.updateComplete;
      expect(rules()).to.contain('cell.blank');
      el.removeAttribute('data');
      await el.updateComplete;
      expect(el.findings).to.deep.equal([]);
      expect(renderRoot(el).querySelectorAll('td[data-computed]').length).to.be.greaterThan(0);
      el.querySelector('script')!.remove();
      await waitUntil(() => renderRoot(el).querySelector('[role="alert"]'), 'src not used last');
    });

    it('accepts a custom caption', async () => {
      const el = await fixture<DisclosureApplicationsTable>(
        html`<disclosure-applications-table
          caption=${'<b>本机关</b> 申请情况'}
          .data=${xiangtan()}
        ></disclosure-applications-table>`,
      );
      const caption = renderRoot(el).querySelector('caption')!;
      expect(caption.textContent).to.equal('<b>本机关</b> 申请情况');
      expect(caption.querySelector('b')).to.equal(null);
    });
  });

  describe('findings', () => {
    it('fires disclosure-check with the findings on first render and when they change', async () => {
      const el = document.createElement('disclosure-applications-table');
      el.data = breaksRowTotal();
      const first = oneEvent(el, 'disclosure-check') as unknown as Promise<DisclosureCheckEvent>;
      document.body.append(el);
      try {
        const event = await first;
        expect(event.bubbles && event.composed).to.equal(true);
        expect(event.detail.findings.map((f) => f.rule)).to.deep.equal([
          'applications.rowTotal',
          'applications.rowTotal',
        ]);
        const second = oneEvent(el, 'disclosure-check') as unknown as Promise<DisclosureCheckEvent>;
        el.data = xiangtan();
        expect((await second).findings).to.deep.equal([]);
      } finally {
        el.remove();
      }
    });

    it('does not fire again when new data leaves the findings unchanged', async () => {
      const el = await renderWith(xiangtan());
      let fired = 0;
      el.addEventListener('disclosure-check', () => fired++);
      el.data = xiangtan();
      await el.updateComplete;
      expect(fired).to.equal(0);
    });

    for (const mode of RENDER_MODES)
      it(`marks each cell of a finding visibly and programmatically, pointing to the words (${mode})`, async () => {
        const el = await renderWith(breaksRowTotal(), mode);
        const cell = cellByKey(el, 'applications.unavailable.notHeld.total');
        expect(cell.getAttribute('aria-invalid')).to.equal('true');
        const described = cell
          .getAttribute('aria-describedby')!
          .split(' ')
          .map((id) => byIdFrom(el, id));
        expect(described).to.have.length(1);
        expect(described[0]!.textContent).to.contain(
          '（四）无法提供，1.本机关不掌握相关政府信息：总计 = 48，各类申请人之和 = 47',
        );
        expect(cell.querySelector('.finding-mark')!.textContent).to.equal('⚠1');
        const clean = cellByKey(el, 'applications.received.naturalPerson');
        expect(clean.hasAttribute('aria-invalid')).to.equal(false);
        expect(clean.hasAttribute('aria-describedby')).to.equal(false);
      });

    it('lists every finding in words after the table', async () => {
      const el = await renderWith(breaksRowTotal());
      const items = [...renderRoot(el).querySelectorAll('[part="findings"] li')];
      expect(items.map((li) => li.getAttribute('data-rule'))).to.deep.equal([
        'applications.rowTotal',
        'applications.rowTotal',
      ]);
      expect(items[0].textContent).to.contain('错误');
    });

    it('shows a blank cell blank, with a warning, never as 0', async () => {
      const el = await renderWith(withBlankCell());
      const cell = cellByKey(el, 'applications.withheld.lawProhibited.commercial');
      const shown = cell.cloneNode(true) as HTMLElement;
      shown.querySelectorAll('[aria-hidden="true"]').forEach((mark) => mark.remove());
      expect(shown.textContent!.trim()).to.equal('');
      expect(cell.getAttribute('aria-invalid')).to.equal('true');
      expect(el.findings.find((f) => f.rule === 'cell.blank')!.severity).to.equal('warning');
    });

    it('marks computed totals visibly and programmatically', async () => {
      const el = await renderWith(withoutTotals());
      const computed = [...renderRoot(el).querySelectorAll('td[data-computed]')];
      expect(computed).to.have.length(31); // 24 row totals + the 7 cells of （七）总计
      const total = cellByKey(el, 'applications.total.total');
      expect(total.hasAttribute('data-computed')).to.equal(true);
      expect(total.querySelector('.computed-mark')!.textContent).to.equal('*');
      expect(total.textContent).to.contain('173').and.contain('（自动计算）');
      expect(renderRoot(el).querySelector('[part="legend"]')).to.not.equal(null);
    });

    it('shows an invalid value as given, as text', async () => {
      const doc = xiangtan();
      ((doc.applications as Record<string, unknown>).received as unknown[])[0] =
        '<img src=x onerror="window.__pwned=1">';
      const el = await renderWith(doc);
      const cell = cellByKey(el, 'applications.received.naturalPerson');
      expect(cell.textContent).to.contain('<img src=x onerror="window.__pwned=1">');
      expect(cell.querySelector('img')).to.equal(null);
      expect(el.findings.some((f) => f.rule === 'cell.invalid')).to.equal(true);
    });
  });

  describe('bad input', () => {
    async function expectAlert(el: DisclosureApplicationsTable, text: string) {
      await waitUntil(() => renderRoot(el).querySelector('[role="alert"]'), 'no alert');
      expect(renderRoot(el).querySelector('[role="alert"]')!.textContent).to.contain(text);
      expect(renderRoot(el).querySelector('table')).to.equal(null);
    }

    it('reports malformed JSON inline and with disclosure-error, without throwing', async () => {
      const errors = await pageErrorsDuring(async () => {
        const el = document.createElement('disclosure-applications-table');
        el.setAttribute('data', '{"applications": [');
        const event = oneEvent(el, 'disclosure-error') as unknown as Promise<DisclosureErrorEvent>;
        document.body.append(el);
        const { problems } = await event;
        expect(problems[0].code).to.equal('json');
        await expectAlert(el, '数据不是有效的 JSON');
        el.remove();
      });
      expect(errors).to.deep.equal([]);
    });

    it('names a misspelt section key as one error with the key meant, and no cell warnings (zh-CN and en)', async () => {
      for (const doc of [
        { application: xiangtan().applications },
        { agency: '湘潭县人民政府', year: 2025, application: xiangtan().applications },
      ]) {
        const el = document.createElement('disclosure-applications-table');
        el.data = doc as never;
        const event = oneEvent(el, 'disclosure-error') as unknown as Promise<DisclosureErrorEvent>;
        document.body.append(el);
        try {
          const { problems, messages } = await event;
          expect(problems).to.deep.equal([
            { code: 'unknownKey', path: 'application', section: 'applications', fatal: true },
          ]);
          expect(messages).to.deep.equal([
            'application：未识别的字段，是否应为 applications？该表因此没有数据，未显示',
          ]);
          expect(el.findings).to.deep.equal([]);
          await expectAlert(el, '是否应为 applications？');
          await setLocale('en');
          await el.updateComplete;
          await expectAlert(el, 'application: unknown key. Did you mean applications?');
        } finally {
          await setLocale('zh-CN');
          el.remove();
        }
      }
    });

    it('suggests no key for the section written right, alone or in a document', async () => {
      for (const doc of [xiangtan().applications, xiangtan()]) {
        const el = await renderWith(doc);
        expect(renderRoot(el).querySelector('[role="alert"]')).to.equal(null);
        expect(el.findings).to.deep.equal([]);
      }
    });

    it('reports a failed fetch', async () => {
      const errors = await pageErrorsDuring(async () => {
        const el = await fixture<DisclosureApplicationsTable>(
          html`<disclosure-applications-table
            src="/no-such-report.json"
          ></disclosure-applications-table>`,
        );
        await expectAlert(el, '无法获取数据 /no-such-report.json：HTTP 404');
      });
      expect(errors).to.deep.equal([]);
    });

    it('refuses a src whose scheme is not http(s)', async () => {
      const el = await fixture<DisclosureApplicationsTable>(
        html`<disclosure-applications-table
          src="javascript:alert(1)"
        ></disclosure-applications-table>`,
      );
      await expectAlert(el, '只允许 http、https 或相对地址');
    });

    it('reports a document of the wrong shape, naming the place', async () => {
      const doc = xiangtan();
      (
        (doc.applications as Record<string, unknown>).withheld as Record<string, unknown>
      ).stateSecret = 'four';
      const el = await renderWith(doc);
      await expectAlert(
        el,
        'applications.withheld.stateSecret：应为数组或对象，实际为字符串 "four"',
      );
    });

    it('removes a good table when bad data replaces it', async () => {
      const el = await renderWith(xiangtan());
      expect(renderRoot(el).querySelector('table')).to.not.equal(null);
      el.data = 42 as never;
      await el.updateComplete;
      await expectAlert(el, '应为对象');
      expect(el.findings).to.deep.equal([]);
    });

    it('shows a newer src, never a slower older one', async () => {
      const el = await fixture<DisclosureApplicationsTable>(
        html`<disclosure-applications-table
          src="/no-such-report.json"
        ></disclosure-applications-table>`,
      );
      el.src = SAMPLE_URL;
      await waitUntil(() => valueCellsOf(el).length === 175, 'newer src not shown');
      await settled();
      expect(renderRoot(el).querySelector('[role="alert"]')).to.equal(null);
    });
  });
});
