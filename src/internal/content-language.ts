/**
 * WCAG 3.1.2 (language of parts): an element whose locale differs from the language of the page
 * around it says so with `lang` on its rendered content, so that a screen reader reads English
 * tables on a Chinese page with an English voice (and Chinese ones on an English page with a
 * Chinese one).
 */

/** The primary language subtag of a BCP 47 tag, lower-cased: `zh` for `zh-Hans-CN`. */
const primary = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0];

/**
 * The language an element's content inherits: the `lang` of its nearest ancestor that has one,
 * across shadow roots to their hosts. `undefined` when none says (or outside a document).
 */
export function inheritedLanguage(host: Element): string | undefined {
  // Server rendering has no document to read; the content then declares its locale.
  if (typeof ShadowRoot === 'undefined' || !host.isConnected) return undefined;
  for (let node: Node | null = host; node;) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/**
 * The `lang` the content must carry: the locale when the language around it is another one or
 * unknown; `undefined` when it is the same language (`zh-CN` content on a `zh` page).
 */
export function contentLanguage(locale: string, inherited: string | undefined): string | undefined {
  return inherited !== undefined &&
    inherited.trim() !== '' &&
    primary(inherited) === primary(locale)
    ? undefined
    : locale;
}
