import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { DisclosureReportEditor } from './disclosure-report-editor.js';
import { xiangtan } from '../../../test/fixtures/reports.js';
import { applicationHeaders } from '../../../test/expected-headers.js';
import { axeViolations, formatViolations } from '../../../test/helpers/axe.js';
import { assignedHeaderTexts } from '../../../test/helpers/header-oracle.js';
import { validateAgainstSchema } from '../../../test/helpers/schema.js';
import { checkReport } from '../../core/index.js';
import type { DisclosureChangeEvent } from '../../events/disclosure-change-event.js';

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
