/**
 * Turns a layout into the rows and cells of one HTML table: spans, ids, scopes and `headers`
 * all fall out of the header trees. Pure data; the element's renderer and the benchmark's
 * static-HTML floor both draw from it, so they produce the same markup.
 */
import { compileTable, type CompiledCell as ValueCell } from './compile.js';
import {
  depth,
  hasRowHeaders,
  leafPaths,
  pathId,
  type Block,
  type HeaderNode,
  type HeaderPath,
  type TableLayout,
} from './layout.js';

export interface HeaderCell {
  readonly kind: 'header';
  readonly id: string;
  readonly node: HeaderNode;
  readonly scope: 'col' | 'colgroup' | 'row' | 'rowgroup';
  readonly colspan: number;
  readonly rowspan: number;
}

/** The corner of a block: the note of table 三, or 信息内容 heading the row-header column. */
export interface CornerCell {
  readonly kind: 'corner';
  readonly id: string;
  readonly label: string;
  readonly role: 'header' | 'note';
  readonly colspan: number;
  readonly rowspan: number;
}

export interface ValueGridCell {
  readonly kind: 'value';
  readonly id: string;
  readonly cell: ValueCell;
  /** Ids of every header cell of this cell: banner, column headers, then row headers. */
  readonly headers: readonly string[];
  readonly colspan: number;
}

export type GridCell = HeaderCell | CornerCell | ValueGridCell;

export interface GridRow {
  readonly cells: readonly GridCell[];
}

/** A `<tbody>`: one top-level row group. */
export interface GridBody {
  readonly rows: readonly GridRow[];
}

/** One native `<table>`: a whole table (三, 四), or one block of table 二. */
export interface Grid {
  readonly columnCount: number;
  /** Header rows for `<thead>`: the block's banner row, if any, then its column header rows. */
  readonly head: readonly GridRow[];
  readonly bodies: readonly GridBody[];
  /** The banner heading this table's block (table 二), to name the table by. */
  readonly banner?: HeaderNode;
}

/** Turns a path id into an id fragment safe in HTML ids and CSS selectors. */
const idFragment = (text: string): string => text.replace(/[^A-Za-z0-9_-]/g, '-');

function blockColumnCount(block: Block): number {
  const rowColumns = hasRowHeaders(block) ? depth(block.rows) : 0;
  return (
    rowColumns +
    leafPaths(block.columns).reduce((sum, path) => sum + (path[path.length - 1].span ?? 1), 0)
  );
}

function leafSpan(node: HeaderNode): number {
  if (!node.children?.length) return node.span ?? 1;
  return node.children.reduce((sum, child) => sum + leafSpan(child), 0);
}

function leafCount(node: HeaderNode): number {
  return node.children?.length
    ? node.children.reduce((sum, child) => sum + leafCount(child), 0)
    : 1;
}

/**
 * The native tables a layout is drawn as: one per block. Tables 三 and 四 are one block. Each of
 * table 二's four blocks is a table of its own, because browsers give a cell every column
 * header of its grid column, wherever it is: in one shared table, a cell of 第二十条第（一）项
 * would also be announced under the banners and column headers of the other three blocks
 * (Chromium does exactly this; see the AT-SPI test of <proactive-disclosure-table>). The
 * tables share one column count, so they line up as one.
 */
export function buildTables(layout: TableLayout, idPrefix: string): readonly Grid[] {
  // Every element builds its tables, and building table 三 from the trees takes about a
  // millisecond, while only the id prefix differs between elements: build once per layout with
  // a placeholder prefix, then give each element a copy under its own (see bench/results.md).
  let cached = tablesCache.get(layout);
  if (!cached) {
    cached = layout.blocks.map((_, blockIndex) =>
      buildGrid(layout, PLACEHOLDER_PREFIX, blockIndex),
    );
    tablesCache.set(layout, cached);
  }
  return cached.map((grid) => withIdPrefix(grid, idPrefix));
}

const PLACEHOLDER_PREFIX = 'x';
const tablesCache = new WeakMap<TableLayout, readonly Grid[]>();

/** A grid built with `PLACEHOLDER_PREFIX`, with every id under `idPrefix` instead (all ids start with the prefix). */
function withIdPrefix(grid: Grid, idPrefix: string): Grid {
  const id = (placeholderId: string): string =>
    idPrefix + placeholderId.slice(PLACEHOLDER_PREFIX.length);
  const row = (gridRow: GridRow): GridRow => ({
    cells: gridRow.cells.map((cell) =>
      cell.kind === 'value'
        ? { ...cell, id: id(cell.id), headers: cell.headers.map(id) }
        : { ...cell, id: id(cell.id) },
    ),
  });
  return {
    ...grid,
    head: grid.head.map(row),
    bodies: grid.bodies.map((body) => ({ rows: body.rows.map(row) })),
  };
}

