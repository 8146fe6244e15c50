/**
 * The peer grid: Tabulator 6 showing table 三 as closely as a general-purpose grid can. Column
 * headers become nested column groups (申请人情况 › 法人或其他组织 › …), the corner note heads the
 * three row-label columns, and every value column gets a bottom sum. A grid has no row spans,
 * so a row group's label sits on the group's first row only, which reads the same on screen.
 * Tabulator is loaded from its own minified file by a script tag: the file whose size we report.
 */
import { hasRowHeaders, leafPaths, type TableLayout } from '../src/core/layout.js';

interface TabulatorColumn {
  readonly title: string;
  readonly field?: string;
  readonly columns?: readonly TabulatorColumn[];
  readonly bottomCalc?: 'sum';
  readonly hozAlign?: 'left' | 'right';
}

export interface TabulatorTable {
  on(event: 'tableBuilt', callback: () => void): void;
  /** Replaces every row in place, keeping the columns and the scroll position. */
  replaceData(rows: Record<string, string | number>[]): Promise<void>;
  destroy(): void;
}

type TabulatorConstructor = new (
  element: HTMLElement,
  options: Record<string, unknown>,
) => TabulatorTable;

declare global {
  interface Window {
    Tabulator?: TabulatorConstructor;
  }
}

/** The grid's configuration for one layout block, and how to turn a report section into rows. */
export interface TabulatorPlan {
  readonly columns: readonly TabulatorColumn[];
  /** Row objects for one report section: the labels, then one field per value column. */
  rows(
    section: unknown,
    read: (section: unknown, cellKey: string) => string,
  ): Record<string, string | number>[];
}

/** Builds the column groups and row template of a single-block layout (table 三). */
export function tabulatorPlan(layout: TableLayout): TabulatorPlan {
  const [block] = layout.blocks;
  const labelDepth = hasRowHeaders(block)
    ? Math.max(...leafPaths(block.rows).map((path) => path.length))
    : 0;
  const labelFields = Array.from({ length: labelDepth }, (_, i) => `label${i}`);
  const toColumn = (
    node: TableLayout['blocks'][number]['columns'][number],
    path: string[],
  ): TabulatorColumn => {
    const here = [...path, node.name];
    return node.children?.length
      ? { title: node.label, columns: node.children.map((child) => toColumn(child, here)) }
      : { title: node.label, field: here.join('_'), bottomCalc: 'sum', hozAlign: 'right' };
  };
  const labelColumns = labelFields.map((field) => ({ title: '', field }));
  const columns: TabulatorColumn[] = [
    block.corner ? { title: block.corner.label, columns: labelColumns } : labelColumns[0],
    ...block.columns.map((node) => toColumn(node, [])),
  ];

  // Each row: its label columns (a group's label only on its first row) and the cell keys of
  // its values, fixed by the layout, so that per-report work is only reading numbers.
  const columnLeaves = leafPaths(block.columns);
  const seen = new Set<string>();
  const template = leafPaths(block.rows).map((rowPath) => {
    const labels: Record<string, string> = {};
    rowPath.forEach((node, depth) => {
      const id = rowPath
        .slice(0, depth + 1)
        .map((n) => n.name)
        .join('.');
      labels[labelFields[depth]] = seen.has(id) ? '' : node.label;
      seen.add(id);
    });
    const rowKeys = rowPath.filter((node) => node.keyed).map((node) => node.name);
    const values = columnLeaves.map((columnPath) => ({
      field: columnPath.map((node) => node.name).join('_'),
      key: [
        layout.id,
        ...rowKeys,
        ...columnPath.filter((node) => node.keyed).map((node) => node.name),
      ].join('.'),
    }));
    return { labels, values };
  });

  return {
    columns,
    rows: (section, read) =>
      template.map(({ labels, values }) => {
        const row: Record<string, string | number> = { ...labels };
        for (const { field, key } of values) {
          const text = read(section, key);
          row[field] = text === '' ? '' : Number(text);
        }
        return row;
      }),
  };
}

/** Creates one Tabulator on `element` and resolves once Tabulator reports it built. */
export function buildTabulator(
  element: HTMLElement,
  plan: TabulatorPlan,
  rows: Record<string, string | number>[],
): Promise<TabulatorTable> {
  const Tabulator = window.Tabulator;
  if (!Tabulator) throw new Error('tabulator.min.js is not loaded');
  return new Promise((resolve) => {
    const table = new Tabulator(element, {
      data: rows,
      columns: plan.columns,
      // Like a static table: every row in the DOM, width from the content, no sort buttons.
      renderVertical: 'basic',
      layout: 'fitDataTable',
      columnDefaults: { headerSort: false },
    });
    table.on('tableBuilt', () => resolve(table));
  });
}
