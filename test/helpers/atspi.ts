import { executeServerCommand } from '@web/test-runner-commands';

/** The header cells Chromium associates with one table cell, as text, in its order. */
export interface CellHeaders {
  columnHeaders: string[];
  rowHeaders: string[];
}

/** Header texts per requested cell id. */
export type HeadersById = Record<string, CellHeaders>;

/** AT-SPI cannot be used in this run (no D-Bus session, no a11y bus, no bindings). */
export interface AtspiSkipped {
  skipped: string;
}

interface CommandResult<T> {
  cells: T;
  problems: Record<string, string>;
}

/** Must match ATSPI_HEADERS_COMMAND in test/plugins/atspi-plugin.mjs. */
const COMMAND = 'atspi-headers';

let barrierCount = 0;
let skipReported = false;

/**
 * Asks Chromium, through the Linux accessibility API (AT-SPI), which column and row header
 * cells it associates with each table cell. This is what a screen reader on Linux is told,
 * so it checks spans, `scope` and header roles as the browser resolved them, not as our code
 * meant them. Chromium builds these relations from the table grid alone: the `headers`
 * attribute does not change them, so `headers` needs a check of its own.
 *
 * Cells are found by their html `id`, in the light DOM or in open shadow roots, so each id
 * must be unique across the page including shadow roots. Pass all the cells of a test in
 * one call: each call starts a process and walks the accessibility tree once.
 *
 * Resolves to `{ skipped: reason }` when AT-SPI is unavailable (the reason is logged once
 * per test file; the test should then call `this.skip()`). Rejects when a cell is missing,
 * ambiguous, or not exposed as a table cell, and when CI needs AT-SPI but cannot have it.
 */
export async function atspiHeaders(ids: readonly string[]): Promise<HeadersById | AtspiSkipped> {
  return lookup<HeadersById>(ids, 'headers');
}

/** Where Chromium places one table cell: 0-based row and column, and its `colindex` attribute. */
export interface CellPosition {
  row: number;
  column: number;
  /** The `aria-colindex` Chromium exposes as an object attribute, which Orca speaks. */
  colindex: string | null;
}

/**
 * Asks Chromium, through AT-SPI, where it places each table cell: the row and column of its
 * table model, and the column index a screen reader announces. Same lookup, rules and skip
 * behaviour as {@link atspiHeaders}.
 */
export async function atspiPositions(
  ids: readonly string[],
): Promise<Record<string, CellPosition> | AtspiSkipped> {
  return lookup<Record<string, CellPosition>>(ids, 'position');
}

async function lookup<T>(
  ids: readonly string[],
  report: 'headers' | 'position',
): Promise<T | AtspiSkipped> {
  if (ids.length === 0) throw new Error('atspiHeaders: no cell ids given');
  for (const id of ids) {
    const count = countInComposedTree(id);
    if (count !== 1) {
      throw new Error(
        count === 0
          ? `atspiHeaders: no element #${id} in the document or its open shadow roots`
          : `atspiHeaders: ${count} elements share id "${id}"; AT-SPI lookup needs unique ids`,
      );
    }
  }

  // Chromium sends accessibility updates to the browser process asynchronously and in order.
  // An element added after every change the test made is a barrier: once AT-SPI shows it,
  // the tree also shows those changes (and no longer shows cells removed before it).
  const barrier = document.createElement('span');
  barrier.id = `atspi-barrier-${(barrierCount += 1)}-${Date.now()}`;
  barrier.textContent = 'sync';
  barrier.style.cssText = 'position:fixed;inset-block-start:0;opacity:0;pointer-events:none';
  document.body.append(barrier);
  try {
    const result = (await executeServerCommand(COMMAND, {
      ids: [...ids],
      barrier: barrier.id,
      report,
    })) as CommandResult<T> | AtspiSkipped;
    if ('skipped' in result) {
      if (!skipReported) console.warn(`AT-SPI checks skipped: ${result.skipped}`);
      skipReported = true;
      return result;
    }
    const problems = Object.entries(result.problems);
    if (problems.length > 0) {
      throw new Error(`atspiHeaders: ${problems.map(([id, why]) => `#${id}: ${why}`).join('; ')}`);
    }
    return result.cells;
  } finally {
    barrier.remove();
  }
}

/** Narrows an {@link atspiHeaders} result to the skip case. */
export function isSkipped(result: object): result is AtspiSkipped {
  return typeof (result as Partial<AtspiSkipped>).skipped === 'string';
}

function countInComposedTree(id: string): number {
  let count = 0;
  const roots: (Document | ShadowRoot)[] = [document];
  while (roots.length > 0) {
    const root = roots.pop()!;
    count += root.querySelectorAll(`[id="${CSS.escape(id)}"]`).length;
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) roots.push(element.shadowRoot);
    }
  }
  return count;
}
