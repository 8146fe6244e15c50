/**
 * The inputs every element shares (`DataSourceController`): one `data` and one `previous`
 * member taking an object or JSON text, the child script, `src`, and the read-only `report`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ELEMENTS, type DataElement } from '../../test/fixtures/elements.js';
import { setCell, xiangtan, xiangtan2024 } from '../../test/fixtures/reports.js';
import { renderRoot, valueCellsOf } from '../../test/helpers/element.js';
import { setLocale } from '../localization.js';
import { childScriptProblem } from './source.js';

/** The rendered markup with the per-instance id prefix taken out, so two elements compare. */
const markup = (el: HTMLElement): string =>
  (renderRoot(el) as Element | ShadowRoot).innerHTML
    .replace(/<!--[^]*?-->/g, '')
    .replace(/\bdt\d+-/g, 'dt-');

/** Waits, with a generous ceiling for a busy machine, until every check has run (last year's too). */
const checked = (el: HTMLElement): Promise<void> =>
  waitUntil(
    () =>
      valueCellsOf(el).length > 0 &&
      renderRoot(el).querySelector('[part="findings"] [role="status"]') === null,
    'the checks never completed',
    { timeout: 20_000 },
  );

async function create(tag: string, setup: (el: DataElement) => void): Promise<DataElement> {
  const el = document.createElement(tag) as DataElement;
  setup(el);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/**
 * A fetch the test answers when it chooses, for one URL; every other request goes to the
 * network as usual. Restored by `restore()`.
 */
function holdFetch(url: string) {
  const original = window.fetch;
  let release!: (body: string) => void;
  const body = new Promise<string>((resolve) => (release = resolve));
  let requested = false;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input) !== url) return original(input, init);
    requested = true;
    return body.then(
      (text) => new Response(text, { headers: { 'content-type': 'application/json' } }),
    );
  };
  return {
    release,
    requested: () => requested,
    restore: () => (window.fetch = original),
  };
}

afterEach(() => {
  for (const el of document.querySelectorAll('[data-source-test]')) el.remove();
});

describe('one `data` member: an object or JSON text, as property or attribute', () => {
  // Number literals that JSON.parse alone would round, a fraction in a count, and an amount.
  const marked = setCell(xiangtan(), 'applications.received.naturalPerson', 'N1');
  setCell(marked, 'applications.carriedOver.naturalPerson', 'N2');
  setCell(marked, 'proactive.fees', 'N3');
  const text = JSON.stringify(marked)
    .replace('"N1"', '1.0000000000000001')
    .replace('"N2"', '9007199254740993')
    .replace('"N3"', '12345678901234.123456');

  for (const { tag } of ELEMENTS) {
    it(`<${tag}>: JSON text through the property renders exactly like the attribute`, async () => {
      const viaAttribute = await create(tag, (el) => el.setAttribute('data', text));
      const viaProperty = await create(tag, (el) => (el.data = text));
      viaAttribute.dataset.sourceTest = viaProperty.dataset.sourceTest = '';
      expect(renderRoot(viaProperty).querySelector('table'), 'a table').to.not.equal(null);
      expect(markup(viaProperty)).to.equal(markup(viaAttribute));
      expect(viaProperty.findings).to.deep.equal(viaAttribute.findings);
      expect(viaProperty.report).to.deep.equal(viaAttribute.report);
    });
  }

  it('keeps the number literals as written, through the property as through the attribute', async () => {
    const el = await create('disclosure-applications-table', (e) => (e.data = text));
    el.dataset.sourceTest = '';
    const messages = el.findings.map((f) => f.message).join('\n');
    // Rounded to 1 and 9007199254740992 by JSON.parse alone, both would pass unnoticed.
    expect(messages).to.contain('1.0000000000000001');
    expect(messages).to.contain('9007199254740993');
    const report = await create('proactive-disclosure-table', (e) => (e.data = text));
    report.dataset.sourceTest = '';
    expect(renderRoot(report).querySelector('[data-cell="proactive.fees"]')?.textContent).to.equal(
      '12345678901234.123456',
    );
  });

  it('gives malformed JSON text the same message through the property as through the attribute', async () => {
    const bad = '{"applications": {"received": [1, 2,, 3]}}';
    const viaAttribute = await create('disclosure-applications-table', (el) =>
      el.setAttribute('data', bad),
    );
    const viaProperty = await create('disclosure-applications-table', (el) => (el.data = bad));
    viaAttribute.dataset.sourceTest = viaProperty.dataset.sourceTest = '';
    const alert = (el: HTMLElement) => renderRoot(el).querySelector('[role="alert"]')?.textContent;
    expect(alert(viaProperty)).to.be.a('string').and.equal(alert(viaAttribute));
  });

  it('follows the property from text to an object and back, and a removed attribute leaves no data', async () => {
    const el = await create('disclosure-applications-table', (e) =>
      e.setAttribute('data', JSON.stringify(xiangtan())),
    );
    el.dataset.sourceTest = '';
    expect(renderRoot(el).querySelector('table')).to.not.equal(null);
    el.data = '{';
    await el.updateComplete;
    expect(renderRoot(el).querySelector('[role="alert"]')).to.not.equal(null);
    el.data = xiangtan();
    await el.updateComplete;
    expect(renderRoot(el).querySelector('table')).to.not.equal(null);
    el.removeAttribute('data');
    el.data = undefined;
    await el.updateComplete;
    expect(renderRoot(el).querySelector('table')).to.equal(null);
    expect(renderRoot(el).textContent).to.contain('尚未提供数据');
  });

  it('takes `previous` as JSON text through the property, as the attribute does', async () => {
    const el = await create('disclosure-applications-table', (e) => {
      e.data = xiangtan();
      e.previous = JSON.stringify(
        setCell(xiangtan2024(), 'applications.carriedForward.naturalPerson', 6),
      );
    });
    el.dataset.sourceTest = '';
    expect(el.findings.map((f) => f.rule)).to.include('crossYear.carriedOver');
    el.previous = JSON.stringify(xiangtan2024());
    await el.updateComplete;
    expect(el.findings).to.deep.equal([]);
  });
});

