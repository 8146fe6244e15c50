import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './define.js';
import type { DisclosureAnnualReport } from './disclosure-annual-report.js';
import {
  breaksRowTotal,
  previousBreaksCarriedOver,
  previousBreaksInForce,
  setCell,
  xiangtan,
  xiangtan2024,
  type JsonObject,
} from '../../../test/fixtures/reports.js';
import {
  applicationHeaders,
  PROACTIVE_HEADERS,
  reviewLitigationHeaders,
} from '../../../test/expected-headers.js';
import { atspiHeaders, isSkipped } from '../../../test/helpers/atspi.js';
import { axeViolations } from '../../../test/helpers/axe.js';
import {
  cellByKey,
  checked,
  pageErrorsDuring,
  renderRoot,
  valueCellsOf,
  RENDER_MODES,
  type RenderMode,
} from '../../../test/helpers/element.js';
import { assignedHeaderTexts } from '../../../test/helpers/header-oracle.js';
import type { DisclosureCheckEvent } from '../../events/disclosure-check-event.js';
import { setLocale } from '../../localization.js';
import { settled } from '../../../test/helpers/settle.js';

const SAMPLE_URL = new URL('../../data/xiangtan-county-2025.json', import.meta.url).pathname;
const PREVIOUS_URL = new URL('../../data/xiangtan-county-2024-made-up.json', import.meta.url)
  .pathname;

async function renderWith(
  data: unknown,
  previous?: unknown,
  mode: RenderMode = 'shadow DOM',
): Promise<DisclosureAnnualReport> {
  return fixture<DisclosureAnnualReport>(
    html`<disclosure-annual-report
      ?light-dom=${mode === 'light DOM'}
      .data=${data}
      .previous=${previous}
    ></disclosure-annual-report>`,
  );
}

/** Every header a value cell should have, written out independently of the layouts. */
function expectedHeaders(key: string): { columns: readonly string[]; rows: readonly string[] } {
  if (key.startsWith('proactive.')) return PROACTIVE_HEADERS[key];
  if (key.startsWith('reviewLitigation.')) return reviewLitigationHeaders(key);
  return applicationHeaders(key);
}
const sorted = (list: readonly string[]) => [...list].sort();
const heading = (el: DisclosureAnnualReport) => renderRoot(el).querySelector('[part="heading"]')!;
const sectionHeadings = (el: DisclosureAnnualReport) =>
  [...renderRoot(el).querySelectorAll<HTMLElement>('[part="section"]')]
    .filter((s) => !s.hidden)
    .map((s) => s.querySelector('h3')!.textContent!.trim());

