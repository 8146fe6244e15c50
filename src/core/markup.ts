/**
 * A layout's tables as one HTML string: the same markup the elements show, escaped throughout.
 * Pure (no DOM), so that it serves the server (SSR, static HTML) as well as the browser, where
 * it is parsed once per layout and locale into a skeleton that every element clones
 * (src/internal/render-table.ts). Nothing from the data is ever written unescaped.
 */
import type { CornerCell, Grid, GridCell, GridRow, HeaderCell } from './grid.js';
import type { CellMark } from './cell-marks.js';
import type { ValueKind } from './layout.js';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe in element content and in double-quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** What a value cell shows, and how it is marked. */
export interface ValueView {
  readonly state: 'value' | 'computed' | 'blank' | 'invalid';
  /** The text shown: the published text, the computed total, the given value quoted, or ''. */
  readonly text: string;
  /** The findings naming this cell (see `cellMarks`). */
  readonly marks?: readonly CellMark[];
}

/** The view of a value cell the skeleton is built with: the common case, so most cells only get their text. */
export const SKELETON_VALUE: ValueView = { state: 'value', text: '' };

/** The words and names of one rendering, beside the grids themselves. */
export interface TableWords {
  /** The caption each table shows: the table's caption and, for a several-table layout, the banner words after it. */
  readonly captions: readonly { readonly text: string; readonly rest?: string }[];
  /** The caption is not shown (a heading above already says it), but still names the table. */
  readonly captionHidden: boolean;
  /** The id the scroll region is labelled by: the first caption's (or its first part's). */
  readonly captionId: string;
  /** A header or corner cell's label in the reader's language. */
  readonly label: (cell: HeaderCell | CornerCell) => string;
  /** The visually hidden words after a computed total's * marker. */
  readonly computedNote: string;
  /** The id of a finding's list item, for a marked cell's `aria-describedby`. */
  readonly findingId: (index: number) => string;
}

/** The class list of a value cell: its state, its kind, and whether a finding names it. */
export const valueClass = (kind: ValueKind, view: ValueView): string =>
  `${view.state} ${kind}${view.marks?.length ? ' flagged' : ''}`;

/** A value cell's content: its text, then the computed marker, then the finding marker. */
export function valueContentHtml(view: ValueView, words: TableWords): string {
  let html = escapeHtml(view.text);
  if (view.state === 'computed') {
    html += `<span class="computed-mark" part="computed-marker" aria-hidden="true">*</span><span class="visually-hidden">${escapeHtml(words.computedNote)}</span>`;
  }
  if (view.marks?.length) {
    html += `<span class="finding-mark" part="finding-marker" aria-hidden="true">${escapeHtml(markerText(view.marks))}</span>`;
  }
  return html;
}

/**
 * A marked cell's marker: ⚠ and the numbers of the errors naming it, ⓘ and those of the warnings;
 * Σ after the number of a finding whose total this cell is (its parts carry the number alone).
 */
export function markerText(marks: readonly CellMark[]): string {
  const numbers = (severity: CellMark['severity']) =>
    marks
      .filter((m) => m.severity === severity)
      .map((m) => `${m.finding + 1}${m.role === 'total' ? 'Σ' : ''}`)
      .join(',');
  const errors = numbers('error');
  const warnings = numbers('warning');
  return `${errors ? `⚠${errors}` : ''}${warnings ? `ⓘ${warnings}` : ''}`;
}

/** The attributes a finding puts on a value cell; absent ones are left off. */
export const MARK_ATTRIBUTES = [
  'aria-invalid',
  'aria-describedby',
  'data-severity',
  'data-finding-role',
] as const;

/**
 * A cell named by an error looks like one; named by warnings alone it has a look of its own; a
 * total that disagrees with its parts is told from them (`data-finding-role`).
 */
export function markedAttributes(
  view: ValueView,
  findingId: (index: number) => string,
): Partial<Record<(typeof MARK_ATTRIBUTES)[number], string>> {
  const marks = view.marks;
  if (!marks?.length) return {};
  const role = marks.find((m) => m.role)?.role;
  return {
    'aria-invalid': 'true',
    'aria-describedby': marks.map((m) => findingId(m.finding)).join(' '),
    'data-severity': marks.some((m) => m.severity === 'error') ? 'error' : 'warning',
    ...(role ? { 'data-finding-role': role } : {}),
  };
}

/**
 * The 1-based grid column each cell of a table starts in, row by row, by the HTML table model:
 * a cell takes the first column its row has free, after the cells spanning down from above.
 * Chromium's own column index is wrong for cells under a row-spanning header; `aria-colindex`
 * gives screen readers the true one.
 */
