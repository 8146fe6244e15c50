/**
 * The second peer: TanStack Table's framework-free core (`@tanstack/table-core`, the model for
 * this codebase's pure core) with our own glue rendering table 三 to one native `<table>`.
 *
 * TanStack is headless: it turns column definitions and row objects into header groups (with
 * their column and row spans), rows and cells; the markup is the glue's. The glue here is what a
 * careful hand would write: the nested column headers straight from `getHeaderGroups()`
 * (a placeholder at the top of a span carries its column's label), the row labels as
 * `<th scope="row">` cells spanning their group's rows (TanStack has no row headers, so the spans
 * come from the layout), every value a `<td>`; built with the DOM API, no `innerHTML`. An update
 * gives the table the new rows (`setOptions`), reads its row model again and writes only the
 * cells whose value changed, as a keyed framework adapter would.
 */
import {
  constructTable,
  tableFeatures,
  type ColumnDef,
  type Header,
  type Table,
} from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { hasRowHeaders, leafPaths, type HeaderNode, type TableLayout } from '../src/core/layout.js';

const features = tableFeatures({ coreReactivityFeature: storeReactivityBindings() });
type Features = typeof features;
type Row = Record<string, string | number>;

/** A row label cell: its text, and how many rows and label columns it spans (0 = covered). */
interface LabelSpan {
  readonly rowSpan: number;
  readonly colSpan: number;
}

export interface TanstackPlan {
  readonly caption: string;
  readonly columns: ColumnDef<Features, Row>[];
  /** The label columns' ids, then the value columns' ids, in order. */
  readonly labelFields: readonly string[];
  readonly valueFields: readonly string[];
  /** Per row, per label column: its spans (from the layout's row tree). */
  readonly labelSpans: readonly (readonly LabelSpan[])[];
  /** Row objects for one report section: the labels, then one field per value column. */
  rows(section: unknown, read: (section: unknown, cellKey: string) => string): Row[];
}

