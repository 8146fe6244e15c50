import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { DisclosureReportEditor } from './disclosure-report-editor.js';
import {
  previousBreaksCarriedOver,
  previousBreaksInForce,
  setCell,
  xiangtan,
  xiangtan2024,
} from '../../../test/fixtures/reports.js';
import {
  applicationHeaders,
  applicationHeaders2019,
  PROACTIVE_2019_HEADERS,
  PROACTIVE_HEADERS,
  reviewLitigationHeaders,
} from '../../../test/expected-headers.js';
import { atspiHeaders, isSkipped } from '../../../test/helpers/atspi.js';
import { axeViolations, formatViolations } from '../../../test/helpers/axe.js';
import { assignedHeaderTexts } from '../../../test/helpers/header-oracle.js';
import { validateAgainstSchema } from '../../../test/helpers/schema.js';
import { checkReport } from '../../core/index.js';
import { formatSheet } from '../../core/editor/index.js';
import type { FormatId } from '../../core/format.js';
import type { DisclosureChangeEvent } from '../../events/disclosure-change-event.js';
import { setLocale } from '../../localization.js';

const KEY = 'disclosure-report-editor-test';

async function editor(): Promise<DisclosureReportEditor> {
  return fixture<DisclosureReportEditor>(
    html`<disclosure-report-editor storage-key=${KEY}></disclosure-report-editor>`,
  );
}
const input = (el: DisclosureReportEditor, key: string): HTMLInputElement =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[data-key="${key}"]`)!;

async function type(el: DisclosureReportEditor, key: string, text: string): Promise<void> {
  const field = input(el, key);
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
const press = async (el: DisclosureReportEditor, key: string, init: KeyboardEventInit = {}) => {
  const target = el.shadowRoot!.activeElement!;
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }),
  );
  await el.updateComplete;
};
const focusedKey = (el: DisclosureReportEditor) =>
  (el.shadowRoot!.activeElement as HTMLInputElement | null)?.dataset.key;

function paste(el: DisclosureReportEditor, key: string, data: Record<string, string>): void {
  const transfer = new DataTransfer();
  for (const [type, text] of Object.entries(data)) transfer.setData(type, text);
  input(el, key).focus();
  input(el, key).dispatchEvent(
    new ClipboardEvent('paste', {
      clipboardData: transfer,
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
}

describe('<disclosure-report-editor>', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  after(() => localStorage.removeItem(KEY));

  it('names each input by its column and row, and its cell has the standard headers', async () => {
    const el = await editor();
    expect(input(el, 'applications.granted.naturalPerson').getAttribute('aria-label')).to.equal(
      '自然人，（一）予以公开',
    );
    const td = input(el, 'applications.withheld.stateSecret.commercial').closest('td')!;
    const expected = applicationHeaders('applications.withheld.stateSecret.commercial');
    expect([...assignedHeaderTexts(td)].sort()).to.deep.equal(
      [...expected.columns, ...expected.rows].sort(),
    );
  });

  it('keeps typed values as typed, checks live, and fires disclosure-change', async () => {
    const el = await editor();
    const events: DisclosureChangeEvent[] = [];
    el.addEventListener('disclosure-change', (e) => events.push(e));
    await type(el, 'applications.received.naturalPerson', '１２');
    expect(input(el, 'applications.received.naturalPerson').value).to.equal('１２');
    expect(el.findings.some((f) => f.rule === 'cell.invalid')).to.equal(true);
    expect(input(el, 'applications.received.naturalPerson').getAttribute('aria-invalid')).to.equal(
      'true',
    );
    await type(el, 'applications.received.naturalPerson', '12');
    expect(el.findings.some((f) => f.rule === 'cell.invalid')).to.equal(false);
    // An empty 总计 shows its computed value.
    el.report = xiangtan();
    await type(el, 'applications.received.total', '');
    expect(input(el, 'applications.received.total').placeholder).to.equal('177');
    expect(events.map((e) => e.cause)).to.deep.equal(['typing', 'typing', 'load', 'typing']);
    expect(events[3].report).to.deep.equal(el.report);
  });

  it('links each finding to its cells: activating it focuses the first one', async () => {
    const el = await editor();
    el.report = xiangtan();
    await type(el, 'applications.granted.naturalPerson', '55');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="findings"] li a')!;
    expect(link.getAttribute('href')).to.equal(`#${input(el, link.dataset.key!).id}`);
    input(el, 'proactive.rules.issued').focus();
    link.click();
    expect(focusedKey(el)).to.equal(link.dataset.key);
    expect(el.findings[0].cells).to.include('applications.granted.naturalPerson');
  });

  it('moves with the arrow keys, Enter, Home and End', async () => {
    const el = await editor();
    input(el, 'applications.granted.commercial').focus();
    await press(el, 'ArrowDown');
    expect(focusedKey(el)).to.equal('applications.partiallyGranted.commercial');
    await press(el, 'ArrowRight');
    expect(focusedKey(el)).to.equal('applications.partiallyGranted.research');
    await press(el, 'ArrowUp');
    expect(focusedKey(el)).to.equal('applications.granted.research');
    await press(el, 'Home');
    expect(focusedKey(el)).to.equal('applications.granted.naturalPerson');
    await press(el, 'End');
    expect(focusedKey(el)).to.equal('applications.granted.total');
    await press(el, 'Enter');
    expect(focusedKey(el)).to.equal('applications.partiallyGranted.total');
  });

  it('pastes a TSV block right and down, says where a block that does not fit stopped, and undoes it', async () => {
    const el = await editor();
    paste(el, 'applications.granted.commercial', { 'text/plain': '1\t2\r\n3\t4\r\n' });
    await el.updateComplete;
    expect(input(el, 'applications.granted.research').value).to.equal('2');
    expect(input(el, 'applications.partiallyGranted.commercial').value).to.equal('3');
    paste(el, 'applications.carriedForward.total', { 'text/plain': '7\t8\n' });
    await el.updateComplete;
    expect(input(el, 'applications.carriedForward.total').value).to.equal('7');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('超出表格');
    input(el, 'applications.granted.commercial').focus();
    await press(el, 'z', { ctrlKey: true });
    expect(input(el, 'applications.carriedForward.total').value).to.equal('');
    expect(input(el, 'applications.granted.research').value).to.equal('2');
    expect(el.undo()).to.equal(true);
    await el.updateComplete;
    expect(input(el, 'applications.granted.research').value).to.equal('');
  });

  it('pastes a block copied as an HTML table', async () => {
    const el = await editor();
    paste(el, 'reviewLitigation.review.upheld', {
      'text/html':
        '<table><tr><td>1</td><td>2</td><td><img src=x onerror="window.pwned=1">3</td></tr></table>',
      'text/plain': '1\t2\t3',
    });
    await el.updateComplete;
    expect(input(el, 'reviewLitigation.review.corrected').value).to.equal('2');
    expect(input(el, 'reviewLitigation.review.other').value).to.equal('3');
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('restores the draft on reload, and exports what was typed: schema-valid, 0 findings when the numbers add up', async () => {
    const first = await editor();
    first.report = xiangtan();
    first.remove();
    const el = await editor();
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('草稿');
    expect(input(el, 'applications.received.naturalPerson').value).to.equal('174');
    expect(el.findings).to.deep.equal([]);
    expect(checkReport(JSON.parse(el.jsonText())).findings).to.deep.equal([]);
    const result = await validateAgainstSchema(JSON.parse(el.jsonText()));
    expect(result.errors).to.deep.equal([]);
    expect(result.valid).to.equal(true);
    expect(el.cmsSnippet()).to.match(
      /^<disclosure-annual-report>\n<script type="application\/json">/,
    );
  });

  it('keeps an unreadable draft aside instead of dropping it', async () => {
    localStorage.setItem(KEY, '{"kind":"disclosure-report-editor-draft","version":99}');
    const el = await editor();
    const aside = Object.keys(localStorage).find((key) => key.startsWith(`${KEY}:kept-`))!;
    expect(localStorage.getItem(aside)).to.equal(
      '{"kind":"disclosure-report-editor-draft","version":99}',
    );
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(aside);
    localStorage.removeItem(aside);
  });

  it('has no axe violations', async () => {
    const el = await editor();
    el.report = xiangtan();
    await el.updateComplete;
    const violations = await axeViolations(el);
    expect(violations, formatViolations(violations)).to.deep.equal([]);
  });
});

