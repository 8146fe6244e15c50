import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './define.js';
import type { ProactiveDisclosureTable } from './proactive-disclosure-table.js';
import {
  previousBreaksInForce,
  setCell,
  xiangtan,
  xiangtan2024,
  type Json,
  type JsonObject,
} from '../../../test/fixtures/reports.js';
import { PROACTIVE_HEADERS } from '../../../test/expected-headers.js';
import { atspiHeaders, isSkipped } from '../../../test/helpers/atspi.js';
import { axeViolations } from '../../../test/helpers/axe.js';
import {
  cellByKey,
  checked,
  pageErrorsDuring,
  renderRoot,
  valueCellsOf,
  byIdFrom,
  RENDER_MODES,
  type RenderMode,
} from '../../../test/helpers/element.js';
import { assignedHeaderTexts } from '../../../test/helpers/header-oracle.js';
import type { DisclosureCheckEvent } from '../../events/disclosure-check-event.js';

const SAMPLE_URL = new URL('../../data/xiangtan-county-2025.json', import.meta.url).pathname;
const PREVIOUS_URL = new URL('../../data/xiangtan-county-2024-made-up.json', import.meta.url)
  .pathname;

async function renderWith(
  data: unknown,
  previous?: unknown,
  mode: RenderMode = 'shadow DOM',
): Promise<ProactiveDisclosureTable> {
  return fixture<ProactiveDisclosureTable>(
    html`<proactive-disclosure-table
      ?light-dom=${mode === 'light DOM'}
      .data=${data}
      .previous=${previous}
    ></proactive-disclosure-table>`,
  );
}

const withFees = (fees: Json): JsonObject => setCell(xiangtan(), 'proactive.fees', fees);
/** What a cell shows, without the visual markers (⚠, *) that are hidden from screen readers. */
function shownText(cell: HTMLElement): string {
  const copy = cell.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((mark) => mark.remove());
  return copy.textContent!.trim();
}
const sorted = (list: readonly string[]) => [...list].sort();
const rulesOf = (el: ProactiveDisclosureTable) => el.findings.map((f) => f.rule);

