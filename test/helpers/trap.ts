/**
 * A trap for hostile input: every payload in test/fixtures/arbitraries.ts (XSS_PAYLOADS) calls
 * `window.__xss(n)` if it ever runs, and errors or rejections that reach the page are the
 * proof that bad input threw into the host page. Install before the input goes in; release
 * after, to read what happened.
 */

import { settled } from './settle.js';

declare global {
  interface Window {
    __xss?: (id: number) => void;
  }
}

/** Elements that a payload must never become, wherever it was put. */
const ACTIVE =
  'script, img, iframe, frame, svg, math, object, embed, details, input, form, base, link, meta, a[href]';

/**
 * Whatever could run script or load something in what an element rendered: active elements and
 * event-handler attributes, described for an assertion message. The element's own child
 * `<script type="application/json">` (beside its render in light DOM) is input, not output.
 */
export function activeContent(el: HTMLElement): string[] {
  const root = el.shadowRoot ?? el;
  const found = [...root.querySelectorAll(ACTIVE)]
    .filter((node) => node.parentNode !== el)
    .map((node) => node.outerHTML.slice(0, 120));
  for (const node of root.querySelectorAll('*')) {
    for (const name of node.getAttributeNames())
      if (name.toLowerCase().startsWith('on')) found.push(`${node.localName}[${name}]`);
  }
  return found;
}

export interface PageTrap {
  /** What was caught so far, for a check after each generated case (so fast-check can shrink it). */
  readonly caught: { readonly errors: readonly string[]; readonly executed: readonly number[] };
  /** Waits for late events (an image's onerror fires after a network round trip), then reports. */
  release(): Promise<{ errors: string[]; executed: number[] }>;
}

export function trapPage(): PageTrap {
  const errors: string[] = [];
  const executed: number[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.error?.stack ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(String(event.reason?.stack ?? event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  window.__xss = (id) => executed.push(id);
  return {
    caught: { errors, executed },
    async release() {
      await settled();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      delete window.__xss;
      return { errors, executed };
    },
  };
}
