/**
 * The published table an element wraps, as one more input: read when the element connects and
 * again whenever its content changes. Reading is pure (src/core/read); this controller only
 * finds the tables, notices changes, and hides what it read once the element shows its own.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TableId } from '../core/layout.js';
import { publishedTables, readPublishedReport, type PublishedReport } from './published-table.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Remembers the inline display of what it hid, to give it back exactly. */
const HIDDEN_DISPLAY = new WeakMap<HTMLElement, string>();

export class PublishedTableSource implements ReactiveController {
  /** The last reading of the wrapped tables; undefined when the element wraps none. */
  reading?: PublishedReport;

  private readonly host: Host;
  private readonly tables: () => readonly TableId[];
  private observer?: MutationObserver;
  private signature = '';
  private hidden: readonly HTMLElement[] = [];

  constructor(host: Host, tables: () => readonly TableId[]) {
    this.host = host;
    this.tables = tables;
    host.addController(this);
  }

  /** What the element shows from the wrapped tables, or undefined when nothing in them could be read. */
  get document(): PublishedReport['document'] | undefined {
    return this.reading?.tables.some(({ outcome }) => outcome.status === 'read')
      ? this.reading.document
      : undefined;
  }

  hostConnected(): void {
    this.read();
    // Created here, not in the constructor: a server rendering the element has no MutationObserver.
    this.observer ??= new MutationObserver(() => this.read());
    this.observer.observe(this.host, { childList: true, characterData: true, subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Reads the wrapped tables again; asks for an update only when what they say has changed. */
  read(): void {
    const found = publishedTables(this.host).length > 0;
    const reading = found ? readPublishedReport(this.host, { only: this.tables() }) : undefined;
    const signature = reading
      ? JSON.stringify([reading.document, reading.unmatched, reading.tables.map((t) => t.outcome)])
      : '';
    if (signature === this.signature) return;
    this.signature = signature;
    this.reading = reading;
    this.host.requestUpdate();
  }

  /**
   * Hides `elements` from sight and from assistive technology (the element shows the same
   * numbers in its own table), and shows again whatever it hid before and is not in the list.
   * An inline `display: none !important`, because a site's `table { display: table }` beats
   * the `hidden` attribute.
   */
  hide(elements: readonly HTMLElement[]): void {
    for (const element of this.hidden) {
      if (elements.includes(element)) continue;
      element.style.setProperty('display', HIDDEN_DISPLAY.get(element) ?? '');
      if (!element.getAttribute('style')) element.removeAttribute('style');
      HIDDEN_DISPLAY.delete(element);
    }
    for (const element of elements) {
      if (HIDDEN_DISPLAY.has(element)) continue;
      HIDDEN_DISPLAY.set(element, element.style.getPropertyValue('display'));
      element.style.setProperty('display', 'none', 'important');
    }
    this.hidden = elements;
  }
}