describe('<disclosure-annual-report>', () => {
  describe('structure', () => {
    it('shows the agency and year in the heading, then sections 二, 三 and 四, then one findings summary', async () => {
      const el = await renderWith(xiangtan());
      expect(heading(el).tagName).to.equal('H2');
      expect(heading(el).textContent!.trim()).to.equal(
        '湘潭县人民政府2025年政府信息公开工作年度报告',
      );
      expect(sectionHeadings(el)).to.deep.equal([
        '二、主动公开政府信息情况',
        '三、收到和处理政府信息公开申请情况',
        '四、政府信息公开行政复议、行政诉讼情况',
      ]);
      expect(valueCellsOf(el)).to.have.length(10 + 175 + 15);
      expect(renderRoot(el).querySelectorAll('[part="findings"]')).to.have.length(1);
      expect(renderRoot(el).querySelector('[part="findings"] h3')!.textContent).to.equal(
        '核验结果',
      );
      expect(el.findings).to.deep.equal([]);
    });

    it('names each table by its caption, which the section heading shows instead', async () => {
      const el = await renderWith(xiangtan());
      const regions = [...renderRoot(el).querySelectorAll('[role="region"]')];
      expect(
        regions.map(
          (region) =>
            el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.textContent,
        ),
      ).to.deep.equal([
        '二、主动公开政府信息情况',
        '三、收到和处理政府信息公开申请情况',
        '四、政府信息公开行政复议、行政诉讼情况',
      ]);
      expect(
        [...renderRoot(el).querySelectorAll('caption')].every((caption) =>
          caption.classList.contains('visually-hidden'),
        ),
      ).to.equal(true);
    });

    for (const lightDom of [false, true]) {
      it(`renders a report with narrative sections in as many updates as one without${lightDom ? ', light DOM' : ''}`, async () => {
        // Learning the filled slots only from `slotchange` rendered the whole report twice.
        const updates = new WeakMap<object, number>();
        const proto = customElements.get('disclosure-annual-report')!.prototype as unknown as {
          update(changed: unknown): void;
        };
        const update = proto.update;
        proto.update = function (this: object, changed: unknown) {
          updates.set(this, (updates.get(this) ?? 0) + 1);
          update.call(this, changed);
        };
        try {
          const plain = await fixture<DisclosureAnnualReport>(
            html`<disclosure-annual-report
              ?light-dom=${lightDom}
              .data=${xiangtan()}
            ></disclosure-annual-report>`,
          );
          const told = await fixture<DisclosureAnnualReport>(
            html`<disclosure-annual-report ?light-dom=${lightDom} .data=${xiangtan()}>
              <p slot="overview">总体情况。</p>
              <p slot="other">其他事项。</p>
            </disclosure-annual-report>`,
          );
          await settled();
          expect(sectionHeadings(told)).to.have.length(5);
          expect(updates.get(told)).to.equal(updates.get(plain));
        } finally {
          proto.update = update;
        }
      });
    }

    it('fills sections 一, 五 and 六 from the overview, problems and other slots, and hides an empty one', async () => {
      const el = await fixture<DisclosureAnnualReport>(
        html`<disclosure-annual-report .data=${xiangtan()}>
          <p slot="overview">2025年，湘潭县坚持以公开为常态。</p>
          <p slot="other">本年度未收取信息处理费。</p>
        </disclosure-annual-report>`,
      );
      await waitUntil(() => sectionHeadings(el).length === 5, 'slotted sections not shown');
      expect(sectionHeadings(el)).to.deep.equal([
        '一、总体情况',
        '二、主动公开政府信息情况',
        '三、收到和处理政府信息公开申请情况',
        '四、政府信息公开行政复议、行政诉讼情况',
        '六、其他需要报告的事项',
      ]);
      const slot = (name: string) =>
        renderRoot(el).querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!;
      expect(
        slot('overview')
          .assignedElements()
          .map((e) => e.textContent),
      ).to.deep.equal(['2025年，湘潭县坚持以公开为常态。']);
      const problems = document.createElement('p');
      problems.slot = 'problems';
      problems.textContent = '主动公开的及时性有待提高。';
      el.append(problems);
      await waitUntil(
        () => sectionHeadings(el).includes('五、存在的主要问题及改进情况'),
        'added content not shown',
      );
      expect(sectionHeadings(el).indexOf('五、存在的主要问题及改进情况')).to.equal(4);
      problems.remove();
      await waitUntil(
        () => !sectionHeadings(el).includes('五、存在的主要问题及改进情况'),
        'emptied section still shown',
      );
    });

    it('shows a hostile agency as text, never as markup', async () => {
      const errors = await pageErrorsDuring(async () => {
        const agency =
          '<img src=x onerror="window.__pwned=1"></h2><script>window.__pwned=2</script>';
        const el = await renderWith({ ...xiangtan(), agency });
        expect(heading(el).textContent!.trim()).to.equal(`${agency}2025年政府信息公开工作年度报告`);
        expect(renderRoot(el).querySelector('img, script')).to.equal(null);
        expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      });
      expect(errors).to.deep.equal([]);
    });

    it('titles a report without agency or year, and reports a bad one', async () => {
      const noAgency = xiangtan();
      delete noAgency.agency;
      expect(heading(await renderWith(noAgency)).textContent!.trim()).to.equal(
        '2025年政府信息公开工作年度报告',
      );
      const badYear = await renderWith({ ...xiangtan(), year: 'last year', agency: '  ' });
      expect(heading(badYear).textContent!.trim()).to.equal('政府信息公开工作年度报告');
      expect(badYear.findings.map((f) => [f.rule, f.path])).to.deep.equal([
        ['input.wrongType', 'year'],
      ]);
      const noYear = { ...xiangtan(), agency: '某县人民政府' } as JsonObject;
      delete noYear.year;
      expect(heading(await renderWith(noYear)).textContent!.trim()).to.equal(
        '某县人民政府政府信息公开工作年度报告',
      );
    });
  });

  for (const mode of RENDER_MODES)
    describe(`accessibility, ${mode}`, () => {
      it('assigns all 200 value cells of the three tables exactly their headers (HTML algorithm)', async () => {
        const el = await renderWith(xiangtan(), undefined, mode);
        for (const cell of valueCellsOf(el)) {
          const { columns, rows } = expectedHeaders(cell.dataset.cell!);
          expect(sorted(assignedHeaderTexts(cell)), cell.dataset.cell).to.deep.equal(
            sorted([...columns, ...rows]),
          );
        }
      });

      it("matches Chromium's own header association (AT-SPI) for a cell in every row and column of every table", async function () {
        const el = await renderWith(xiangtan(), undefined, mode);
        const cells = valueCellsOf(el);
        const applications = cells.filter((cell) => cell.dataset.cell!.startsWith('applications.'));
        const rows = [
          ...new Set(
            applications.map((cell) => cell.dataset.cell!.split('.').slice(0, -1).join('.')),
          ),
        ];
        // Table 三 diagonally (row i, column i mod 7); tables 二 and 四 whole.
        const sample = [
          ...cells.filter((cell) => !cell.dataset.cell!.startsWith('applications.')),
          ...rows.map(
            (row, i) =>
              applications.filter(
                (cell) =>
                  cell.dataset.cell!.startsWith(`${row}.`) &&
                  cell.dataset.cell!.split('.').length === row.split('.').length + 1,
              )[i % 7],
          ),
        ];
        expect(sample).to.have.length(10 + 15 + 25);
        const result = await atspiHeaders(sample.map((cell) => cell.id));
        if (isSkipped(result)) this.skip();
        else {
          for (const cell of sample) {
            const { columns, rows: rowHeaders } = expectedHeaders(cell.dataset.cell!);
            expect(
              sorted(result[cell.id].columnHeaders),
              `${cell.dataset.cell} columns`,
            ).to.deep.equal(sorted(columns));
            expect(sorted(result[cell.id].rowHeaders), `${cell.dataset.cell} rows`).to.deep.equal(
              sorted(rowHeaders),
            );
          }
        }
      });

      it('uses ids unique across the whole report', async () => {
        const el = await renderWith(xiangtan(), undefined, mode);
        const ids = [...renderRoot(el).querySelectorAll('[id]')].map((e) => e.id);
        expect(new Set(ids).size).to.equal(ids.length);
      });

      it('has zero axe violations: clean, and with findings in every table and slotted sections', async () => {
        expect(await axeViolations(await renderWith(xiangtan(), undefined, mode))).to.deep.equal(
          [],
        );
        const doc = breaksRowTotal();
        setCell(doc, 'reviewLitigation.litigationDirect.total', 23);
        const el = await fixture<DisclosureAnnualReport>(
          html`<disclosure-annual-report
            ?light-dom=${mode === 'light DOM'}
            .data=${doc}
            .previous=${previousBreaksInForce()}
          >
            <p slot="overview">总体情况。</p>
            <p slot="problems">存在的问题。</p>
          </disclosure-annual-report>`,
        );
        expect(el.findings.length).to.be.greaterThan(2);
        expect(await axeViolations(el)).to.deep.equal([]);
      });
    });

  describe('findings of the whole report', () => {
    it('lists every table’s findings in one summary, in reading order, numbered as the cells are marked', async () => {
      const doc = breaksRowTotal();
      setCell(doc, 'reviewLitigation.litigationDirect.total', 23);
      const previous = previousBreaksCarriedOver();
      setCell(previous, 'proactive.normativeDocuments.inForce', 100);
      const el = document.createElement('disclosure-annual-report');
      el.data = doc;
      el.previous = previous;
      const event = oneEvent(el, 'disclosure-check') as unknown as Promise<DisclosureCheckEvent>;
      document.body.append(el);
      try {
        const { findings } = await event;
        expect(findings.map((f) => f.rule)).to.deep.equal([
          'crossYear.inForce',
          'applications.rowTotal',
          'applications.rowTotal',
          'crossYear.carriedOver',
          'crossYear.carriedOver',
          'reviewLitigation.total',
        ]);
        expect(el.findings).to.deep.equal(findings);
        const items = [...renderRoot(el).querySelectorAll('[part="findings"] li')];
        expect(items).to.have.length(6);
        expect(items[3].textContent).to.contain(
          '自然人：2025年“二、上年结转” = 5，2024年“四、结转下年度继续办理” = 6',
        );
        const marks = (key: string) =>
          cellByKey(el, key).querySelector('.finding-mark')!.textContent;
        expect(marks('proactive.normativeDocuments.inForce')).to.equal('ⓘ1');
        expect(marks('applications.unavailable.notHeld.total')).to.equal('⚠2');
        expect(marks('reviewLitigation.litigationDirect.total')).to.equal('⚠6');
        expect(
          cellByKey(el, 'reviewLitigation.litigationDirect.total').getAttribute('aria-describedby'),
        ).to.equal(items[5].id);
      } finally {
        el.remove();
      }
    });

    it('runs R6 and R7 against last year from the attribute or previous-src, quiet on the consistent example', async () => {
      const attribute = await fixture<DisclosureAnnualReport>(
        html`<disclosure-annual-report
          .data=${xiangtan()}
          previous=${JSON.stringify(previousBreaksCarriedOver())}
        ></disclosure-annual-report>`,
      );
      expect(attribute.findings.map((f) => f.rule)).to.deep.equal([
        'crossYear.carriedOver',
        'crossYear.carriedOver',
      ]);
      const fetched = await fixture<DisclosureAnnualReport>(
        html`<disclosure-annual-report
          src=${SAMPLE_URL}
          previous-src=${PREVIOUS_URL}
        ></disclosure-annual-report>`,
      );
      await checked(fetched);
      expect(fetched.findings).to.deep.equal([]);
      expect((await renderWith(xiangtan(), xiangtan2024())).findings).to.deep.equal([]);
    });

    it('does not mix last year’s own findings into this year’s', async () => {
      const previous = setCell(xiangtan2024(), 'reviewLitigation.review.total', 1);
      setCell(previous, 'applications.granted.commercial', '/');
      expect(
        (await renderWith(breaksRowTotal(), previous)).findings.map((f) => f.rule),
      ).to.deep.equal(['applications.rowTotal', 'applications.rowTotal']);
    });
  });

  describe('bad input', () => {
    it('shows the tables a document has, and reports a missing one once, as a warning (report.sectionMissing)', async () => {
      const noReview = xiangtan();
      delete noReview.reviewLitigation;
      const el = document.createElement('disclosure-annual-report');
      el.data = noReview;
      const event = oneEvent(el, 'disclosure-check') as unknown as Promise<DisclosureCheckEvent>;
      document.body.append(el);
      try {
        const { findings } = await event;
        expect(findings.map((f) => [f.rule, f.severity, f.path])).to.deep.equal([
          ['report.sectionMissing', 'warning', 'reviewLitigation'],
        ]);
        expect(findings[0].message).to.equal('数据中缺少“reviewLitigation”部分');
        expect(renderRoot(el).querySelector('[role="alert"]')).to.equal(null);
        const headings = [...renderRoot(el).querySelectorAll('section.section:not([hidden]) > h3')];
        expect(headings.map((h) => h.textContent)).to.deep.equal([
          '二、主动公开政府信息情况',
          '三、收到和处理政府信息公开申请情况',
        ]);
        expect(renderRoot(el).querySelectorAll('td[data-cell^="proactive."]').length).to.equal(10);
        expect(renderRoot(el).querySelectorAll('td[data-cell^="applications."]').length).to.equal(
          175,
        );
        expect(renderRoot(el).querySelector('td[data-cell^="reviewLitigation."]')).to.equal(null);
        expect(await axeViolations(el)).to.deep.equal([]);
      } finally {
        el.remove();
      }
    });

    it('reports no missing table for a whole document', async () => {
      const el = await renderWith(xiangtan());
      expect(el.findings.filter((f) => f.rule === 'report.sectionMissing')).to.deep.equal([]);
    });

    it('refuses a document with none of its tables, or a single table’s section, with an inline alert', async () => {
      const el = await renderWith({ agency: '某县人民政府', year: 2025 });
      const alert = renderRoot(el).querySelector('[role="alert"]')!.textContent;
      for (const id of ['proactive', 'applications', 'reviewLitigation'])
        expect(alert).to.contain(`数据中缺少“${id}”部分`);
      const section = await renderWith(xiangtan().applications);
      expect(renderRoot(section).querySelector('[role="alert"]')!.textContent).to.contain(
        '数据中缺少“proactive”部分',
      );
    });

    it('names a misspelt table key once, as an error, with the key meant, and no cell warnings for it (zh-CN and en)', async () => {
      const doc = xiangtan();
      doc.application = doc.applications;
      delete doc.applications;
      const el = await renderWith(doc);
      expect(el.findings.map((f) => [f.rule, f.severity, f.path])).to.deep.equal([
        ['input.unknownKey', 'error', 'application'],
      ]);
      expect(el.findings[0].message).to.equal(
        'application：未识别的字段，是否应为 applications？该表因此没有数据，未显示',
      );
      await setLocale('en');
      try {
        await el.updateComplete;
        expect(el.findings[0].message).to.equal(
          'application: unknown key. Did you mean applications? That table has no data and is not shown.',
        );
      } finally {
        await setLocale('zh-CN');
      }
    });

    it('names an unknown key that misspells nothing as a warning, with no key suggested', async () => {
      const doc = xiangtan();
      doc.notes = 'x';
      const el = await renderWith(doc);
      expect(el.findings.map((f) => [f.rule, f.severity, f.message])).to.deep.equal([
        ['input.unknownKey', 'warning', 'notes：未识别的字段，未使用'],
      ]);
    });

    it('refuses malformed JSON without throwing', async () => {
      const errors = await pageErrorsDuring(async () => {
        const el = await fixture<DisclosureAnnualReport>(
          html`<disclosure-annual-report data="{]"></disclosure-annual-report>`,
        );
        expect(renderRoot(el).querySelector('[role="alert"]')!.textContent).to.contain(
          '数据不是有效的 JSON',
        );
      });
      expect(errors).to.deep.equal([]);
    });
  });
});