describe('<proactive-disclosure-table>', () => {
  for (const mode of RENDER_MODES)
    describe(`accessibility, ${mode}`, () => {
      it('assigns every one of the 10 value cells its banner, column header and row header (HTML algorithm)', async () => {
        const el = await renderWith(xiangtan(), undefined, mode);
        const cells = valueCellsOf(el);
        expect(cells.map((cell) => cell.dataset.cell)).to.have.members(
          Object.keys(PROACTIVE_HEADERS),
        );
        for (const cell of cells) {
          const { columns, rows } = PROACTIVE_HEADERS[cell.dataset.cell!];
          expect(sorted(assignedHeaderTexts(cell)), cell.dataset.cell).to.deep.equal(
            sorted([...columns, ...rows]),
          );
        }
      });

      it("matches Chromium's own header association (AT-SPI) for every value cell, in every block", async function () {
        const el = await renderWith(xiangtan(), undefined, mode);
        const cells = valueCellsOf(el);
        const result = await atspiHeaders(cells.map((cell) => cell.id));
        if (isSkipped(result)) this.skip();
        else {
          for (const cell of cells) {
            const { columns, rows } = PROACTIVE_HEADERS[cell.dataset.cell!];
            // Banner then column header, exactly: no header of another block (see buildTables).
            expect(result[cell.id].columnHeaders, `${cell.dataset.cell} columns`).to.deep.equal(
              columns,
            );
            expect(result[cell.id].rowHeaders, `${cell.dataset.cell} rows`).to.deep.equal(rows);
          }
        }
      });

      it('draws the four blocks as four tables in one scroll region, each named with its banner', async () => {
        const el = await renderWith(xiangtan(), undefined, mode);
        const root = renderRoot(el);
        const regions = root.querySelectorAll('[role="region"]');
        expect(regions).to.have.length(1);
        const tables = [...regions[0].querySelectorAll('table')];
        expect(
          tables.map((table) => table.caption!.textContent!.replace(/\s+/g, '')),
        ).to.deep.equal([
          '二、主动公开政府信息情况，第二十条第（一）项',
          '二、主动公开政府信息情况，第二十条第（五）项',
          '二、主动公开政府信息情况，第二十条第（六）项',
          '二、主动公开政府信息情况，第二十条第（八）项',
        ]);
        const label = byIdFrom(el, regions[0].getAttribute('aria-labelledby')!)!;
        expect(label.textContent).to.equal('二、主动公开政府信息情况');
        expect(label.checkVisibility()).to.equal(true);
        expect(
          tables.slice(1).every((table) => table.caption!.classList.contains('visually-hidden')),
        ).to.equal(true);
      });

      it('lines the four tables up as one: the same width and the same column edges', async () => {
        const el = await renderWith(xiangtan(), undefined, mode);
        const tables = [...renderRoot(el).querySelectorAll('table')];
        const edges = tables.map((table) => {
          const header = table.querySelector('thead tr:last-child')!;
          return [...header.children].map((cell) => Math.round(cell.getBoundingClientRect().left));
        });
        expect(
          new Set(tables.map((table) => Math.round(table.getBoundingClientRect().width))).size,
        ).to.equal(1);
        expect(edges[0]).to.have.length(4);
        for (const row of edges.slice(1)) expect(row).to.deep.equal(edges[0].slice(0, row.length));
      });

      it('gives every th a scope and every id is unique in its root', async () => {
        const el = await renderWith(xiangtan(), undefined, mode);
        const headers = [...renderRoot(el).querySelectorAll('th')];
        expect(headers).to.have.length(4 + 4 + 6 + 6);
        expect(
          headers.every((th) =>
            ['col', 'colgroup', 'row'].includes(th.getAttribute('scope') ?? ''),
          ),
        ).to.equal(true);
        const ids = [...renderRoot(el).querySelectorAll('[id]')].map((e) => e.id);
        expect(new Set(ids).size).to.equal(ids.length);
      });

      it('has zero axe violations: clean, with findings, and with an invalid fee', async () => {
        expect(await axeViolations(await renderWith(xiangtan(), undefined, mode))).to.deep.equal(
          [],
        );
        expect(
          await axeViolations(await renderWith(xiangtan(), previousBreaksInForce(), mode)),
        ).to.deep.equal([]);
        expect(
          await axeViolations(await renderWith(withFees('1.1234567'), undefined, mode)),
        ).to.deep.equal([]);
      });
    });

  describe('the Xiangtan example', () => {
    it('renders every block of the format, with no findings', async () => {
      const el = await renderWith(xiangtan());
      expect(el.findings).to.deep.equal([]);
      const shown = Object.fromEntries(
        valueCellsOf(el).map((cell) => [cell.dataset.cell, shownText(cell)]),
      );
      expect(shown).to.deep.equal({
        'proactive.rules.issued': '0',
        'proactive.rules.repealed': '0',
        'proactive.rules.inForce': '0',
        'proactive.normativeDocuments.issued': '6',
        'proactive.normativeDocuments.repealed': '12',
        'proactive.normativeDocuments.inForce': '96',
        'proactive.licensing': '95133',
        'proactive.penalties': '32199',
        'proactive.coercion': '5550',
        'proactive.fees': '1779.2656',
      });
      expect(
        [...renderRoot(el).querySelectorAll('th.corner')].map((th) => th.textContent),
      ).to.deep.equal(Array(4).fill('信息内容'));
      expect(cellByKey(el, 'proactive.licensing').colSpan).to.equal(3);
    });

    it('reads the proactive object alone, a data attribute, a child script and src', async () => {
      const section = await renderWith(xiangtan().proactive);
      expect(valueCellsOf(section)).to.have.length(10);
      const attribute = await fixture<ProactiveDisclosureTable>(
        html`<proactive-disclosure-table
          data=${JSON.stringify(xiangtan())}
        ></proactive-disclosure-table>`,
      );
      expect(shownText(cellByKey(attribute, 'proactive.fees'))).to.equal('1779.2656');
      const script = await fixture<ProactiveDisclosureTable>(
        html`<proactive-disclosure-table
          ><script type="application/json">
            ${JSON.stringify(xiangtan())}
          </script></proactive-disclosure-table
        >`,
      );
      expect(valueCellsOf(script)).to.have.length(10);
      const fetched = await fixture<ProactiveDisclosureTable>(
        html`<proactive-disclosure-table src=${SAMPLE_URL}></proactive-disclosure-table>`,
      );
      await waitUntil(() => valueCellsOf(fetched).length === 10, 'src never rendered');
      expect(fetched.findings).to.deep.equal([]);
    });
  });

  describe('本年收费金额 (fees)', () => {
    it('shows a fee exactly as given, as a string or as a number, with no float drift', async () => {
      const cases: [Json, string][] = [
        ['1779.2656', '1779.2656'],
        [1779.2656, '1779.2656'],
        [24252.311082, '24252.311082'],
        ['24252.311082', '24252.311082'],
        ['1779.2600', '1779.2600'],
        ['0.000001', '0.000001'],
        // Beyond what a double holds (it would print 123456789012.12346): a string keeps every digit.
        ['123456789012.123456', '123456789012.123456'],
        [' 0 ', '0'],
      ];
      for (const [fees, expected] of cases) {
        const el = await renderWith(withFees(fees));
        expect(shownText(cellByKey(el, 'proactive.fees')), JSON.stringify(fees)).to.equal(expected);
        expect(el.findings, JSON.stringify(fees)).to.deep.equal([]);
      }
    });

    it('keeps the digits of a fee written as a JSON number in the data attribute', async () => {
      const json = JSON.stringify(xiangtan()).replace('"fees":"1779.2656"', '"fees":1779.2600');
      expect(json).to.contain('"fees":1779.2600');
      const el = await fixture<ProactiveDisclosureTable>(
        html`<proactive-disclosure-table data=${json}></proactive-disclosure-table>`,
      );
      expect(shownText(cellByKey(el, 'proactive.fees'))).to.equal('1779.2600');
      expect(el.findings).to.deep.equal([]);
    });

    it('rejects more than six decimal places, a negative fee and a non-number, showing each as given', async () => {
      const cases: [Json, string][] = [
        ['1.1234567', '小数位数超过 6 位'],
        [0.0000001, '小数位数超过 6 位'],
        [-5, '不能为负数'],
        ['-0.5', '不能为负数'],
        ['1,779.26', '含千位分隔符'],
        ['1779.26万', '不是数字'],
      ];
      for (const [fees, reason] of cases) {
        const el = await renderWith(withFees(fees));
        expect(rulesOf(el), JSON.stringify(fees)).to.deep.equal(['cell.invalid']);
        const [finding] = el.findings;
        expect(finding.severity).to.equal('error');
        expect(finding.message)
          .to.contain('行政事业性收费，本年收费金额（单位：万元）：')
          .and.contain(reason);
        const cell = cellByKey(el, 'proactive.fees');
        expect(shownText(cell)).to.equal(typeof fees === 'string' ? fees : String(fees));
        expect(cell.getAttribute('aria-invalid')).to.equal('true');
      }
    });

    it('keeps the other cells counts: a fraction of a decision is invalid', async () => {
      const el = await renderWith(setCell(xiangtan(), 'proactive.licensing', 1.5));
      expect(el.findings.map((f) => f.message)).to.deep.equal([
        '行政许可，本年处理决定数量：1.5 不是有效数值，应为整数',
      ]);
    });

    it('shows a blank fee blank, with a warning', async () => {
      const el = await renderWith(withFees('/'));
      expect(shownText(cellByKey(el, 'proactive.fees'))).to.equal('');
      expect(el.findings.map((f) => [f.rule, f.severity])).to.deep.equal([
        ['cell.blank', 'warning'],
      ]);
    });
  });

  describe("last year's report (R7)", () => {
    it('warns where 现行有效件数 does not follow from last year, showing both years, marking the three cells', async () => {
      const el = await renderWith(xiangtan(), previousBreaksInForce());
      expect(el.findings.map((f) => [f.rule, f.severity])).to.deep.equal([
        ['crossYear.inForce', 'warning'],
      ]);
      const item = renderRoot(el).querySelector('[part="findings"] li')!;
      expect(item.textContent).to.contain(
        '行政规范性文件：2025年现行有效件数 = 96，2024年现行有效件数 100 + 本年制发件数 6 − 本年废止件数 12 = 94',
      );
      for (const column of ['issued', 'repealed', 'inForce']) {
        const cell = cellByKey(el, `proactive.normativeDocuments.${column}`);
        expect(cell.getAttribute('aria-invalid')).to.equal('true');
        expect(cell.getAttribute('aria-describedby')).to.equal(item.id);
      }
      expect(cellByKey(el, 'proactive.rules.inForce').hasAttribute('aria-invalid')).to.equal(false);
    });

    it('stays quiet with the consistent made-up 2024 report, from the property, the attribute or previous-src', async () => {
      expect((await renderWith(xiangtan(), xiangtan2024())).findings).to.deep.equal([]);
      const attribute = await fixture<ProactiveDisclosureTable>(
        html`<proactive-disclosure-table
          .data=${xiangtan()}
          previous=${JSON.stringify(previousBreaksInForce())}
        ></proactive-disclosure-table>`,
      );
      expect(rulesOf(attribute)).to.deep.equal(['crossYear.inForce']);
      const fetched = await fixture<ProactiveDisclosureTable>(
        html`<proactive-disclosure-table
          .data=${xiangtan()}
          previous-src=${PREVIOUS_URL}
        ></proactive-disclosure-table>`,
      );
      await checked(fetched);
      expect(fetched.findings).to.deep.equal([]);
    });

    it('prefers the previous member (property or attribute, whichever was set last), then previous-src', async () => {
      const el = await fixture<ProactiveDisclosureTable>(
        html`<proactive-disclosure-table
          .data=${xiangtan()}
          previous=${JSON.stringify(previousBreaksInForce())}
          previous-src="/no-such-previous.json"
        ></proactive-disclosure-table>`,
      );
      expect(rulesOf(el)).to.deep.equal(['crossYear.inForce']);
      el.previous = xiangtan2024();
      await el.updateComplete;
      expect(el.findings).to.deep.equal([]);
      el.setAttribute('previous', JSON.stringify(previousBreaksInForce()));
      await el.updateComplete;
      expect(rulesOf(el)).to.deep.equal(['crossYear.inForce']);
      el.removeAttribute('previous');
      await waitUntil(() => rulesOf(el).join() === 'input.previous', 'previous-src not used last');
      expect(el.findings[0].message).to.equal(
        '上年报告无法用于跨年度核验：无法获取数据 /no-such-previous.json：HTTP 404',
      );
    });

    it('holds disclosure-check back until last year’s report has arrived', async () => {
      const el = document.createElement('proactive-disclosure-table');
      el.data = xiangtan();
      // This year's own report given as last year's: only a check that waited can say so.
      el.setAttribute('previous-src', SAMPLE_URL);
      const event = oneEvent(el, 'disclosure-check') as unknown as Promise<DisclosureCheckEvent>;
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(
          renderRoot(el).querySelector('[part="findings"] [role="status"]')!.textContent,
        ).to.contain('正在加载上年报告');
        expect((await event).findings.map((f) => f.rule)).to.deep.equal(['input.previousYear']);
        expect(renderRoot(el).querySelector('[part="findings"] [role="status"]')).to.equal(null);
      } finally {
        el.remove();
      }
    });

    it('reports an unusable previous report as a warning and still shows this year’s table', async () => {
      const errors = await pageErrorsDuring(async () => {
        const json = await fixture<ProactiveDisclosureTable>(
          html`<proactive-disclosure-table
            .data=${xiangtan()}
            previous="{not json"
          ></proactive-disclosure-table>`,
        );
        expect(json.findings.map((f) => [f.rule, f.severity])).to.deep.equal([
          ['input.previous', 'warning'],
        ]);
        expect(json.findings[0].message).to.contain(
          '上年报告无法用于跨年度核验：数据不是有效的 JSON',
        );
        expect(valueCellsOf(json)).to.have.length(10);
        const scheme = await fixture<ProactiveDisclosureTable>(
          html`<proactive-disclosure-table
            .data=${xiangtan()}
            previous-src="javascript:alert(1)"
          ></proactive-disclosure-table>`,
        );
        expect(scheme.findings[0].message).to.contain('只允许 http、https 或相对地址');
        const shape = await renderWith(xiangtan(), { year: 2024, proactive: { rules: 'none' } });
        // The rows it could not read leave R7 unverifiable there: never passed.
        expect(shape.findings.map((f) => [f.rule, f.path ?? f.unverifiable])).to.deep.equal([
          ['input.previous', 'previous.proactive.rules'],
          ['crossYear.inForce', true],
          ['crossYear.inForce', true],
        ]);
      });
      expect(errors).to.deep.equal([]);
    });
  });

  describe('bad input', () => {
    async function expectAlert(el: ProactiveDisclosureTable, text: string) {
      await waitUntil(() => renderRoot(el).querySelector('[role="alert"]'), 'no alert');
      expect(renderRoot(el).querySelector('[role="alert"]')!.textContent).to.contain(text);
      expect(renderRoot(el).querySelector('table')).to.equal(null);
    }

    it('refuses a documents row of the wrong type or length, a section that is not an object, and a missing section', async () => {
      const wrongType = xiangtan();
      (wrongType.proactive as JsonObject).normativeDocuments = 96;
      await expectAlert(
        await renderWith(wrongType),
        'proactive.normativeDocuments：应为数组或对象，实际为数字 96',
      );
      const wrongLength = xiangtan();
      (wrongLength.proactive as JsonObject).rules = [0, 0];
      await expectAlert(
        await renderWith(wrongLength),
        'proactive.rules：应有 3 个数值，实际为 2 个',
      );
      await expectAlert(
        await renderWith({ year: 2025, proactive: [1, 2, 3] }),
        'proactive：应为对象，实际为数组',
      );
      await expectAlert(
        await renderWith({ agency: '某机关', year: 2025 }),
        '数据中缺少“proactive”部分',
      );
    });

    it('reads documents rows written as arrays [制发, 废止, 现行有效]', async () => {
      const doc = xiangtan();
      (doc.proactive as JsonObject).normativeDocuments = [6, 12, 96];
      const el = await renderWith(doc, xiangtan2024());
      expect(el.findings).to.deep.equal([]);
      expect(shownText(cellByKey(el, 'proactive.normativeDocuments.repealed'))).to.equal('12');
    });

    it('reports a cell of the wrong type, and an unknown key, without stopping the table', async () => {
      const doc = withFees({ amount: 1 });
      (doc.proactive as JsonObject).procurement = 3;
      const el = await renderWith(doc);
      expect(el.findings.map((f) => f.rule)).to.deep.equal(['input.unknownKey', 'cell.invalid']);
      expect(shownText(cellByKey(el, 'proactive.fees'))).to.equal('{"amount":1}');
    });
  });
});