const root = (el: DisclosureReportEditor): ShadowRoot => el.shadowRoot!;
const button = (el: DisclosureReportEditor, action: string, copy?: string): HTMLButtonElement =>
  root(el).querySelector<HTMLButtonElement>(
    `button[data-action="${action}"]${copy ? `[data-copy="${copy}"]` : ''}`,
  )!;
const status = (el: DisclosureReportEditor): string =>
  root(el).querySelector('[role="status"]')!.textContent!.trim();
const control = <T extends HTMLElement>(el: DisclosureReportEditor, name: string): T =>
  root(el).querySelector<T>(`[part="toolbar"] [name="${name}"]`)!;
const cellInputs = (el: DisclosureReportEditor): HTMLInputElement[] => [
  ...root(el).querySelectorAll<HTMLInputElement>('input[data-key]'),
];
const rulesOf = (el: DisclosureReportEditor): string[] => el.findings.map((f) => f.rule);

/** Waits for `condition`: a generous ceiling (a busy machine), never a fixed delay. */
const until = (condition: () => unknown, message: string): Promise<void> =>
  waitUntil(condition, message, { timeout: 20_000 });

/** Presses `key` with `modifier` held, as real key events. */
async function chord(modifier: 'Shift' | 'Control', key: string): Promise<void> {
  await sendKeys({ down: modifier });
  try {
    await sendKeys({ press: key });
  } finally {
    await sendKeys({ up: modifier });
  }
}

