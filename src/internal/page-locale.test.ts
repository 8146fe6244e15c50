/**
 * The package entry picks the locale from `<html lang>`. This file's page loads the entry only
 * inside the test, after setting `lang` and after putting an element in the page, as a CMS page
 * with the drop-in script does.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { localeForLanguageTag } from './page-locale.js';

describe('localeForLanguageTag', () => {
  it('picks English for any English tag', () => {
    for (const tag of ['en', 'en-GB', 'en-US', 'EN', 'en_US', ' en '])
      expect(localeForLanguageTag(tag), tag).to.equal('en');
  });

  it('keeps the legal text (zh-CN) for Chinese, for other languages, and with no tag', () => {
    for (const tag of ['zh-CN', 'zh', 'zh-Hans-CN', 'zh-TW', 'fr', 'eng', '', null, undefined]) {
      expect(localeForLanguageTag(tag), String(tag)).to.equal('zh-CN');
    }
  });
});

describe('the package entry on a page with <html lang="en-GB">', () => {
  const root = document.documentElement;
  const originalLang = root.getAttribute('lang');
  let el: HTMLElement;

  before(() => {
    // Parsed into the page before any script defines it, like markup saved by a CMS.
    document.body.insertAdjacentHTML(
      'beforeend',
      `<disclosure-applications-table data='{"applications": {"received": [1, 0, 0, 0, 0, 0, 1]}}'></disclosure-applications-table>`,
    );
    el = document.body.lastElementChild as HTMLElement;
    root.setAttribute('lang', 'en-GB');
  });

  after(() => {
    el.remove();
    if (originalLang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', originalLang);
  });

  it('renders the element in English with no setup, and leaves setLocale to the page', async () => {
    const entry = await import('../index.js');
    // English is fetched on demand (a module request): a generous ceiling for a busy machine.
    await waitUntil(() => entry.getLocale() === 'en', 'locale never became en', {
      timeout: 20_000,
    });
    await waitUntil(() => el.shadowRoot?.querySelector('caption'), 'element never rendered');
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.equal(
      'III. Requests for disclosure of government information received and handled',
    );
    await entry.setLocale('zh-CN');
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.equal(
      '三、收到和处理政府信息公开申请情况',
    );
  });
});