export function columnIndexes(rows: readonly GridRow[]): number[][] {
  const spanningDown: number[] = [];
  return rows.map((row) => {
    let column = 0;
    const starts = row.cells.map((cell) => {
      while ((spanningDown[column] ?? 0) > 0) column++;
      const start = column;
      const rowspan = cell.kind === 'value' ? 1 : cell.rowspan;
      for (let i = 0; i < cell.colspan; i++) spanningDown[column + i] = rowspan;
      column += cell.colspan;
      return start + 1;
    });
    for (let i = 0; i < spanningDown.length; i++) if (spanningDown[i] > 0) spanningDown[i]--;
    return starts;
  });
}

const spans = (cell: GridCell): string =>
  `${cell.colspan === 1 && cell.kind === 'value' ? '' : ` colspan="${cell.colspan}"`}${cell.kind === 'value' ? '' : ` rowspan="${cell.rowspan}"`}`;

function cellHtml(cell: GridCell, column: number, words: TableWords, view: ValueView): string {
  const start = `id="${escapeHtml(cell.id)}"`;
  const position = ` aria-colindex="${column}"`;
  switch (cell.kind) {
    case 'corner':
      return cell.role === 'header'
        ? `<th ${start} part="header-cell" class="corner" scope="col"${spans(cell)}${position}>${escapeHtml(words.label(cell))}</th>`
        : `<td ${start} class="corner note"${spans(cell)}${position}>${escapeHtml(words.label(cell))}</td>`;
    case 'header':
      return `<th ${start} part="header-cell" scope="${cell.scope}"${spans(cell)}${position}>${escapeHtml(words.label(cell))}</th>`;
    case 'value': {
      const marks = Object.entries(markedAttributes(view, words.findingId))
        .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
        .join('');
      return `<td ${start} part="value-cell" class="${valueClass(cell.cell.kind, view)}" headers="${escapeHtml(cell.headers.join(' '))}" data-cell="${escapeHtml(cell.cell.key)}"${spans(cell)}${position}${view.state === 'computed' ? ' data-computed=""' : ''}${marks}>${valueContentHtml(view, words)}</td>`;
    }
  }
}

function captionHtml(words: TableWords, index: number, several: boolean): string {
  const { text, rest } = words.captions[index];
  const id = index === 0 ? words.captionId : `${words.captionId}-${index}`;
  const hidden = words.captionHidden || index > 0 ? ' class="visually-hidden"' : '';
  if (!several || rest === undefined)
    return `<caption id="${escapeHtml(id)}" part="caption"${hidden}>${escapeHtml(text)}</caption>`;
  return `<caption part="caption"${hidden}><span id="${escapeHtml(id)}">${escapeHtml(text)}</span><span class="visually-hidden">${escapeHtml(rest)}</span></caption>`;
}

/**
 * The scroll region and its tables. `view(index)` gives the value cells, numbered across all
 * the grids in reading order (the order of `valueCells(layout)`); without it every value cell
 * is the empty skeleton cell.
 */
export function tablesHtml(
  grids: readonly Grid[],
  words: TableWords,
  view: (index: number) => ValueView = () => SKELETON_VALUE,
): string {
  let valueIndex = 0;
  const several = grids.length > 1;
  const tables = grids.map((grid, gridIndex) => {
    const rows = [...grid.head, ...grid.bodies.flatMap((body) => body.rows)];
    const columns = columnIndexes(rows);
    let rowIndex = 0;
    const rowsHtml = (list: readonly GridRow[]): string =>
      list
        .map((row) => {
          const starts = columns[rowIndex++];
          const cells = row.cells
            .map((cell, i) =>
              cellHtml(
                cell,
                starts[i],
                words,
                cell.kind === 'value' ? view(valueIndex++) : SKELETON_VALUE,
              ),
            )
            .join('');
          return `<tr>${cells}</tr>`;
        })
        .join('');
    const head = grid.head.length ? `<thead>${rowsHtml(grid.head)}</thead>` : '';
    const bodies = grid.bodies.map((body) => `<tbody>${rowsHtml(body.rows)}</tbody>`).join('');
    return `<table part="table" aria-colcount="${grid.columnCount}">${captionHtml(words, gridIndex, several)}${head}${bodies}</table>`;
  });
  return `<div class="${several ? 'scroll blocks' : 'scroll'}" part="scroll-region" role="region" tabindex="0" aria-labelledby="${escapeHtml(words.captionId)}">${tables.join('')}</div>`;
}
