/**
 * The static-HTML floor: the markup our renderer produces, written as one string and set with
 * `innerHTML`. It draws from the same pure `buildGrid` output as `src/internal/render-table.ts`,
 * so spans, ids, scopes and `headers` are the same by construction; the bench page also compares
 * the two DOMs before timing anything. It knows only clean data (no findings, no computed
 * totals): that is the case the floor is timed on, and the comparison proves it matches.
 */
import type { Grid, GridCell } from '../src/core/grid.js';
import { valueCells, type TableLayout, type ValueCell } from '../src/core/layout.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c]);

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

function cellMarkup(cell: GridCell, valueText: (cell: ValueCell) => string): string {
  switch (cell.kind) {
    case 'corner':
      return cell.role === 'header'
        ? `<th id="${cell.id}" part="header-cell" class="corner" scope="col" colspan="${cell.colspan}" rowspan="${cell.rowspan}">${escape(cell.label)}</th>`
        : `<td id="${cell.id}" class="corner note" colspan="${cell.colspan}" rowspan="${cell.rowspan}">${escape(cell.label)}</td>`;
    case 'header':
      return `<th id="${cell.id}" part="header-cell" scope="${cell.scope}" colspan="${cell.colspan}" rowspan="${cell.rowspan}">${escape(cell.node.label)}</th>`;
    case 'value':
      return `<td id="${cell.id}" part="value-cell" class="value ${cell.cell.kind}" headers="${cell.headers.join(' ')}" data-cell="${cell.cell.key}"${cell.colspan === 1 ? '' : ` colspan="${cell.colspan}"`}>${escape(valueText(cell.cell))}</td>`;
  }
}

/** One table of the floor: the scroll region, the table, and nothing else. */
export function tableMarkup(
  grid: Grid,
  caption: string,
  captionId: string,
  valueText: (cell: ValueCell) => string,
): string {
  const rows = (rowList: Grid['head']) =>
    rowList
      .map((row) => `<tr>${row.cells.map((cell) => cellMarkup(cell, valueText)).join('')}</tr>`)
      .join('');
  const head = grid.head.length ? `<thead>${rows(grid.head)}</thead>` : '';
  const bodies = grid.bodies.map((body) => `<tbody>${rows(body.rows)}</tbody>`).join('');
  return `<div class="scroll" part="scroll-region" role="region" tabindex="0" aria-labelledby="${captionId}"><table part="table"><caption id="${captionId}" part="caption">${escape(caption)}</caption>${head}${bodies}</table></div>`;
}

/** The findings summary our elements show after clean data, so the floor lays out the same boxes. */
export function cleanFindingsMarkup(headingId: string, heading: string, clean: string): string {
  return `<section class="findings" part="findings" aria-labelledby="${headingId}"><h2 id="${headingId}" class="findings-heading">${escape(heading)}</h2><p class="clean">${escape(clean)}</p></section>`;
}