/** Column definitions (nested groups) and the row template of a single-block layout. */
export function tanstackPlan(layout: TableLayout): TanstackPlan {
  const [block] = layout.blocks;
  const rowPaths = leafPaths(block.rows);
  const labelDepth = hasRowHeaders(block) ? Math.max(...rowPaths.map((path) => path.length)) : 0;
  const labelFields = Array.from({ length: labelDepth }, (_, i) => `label${i}`);
  const valueFields: string[] = [];
  const toColumn = (node: HeaderNode, path: readonly string[]): ColumnDef<Features, Row> => {
    const here = [...path, node.name];
    if (node.children?.length)
      return {
        id: here.join('_'),
        header: node.label,
        columns: node.children.map((child) => toColumn(child, here)),
      };
    const field = here.join('_');
    valueFields.push(field);
    return { id: field, accessorKey: field, header: node.label };
  };
  const labelColumns: ColumnDef<Features, Row>[] = labelFields.map((field) => ({
    id: field,
    accessorKey: field,
    header: '',
  }));
  const columns: ColumnDef<Features, Row>[] = [
    block.corner
      ? { id: 'corner', header: block.corner.label, columns: labelColumns }
      : labelColumns[0],
    ...block.columns.map((node) => toColumn(node, [])),
  ];

  // Each group's label spans its leaf rows; a path shorter than the deepest spans the label
  // columns left over (一、本年新收… across all three).
  const labelSpans = rowPaths.map((rowPath, rowIndex) =>
    labelFields.map((_, depth): LabelSpan => {
      if (depth >= rowPath.length) return { rowSpan: 0, colSpan: 0 };
      const node = rowPath[depth];
      const first = rowIndex === 0 || rowPaths[rowIndex - 1][depth] !== node;
      if (!first) return { rowSpan: 0, colSpan: 0 };
      let rows = 1;
      while (rowPaths[rowIndex + rows]?.[depth] === node) rows++;
      const colSpan = depth === rowPath.length - 1 ? labelDepth - depth : 1;
      return { rowSpan: rows, colSpan };
    }),
  );
  const template = rowPaths.map((rowPath) => {
    const labels: Row = {};
    rowPath.forEach((node, depth) => (labels[labelFields[depth]] = node.label));
    const rowKeys = rowPath.filter((node) => node.keyed).map((node) => node.name);
    const values = leafPaths(block.columns).map((columnPath) => ({
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
    caption: layout.caption,
    columns,
    labelFields,
    valueFields,
    labelSpans,
    rows: (section, read) =>
      template.map(({ labels, values }) => {
        const row: Row = { ...labels };
        for (const { field, key } of values) {
          const text = read(section, key);
          row[field] = text === '' ? '' : Number(text);
        }
        return row;
      }),
  };
}

/** One mounted table: TanStack's table, and the value cells in row-model order. */
export interface TanstackTable {
  readonly table: Table<Features, Row>;
  readonly values: HTMLTableCellElement[];
  readonly plan: TanstackPlan;
}

function headerCell(header: Header<Features, Row, unknown>, id: string): HTMLTableCellElement {
  const th = document.createElement('th');
  th.id = id;
  if (header.colSpan > 1) th.colSpan = header.colSpan;
  if (header.rowSpan > 1) th.rowSpan = header.rowSpan;
  // A placeholder heads the rows it spans down to its column's own header: it shows that label.
  const label = header.column.columnDef.header;
  th.textContent = typeof label === 'string' ? label : '';
  th.scope = header.subHeaders.length > 0 && !header.isPlaceholder ? 'colgroup' : 'col';
  return th;
}

/** Renders `rows` through TanStack into a native table in `holder`. */
export function buildTanstack(
  holder: HTMLElement,
  plan: TanstackPlan,
  rows: Row[],
  prefix: string,
) {
  const table = constructTable({
    features,
    columns: plan.columns,
    data: rows,
  });
  const element = document.createElement('table');
  const caption = document.createElement('caption');
  caption.textContent = plan.caption;
  element.append(caption);
  const thead = document.createElement('thead');
  let headerIndex = 0;
  for (const group of table.getHeaderGroups()) {
    const tr = document.createElement('tr');
    for (const header of group.headers) {
      // rowSpan 0: covered by a placeholder above it.
      if (header.rowSpan === 0) continue;
      tr.append(headerCell(header, `${prefix}-h${headerIndex++}`));
    }
    thead.append(tr);
  }
  const tbody = document.createElement('tbody');
  const values: HTMLTableCellElement[] = [];
  const labelCount = plan.labelFields.length;
  table.getRowModel().rows.forEach((row, rowIndex) => {
    const tr = document.createElement('tr');
    row.getAllCells().forEach((cell, columnIndex) => {
      if (columnIndex < labelCount) {
        const span = plan.labelSpans[rowIndex][columnIndex];
        if (span.rowSpan === 0) return;
        const th = document.createElement('th');
        th.scope = span.rowSpan > 1 ? 'rowgroup' : 'row';
        if (span.rowSpan > 1) th.rowSpan = span.rowSpan;
        if (span.colSpan > 1) th.colSpan = span.colSpan;
        th.textContent = String(cell.getValue());
        tr.append(th);
        return;
      }
      const td = document.createElement('td');
      td.dataset.cell = '';
      td.textContent = String(cell.getValue() ?? '');
      values.push(td);
      tr.append(td);
    });
    tbody.append(tr);
  });
  element.append(thead, tbody);
  holder.append(element);
  return { table, values, plan };
}

/** Gives a mounted table new rows and writes only the value cells that changed. */
export function updateTanstack(mounted: TanstackTable, rows: Row[]): void {
  mounted.table.setOptions((previous) => ({ ...previous, data: rows }));
  const labelCount = mounted.plan.labelFields.length;
  let index = 0;
  for (const row of mounted.table.getRowModel().rows) {
    const cells = row.getAllCells();
    for (let i = labelCount; i < cells.length; i++) {
      const text = String(cells[i].getValue() ?? '');
      const td = mounted.values[index++];
      if (td.textContent !== text) td.textContent = text;
    }
  }
}
