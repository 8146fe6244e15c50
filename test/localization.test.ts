/**
 * Locale changes reach elements that are already on the page: labels, findings, errors and
 * events all follow `setLocale`, and published numbers never change with the locale.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/components/disclosure-applications-table/define.js';
import '../src/components/proactive-disclosure-table/define.js';
import '../src/components/disclosure-annual-report/define.js';
import type { DisclosureApplicationsTable } from '../src/components/disclosure-applications-table/disclosure-applications-table.js';
import type { DisclosureCheckEvent } from '../src/events/disclosure-check-event.js';
import { getLocale, setLocale } from '../src/localization.js';
import { breaksRowTotal, previousBreaksInForce, setCell, xiangtan } from './fixtures/reports.js';
import { axeViolations } from './helpers/axe.js';
import { cellByKey, renderRoot } from './helpers/element.js';

const text = (el: Element, selector: string): string =>
  renderRoot(el as HTMLElement)
    .querySelector(selector)!
    .textContent!.trim();
const headerTexts = (el: HTMLElement): string[] =>
  [...renderRoot(el).querySelectorAll('th')].map((th) => th.textContent!.trim());
const findingTexts = (el: HTMLElement): string[] =>
  [...renderRoot(el).querySelectorAll('[part="findings"] li')].map((li) =>
    li.textContent!.replace(/\s+/g, ' ').trim(),
  );

async function renderWith(data: unknown): Promise<DisclosureApplicationsTable> {
  return fixture<DisclosureApplicationsTable>(
    html`<disclosure-applications-table .data=${data}></disclosure-applications-table>`,
  );
}

/** Switches the locale and waits until every element given has re-rendered in it. */
async function switchTo(
  locale: 'en' | 'zh-CN',
  ...elements: DisclosureApplicationsTable[]
): Promise<void> {
  await setLocale(locale);
  await Promise.all(elements.map((el) => el.updateComplete));
}

