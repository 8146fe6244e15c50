/**
 * Keeps the row headers of a wide table in view while its values scroll sideways (narrow
 * screens). CSS makes each row header sticky at `--_sticky-start`; this controller sets that
 * to the cell's own distance from the start of the scroll region, so that the several
 * row-header columns of table 三 stick side by side instead of on top of each other. CSS alone
 * cannot know those distances: they are the widths of the columns before, which depend on the
 * labels, the font and the space available.
 *
 * It also gives the caption of such a table the width its region shows (`--_region-inline-size`),
 * so that the caption wraps within the screen and stays at the region's start (table.styles.ts)
 * instead of being as wide as the table, its end off screen and the whole of it scrolling away.
 * CSS alone could read that width only with the region as an inline-size container, whose width
 * then ignores the table's: in a shrink-to-fit layout (a float, a flex or grid item, a layout
 * table's cell) a table that fits a wide screen would shrink to the legend's width and scroll.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The cells that stay in view: row headers, and the corner above them. Must match table.styles.ts. */
export const STICKY_CELLS = "th[scope='row'], th[scope='rowgroup'], .corner";

/** The width a region shows, set on the regions whose tables overflow. Must match table.styles.ts. */
const REGION_INLINE_SIZE = '--_region-inline-size';

/** The scroll regions the tables sit in (render-table.ts), and the tables. */
const REGIONS = '[part="scroll-region"]';
const REGIONS_AND_TABLES = `${REGIONS}, ${REGIONS} > table`;

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/** The controller each observed table or cell belongs to. */
const owners = new WeakMap<Element, StickyRowHeaders>();
let sharedObserver: ResizeObserver | undefined;

/**
 * One observer for every element on the page. Its callback gets every region and table that
 * changed in a frame, and measures all their tables together: every write of one table would
 * otherwise undo the layout that the next table's read forces, and a page of N tables (or
 * table 二's four) would pay N layouts instead of one (bench/results.md). A table that fits its
 * region never scrolls, so its row headers never need to stick: it is not measured at all, and
 * a page whose tables all fit pays nothing here but reading each region's two widths.
 */
function observer(): ResizeObserver | undefined {
  if (typeof ResizeObserver === 'undefined') return undefined;
  sharedObserver ??= new ResizeObserver((entries, resizeObserver) => {
    const changed = new Set<StickyRowHeaders>();
    for (const entry of entries) {
      const owner = owners.get(entry.target);
      if (owner) changed.add(owner);
    }
    const regions = [...changed].flatMap((controller) => controller.regions());
    // Layout is clean when ResizeObserver reports: these reads force nothing.
    const shown = regions.map((region) =>
      region.scrollWidth > region.clientWidth ? `${region.clientWidth}px` : '',
    );
    measure(
      regions.filter((_, i) => shown[i]).flatMap((region) => [...region.querySelectorAll('table')]),
    );
    // Written after every read, and only where it changed (set to '', it is removed).
    const rewrapped = regions.filter((region, i) => {
      if (region.style.getPropertyValue(REGION_INLINE_SIZE) === shown[i]) return false;
      region.style.setProperty(REGION_INLINE_SIZE, shown[i]);
      return true;
    });
    if (rewrapped.length > 0) unwatchUntilNextFrame(resizeObserver, rewrapped);
  });
  return sharedObserver;
}

/**
 * A caption that wraps anew makes its region and tables taller in this frame. Still watched,
 * the region would report that here again, after its deeper tables, which a ResizeObserver
 * does not do: the page would get a "ResizeObserver loop" error. They are watched again from
 * the next frame on (and then report their size once).
 */
function unwatchUntilNextFrame(resizeObserver: ResizeObserver, regions: readonly Element[]): void {
  const targets = regions.flatMap((region) => [region, ...region.querySelectorAll('table')]);
  for (const target of targets) resizeObserver.unobserve(target);
  requestAnimationFrame(() => {
    for (const target of targets)
      if (owners.get(target)?.watches(target)) resizeObserver.observe(target);
  });
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
   * This element's scroll regions and tables, watched by the shared observer: a region's width
   * changes with the container, a table's with the font size (zoom, a page's text-size tool),
   * late web fonts and its content, and each of those can make a table start or stop
   * overflowing, or move its row headers.
   */
  private observed: Element[] = [];

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    const resizeObserver = observer();
    if (!resizeObserver) return;
    const targets = [...this.host.renderRoot.querySelectorAll(REGIONS_AND_TABLES)];
    // A render that kept the same tables (new numbers, the findings) changes nothing to watch.
    if (targets.length === this.observed.length && targets.every((t, i) => t === this.observed[i]))
      return;
    this.unobserve(resizeObserver);
    this.observed = targets;
    for (const target of targets) {
      owners.set(target, this);
      resizeObserver.observe(target);
    }
    // Observing reports every current size once, which measures the new render if it overflows.
  }

  hostDisconnected(): void {
    const resizeObserver = observer();
    if (resizeObserver) this.unobserve(resizeObserver);
  }

  /** Whether `target` is one of this element's current regions and tables. */
  watches(target: Element): boolean {
    return this.observed.includes(target);
  }

  /** This element's scroll regions. */
  regions(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>(REGIONS)];
  }

  private unobserve(resizeObserver: ResizeObserver): void {
    for (const target of this.observed) resizeObserver.unobserve(target);
    this.observed = [];
  }
}
