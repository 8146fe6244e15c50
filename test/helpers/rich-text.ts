/**
 * What a rich-text editor must do with our elements (issue #12), shared by the TinyMCE and
 * CKEditor 5 tests: the HTML an editor is given, and the checks on the HTML it saves.
 *
 * Each editor runs with the configuration printed in docs/rich-text-editors.md, served verbatim by
 * test/plugins/rich-text-plugin.mjs.
 */
import { expect } from '@open-wc/testing';

import { xiangtan } from '../fixtures/reports.js';
import { checked, renderRoot, valueCellsOf } from './element.js';

export const DISCLOSURE_ELEMENTS = [
  'disclosure-annual-report',
  'proactive-disclosure-table',
  'disclosure-applications-table',
  'review-litigation-table',
] as const;
export type DisclosureTag = (typeof DISCLOSURE_ELEMENTS)[number];

/** Value cells each element draws for the Xiangtan report: 二 10, 三 175, 四 15. */
export const VALUE_CELLS: Record<DisclosureTag, number> = {
  'disclosure-annual-report': 200,
  'proactive-disclosure-table': 10,
  'disclosure-applications-table': 175,
  'review-litigation-table': 15,
};

/** An absolute path, as a CMS page writes it; TinyMCE rewrites such URLs unless told not to. */
export const REPORT_URL = '/src/data/xiangtan-county-2025.json';
export const PREVIOUS_URL = '/src/data/xiangtan-county-2024-made-up.json';

export const DATA_FORMS = ['src', 'data attribute', 'child JSON script'] as const;
export type DataForm = (typeof DATA_FORMS)[number];

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;');

/** The report as a CMS page holds it, in one of the three forms. */
export function elementHtml(tag: DisclosureTag, form: DataForm, extra = ''): string {
  const json = JSON.stringify(xiangtan(), null, 2);
  const attributes = `caption="湘潭县 2025" previous-src="${PREVIOUS_URL}" lang="zh-CN"${extra}`;
  // The report's narrative sections travel inside it, and must survive too.
  const narrative =
    tag === 'disclosure-annual-report'
      ? '<div slot="overview"><p>一、总体情况：2025年，本机关……</p></div>'
      : '';
  switch (form) {
    case 'src':
      return `<${tag} src="${REPORT_URL}" ${attributes}>${narrative}</${tag}>`;
    case 'data attribute':
      // Light-DOM mode too: a boolean attribute, which editors like to rewrite.
      return `<${tag} data='${escapeAttribute(JSON.stringify(xiangtan()))}' light-dom ${attributes}>${narrative}</${tag}>`;
    case 'child JSON script':
      return `<${tag} ${attributes}><script type="application/json">\n${json}\n</script>${narrative}</${tag}>`;
  }
}

const parse = (html: string): DocumentFragment => {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
};

const isOurs = (element: Element | null): boolean =>
  element !== null && (DISCLOSURE_ELEMENTS as readonly string[]).includes(element.localName);

/** The MIME essence of a script's type: `Application/JSON; charset=utf-8` → `application/json`. */
const typeOf = (script: Element) =>
  (script.getAttribute('type') ?? '').split(';')[0].trim().toLowerCase();

/**
 * What may run from the saved HTML: every `<script>` that is not a JSON data block directly
 * inside one of our elements, and every `on…` attribute anywhere. Empty when the HTML is safe.
 */
export function activeContent(html: string): string[] {
  const found: string[] = [];
  for (const element of parse(html).querySelectorAll('*')) {
    if (element.localName === 'script') {
      const dataBlock = isOurs(element.parentElement) && typeOf(element) === 'application/json';
      if (!dataBlock) found.push(element.outerHTML);
    }
    for (const attribute of element.attributes) {
      if (attribute.name.toLowerCase().startsWith('on')) {
        found.push(`${element.localName} ${attribute.name}="${attribute.value}"`);
      }
    }
  }
  return found;
}

/** Every `<script>` in the saved HTML, as written. */
export const scriptsIn = (html: string): string[] =>
  [...parse(html).querySelectorAll('script')].map((script) => script.outerHTML);

/**
 * The saved HTML holds the element exactly once, with its attributes as they were written
 * (`src` not rewritten, JSON attributes equal as JSON) and, in the child-script form, its JSON
 * data block directly inside it.
 */
