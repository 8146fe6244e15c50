import { LitElement, html, isServer, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { TableId } from '../../core/layout.js';
import { publishedTables, readPublishedReport } from '../../internal/published-table.js';

/** The element that shows each table, by the table it reads. */
const TAG_OF: Readonly<Record<TableId, string>> = {
  proactive: 'proactive-disclosure-table',
  applications: 'disclosure-applications-table',
  reviewLitigation: 'review-litigation-table',
};

/** Tables already enhanced, or inside an element that reads them itself, are left alone. */
const ENHANCED = Object.values(TAG_OF).concat('disclosure-annual-report').join(', ');

/**
 * Enhances the annual reports already published on a page, without touching their content:
 * placed once in the article template, it finds every published table that its labels identify
 * as table 二, 三 or 四 (2021 format or the 2019 trial format) inside the containers matching
 * `for`, and wraps each in the element that shows that table, checked and accessible, in place.
 * The published table stays in the page (for printing, search engines and readers without
 * scripts) and is hidden while the element shows it. Tables it does not recognise are left
 * untouched. Tables added later (content loaded into the article after the page) are
 * enhanced as they arrive.
 *
 * The element renders nothing itself.
 *
 * @tag disclosure-enhance
 */
export class DisclosureEnhance extends LitElement {
  /** CSS selector of the containers whose tables are enhanced, e.g. `.article-body`. The whole page when unset. */
  @property({ attribute: 'for' }) for?: string;

  private observer?: MutationObserver;
  private scheduled = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Created here, not in the constructor: a server rendering the page has no MutationObserver.
    this.observer ??= new MutationObserver(() => this.schedule());
    this.observer.observe(this.ownerDocument, { childList: true, subtree: true });
    this.schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('for')) this.schedule();
  }

  /** Enhances once per burst of changes: a CMS inserting an article adds many nodes at once. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (this.isConnected) this.enhance();
    });
  }

  /** The containers to enhance: those matching `for`, or the page. A selector that is not valid CSS matches none. */
  private containers(): Element[] {
    const document = this.ownerDocument;
    if (!this.for) return document.body ? [document.body] : [];
    try {
      return [...document.querySelectorAll(this.for)];
    } catch {
      return [];
    }
  }

  /** Wraps every recognised published table of every container in the element that shows it. */
  enhance(): void {
    for (const container of this.containers()) {
      if (container.closest(ENHANCED)) continue;
      if (publishedTables(container).every((table) => table.closest(ENHANCED))) continue;
      const reading = readPublishedReport(container);
      let wrapper: HTMLElement | undefined;
      for (const { element: table, outcome } of reading.tables) {
        if (table.closest(ENHANCED)) {
          wrapper = undefined;
          continue;
        }
        if (outcome.status === 'read') {
          wrapper = table.ownerDocument.createElement(TAG_OF[outcome.table]);
          table.before(wrapper);
          wrapper.append(table);
        } else if (outcome.status === 'continued' && wrapper) {
          // The second part of a table split at a page break joins the first in its element.
          wrapper.append(table);
        } else wrapper = undefined;
      }
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    // Lit's server rendering gives every element a declarative shadow root, which the browser
    // keeps: without a slot in it, whatever the page wrote inside this element would be hidden.
    return isServer ? html`<slot></slot>` : nothing;
  }
}
