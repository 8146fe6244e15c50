/**
 * A layout compiled once: everything the parser, the rule compiler, the renderer and the
 * wording need to know about a table, worked out from its header trees a single time. It
 * replaces the per-module caches and the hand-written "cell at row × column" lookups.
 *
 * Cells are numbered in layout order (block by block, row by row, column by column): a parsed
 * table is a flat array in that order, and compiled rules read it by index.
 */
import { buildTables, type Grid } from './grid.js';
import {
  keySegments,
  leafPaths,
  namingNodes,
  pathId,
  type HeaderNode,
  type HeaderPath,
  type TableLayout,
  type ValueKind,
} from './layout.js';

/** A header named in words: the stable id of its label (for translations) and the label itself. */
export interface LabelRef {
  readonly id: string;
  readonly label: string;
}

/** One value cell of a compiled table. */
export interface CompiledCell {
  /** Its place in the table's flat array of cells. */
  readonly index: number;
  /** The table id followed by the data path, e.g. `applications.withheld.stateSecret.naturalPerson`. */
  readonly key: string;
  /** The data path below the table's section object, e.g. ['withheld', 'stateSecret', 'naturalPerson']. */
  readonly path: readonly string[];
  readonly kind: ValueKind;
  readonly blockIndex: number;
  readonly rowPath: HeaderPath;
  readonly columnPath: HeaderPath;
  /** In a 总计 row or column: may be left out of the data, and is then computed. */
  readonly isTotal: boolean;
  /**
   * The key of the string beside the value in its row object that writes the value's unit
   * (`amountUnit` for `amount`), when its column declares one.
   */
  readonly unitKey: string | undefined;
  /** The headers that name the cell in words: its row's, then its column's (see `namingNodes`). */
  readonly place: readonly LabelRef[];
}

/**
 * A container (the section object, a row, a group of rows) of a section's data: its parent
 * container's number (-1 for the section itself) and its key there.
 */
export interface ShapeContainer {
  /** Dotted data path below the section, '' for the section itself. */
  readonly path: string;
  readonly parent: number;
  readonly key: string;
  /** Every key it may hold, in the layout's order. */
  readonly keys: readonly string[];
  /** When every key names a value cell (a row, a block of table 四): their order as an array. */
  readonly arrayOrder: readonly string[] | undefined;
  /** Whether the array may leave out its last cell (a 总计, computed instead). */
  readonly optionalTail: boolean;
  /** The length of `arrayOrder`, 0 when it has none. */
  readonly arrayLength: number;
  /**
   * Its cells cut into runs of consecutive cells at consecutive places of the array row (one
   * run, most often), three numbers each: the first cell's index, the number of cells, and the
   * first cell's place in the array. An array row is read run by run, each in one loop.
   */
  readonly arrayRuns: Int32Array;
  /**
   * Where its keys' values go in the parse's array of slots (one slot per key of every
   * container, `keys` order), and where its own value is found there (-1 for the section).
   */
  readonly slotBase: number;
  readonly slot: number;
  /** The slots of its keys that hold a container or a unit, not a cell: the ones a parse fills. */
  readonly heldSlots: readonly number[];
}

/** How a section's data nests, so that parsing reads each container once and each cell by index. */
export interface ParseShape {
  readonly containers: readonly ShapeContainer[];
  /** For each cell, in layout order: its container, its key there, its place in an array row. */
  readonly places: readonly {
    readonly container: number;
    readonly key: string;
    readonly index: number;
  }[];
  /** The number of slots: every key of every container. */
  readonly slotCount: number;
  /**
   * By slot: the cell whose value the key holds, read straight into the cells; -1 for a key
   * holding a container or a unit, whose value the parse keeps in the slot.
   */
  readonly slotCells: Int32Array;
  /** By cell index: whether the cell holds a count (the fast path of parsing). */
  readonly isCount: readonly boolean[];
}

