/**
 * The static-HTML floor: the markup our renderer produces, written as one string and set with
 * `innerHTML`. It draws from the same pure `buildGrid` output and `tablesHtml` as
 * `src/internal/render-table.ts`, so spans, ids, scopes and `headers` are the same by
 * construction; the bench page also compares the two DOMs before timing anything. It knows only
 * clean data (no findings, no computed totals): that is the case the floor is timed on, and the
 * comparison proves it matches.
 */
import type { Grid } from '../src/core/grid.js';
import { escapeHtml as escape, tablesHtml } from '../src/core/markup.js';
import { valueCells, type TableLayout, type ValueCell } from '../src/core/layout.js';

/**
 * Reads a value cell's raw text straight out of a report section, with no parsing and no
 * checking: the least work that can put a published number into the markup. Arrays are
 * indexed by the cell's position among its siblings, as the report format writes rows.
 */
export function sectionReader(layout: TableLayout): (section: unknown, cellKey: string) => string {
  const siblings = new Map<string, string[]>();
  for (const cell of valueCells(layout)) {
    const container = cell.path.slice(0, -1).join('.');
    const keys = siblings.get(container) ?? [];
    const last = cell.path[cell.path.length - 1];
    if (!keys.includes(last)) keys.push(last);
    siblings.set(container, keys);
  }
  const access = new Map<
    string,
    { containerPath: readonly string[]; key: string; index: number }
  >();
  for (const cell of valueCells(layout)) {
    const containerPath = cell.path.slice(0, -1);
    const key = cell.path[cell.path.length - 1];
    access.set(cell.key, {
      containerPath,
      key,
      index: siblings.get(containerPath.join('.'))!.indexOf(key),
    });
  }
  return (section, cellKey) => {
    const { containerPath, key, index } = access.get(cellKey)!;
    let value = section as Record<string, unknown> | unknown[] | undefined;
    for (const segment of containerPath)
      value = (value as Record<string, unknown>)[segment] as typeof value;
    const given = Array.isArray(value) ? value[index] : value?.[key as keyof typeof value];
    return given === undefined || given === null ? '' : String(given);
  };
}

/**
 * One table of the floor: the scroll region and its table, written by the same pure markup
 * function the elements render with, straight from the raw section text.
 */
export function tableMarkup(
  layout: TableLayout,
  grids: readonly Grid[],
  caption: string,
  captionId: string,
  valueText: (cell: ValueCell) => string,
): string {
  const cells = valueCells(layout);
  return tablesHtml(
    grids,
    {
      captions: grids.map(() => ({ text: caption })),
      captionHidden: false,
      captionId,
      label: (cell) => (cell.kind === 'corner' ? cell.label : cell.node.label),
      computedNote: '',
      findingId: String,
    },
    (i) => ({ state: 'value', text: valueText(cells[i]) }),
  );
}

/** The findings summary our elements show after clean data, so the floor lays out the same boxes. */
export function cleanFindingsMarkup(headingId: string, heading: string, clean: string): string {
  return `<section class="findings" part="findings" aria-labelledby="${headingId}"><h2 id="${headingId}" class="findings-heading">${escape(heading)}</h2><p class="clean">${escape(clean)}</p></section>`;
}
