/**
 * The DOM side of reading published tables: turns `<table>` elements into the reader's model
 * (src/core/read), and splits a published article into its tables and its narrative. Reading
 * itself is pure and lives in the core.
 */
import type { TableId } from '../core/layout.js';
import {
  READABLE_FORMATS,
  readPublishedTables,
  type PublishedCell,
  type PublishedReading,
  type PublishedTable,
  type ReadOptions,
  type TableOutcome,
} from '../core/read/index.js';

/** Elements whose content starts on a line of its own: their text is kept apart from the next. */
const BLOCK = new Set([
  'P',
  'DIV',
  'BR',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'TABLE',
  'SECTION',
  'ARTICLE',
  'BLOCKQUOTE',
]);
/** Never text of the page: what they hold is code or markup, not words. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * An element's text as a reader sees its lines: blocks (`<p>`, `<br>`, `<div>`…) on lines of
 * their own. Unlike `innerText` it needs no layout, and so also reads a hidden table.
 */
export function blockText(node: Node): string {
  let text = '';
  const walk = (current: Node): void => {
    for (let child = current.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += (child as Text).data;
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        const block = BLOCK.has(tag);
        if (block) text += '\n';
        walk(child);
        if (block) text += '\n';
      }
    }
  };
  walk(node);
  return text;
}

/** A `<table>` as the reader's model: its rows (head, bodies and foot, in order) and their cells. */
export function tableModel(table: HTMLTableElement): PublishedTable {
  return {
    rows: [...table.rows].map((row) =>
      [...row.cells].map((cell): PublishedCell => ({
        text: blockText(cell),
        // Browsers clamp both already: rowspan 0..65534 (0 means "to the end of the group"), colspan 1..1000.
        rowspan: Math.max(1, cell.rowSpan),
        colspan: Math.max(1, cell.colSpan),
      })),
    ),
  };
}

/** Marks what an element rendered itself, so that it is never read back as published. */
export const RENDERED_ATTRIBUTE = 'data-disclosure-rendered';

/** The published tables in a root: outermost ones only, none that an element rendered. */
export function publishedTables(root: ParentNode): HTMLTableElement[] {
  return [...root.querySelectorAll('table')].filter(
    (table) =>
      !table.parentElement?.closest('table') &&
      !table.closest(`[${RENDERED_ATTRIBUTE}], [part~="scroll-region"]`),
  );
}

/** The text at the start of a root, before its first table: where a report's title is. */
function openingText(root: ParentNode, limit = 400): string {
  let text = '';
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(
    root as Node,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
  );
  for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'TABLE') break;
      if (BLOCK.has(tag)) text += '\n';
    } else if (!SKIPPED.has(node.parentElement?.tagName.toUpperCase() ?? ''))
      text += (node as Text).data;
  }
  return text;
}

export interface PublishedTableOutcome {
  readonly element: HTMLTableElement;
  readonly outcome: TableOutcome;
}

/** A reading of the published tables in a root, each table's outcome beside its element. */
export interface PublishedReport extends Omit<PublishedReading, 'tables'> {
  readonly tables: readonly PublishedTableOutcome[];
}

/**
 * Reads the annual report published in `root` (an article, or the whole page): which of its
 * tables are tables 二, 三 and 四, in which format, and what they hold, as a report document
 * the elements accept like any JSON input. Tables it does not recognise are listed as such.
 * Never throws and never changes the page.
 */
export function readPublishedReport(
  root: ParentNode,
  options: { readonly only?: readonly TableId[] } = {},
): PublishedReport {
  const elements = publishedTables(root);
  const readOptions: ReadOptions = { ...options, title: openingText(root) };
  const reading = readPublishedTables(elements.map(tableModel), READABLE_FORMATS, readOptions);
  return {
    ...reading,
    tables: reading.tables.map((outcome, i) => ({ element: elements[i], outcome })),
  };
}

/** The narrative sections of an annual report, by the slot of `<disclosure-annual-report>`. */
export type NarrativeSection = 'overview' | 'problems' | 'other';

const SECTION_HEADING = /^[一二三四五六][、.．]/;
const SECTION_OF: Record<string, NarrativeSection | undefined> = {
  一: 'overview',
  五: 'problems',
  六: 'other',
};

/**
 * The narrative of a published report, as the blocks of each text section. The blocks are the
 * children of the element holding the tables; the section headings (一、总体情况…) and the
 * tables are left out, since the report renders its own. Text before 一 (the preamble) opens
 * the overview, and text found among the tables closes it: nothing written is dropped, except
 * the title lines the report heading shows.
 */
export function narrativeBlocks(
  root: Element,
  tables: readonly Element[],
  title: string,
): Record<NarrativeSection, Element[]> {
  const sections: Record<NarrativeSection, Element[]> = { overview: [], problems: [], other: [] };
  const container = commonAncestor(tables) ?? root;
  const between: Element[] = [];
  let current: NarrativeSection | 'tables' | 'preamble' = 'preamble';
  const compactTitle = title.replace(/\s+/g, '');
  for (const child of container.children) {
    if (SKIPPED.has(child.tagName.toUpperCase())) continue;
    const text = blockText(child).replace(/\s+/g, '');
    if (tables.some((table) => child === table || child.contains(table))) {
      current = 'tables';
      continue;
    }
    if (text === '' && !child.querySelector('img, svg, video, audio, iframe, object')) continue;
    if (SECTION_HEADING.test(text)) {
      current = SECTION_OF[text[0]] ?? 'tables';
      continue;
    }
    if (current === 'preamble') {
      if (compactTitle && compactTitle.includes(text)) continue;
      sections.overview.push(child);
    } else if (current === 'tables') between.push(child);
    else sections[current].push(child);
  }
  sections.overview.push(...between);
  return sections;
}

function commonAncestor(elements: readonly Element[]): Element | undefined {
  if (!elements.length) return undefined;
  let ancestor: Element | null = elements[0].parentElement;
  while (ancestor && !elements.every((element) => ancestor!.contains(element)))
    ancestor = ancestor.parentElement;
  return ancestor ?? undefined;
}