export interface CompiledTable {
  readonly id: string;
  readonly layout: TableLayout;
  /** Every value cell in layout order. */
  readonly cells: readonly CompiledCell[];
  /** The cells by key. */
  readonly byKey: ReadonlyMap<string, CompiledCell>;
  readonly shape: ParseShape;
  /** The leaf paths of each block's row and column trees. */
  readonly blocks: readonly {
    readonly rows: readonly HeaderPath[];
    readonly columns: readonly HeaderPath[];
  }[];
  /** The cell at a row leaf × a column leaf, both given by path id (`results.withheld.stateSecret`, `applicant.total`). */
  cellAt(row: string, column: string): CompiledCell | undefined;
  /** A header path of either tree by its path id. */
  pathOf(
    id: string,
  ):
    | { readonly path: HeaderPath; readonly axis: 'row' | 'column'; readonly blockIndex: number }
    | undefined;
  /**
   * The stable id of a label of this table, for translations: the label scope (the table id
   * unless the layout says otherwise) and the node's path, e.g. `applications.results.withheld.stateSecret`.
   * `caption` for the caption, `corner` for a block's corner.
   */
  labelId(node: HeaderNode | 'caption' | 'corner'): string;
  /** The caption, named by its stable id. */
  readonly caption: LabelRef;
  /** The header grids of the native tables, with ids under `idPrefix` (see `buildTables`). */
  grids(idPrefix: string): readonly Grid[];
}

const compiledTables = new WeakMap<TableLayout, CompiledTable>();

/** Compiles a layout, once: the result is cached, layouts are constants. */
export function compileTable(layout: TableLayout): CompiledTable {
  let compiled = compiledTables.get(layout);
  if (!compiled) {
    compiled = compile(layout);
    compiledTables.set(layout, compiled);
  }
  return compiled;
}

function compile(layout: TableLayout): CompiledTable {
  const cells: CompiledCell[] = [];
  const blocks = layout.blocks.map((block) => ({
    rows: leafPaths(block.rows),
    columns: leafPaths(block.columns),
  }));
  const paths = new Map<string, { path: HeaderPath; axis: 'row' | 'column'; blockIndex: number }>();
  const cellsAt = new Map<string, CompiledCell>();
  const labelIds = new Map<HeaderNode, string>();
  const scope = layout.labelScope ?? layout.id;
  const labelled = new Map<string, string>();

  const nameNodes = (forest: readonly HeaderNode[], axis: 'row' | 'column', blockIndex: number) => {
    const walk = (node: HeaderNode, above: HeaderPath): void => {
      const path = [...above, node];
      const id = pathId(path);
      const known = paths.get(id);
      // The same path in two blocks must be the same header (table 二's 本年处理决定数量).
      if (known && known.path[known.path.length - 1].label !== node.label)
        throw new Error(`${layout.id}: two headers at ${id}`);
      if (!known || axis === 'row') paths.set(id, { path, axis, blockIndex });
      const labelId = `${scope}.${id}`;
      const other = labelled.get(labelId);
      if (other !== undefined && other !== node.label)
        throw new Error(`${layout.id}: label id ${labelId} names two labels`);
      labelled.set(labelId, node.label);
      labelIds.set(node, labelId);
      node.children?.forEach((child) => walk(child, path));
    };
    forest.forEach((node) => walk(node, []));
  };

  layout.blocks.forEach((block, blockIndex) => {
    if (block.banner) nameNodes([block.banner], 'column', blockIndex);
    nameNodes(block.columns, 'column', blockIndex);
    nameNodes(block.rows, 'row', blockIndex);
    const { rows, columns } = blocks[blockIndex];
    for (const rowPath of rows) {
      for (const columnPath of columns) {
        const path = [...keySegments(rowPath), ...keySegments(columnPath)];
        const rowLeaf = rowPath[rowPath.length - 1];
        const columnLeaf = columnPath[columnPath.length - 1];
        const cell: CompiledCell = {
          index: cells.length,
          key: [layout.id, ...path].join('.'),
          path,
          kind: rowLeaf.kind ?? columnLeaf.kind ?? 'count',
          blockIndex,
          rowPath,
          columnPath,
          isTotal: Boolean(rowLeaf.total || columnLeaf.total),
          unitKey: columnLeaf.unit ? `${columnLeaf.name}Unit` : undefined,
          place: [...namingNodes(rowPath), ...namingNodes(columnPath)].map((node) => ({
            id: labelIds.get(node)!,
            label: node.label,
          })),
        };
        cells.push(cell);
        cellsAt.set(`${pathId(rowPath)}|${pathId(columnPath)}`, cell);
      }
    }
  });
  const byKey = new Map(cells.map((cell) => [cell.key, cell]));
  if (byKey.size !== cells.length) throw new Error(`${layout.id}: two cells share a key`);

  return {
    id: layout.id,
    layout,
    cells,
    byKey,
    shape: parseShape(cells),
    blocks,
    cellAt: (row, column) => cellsAt.get(`${row}|${column}`),
    pathOf: (id) => paths.get(id),
    labelId: (node) =>
      node === 'caption' || node === 'corner'
        ? `${scope}.${node}`
        : (labelIds.get(node) ?? `${scope}.?`),
    caption: { id: `${scope}.caption`, label: layout.caption },
    grids: (idPrefix) => buildTables(layout, idPrefix),
  };
}

