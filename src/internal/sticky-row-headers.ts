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

/** The controller each observed table or cell belongs to. */
const owners = new WeakMap<Element, StickyRowHeaders>();
let sharedObserver: ResizeObserver | undefined;

/**
 * One observer for every element on the page. Its callback gets every table and cell that
 * changed in a frame, and measures all their tables together: every write of one table would
 * otherwise undo the layout that the next table's read forces, and a page of N tables (or
 * table 二's four) would pay N layouts instead of one (bench/results.md).
 */
function observer(): ResizeObserver | undefined {
  if (typeof ResizeObserver === 'undefined') return undefined;
  sharedObserver ??= new ResizeObserver((entries) => {
    const changed = new Set<StickyRowHeaders>();
    for (const entry of entries) {
      const owner = owners.get(entry.target);
      if (owner) changed.add(owner);
    }
    measure([...changed].flatMap((controller) => controller.tables()));
  });
  return sharedObserver;
}

/** Sets each sticky cell's distance from its table's start: all reads first, then all writes. */
function measure(tables: readonly HTMLTableElement[]): void {
  const withCells = tables
    .map((table) => ({ table, cells: [...table.querySelectorAll<HTMLElement>(STICKY_CELLS)] }))
    .filter(({ cells }) => cells.length > 0);
  // Unstuck while measuring, so every cell is where the table itself puts it, whatever the
  // current scroll position.
  for (const { table } of withCells) table.toggleAttribute('data-measuring', true);
  const measured = withCells.map(({ table, cells }) => {
    const box = table.getBoundingClientRect();
    const rtl = getComputedStyle(table).direction === 'rtl';
    const starts = cells.map((cell) => {
      const rect = cell.getBoundingClientRect();
      return rtl ? box.right - rect.right : rect.left - box.left;
    });
    return { table, cells, starts };
  });
  for (const { table, cells, starts } of measured) {
    table.removeAttribute('data-measuring');
    // A CSSOM write, unlike a style attribute, needs no `style-src` allowance under a CSP.
    cells.forEach((cell, i) => cell.style.setProperty('--_sticky-start', `${starts[i]}px`));
  }
}

export class StickyRowHeaders implements ReactiveController {
  private readonly host: Host;
  /**
   * This element's tables and sticky cells, watched by the shared observer: column widths
   * change with the container, the font size (zoom, a page's text-size tool) and late web
   * fonts, and each of those resizes a sticky cell or its table.
   */
  private observed: Element[] = [];

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    const resizeObserver = observer();
    if (!resizeObserver) return;
    this.unobserve(resizeObserver);
    for (const table of this.tables()) {
      this.observed.push(table, ...table.querySelectorAll(STICKY_CELLS));
    }
    for (const target of this.observed) {
      owners.set(target, this);
      resizeObserver.observe(target);
    }
    // Observing reports every current size once, which measures the new render.
  }

  hostDisconnected(): void {
    const resizeObserver = observer();
    if (resizeObserver) this.unobserve(resizeObserver);
  }

  /** This element's tables. */
  tables(): HTMLTableElement[] {
    return [...this.host.renderRoot.querySelectorAll('table')];
  }

  private unobserve(resizeObserver: ResizeObserver): void {
    for (const target of this.observed) resizeObserver.unobserve(target);
    this.observed = [];
  }
}
