/**
 * Where an element's data comes from. Pure helpers; the element owns the fetch lifecycle.
 */

/** A `src` or `previous-src` may only point at http(s) or a relative URL: never javascript: or data:. */
export function isAllowedSourceUrl(url: string, base: string): boolean {
  try {
    const protocol = new URL(url, base).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Bodies above this size are refused unread: no disclosure report comes near it. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;