/** Replaces the Clipboard API for one test: `undefined` as where it does not exist. */
function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined): () => void {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  });
  return () => Reflect.deleteProperty(navigator, 'clipboard');
}

/** Chooses a file in the "load last year's report" input, as the file picker does. */
async function loadPrevious(el: DisclosureReportEditor, text: string, name = 'last-year.json') {
  const field = control<HTMLInputElement>(el, 'previous');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  field.files = transfer.files;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => status(el).includes(name), 'last year’s report never loaded');
  await el.updateComplete;
}

/** What a cell's headers are, written out from the format's text (test/expected-headers.ts). */
function expectedHeaders(format: FormatId, key: string): readonly string[] {
  const { rows, columns } = key.startsWith('proactive.')
    ? (format === '2019' ? PROACTIVE_2019_HEADERS : PROACTIVE_HEADERS)[key]
    : key.startsWith('applications.')
      ? format === '2019'
        ? applicationHeaders2019(key)
        : applicationHeaders(key)
      : reviewLitigationHeaders(key);
  return [...columns, ...rows].sort();
}

describe('<disclosure-report-editor> grid', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  after(() => localStorage.removeItem(KEY));

  for (const format of ['2021', '2019'] as const) {
    it(`gives every value cell of the ${format} format its standard headers (header oracle)`, async () => {
      const el = await editor();
      el.format = format;
      await el.updateComplete;
      const cells = [...root(el).querySelectorAll<HTMLTableCellElement>('td[data-cell]')];
      expect(cells.map((td) => td.dataset.cell)).to.deep.equal([
        ...formatSheet(format).positions.keys(),
      ]);
      for (const td of cells) {
        expect([...assignedHeaderTexts(td)].sort(), td.dataset.cell).to.deep.equal(
          expectedHeaders(format, td.dataset.cell!),
        );
      }
    });
  }

  it("matches Chromium's own header association (AT-SPI) for a cell of every table and block", async function () {
    const el = await editor();
    const keys = [
      'proactive.rules.inForce',
      'proactive.licensing',
      'proactive.fees',
      'applications.received.naturalPerson',
      'applications.withheld.stateSecret.commercial',
      'applications.carriedForward.total',
      'reviewLitigation.litigationAfterReview.pending',
    ];
    const cells = keys.map((key) => input(el, key).closest('td')!);
    const result = await atspiHeaders(cells.map((td) => td.id));
    if (isSkipped(result)) this.skip();
    else {
      for (const td of cells) {
        const seen = result[td.id];
        expect([...seen.columnHeaders, ...seen.rowHeaders].sort(), td.dataset.cell).to.deep.equal(
          expectedHeaders('2021', td.dataset.cell!),
        );
      }
    }
  });

  it('is usable with the keyboard alone: Tab and Shift+Tab walk the cells in reading order, arrows and Enter move, Ctrl+Z undoes', async () => {
    const el = await editor();
    // Tab follows the document order of the inputs: it must be the sheet's reading order.
    expect(cellInputs(el).map((field) => field.dataset.key)).to.deep.equal(
      formatSheet('2021').rows.flatMap((row) => row.cells),
    );
    input(el, 'applications.received.other').focus();
    await sendKeys({ type: '2' });
    await sendKeys({ press: 'Tab' });
    expect(focusedKey(el)).to.equal('applications.received.total');
    await sendKeys({ type: '177' });
    // From a row's last cell, Tab goes on to the next row's first.
    await sendKeys({ press: 'Tab' });
    expect(focusedKey(el)).to.equal('applications.carriedOver.naturalPerson');
    await chord('Shift', 'Tab');
    expect(focusedKey(el)).to.equal('applications.received.total');
    await chord('Shift', 'Tab');
    expect(focusedKey(el)).to.equal('applications.received.other');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedKey(el)).to.equal('applications.carriedOver.other');
    await sendKeys({ press: 'Enter' });
    expect(focusedKey(el)).to.equal('applications.granted.other');
    await sendKeys({ type: '5' });
    await sendKeys({ press: 'Home' });
    expect(focusedKey(el)).to.equal('applications.granted.naturalPerson');
    // Across a table's edge: from table 二's last cell, Tab reaches table 三's first.
    input(el, 'proactive.fees').focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedKey(el)).to.equal('applications.received.naturalPerson');
    await el.updateComplete;
    expect(el.report.applications).to.deep.equal({
      received: { other: 2, total: 177 },
      granted: { other: 5 },
    });
    await chord('Control', 'z');
    await el.updateComplete;
    expect(input(el, 'applications.granted.other').value).to.equal('');
    expect(input(el, 'applications.received.total').value).to.equal('177');
  });
});