/**
 * Builds the grid of one native table: block `blockIndex` of a layout. `idPrefix` makes ids
 * unique where several tables share one document (light DOM); it must be a valid id start.
 */
export function buildGrid(layout: TableLayout, idPrefix: string, blockIndex = 0): Grid {
  const prefix = `${idPrefix}-${layout.id}`;
  const table = compileTable(layout);
  const columnCount = Math.max(...layout.blocks.map(blockColumnCount));
  const bodies: GridBody[] = [];
  const block = layout.blocks[blockIndex];
  const blockPrefix = layout.blocks.length > 1 ? `${prefix}-b${blockIndex}` : prefix;
  const columnId = (path: HeaderPath) => `${blockPrefix}-c-${idFragment(pathId(path))}`;
  const rowId = (path: HeaderPath) => `${blockPrefix}-r-${idFragment(pathId(path))}`;
  const rowHeaderColumns = hasRowHeaders(block) ? depth(block.rows) : 0;
  const headerRows = depth(block.columns);

  const bannerRows: GridRow[] = [];
  let bannerId: string | undefined;
  if (block.banner) {
    bannerId = `${blockPrefix}-banner`;
    bannerRows.push({
      cells: [
        {
          kind: 'header',
          id: bannerId,
          node: block.banner,
          scope: 'colgroup',
          colspan: columnCount,
          rowspan: 1,
        },
      ],
    });
  }

  // Column header rows: a node sits on the row of its depth and spans down to the last
  // header row when it has no children (e.g. 自然人, 总计, each of 行政复议's five columns).
  const columnRows: GridCell[][] = Array.from({ length: headerRows }, () => []);
  if (block.corner && headerRows > 0) {
    columnRows[0].push({
      kind: 'corner',
      id: `${blockPrefix}-corner`,
      label: block.corner.label,
      role: block.corner.role,
      colspan: Math.max(rowHeaderColumns, 1),
      rowspan: headerRows,
    });
  }
  const placeColumn = (node: HeaderNode, above: HeaderPath): void => {
    const path = [...above, node];
    const leaf = !node.children?.length;
    columnRows[above.length].push({
      kind: 'header',
      id: columnId(path),
      node,
      scope: leaf ? 'col' : 'colgroup',
      colspan: leafSpan(node),
      rowspan: leaf ? headerRows - above.length : 1,
    });
    node.children?.forEach((child) => placeColumn(child, path));
  };
  block.columns.forEach((node) => placeColumn(node, []));
  const columnHeaderRows = columnRows.map((cells) => ({ cells }));

  const columnLeaves = leafPaths(block.columns);
  const columnHeaderIds = (path: HeaderPath): string[] =>
    path.map((_, i) => columnId(path.slice(0, i + 1))).filter((_, i) => path[i].label !== '');

  // Body rows: each leaf of the row tree is one row. The first leaf under a group also
  // carries the group's header cell, spanning all of the group's rows.
  const bodyRowsFor = (top: HeaderNode): GridRow[] => {
    const rows: GridRow[] = [];
    let pending: GridCell[] = [];
    const walk = (node: HeaderNode, above: HeaderPath): void => {
      const path = [...above, node];
      const leaf = !node.children?.length;
      if (rowHeaderColumns > 0) {
        pending.push({
          kind: 'header',
          id: rowId(path),
          node,
          scope: leaf ? 'row' : 'rowgroup',
          colspan: leaf ? rowHeaderColumns - above.length : 1,
          rowspan: leafCount(node),
        });
      }
      if (!leaf) {
        node.children!.forEach((child) => walk(child, path));
        return;
      }
      const rowHeaderIds =
        rowHeaderColumns > 0 ? path.map((_, i) => rowId(path.slice(0, i + 1))) : [];
      const values = columnLeaves.map((columnPath): ValueGridCell => {
        const cell = table.cellAt(pathId(path), pathId(columnPath))!;
        return {
          kind: 'value',
          id: `${prefix}-v-${idFragment(cell.key)}`,
          cell,
          headers: [
            ...(bannerId ? [bannerId] : []),
            ...columnHeaderIds(columnPath),
            ...rowHeaderIds,
          ],
          colspan: columnPath[columnPath.length - 1].span ?? 1,
        };
      });
      rows.push({ cells: [...pending, ...values] });
      pending = [];
    };
    walk(top, []);
    return rows;
  };

  block.rows.forEach((top) => bodies.push({ rows: bodyRowsFor(top) }));
  return {
    columnCount,
    head: [...bannerRows, ...columnHeaderRows],
    bodies,
    ...(block.banner ? { banner: block.banner } : {}),
  };
}
