/**
 * Keeps the row headers of a wide table in view while its values scroll sideways (narrow
 * screens). CSS makes each row header sticky at `--_sticky-start`; this controller sets that
 * to the cell's own distance from the start of the scroll region, so that the several
 * row-header columns of table 三 stick side by side instead of on top of each other. CSS alone
 * cannot know those distances: they are the widths of the columns before, which depend on the
 * labels, the font and the space available.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The cells that stay in view: row headers, and the corner above them. Must match table.styles.ts. */
export const STICKY_CELLS = "th[scope='row'], th[scope='rowgroup'], .corner";

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

export class StickyRowHeaders implements ReactiveController {
  private readonly host: Host;
  // Column widths change with the container, the font size (zoom, a page's text-size tool) and
  // late web fonts; each of those resizes a sticky cell or its table.
  private readonly resizeObserver =
    typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => this.measure());

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.resizeObserver) return;
    this.resizeObserver.disconnect();
    for (const table of this.host.renderRoot.querySelectorAll('table')) {
      this.resizeObserver.observe(table);
      table.querySelectorAll(STICKY_CELLS).forEach((cell) => this.resizeObserver!.observe(cell));
    }
    // Observing reports every current size once, which measures the new render.
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
  }

  private measure(): void {
    for (const table of this.host.renderRoot.querySelectorAll('table')) {
      const cells = [...table.querySelectorAll<HTMLElement>(STICKY_CELLS)];
      if (!cells.length) continue;
      // Unstuck while measuring, so every cell is where the table itself puts it, whatever the
      // current scroll position.
      table.toggleAttribute('data-measuring', true);
      const box = table.getBoundingClientRect();
      const rtl = getComputedStyle(table).direction === 'rtl';
      const starts = cells.map((cell) => {
        const rect = cell.getBoundingClientRect();
        return rtl ? box.right - rect.right : rect.left - box.left;
      });
      table.removeAttribute('data-measuring');
      // A CSSOM write, unlike a style attribute, needs no `style-src` allowance under a CSP.
      cells.forEach((cell, i) => cell.style.setProperty('--_sticky-start', `${starts[i]}px`));
    }
  }
}