describe('<disclosure-report-editor> toolbar', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  after(() => localStorage.removeItem(KEY));

  it('offers each action as a native control with a visible name', async () => {
    const el = await editor();
    expect(
      [...root(el).querySelectorAll('[part="toolbar"] button')].map((b) => b.textContent!.trim()),
    ).to.deep.equal([
      '从上年报告填入“上年结转”',
      '下载 JSON',
      '复制 CMS 代码',
      '复制静态 HTML',
      '清空',
    ]);
    for (const name of ['format', 'agency', 'year', 'previous']) {
      const labels = control<HTMLInputElement>(el, name).labels!;
      expect(labels.length, name).to.equal(1);
      expect(labels[0].textContent!.trim(), name).to.not.equal('');
    }
    expect(control<HTMLSelectElement>(el, 'format').value).to.equal('2021');
  });

  it('takes the agency and year into the report, the year as a number', async () => {
    const el = await editor();
    const events: DisclosureChangeEvent[] = [];
    el.addEventListener('disclosure-change', (e) => events.push(e));
    for (const [name, value] of [
      ['agency', '湘潭县人民政府'],
      ['year', '2025'],
    ]) {
      const field = control<HTMLInputElement>(el, name);
      field.value = value;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    await el.updateComplete;
    expect(el.report).to.include({ agency: '湘潭县人民政府', year: 2025 });
    expect(events.map((e) => e.cause)).to.deep.equal(['typing', 'typing']);
    el.report = xiangtan2024();
    await el.updateComplete;
    expect(control<HTMLInputElement>(el, 'year').value).to.equal('2024');
  });

  it('switches the format: the 2019 tables, and back again with the values kept', async () => {
    const el = await editor();
    await type(el, 'applications.received.naturalPerson', '3');
    const select = control<HTMLSelectElement>(el, 'format');
    select.value = '2019';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.report.format).to.equal('2019');
    expect(input(el, 'proactive.licensing.decisions')).to.not.equal(null);
    expect(input(el, 'proactive.rules.issued')).to.equal(null);
    expect(input(el, 'applications.received.naturalPerson').value).to.equal('3');
    expect(el.undo()).to.equal(true);
    await el.updateComplete;
    expect(select.value).to.equal('2021');
    expect(input(el, 'proactive.rules.issued')).to.not.equal(null);
  });

  it('downloads the report as a JSON file that validates against the schema, named by agency and year', async () => {
    const el = await editor();
    el.report = xiangtan();
    await el.updateComplete;
    const download = async (): Promise<{ link: HTMLAnchorElement; blob: Blob }> => {
      const blobs: Blob[] = [];
      const links: HTMLAnchorElement[] = [];
      const createObjectURL = URL.createObjectURL.bind(URL);
      const click = Object.getOwnPropertyDescriptor(HTMLAnchorElement.prototype, 'click');
      URL.createObjectURL = (blob: Blob) => (blobs.push(blob), createObjectURL(blob));
      // The link is the browser's download; it is not followed in a test.
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        links.push(this);
      };
      try {
        button(el, 'download').click();
      } finally {
        URL.createObjectURL = createObjectURL;
        if (click) Object.defineProperty(HTMLAnchorElement.prototype, 'click', click);
        else Reflect.deleteProperty(HTMLAnchorElement.prototype, 'click');
      }
      expect(links).to.have.length(1);
      expect(blobs).to.have.length(1);
      expect(links[0].href).to.match(/^blob:/);
      return { link: links[0], blob: blobs[0] };
    };
    const clean = await download();
    expect(clean.link.download).to.equal('湘潭县人民政府-2025.json');
    expect(clean.blob.type).to.equal('application/json');
    const text = await clean.blob.text();
    expect(JSON.parse(text)).to.deep.equal(el.report);
    expect(checkReport(JSON.parse(text)).findings).to.deep.equal([]);
    const valid = await validateAgainstSchema(JSON.parse(text));
    expect(valid.errors, JSON.stringify(valid.errors)).to.deep.equal([]);
    expect(valid.valid).to.equal(true);
    // A value typed in full-width digits goes out as typed: the schema rejects it as the checks do.
    await type(el, 'applications.received.naturalPerson', '１７４');
    const typo = JSON.parse(await (await download()).blob.text()) as unknown;
    expect((await validateAgainstSchema(typo)).valid).to.equal(false);
    expect(checkReport(typo).findings.map((f) => f.rule)).to.include('cell.invalid');
  });

  it('copies the CMS snippet: the annual report element with the report in a child JSON script', async () => {
    const el = await editor();
    el.report = { ...xiangtan(), agency: '湘潭县</script><img src=x onerror=alert(1)>' };
    await el.updateComplete;
    const copied: string[] = [];
    const restore = stubClipboard(async (text) => void copied.push(text));
    try {
      button(el, 'copy', 'cms').click();
      await until(() => copied.length === 1, 'nothing copied');
    } finally {
      restore();
    }
    await el.updateComplete;
    expect(status(el)).to.equal('已复制 CMS 代码。');
    expect(root(el).querySelector('textarea')).to.equal(null);
    // Parsed as a CMS page would hold it (inert here): one element, one data block, the report.
    const page = new DOMParser().parseFromString(copied[0], 'text/html');
    const report = page.body.querySelector('disclosure-annual-report')!;
    expect(page.body.children).to.have.length(1);
    expect(page.querySelectorAll('img')).to.have.length(0);
    const script = report.querySelector(':scope > script[type="application/json"]')!;
    expect(JSON.parse(script.textContent!)).to.deep.equal(el.report);
  });

  it('copies static HTML of the tables, accessible as the elements render them', async () => {
    const el = await editor();
    el.report = setCell(xiangtan(), 'applications.received.total', undefined);
    await el.updateComplete;
    const copied: string[] = [];
    const restore = stubClipboard(async (text) => void copied.push(text));
    try {
      button(el, 'copy', 'html').click();
      await until(() => copied.length === 1, 'nothing copied');
    } finally {
      restore();
    }
    await el.updateComplete;
    expect(status(el)).to.equal('已复制表格的静态 HTML。');
    // Pasted into a page without any script: the tables as they are.
    const page = new DOMParser().parseFromString(copied[0], 'text/html');
    expect(page.querySelectorAll('script, [onerror], [onclick]')).to.have.length(0);
    const host = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
    host.append(...[...page.body.childNodes].map((node) => document.adoptNode(node)));
    const cells = [...host.querySelectorAll<HTMLTableCellElement>('td[data-cell]')];
    expect(cells.map((td) => td.dataset.cell)).to.deep.equal([
      ...formatSheet('2021').positions.keys(),
    ]);
    for (const td of cells) {
      expect([...assignedHeaderTexts(td)].sort(), td.dataset.cell).to.deep.equal(
        expectedHeaders('2021', td.dataset.cell!),
      );
    }
    const cellText = (key: string) =>
      host.querySelector(`td[data-cell="${key}"]`)!.firstChild!.textContent;
    expect(cellText('applications.received.naturalPerson')).to.equal('174');
    // The total left empty is computed and marked, as the elements show it.
    expect(cellText('applications.received.total')).to.equal('177');
    expect(
      host.querySelector('td[data-cell="applications.received.total"] .computed-mark'),
    ).to.not.equal(null);
    expect(host.querySelector('.legend')).to.not.equal(null);
    expect(host.querySelectorAll('caption')).to.have.length.greaterThan(2);
    expect(getComputedStyle(host.querySelector('.visually-hidden')!).position).to.equal('absolute');
    const violations = await axeViolations(host);
    expect(violations, formatViolations(violations)).to.deep.equal([]);
  });

  it("gives static HTML's cells the same header relations in Chromium (AT-SPI) as the elements", async function () {
    const el = await editor();
    el.report = xiangtan();
    await el.updateComplete;
    const page = new DOMParser().parseFromString(await el.staticHtml(), 'text/html');
    el.remove();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(...[...page.body.childNodes].map((node) => document.adoptNode(node)));
    const keys = [
      'proactive.normativeDocuments.repealed',
      'proactive.coercion',
      'applications.received.naturalPerson',
      'applications.unavailable.notHeld.legalService',
      'applications.total.total',
      'reviewLitigation.review.upheld',
    ];
    const cells = keys.map((key) => host.querySelector<HTMLElement>(`td[data-cell="${key}"]`)!);
    const result = await atspiHeaders(cells.map((td) => td.id));
    if (isSkipped(result)) this.skip();
    else {
      for (const td of cells) {
        const seen = result[td.id];
        expect([...seen.columnHeaders, ...seen.rowHeaders].sort(), td.dataset.cell).to.deep.equal(
          expectedHeaders('2021', td.dataset.cell!),
        );
      }
    }
  });

  for (const [why, writeText] of [
    [
      'refuses',
      () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
    ],
    ['is missing', undefined],
  ] as const) {
    it(`shows what to copy in a read-only text box when the Clipboard API ${why}`, async () => {
      const el = await editor();
      el.report = xiangtan();
      await el.updateComplete;
      const restore = stubClipboard(writeText);
      try {
        button(el, 'copy', 'cms').click();
        await until(() => root(el).querySelector('textarea'), 'no text box');
        await el.updateComplete;
        const area = root(el).querySelector('textarea')!;
        expect(area.readOnly).to.equal(true);
        expect(area.value).to.equal(el.cmsSnippet());
        expect(area.labels[0].textContent!.trim()).to.equal('CMS 代码（只读）');
        expect(root(el).activeElement).to.equal(area);
        expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
        expect(status(el)).to.contain('无法写入剪贴板');
        expect(getComputedStyle(area).display).to.not.equal('none');
        const violations = await axeViolations(el);
        expect(violations, formatViolations(violations)).to.deep.equal([]);
        // An edit makes it stale: it goes.
        await type(el, 'applications.received.naturalPerson', '175');
        expect(root(el).querySelector('textarea')).to.equal(null);
        button(el, 'copy', 'html').click();
        await until(() => root(el).querySelector('textarea'), 'no text box');
        const html = root(el).querySelector('textarea')!;
        expect(html.labels[0].textContent!.trim()).to.equal('表格的静态 HTML（只读）');
        expect(html.value).to.equal(await el.staticHtml());
        button(el, 'close-copy').click();
        await el.updateComplete;
        expect(root(el).querySelector('textarea')).to.equal(null);
      } finally {
        restore();
      }
    });
  }

  it("checks R6 and R7 live against last year's JSON file, and reports an unusable one", async () => {
    const el = await editor();
    el.report = xiangtan();
    await el.updateComplete;
    expect(el.findings).to.deep.equal([]);
    await loadPrevious(el, JSON.stringify(xiangtan2024()));
    expect(status(el)).to.contain('已载入上年报告“last-year.json”');
    expect(el.findings).to.deep.equal([]);
    await loadPrevious(el, JSON.stringify(previousBreaksCarriedOver()), 'carried.json');
    expect(rulesOf(el)).to.include('crossYear.carriedOver');
    // Live: typing this year's 上年结转 to match makes it hold again.
    await type(el, 'applications.carriedOver.naturalPerson', '6');
    await type(el, 'applications.carriedOver.total', '6');
    expect(rulesOf(el)).to.not.include('crossYear.carriedOver');
    await loadPrevious(el, JSON.stringify(previousBreaksInForce()), 'in-force.json');
    expect(rulesOf(el)).to.include('crossYear.inForce');
    await loadPrevious(el, '{"year": 2024, "applications": {', 'broken.json');
    expect(rulesOf(el)).to.include('input.previous');
    // A file the browser cannot read (removed, or no permission) is said so; nothing changes.
    const field = control<HTMLInputElement>(el, 'previous');
    const unreadable = { name: 'gone.json', text: () => Promise.reject(new Error('NotFound')) };
    Object.defineProperty(field, 'files', { configurable: true, value: [unreadable] });
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => status(el).includes('gone.json'), 'no notice');
    expect(status(el)).to.equal('无法读取文件“gone.json”。');
    expect(rulesOf(el)).to.include('input.previous');
    Reflect.deleteProperty(field, 'files');
    // Last year's report is part of the draft: a reload checks with it again.
    el.remove();
    const again = await editor();
    expect(rulesOf(again)).to.include('input.previous');
  });

  it('fills 上年结转 from last year (the button and fillCarriedOver()), as one edit that undo takes back', async () => {
    const el = await editor();
    const events: DisclosureChangeEvent[] = [];
    el.addEventListener('disclosure-change', (e) => events.push(e));
    // Without last year's report there is nothing to fill: said so, nothing changes.
    button(el, 'fill').click();
    await el.updateComplete;
    expect(status(el)).to.contain('没有可填入的数值');
    expect(events).to.deep.equal([]);
    expect(el.fillCarriedOver()).to.equal(false);
    await loadPrevious(el, JSON.stringify(previousBreaksCarriedOver()));
    button(el, 'fill').click();
    await el.updateComplete;
    expect(status(el)).to.contain('已用上年');
    expect(input(el, 'applications.carriedOver.naturalPerson').value).to.equal('6');
    expect(input(el, 'applications.carriedOver.total').value).to.equal('6');
    expect(input(el, 'applications.received.naturalPerson').value).to.equal('');
    expect(events.map((e) => e.cause)).to.deep.equal(['fill']);
    expect(rulesOf(el)).to.not.include('crossYear.carriedOver');
    el.undo();
    await el.updateComplete;
    expect(input(el, 'applications.carriedOver.naturalPerson').value).to.equal('');
    el.previous = xiangtan2024();
    expect(el.fillCarriedOver()).to.equal(true);
    await el.updateComplete;
    expect(input(el, 'applications.carriedOver.naturalPerson').value).to.equal('5');
  });

  it('asks before clearing, in the element: Cancel and Escape keep everything, Confirm clears and undo restores', async () => {
    const el = await editor();
    el.report = xiangtan();
    await el.updateComplete;
    const confirm = window.confirm;
    window.confirm = () => {
      throw new Error('window.confirm blocks the page; the editor asks in place');
    };
    const events: DisclosureChangeEvent[] = [];
    try {
      el.addEventListener('disclosure-change', (e) => events.push(e));
      const ask = async () => {
        button(el, 'clear').click();
        await el.updateComplete;
        await el.updateComplete;
        const group = root(el).querySelector('.confirm[role="group"]')!;
        expect(group.textContent).to.contain('清空已填写的全部内容？');
        // The safe choice has the focus.
        expect(root(el).activeElement).to.equal(button(el, 'cancel-clear'));
      };
      await ask();
      expect(await axeViolations(el)).to.deep.equal([]);
      button(el, 'cancel-clear').click();
      await until(() => root(el).activeElement === button(el, 'clear'), 'focus not back');
      expect(root(el).querySelector('.confirm')).to.equal(null);
      await ask();
      await sendKeys({ press: 'Escape' });
      await until(() => root(el).querySelector('.confirm') === null, 'Escape did not cancel');
      expect(input(el, 'applications.received.naturalPerson').value).to.equal('174');
      expect(events).to.deep.equal([]);
      await ask();
      button(el, 'confirm-clear').click();
      await until(() => root(el).activeElement === button(el, 'clear'), 'focus not back');
      expect(status(el)).to.equal('已清空。按 Ctrl+Z 可撤销。');
      expect(cellInputs(el).every((field) => field.value === '')).to.equal(true);
      expect(control<HTMLInputElement>(el, 'agency').value).to.equal('');
      expect(el.report).to.deep.equal({
        $schema: el.report.$schema,
        format: '2021',
        proactive: {},
        applications: {},
        reviewLitigation: {},
      });
      expect(events.map((e) => e.cause)).to.deep.equal(['clear']);
      await chord('Control', 'z');
      await el.updateComplete;
      expect(input(el, 'applications.received.naturalPerson').value).to.equal('174');
      expect(el.findings).to.deep.equal([]);
    } finally {
      window.confirm = confirm;
    }
  });
});

