/**
 * What the reader needs to know of a layout, worked out once per layout: every label it may
 * meet, normalised, and every value cell by its row leaf and column leaf. Label matching is
 * built from the layouts themselves, so a new format is read without a word added here.
 */
import {
  leafPaths,
  pathId,
  valueCells,
  hasRowHeaders,
  type HeaderNode,
  type HeaderPath,
  type TableLayout,
  type ValueCell,
} from '../layout.js';
import { bestLabel, CACHE_LIMIT, normalizeLabel } from './label.js';

/** A leaf of a header tree with the normalised labels along its path (unlabelled nodes left out). */
export interface IndexedPath {
  readonly path: HeaderPath;
  readonly id: string;
  readonly labels: readonly string[];
}

export interface IndexedBlock {
  readonly index: number;
  readonly banner?: string;
  readonly corner?: string;
  readonly hasRowHeaders: boolean;
  readonly rowLeaves: readonly IndexedPath[];
  readonly columnLeaves: readonly IndexedPath[];
}

/** Where a label belongs: it tells a header row from a value row, and a banner from both. */
export type LabelRole = 'banner' | 'corner' | 'row' | 'column';

export interface IndexedLabel {
  readonly text: string;
  readonly role: LabelRole;
}

export interface LayoutIndex {
  readonly layout: TableLayout;
  readonly blocks: readonly IndexedBlock[];
  /** Every distinct label of the layout with its role; identifies a published table. */
  readonly labels: readonly IndexedLabel[];
  /** The layout's label a published (normalised) text is, if any: see `bestLabel`. Cached per layout. */
  match(label: string): IndexedLabel | undefined;
  /** The value cell at a row leaf × column leaf of a block. */
  cellAt(block: number, row: IndexedPath, column: IndexedPath): ValueCell | undefined;
}

const indexCache = new WeakMap<TableLayout, LayoutIndex>();

function indexPaths(forest: readonly HeaderNode[]): IndexedPath[] {
  return leafPaths(forest).map((path) => ({
    path,
    id: pathId(path),
    labels: path.map((node) => normalizeLabel(node.label)).filter((label) => label !== ''),
  }));
}

function allLabels(forest: readonly HeaderNode[], into: string[]): void {
  for (const node of forest) {
    const label = normalizeLabel(node.label);
    if (label) into.push(label);
    allLabels(node.children ?? [], into);
  }
}

/** The reader's index of a layout. Cached: layouts are constants. */
export function layoutIndex(layout: TableLayout): LayoutIndex {
  const cached = indexCache.get(layout);
  if (cached) return cached;
  const labels = new Map<string, LabelRole>();
  // A label keeps the first role it is found in, in the order banner, corner, row, column: the
  // order in which a row of the published table is best explained.
  const add = (role: LabelRole, texts: readonly string[]): void => {
    for (const text of texts) if (text && !labels.has(text)) labels.set(text, role);
  };
  const blocks = layout.blocks.map((block, index): IndexedBlock => {
    const banner = block.banner ? normalizeLabel(block.banner.label) : undefined;
    const corner = block.corner ? normalizeLabel(block.corner.label) : undefined;
    return {
      index,
      ...(banner ? { banner } : {}),
      ...(corner ? { corner } : {}),
      hasRowHeaders: hasRowHeaders(block),
      rowLeaves: indexPaths(block.rows),
      columnLeaves: indexPaths(block.columns),
    };
  });
  add(
    'banner',
    blocks.flatMap((block) => (block.banner ? [block.banner] : [])),
  );
  add(
    'corner',
    blocks.flatMap((block) => (block.corner ? [block.corner] : [])),
  );
  const rowLabels: string[] = [];
  const columnLabels: string[] = [];
  for (const block of layout.blocks) {
    allLabels(block.rows, rowLabels);
    allLabels(block.columns, columnLabels);
  }
  add('row', rowLabels);
  add('column', columnLabels);

  const cells = new Map<string, ValueCell>();
  for (const cell of valueCells(layout)) {
    cells.set(`${cell.blockIndex}|${pathId(cell.rowPath)}|${pathId(cell.columnPath)}`, cell);
  }
  const indexedLabels = [...labels].map(([text, role]) => ({ text, role }));
  const matches = new Map<string, IndexedLabel | undefined>();
  const index: LayoutIndex = {
    layout,
    blocks,
    labels: indexedLabels,
    cellAt: (block, row, column) => cells.get(`${block}|${row.id}|${column.id}`),
    match: (label) => {
      if (matches.has(label)) return matches.get(label);
      if (matches.size >= CACHE_LIMIT) matches.clear();
      const found = label ? bestLabel(label, indexedLabels, (l) => l.text)?.match : undefined;
      matches.set(label, found);
      return found;
    },
  };
  indexCache.set(layout, index);
  return index;
}