function parseShape(cells: readonly CompiledCell[]): ParseShape {
  const keysByContainer = new Map<string, Set<string>>();
  const leafCells = new Map<string, { order: string[]; lastIsTotal: boolean; terminal: boolean }>();
  for (const cell of cells) {
    cell.path.forEach((segment, i) => {
      const container = cell.path.slice(0, i).join('.');
      const keys = keysByContainer.get(container) ?? new Set<string>();
      keys.add(segment);
      if (i === cell.path.length - 1 && cell.unitKey) keys.add(cell.unitKey);
      keysByContainer.set(container, keys);
      const entry = leafCells.get(container) ?? { order: [], lastIsTotal: false, terminal: true };
      if (i === cell.path.length - 1) {
        if (!entry.order.includes(segment)) entry.order.push(segment);
        entry.lastIsTotal = cell.isTotal;
      } else entry.terminal = false;
      leafCells.set(container, entry);
    });
  }
  const paths = [...keysByContainer.keys()];
  const slotBases: number[] = [];
  let slotCount = 0;
  for (const path of paths) {
    slotBases.push(slotCount);
    slotCount += keysByContainer.get(path)!.size;
  }
  const keysOf = (path: string) => [...keysByContainer.get(path)!];
  // Drafts, without their cells' runs and held slots, which need every cell's place first.
  const containers: Omit<ShapeContainer, 'arrayRuns' | 'heldSlots'>[] = paths.map((path, id) => {
    const cut = path.lastIndexOf('.');
    const entry = leafCells.get(path)!;
    const array = entry.terminal && entry.order.length > 1;
    const parent = path === '' ? -1 : paths.indexOf(cut < 0 ? '' : path.slice(0, cut));
    const key = path === '' ? '' : path.slice(cut + 1);
    return {
      path,
      parent,
      key,
      keys: keysOf(path),
      arrayOrder: array ? entry.order : undefined,
      optionalTail: array && entry.lastIsTotal,
      arrayLength: array ? entry.order.length : 0,
      slotBase: slotBases[id],
      slot: parent < 0 ? -1 : slotBases[parent] + keysOf(paths[parent]).indexOf(key),
    };
  });
  const slotCells = new Int32Array(slotCount).fill(-1);
  const places = cells.map((cell, index) => {
    const container = paths.indexOf(cell.path.slice(0, -1).join('.'));
    const key = cell.path[cell.path.length - 1];
    slotCells[containers[container].slotBase + containers[container].keys.indexOf(key)] = index;
    return { container, key, index: containers[container].arrayOrder?.indexOf(key) ?? -1 };
  });
  const runs: { container: number; start: number; count: number; first: number }[] = [];
  places.forEach((place, index) => {
    const run = runs[runs.length - 1];
    if (run && run.container === place.container && places[index - 1].index + 1 === place.index)
      run.count++;
    else runs.push({ container: place.container, start: index, count: 1, first: place.index });
  });
  // Each container made by this one literal, every field in the same order: they then share one
  // hidden class, and the parse's reads of a container stay monomorphic. Spread from the drafts
  // above, the containers of the three tables took 29 hidden classes, and a report's parse and
  // check took a fifth longer (4.85 → 5.86 µs at 10,000, side by side).
  const shapes = containers.map((container, id): ShapeContainer => ({
    path: container.path,
    parent: container.parent,
    key: container.key,
    keys: container.keys,
    arrayOrder: container.arrayOrder,
    optionalTail: container.optionalTail,
    arrayLength: container.arrayLength,
    arrayRuns: Int32Array.from(
      runs
        .filter((run) => run.container === id)
        .flatMap((run) => [run.start, run.count, run.first]),
    ),
    slotBase: container.slotBase,
    slot: container.slot,
    heldSlots: container.keys
      .map((_, k) => container.slotBase + k)
      .filter((slot) => slotCells[slot] < 0),
  }));
  return {
    containers: shapes,
    places,
    slotCount,
    slotCells,
    isCount: cells.map((cell) => cell.kind === 'count'),
  };
}

/** Every value cell of a layout, in layout order. */
export const valueCells = (layout: TableLayout): readonly CompiledCell[] =>
  compileTable(layout).cells;