describe('<disclosure-report-editor> in English', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => setLocale('zh-CN'));

  it('follows setLocale: controls, input names and findings, worded again without checking again', async () => {
    const el = await editor();
    el.report = xiangtan();
    await type(el, 'applications.granted.naturalPerson', '55');
    const before = el.findings;
    expect(before.length).to.be.greaterThan(0);
    await setLocale('en');
    await el.updateComplete;
    expect(button(el, 'download').textContent!.trim()).to.equal('Download JSON');
    expect(button(el, 'clear').textContent!.trim()).to.equal('Clear');
    expect(control<HTMLInputElement>(el, 'agency').labels![0].textContent!.trim()).to.equal(
      'Agency',
    );
    expect(input(el, 'applications.granted.naturalPerson').getAttribute('aria-label')).to.match(
      /^Natural persons, .*Disclosed/,
    );
    expect(root(el).querySelector('.content')!.getAttribute('lang')).to.equal('en');
    expect(el.findings.map((f) => f.rule)).to.deep.equal(before.map((f) => f.rule));
    expect(el.findings[0].message).to.not.equal(before[0].message);
    expect(el.findings[0].message).to.match(/[A-Za-z]{3}/);
    const link = root(el).querySelector('[part="findings"] li a')!;
    expect(link.textContent).to.equal(el.findings[0].message);
    // The static HTML is in the reader's language too.
    const staticHtml = await el.staticHtml();
    expect(staticHtml).to.contain('lang="en"');
    expect(staticHtml).to.contain('Natural persons');
    const violations = await axeViolations(el);
    expect(violations, formatViolations(violations)).to.deep.equal([]);
    await setLocale('zh-CN');
    await el.updateComplete;
    expect(button(el, 'download').textContent!.trim()).to.equal('下载 JSON');
    expect(el.findings.map((f) => f.message)).to.deep.equal(before.map((f) => f.message));
  });
});
