/** Small helpers for element tests: rendered parts, and errors that escape to the page. */
import { waitUntil } from '@open-wc/testing';
import { settled } from './settle.js';

/** The root the element renders into: its shadow root, or itself in light-DOM mode. */
export const renderRoot = (el: HTMLElement): ParentNode => el.shadowRoot ?? el;

/** Where an element renders: the accessibility tests run in both (see the `light-dom` attribute). */
export const RENDER_MODES = ['shadow DOM', 'light DOM'] as const;
export type RenderMode = (typeof RENDER_MODES)[number];

/**
 * The element an id reference of `el`'s content (`headers`, `aria-describedby`) resolves to: ids
 * are looked up in the shadow root, or, in light-DOM mode, in the whole document.
 */
export const byIdFrom = (el: HTMLElement, id: string): HTMLElement | null =>
  (el.shadowRoot ?? el.ownerDocument).getElementById(id);

export const valueCellsOf = (el: HTMLElement): HTMLTableCellElement[] => [
  ...renderRoot(el).querySelectorAll<HTMLTableCellElement>('td[data-cell]'),
];

export const cellByKey = (el: HTMLElement, key: string): HTMLTableCellElement => {
  const cell = renderRoot(el).querySelector<HTMLTableCellElement>(`td[data-cell="${key}"]`);
  if (!cell) throw new Error(`no cell ${key}`);
  return cell;
};

/**
 * Collects uncaught errors and unhandled rejections on the page while `body` runs: the proof
 * that bad input never throws into the host page.
 */
export async function pageErrorsDuring(body: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body();
    // Let pending fetches and updates finish, so that late errors are caught too.
    await settled();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/**
 * Waits until an element shows its tables and every check has run, last year's report
 * included (while it loads, the findings summary says so in a status line).
 */
export async function checked(el: HTMLElement): Promise<void> {
  await waitUntil(
    () =>
      valueCellsOf(el).length > 0 &&
      renderRoot(el).querySelector('[part="findings"] [role="status"]') === null,
    'the checks never completed',
    // A fetch and a render take seconds on a busy machine: a generous ceiling, not a delay.
    { timeout: 20_000 },
  );
}