describe('localization', () => {
  afterEach(() => setLocale('zh-CN'));

  it('starts in zh-CN, the source locale', () => {
    expect(getLocale()).to.equal('zh-CN');
  });

  it('titles the report with agency and year run together in Chinese, spaced in English', async () => {
    const report = await fixture<HTMLElement>(
      html`<disclosure-annual-report .data=${xiangtan()}></disclosure-annual-report>`,
    );
    expect(text(report, 'h2')).to.equal('湘潭县人民政府2025年政府信息公开工作年度报告');
    await setLocale('en');
    await (report as DisclosureApplicationsTable).updateComplete;
    expect(text(report, 'h2')).to.equal(
      '湘潭县人民政府 2025 Annual Report on Government Information Disclosure',
    );
  });

  it('switches elements already on the page to English, and back to the legal text', async () => {
    const clean = await renderWith(xiangtan());
    const flagged = await renderWith(breaksRowTotal());
    const zhHeaders = headerTexts(clean);
    expect(zhHeaders).to.include('1.本机关不掌握相关政府信息');

    await switchTo('en', clean, flagged);
    expect(text(clean, 'caption')).to.equal(
      'III. Requests for disclosure of government information received and handled',
    );
    expect(text(clean, 'td.note')).to.equal(
      '(Relation for each column: item I plus item II equals item III plus item IV)',
    );
    expect(headerTexts(clean)).to.include.members([
      'Applicants',
      'Natural persons',
      'Total',
      '(7) Total',
      'IV. Carried forward to the next year',
    ]);
    expect(headerTexts(clean).join()).to.not.match(/\p{Script=Han}/u);
    expect(text(clean, '[part="findings"] .clean')).to.equal(
      'Check passed: every arithmetic relation holds, and no cell is blank or invalid.',
    );
    expect(text(flagged, '.findings-heading')).to.equal('Check results');
    expect(text(flagged, '.counts')).to.equal('Errors: 2. Warnings: 0.');
    expect(findingTexts(flagged)[0]).to.equal(
      'Error: (4) Cannot be provided, 1. The agency does not hold the information: Total = 48, the sum of the applicant columns = 47',
    );

    await switchTo('zh-CN', clean, flagged);
    expect(headerTexts(clean)).to.deep.equal(zhHeaders);
    expect(text(clean, 'caption')).to.equal('三、收到和处理政府信息公开申请情况');
    expect(findingTexts(flagged)[0]).to.equal(
      '错误：（四）无法提供，1.本机关不掌握相关政府信息：总计 = 48，各类申请人之和 = 47',
    );
  });

  it('updates the findings property and fires disclosure-check again with the new words', async () => {
    const el = await renderWith(breaksRowTotal());
    expect(el.findings[0].message).to.contain('各类申请人之和');
    const event = oneEvent(el, 'disclosure-check') as unknown as Promise<DisclosureCheckEvent>;
    await setLocale('en');
    const { findings } = await event;
    expect(findings.map((f) => f.rule)).to.deep.equal([
      'applications.rowTotal',
      'applications.rowTotal',
    ]);
    expect(findings[0].message).to.contain('the sum of the applicant columns = 47');
    expect(el.findings).to.deep.equal(findings);
  });

  it('words the findings again on a locale switch, without parsing or checking the report again', async () => {
    const el = await renderWith(breaksRowTotal());
    const before = el.findings;
    await switchTo('en', el);
    expect(el.findings[0].message).to.contain('the sum of the applicant columns = 47');
    // The same checked data, worded anew: a second check would have made new terms and cells.
    expect(el.findings.map((f) => f.terms)).to.have.ordered.members(before.map((f) => f.terms));
    expect(el.findings.map((f) => f.cells)).to.have.ordered.members(before.map((f) => f.cells));
    expect(el.findings).to.not.equal(before);
    // New data is checked as before.
    el.data = { ...breaksRowTotal(), year: 2030 };
    await el.updateComplete;
    expect(el.findings[0].terms).to.not.equal(before[0].terms);
  });

  it('translates an inline error already shown', async () => {
    const el = await fixture<DisclosureApplicationsTable>(
      html`<disclosure-applications-table
        data='{"applications": ['
      ></disclosure-applications-table>`,
    );
    await waitUntil(() => renderRoot(el).querySelector('[role="alert"]'), 'no alert');
    expect(text(el, '[role="alert"]')).to.contain('数据不是有效的 JSON');
    await switchTo('en', el);
    expect(text(el, '.error-title')).to.equal('This table cannot be shown:');
    expect(text(el, '[role="alert"] li')).to.match(/^The data is not valid JSON: /);
  });

  it('keeps published numbers exactly as given: no digit grouping in cells or findings', async () => {
    // 1234567 in 自然人 breaks R1 and R3 with seven-digit sums on both sides.
    const doc = setCell(xiangtan(), 'applications.received.naturalPerson', 1234567);
    const el = await renderWith(doc);
    await switchTo('en', el);
    const cell = cellByKey(el, 'applications.received.naturalPerson').cloneNode(
      true,
    ) as HTMLElement;
    cell.querySelectorAll('[aria-hidden="true"]').forEach((mark) => mark.remove());
    expect(cell.textContent!.trim()).to.equal('1234567');
    const words = findingTexts(el).join('\n');
    expect(words).to.contain('I + II = 1234572');
    expect(words).to.contain('Total = 177, the sum of the applicant columns = 1234570');
    expect(words).to.not.match(/\d,\d{3}/);
  });

  it('keeps a fee amount to its exact digits, and counts ungrouped, in English', async () => {
    const doc = setCell(xiangtan(), 'proactive.fees', '24252.311082');
    const el = await fixture<DisclosureApplicationsTable>(
      html`<proactive-disclosure-table
        .data=${doc}
        .previous=${previousBreaksInForce()}
      ></proactive-disclosure-table>`,
    );
    await switchTo('en', el);
    expect(cellByKey(el, 'proactive.fees').textContent!.trim()).to.equal('24252.311082');
    expect(cellByKey(el, 'proactive.licensing').textContent!.trim()).to.equal('95133');
    expect(headerTexts(el)).to.include.members([
      'Article 20, item (8)',
      'Fees collected this year (unit: 10,000 yuan)',
      'Administrative fees',
    ]);
    expect(findingTexts(el)).to.deep.equal([
      'Warning: Administrative normative documents: 2025, currently in force = 96; 2024, in force 100 + issued this year 6 − repealed this year 12 = 94',
    ]);
  });

  it('has zero axe violations in English', async () => {
    const el = await renderWith(breaksRowTotal());
    await switchTo('en', el);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
