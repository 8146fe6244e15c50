/**
 * The vocabulary for declaring a table of the standard format as data.
 *
 * A table is one or more blocks. Each block has a column tree and a row tree of header
 * nodes; every (row leaf × column leaf) pair is one value cell. Table 三 and 四 are one
 * block each; table 二 is four blocks, each under its own banner row.
 *
 * A cell's key is the table id followed by the `key`s of its row path and column path,
 * skipping grouping nodes that have no key: e.g. `applications.withheld.stateSecret.naturalPerson`.
 */

/**
 * What a value cell holds: a count of items; a signed change of a count (本年增/减 of the 2019
 * format, which may be negative); or an exact decimal amount.
 */
export type ValueKind = 'count' | 'change' | 'amount';

export interface HeaderNode {
  /** Unique among its siblings; the node's path of names identifies it in its tree. */
  readonly name: string;
  /** Whether `name` is a segment of the data path and cell key (grouping-only nodes are not). */
  readonly keyed: boolean;
  /** The legal label, character for character. Empty for an unlabelled single row. */
  readonly label: string;
  readonly children?: readonly HeaderNode[];
  /** Column leaves only: how many grid columns the value cell spans (table 二). */
  readonly span?: number;
  /** Leaves: the kind of value in this row's (or column's) cells. Defaults to `count`. */
  readonly kind?: ValueKind;
  /**
   * Column leaves only: the report may write the value's unit beside it, as the string
   * `<name>Unit` of the same row object (`amountUnit: '元'`); it is shown after the number.
   */
  readonly unit?: true;
  /** A 总计 node: its cells may be left out of the data, and are then computed. */
  readonly total?: boolean;
}

export interface Corner {
  readonly label: string;
  /** A header corner (信息内容) labels the row-header column; a note corner is plain text. */
  readonly role: 'header' | 'note';
}

export interface Block {
  /** A row spanning the whole table above the block, heading each of its cells (table 二). */
  readonly banner?: HeaderNode;
  readonly corner?: Corner;
  readonly columns: readonly HeaderNode[];
  readonly rows: readonly HeaderNode[];
}

/**
 * A table's id: its key in a report document (`proactive`, `applications`, `reviewLitigation`).
 * Which tables a report has comes from its format (see `format.ts`), never from a fixed list.
 */
export type TableId = string;

export interface TableLayout {
  readonly id: TableId;
  /**
   * The prefix of the stable ids of this layout's labels (see `compile.ts`), when it is not
   * the table id: a format whose table has other labels under the same paths (the 2019 table
   * 二) takes its own, so that a translation never lands on the wrong label.
   */
  readonly labelScope?: string;
  readonly caption: string;
  readonly blocks: readonly Block[];
}

/** A data-keyed header node. */
export function keyed(name: string, label: string, children?: readonly HeaderNode[]): HeaderNode {
  return children ? { name, keyed: true, label, children } : { name, keyed: true, label };
}

/** A 总计 leaf, whose cells may be omitted from the data and computed instead. */
export function totalLeaf(name: string, label: string): HeaderNode {
  return { name, keyed: true, label, total: true };
}

/** A header node that groups others without being part of the data path. */
export function grouping(
  name: string,
  label: string,
  children?: readonly HeaderNode[],
  extra: Pick<HeaderNode, 'span' | 'kind' | 'unit'> = {},
): HeaderNode {
  return { name, keyed: false, label, ...(children ? { children } : {}), ...extra };
}

/** One header node together with its ancestors, root first. */
export type HeaderPath = readonly HeaderNode[];

/** The leaves of a header forest in document order, each with its path from the root. */
export function leafPaths(forest: readonly HeaderNode[]): HeaderPath[] {
  const out: HeaderPath[] = [];
  const walk = (node: HeaderNode, above: HeaderPath): void => {
    const path = [...above, node];
    if (node.children?.length) node.children.forEach((child) => walk(child, path));
    else out.push(path);
  };
  forest.forEach((node) => walk(node, []));
  return out;
}

/** The stable id of a node within its tree: its path of names joined by dots. */
export function pathId(path: HeaderPath): string {
  return path.map((node) => node.name).join('.');
}

/** The data-path segments a header path contributes to a cell key. */
export function keySegments(path: HeaderPath): string[] {
  return path.filter((node) => node.keyed).map((node) => node.name);
}

export function depth(forest: readonly HeaderNode[]): number {
  let max = 0;
  for (const node of forest) max = Math.max(max, 1 + depth(node.children ?? []));
  return max;
}

/** A block whose row tree is one unlabelled leaf (table 四) has no row-header column. */
export function hasRowHeaders(block: Block): boolean {
  return !(block.rows.length === 1 && block.rows[0].label === '' && !block.rows[0].children);
}

/** One value cell of a table: see `compile.ts`, which numbers them in layout order. */
export type { CompiledCell as ValueCell } from './compile.js';
export { valueCells } from './compile.js';

/** The nodes that name a header path in a message: its keyed nodes, and always its leaf. */
export function namingNodes(path: HeaderPath): HeaderNode[] {
  return path.filter((node, i) => node.label !== '' && (node.keyed || i === path.length - 1));
}