export function expectRoundTrip(saved: string, given: string, tag: DisclosureTag): void {
  const before = parse(given).querySelector(tag)!;
  const found = parse(saved).querySelectorAll(tag);
  expect(found.length, `${tag} once in the saved HTML:\n${saved}`).to.equal(1);
  const after = found[0];

  const attributes = (element: Element) =>
    Object.fromEntries(
      [...element.attributes].map(({ name, value }) => [
        name,
        name === 'data' || name === 'previous'
          ? JSON.parse(value)
          : name === 'light-dom'
            ? 'present' // a boolean attribute: `light-dom`, `light-dom=""` and `light-dom="light-dom"` are one
            : value,
      ]),
    );
  expect(attributes(after), `the attributes of ${tag} in:\n${saved}`).to.deep.equal(
    attributes(before),
  );

  const dataBlocks = (element: Element) =>
    [...element.children]
      .filter((child) => child.localName === 'script')
      .map((script) => ({ type: typeOf(script), json: JSON.parse(script.textContent ?? '') }));
  expect(dataBlocks(after), `the data block of ${tag} in:\n${saved}`).to.deep.equal(
    dataBlocks(before),
  );

  const slotted = (element: Element) =>
    [...element.children]
      .filter((child) => child.hasAttribute('slot'))
      .map((child) => [child.getAttribute('slot'), child.textContent?.trim()]);
  expect(slotted(after), `the narrative of ${tag} in:\n${saved}`).to.deep.equal(slotted(before));

  // Nothing added either, such as the &nbsp; an editor pads an empty block with.
  const text = [...after.childNodes].filter(
    (node) => node.nodeType === Node.TEXT_NODE && /[^ \t\n\r]/.test(node.textContent ?? ''),
  );
  expect(text.length, `text added inside ${tag}:\n${saved}`).to.equal(0);
}

/**
 * The saved HTML, put into a page as a CMS publishes it, shows the element's tables: every value
 * cell of the Xiangtan report, and no inline error message.
 */
export async function expectRenders(saved: string, tag: DisclosureTag): Promise<void> {
  const page = document.createElement('div');
  page.innerHTML = saved;
  document.body.append(page);
  try {
    const element = page.querySelector<HTMLElement>(tag);
    if (!element) expect.fail(`no <${tag}> in the saved HTML:\n${saved}`);
    await checked(element);
    expect(valueCellsOf(element).length).to.equal(VALUE_CELLS[tag]);
    expect(renderRoot(element).querySelector('[part="error"]')).to.equal(null);
  } finally {
    page.remove();
  }
}

/** A JSON data block of the review table's section, to hide scripts beside. */
const reviewJson = JSON.stringify({ reviewLitigation: xiangtan().reviewLitigation });

/**
 * The unsafe cases: HTML an editor must not save as it is, and what must remain of it. Each
 * case is checked with `activeContent` (nothing may run) and, where our element is in it, that
 * the element still renders.
 */
export const UNSAFE_CASES: readonly {
  name: string;
  html: string;
  /** The element that must survive the cleaning, still rendering. */
  keeps?: DisclosureTag;
}[] = [
  { name: 'a top-level <script>', html: '<p>正文</p><script>alert(1)</script>' },
  {
    name: 'a top-level <script type="text/javascript">',
    html: '<p>正文</p><script type="text/javascript">alert(1)</script>',
  },
  {
    name: 'a top-level <script type="module">',
    html: '<p>正文</p><script type="module">alert(1)</script>',
  },
  {
    name: 'a <script> nested in our element, beside the data block',
    html: `<review-litigation-table><script>alert(1)</script><script type="application/json">${reviewJson}</script></review-litigation-table>`,
    keeps: 'review-litigation-table',
  },
  {
    name: 'a <script type="text/javascript"> nested in our element',
    html: `<review-litigation-table><script type="application/json">${reviewJson}</script><script type="text/javascript">alert(1)</script></review-litigation-table>`,
    keeps: 'review-litigation-table',
  },
  {
    name: 'a <script> deeper inside the report (in its narrative)',
    html: `<disclosure-annual-report src="${REPORT_URL}"><div slot="overview"><p>一、总体情况</p><script>alert(1)</script></div></disclosure-annual-report>`,
    keeps: 'disclosure-annual-report',
  },
  {
    name: 'onclick= and onmouseover= on our element',
    html: `<review-litigation-table onclick="alert(1)" onmouseover="alert(2)" src="${REPORT_URL}"></review-litigation-table>`,
    keeps: 'review-litigation-table',
  },
  {
    name: 'an on… attribute inside the report (in its narrative)',
    html: `<disclosure-annual-report src="${REPORT_URL}"><div slot="overview"><p onclick="alert(1)">一、总体情况：<a href="#x" onmouseover="alert(2)">附件</a></p></div></disclosure-annual-report>`,
    keeps: 'disclosure-annual-report',
  },
  {
    // CKEditor keeps any element it does not know, with its content, once `$customElement` is on.
    name: 'a script and an on… attribute inside some other unknown element',
    html: '<x-widget><script>alert(1)</script><p onclick="alert(2)">正文</p></x-widget>',
  },
  {
    name: 'an SVG <script> and onload=',
    html: '<p>正文</p><svg onload="alert(1)"><script>alert(2)</script></svg>',
  },
  {
    // Decided (docs/rich-text-editors.md): only a data block inside our element is kept; one
    // elsewhere is data for some other script on the page, which the editor has no say over.
    name: 'a <script type="application/json"> outside our elements',
    html: `<p>正文</p><script type="application/json">${reviewJson}</script>`,
  },
];
