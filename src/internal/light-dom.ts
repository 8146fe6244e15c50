/**
 * Light-DOM mode: an element that renders into itself instead of a shadow root still needs its
 * styles, and they must neither leak onto the page nor be added once per instance. The shadow
 * styles are rewritten for the tag (`:host` becomes the tag, every other selector is prefixed
 * with it) and adopted once per document, or per shadow root when the element sits in one.
 *
 * Adopted constructable style sheets, unlike a `<style>` element, need no `style-src`
 * allowance, so light-DOM mode works under the same strict Content Security Policy as shadow
 * mode. Where they are missing (Safari before 16.4) the element falls back to a shadow root.
 */
import type { CSSResultOrNative } from 'lit';

type StyleRoot = Document | ShadowRoot;

/** Splits a selector list at its top-level commas (not those inside `:is(…)`, `[…]` or strings). */
export function splitSelectorList(list: string): string[] {
  const selectors: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const char = list[i];
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === ',' && depth === 0) {
      selectors.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  selectors.push(list.slice(start).trim());
  return selectors.filter(Boolean);
}

/** The index just after the parenthesis that closes the one at `open`. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * Rewrites one shadow-root selector for the light DOM of `tag`: `:host` is the element itself,
 * `:host(X)` the element when it matches X, anything else a descendant of the element.
 */
export function scopeSelector(selector: string, tag: string): string {
  if (selector.startsWith(':host(')) {
    const end = closingParen(selector, ':host'.length);
    return `${tag}${selector.slice(':host('.length, end - 1)}${selector.slice(end)}`;
  }
  if (selector === ':host' || /^:host[\s>+~.[:]/.test(selector))
    return `${tag}${selector.slice(':host'.length)}`;
  return `${tag} ${selector}`;
}

/** The text of `rules`, every style rule scoped to `tag`, conditional group rules kept around them. */
function scopeRules(rules: CSSRuleList, tag: string): string {
  return [...rules]
    .map((rule) => {
      if (rule instanceof CSSStyleRule) {
        const selectors = splitSelectorList(rule.selectorText).map((s) => scopeSelector(s, tag));
        // Nested rules are relative to their parent, so they follow it unchanged.
        const nested = [...rule.cssRules].map((r) => r.cssText).join('');
        return `${selectors.join(',')}{${rule.style.cssText}${nested}}`;
      }
      if (rule instanceof CSSGroupingRule) {
        const prelude = rule.cssText.slice(0, rule.cssText.indexOf('{'));
        return `${prelude}{${scopeRules(rule.cssRules, tag)}}`;
      }
      return rule.cssText;
    })
    .join('\n');
}

/** Whether light-DOM mode can style itself here; where not, elements keep their shadow root. */
export const supportsLightDom = (): boolean =>
  typeof Document !== 'undefined' &&
  'adoptedStyleSheets' in Document.prototype &&
  'replaceSync' in CSSStyleSheet.prototype;

const sheetsByDocument = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/** The element's styles as one style sheet scoped to `tag`, built once per document. */
function scopedSheet(
  document: Document,
  tag: string,
  styles: readonly CSSResultOrNative[],
): CSSStyleSheet {
  let sheets = sheetsByDocument.get(document);
  if (!sheets) sheetsByDocument.set(document, (sheets = new Map()));
  let sheet = sheets.get(tag);
  if (!sheet) {
    // Parsed in this module's window, so that its rules are instances of this window's classes.
    const source = new CSSStyleSheet();
    source.replaceSync(
      styles.map((style) => ('cssText' in style ? style.cssText : cssTextOf(style))).join('\n'),
    );
    // A constructed sheet may only be adopted in the document whose window constructed it.
    sheet = new (document.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(scopeRules(source.cssRules, tag));
    sheets.set(tag, sheet);
  }
  return sheet;
}

const cssTextOf = (sheet: CSSStyleSheet): string =>
  [...sheet.cssRules].map((rule) => rule.cssText).join('\n');

/**
 * Adopts `host`'s styles, scoped to its tag, into the document or shadow root that holds it,
 * unless they are there already: every element of a tag shares one sheet per document.
 */
export function adoptLightDomStyles(host: HTMLElement, styles: readonly CSSResultOrNative[]): void {
  const root = host.getRootNode() as Node;
  if (root.nodeType !== Node.DOCUMENT_NODE && root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
  const styleRoot = root as StyleRoot;
  if (!('adoptedStyleSheets' in styleRoot)) return;
  const sheet = scopedSheet(host.ownerDocument, host.localName, styles);
  if (!styleRoot.adoptedStyleSheets.includes(sheet)) {
    styleRoot.adoptedStyleSheets = [...styleRoot.adoptedStyleSheets, sheet];
  }
}

/**
 * Removes what a server rendered into the element's light DOM: the nodes between Lit's
 * top-level part markers (`<!--lit-part …-->` … `<!--/lit-part-->`). The client renders the
 * element again; left in place, the server's copy would be a second table. Authored children
 * (a JSON script, slotted narrative) sit outside the markers and stay.
 */
export function removeServerRendering(host: HTMLElement): void {
  let depth = 0;
  const rendered: ChildNode[] = [];
  for (const node of [...host.childNodes]) {
    const marker = node.nodeType === Node.COMMENT_NODE ? (node as Comment).data : '';
    if (marker.startsWith('lit-part')) depth++;
    if (depth > 0) rendered.push(node);
    if (marker.startsWith('/lit-part')) depth = Math.max(0, depth - 1);
  }
  for (const node of rendered) node.remove();
}