describe('parsing only what changed', () => {
  it('does not parse this year’s report again when last year’s arrives', async () => {
    const url = new URL('/previous-held.json', location.href).href;
    const held = holdFetch(url);
    try {
      // Every read of the document's top-level keys is counted: parsing reads them all.
      let reads = 0;
      const counted = new Proxy(xiangtan(), {
        get(target, key, receiver) {
          reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      const el = await create('disclosure-applications-table', (e) => {
        e.data = counted;
        e.previousSrc = url;
      });
      el.dataset.sourceTest = '';
      await waitUntil(held.requested, 'last year’s report was never requested', {
        timeout: 20_000,
      });
      const status = renderRoot(el).querySelector('[part="findings"] [role="status"]');
      expect(status, 'cross-year checks pending').to.not.equal(null);
      const readsBefore = reads;
      expect(readsBefore, 'this year’s report was parsed').to.be.greaterThan(0);
      held.release(JSON.stringify(xiangtan2024()));
      await checked(el);
      expect(el.findings).to.deep.equal([]);
      expect(reads, 'reads of this year’s report after last year’s arrived').to.equal(readsBefore);
    } finally {
      held.restore();
    }
  });

  it('does not parse this year’s JSON text again when last year’s arrives (the same report object)', async () => {
    const url = new URL('/previous-held-text.json', location.href).href;
    const held = holdFetch(url);
    try {
      const el = await create('disclosure-applications-table', (e) => {
        e.setAttribute('data', JSON.stringify(xiangtan()));
        e.previousSrc = url;
      });
      el.dataset.sourceTest = '';
      await waitUntil(held.requested, 'last year’s report was never requested', {
        timeout: 20_000,
      });
      const before = el.report;
      expect(before).to.not.equal(undefined);
      held.release(JSON.stringify(setCell(xiangtan2024(), 'applications.carriedForward.total', 7)));
      await checked(el);
      expect(el.findings.map((f) => f.rule)).to.include('crossYear.carriedOver');
      expect(el.report, 'the report object after last year’s arrived').to.equal(before);
    } finally {
      held.restore();
    }
  });
});

describe('the read-only `report` property', () => {
  const PREVIOUS_URL = new URL('../data/xiangtan-county-2024-made-up.json', import.meta.url).href;

  it('holds the document shown, from the property, the attribute, a child script or src', async () => {
    const doc = xiangtan();
    const fromProperty = await fixture<DataElement>(
      html`<disclosure-annual-report .data=${doc}></disclosure-annual-report>`,
    );
    expect(fromProperty.report).to.equal(doc);
    const fromAttribute = await fixture<DataElement>(
      html`<disclosure-annual-report data=${JSON.stringify(doc)}></disclosure-annual-report>`,
    );
    expect(fromAttribute.report).to.deep.equal(doc);
    const fromScript = await fixture<DataElement>(
      html`<disclosure-annual-report
        ><script type="application/json">
          ${JSON.stringify(doc)}
        </script></disclosure-annual-report
      >`,
    );
    expect(fromScript.report).to.deep.equal(doc);
    const fromSrc = await fixture<DataElement>(
      html`<disclosure-annual-report src=${PREVIOUS_URL}></disclosure-annual-report>`,
    );
    await checked(fromSrc);
    expect(fromSrc.report).to.deep.equal(xiangtan2024());
  });

  it('puts a section given alone under its table’s key, and is undefined while nothing usable is shown', async () => {
    const section = xiangtan().applications;
    const el = await fixture<DataElement>(
      html`<disclosure-applications-table .data=${section}></disclosure-applications-table>`,
    );
    expect(el.report).to.deep.equal({ applications: section });
    el.data = 42;
    await el.updateComplete;
    expect(el.report).to.equal(undefined);
    el.data = undefined;
    await el.updateComplete;
    expect(el.report).to.equal(undefined);
    expect(() => ((el as unknown as { report: unknown }).report = {})).to.throw();
  });
});

describe('a child script without the JSON type', () => {
  afterEach(() => setLocale('zh-CN'));

  /** The element with a child script written as an editor would, through the HTML parser. */
  async function withScript(attributes: string): Promise<DataElement> {
    const host = document.createElement('div');
    host.dataset.sourceTest = '';
    // Parsed as markup: a script inserted by innerHTML is never run, so the page stays quiet.
    host.innerHTML = `<disclosure-applications-table><script ${attributes}>${JSON.stringify(xiangtan())}</script></disclosure-applications-table>`;
    document.body.append(host);
    const el = host.firstElementChild as DataElement;
    await el.updateComplete;
    return el;
  }

  const alertOf = (el: DataElement) => renderRoot(el).querySelector('[role="alert"]')?.textContent;

  it('says that a script with no type is run as a program, and what to write (zh-CN and en)', async () => {
    const el = await withScript('');
    expect(alertOf(el)).to.contain('没有写 type').and.contain('<script type="application/json">');
    await setLocale('en');
    await el.updateComplete;
    expect(alertOf(el))
      .to.contain('has no type, so the browser runs its data as a program')
      .and.contain('Write <script type="application/json">');
  });

  it('says that type="text/json" is not read, and what to write (zh-CN and en)', async () => {
    const el = await withScript('type="text/json"');
    expect(alertOf(el)).to.contain('<script type="text/json"> 的类型不对');
    expect(alertOf(el)).to.contain('请写成 <script type="application/json">');
    await setLocale('en');
    await el.updateComplete;
    expect(alertOf(el)).to.contain('<script type="text/json"> has the wrong type');
  });

  it('stays quiet for type="application/json" (any case, with parameters), in zh-CN and en', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      await setLocale(locale);
      for (const type of ['application/json', 'Application/JSON; charset=utf-8']) {
        const el = await withScript(`type="${type}"`);
        expect(alertOf(el), type).to.equal(undefined);
        expect(renderRoot(el).querySelector('table'), type).to.not.equal(null);
      }
    }
  });

  it('reads the script once its type is corrected', async () => {
    const el = await withScript('type="text/json"');
    expect(alertOf(el)).to.be.a('string');
    el.querySelector('script')!.type = 'application/json';
    await waitUntil(
      () => renderRoot(el).querySelector('table'),
      'the corrected script was not read',
    );
    expect(alertOf(el)).to.equal(undefined);
  });

  it('answers only scripts meant as data: a template script is left alone', () => {
    expect(childScriptProblem(null)).to.deep.include({ code: 'scriptType' });
    expect(childScriptProblem('text/javascript')).to.deep.include({ code: 'scriptType' });
    expect(childScriptProblem('text/json')).to.deep.include({ code: 'scriptType' });
    expect(childScriptProblem('application/json')).to.equal(undefined);
    expect(childScriptProblem('text/template')).to.equal(undefined);
  });
});

describe('malformed JSON, in the reader’s language', () => {
  afterEach(() => setLocale('zh-CN'));
  const alertOf = async (text: string): Promise<string> => {
    const el = await create('disclosure-applications-table', (e) => e.setAttribute('data', text));
    el.dataset.sourceTest = '';
    return renderRoot(el).querySelector('[role="alert"]')?.textContent ?? '';
  };
  const missingComma = '{\n  "agency": "某县" "year": 2025\n}';
  const curly = '{\n  “applications”: {}\n}';

  it('gives the line, the column, the characters around the fault and what belongs there (zh-CN and en)', async () => {
    const zh = await alertOf(missingComma);
    expect(zh).to.contain('第 2 行第 18 列，此处应为英文逗号 , 或结束括号 } ]');
    expect(zh).to.contain('"agency": "某县" 【"】year": 2025');
    expect(zh).to.not.contain('Expected');
    await setLocale('en');
    const en = await alertOf(missingComma);
    expect(en).to.contain(
      'at line 2, column 18, a comma , or a closing bracket } ] was expected here',
    );
    expect(en).to.contain('【"】year"');
  });

  it('names curly quotes pasted from Word, and the quote to type instead (zh-CN and en)', async () => {
    const zh = await alertOf(curly);
    expect(zh).to.contain('第 2 行第 3 列是中文引号 “');
    expect(zh).to.contain('请改为 "');
    await setLocale('en');
    const en = await alertOf(curly);
    expect(en).to.contain('column 3 has the curly quote “');
    expect(en).to.contain('type " instead');
  });

  it('stays quiet on valid JSON with curly quotes inside its strings (zh-CN and en)', async () => {
    const doc = xiangtan();
    doc.agency = '“湘潭县”人民政府';
    for (const locale of ['zh-CN', 'en'] as const) {
      await setLocale(locale);
      expect(await alertOf(JSON.stringify(doc))).to.equal('');
    }
  });
});
