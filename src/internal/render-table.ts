/**
 * The one renderer: any layout's grids, its cells and findings, as accessible native tables
 * (one for 三 and 四, one per block for 二; see `buildTables`). It only renders; everything it
 * shows was computed beforehand in `core`.
 *
 * The markup is written once, by `tablesHtml` (src/core/markup.ts). On the server that string,
 * with the values in it, is the output. In the browser it is parsed once per layout, locale
 * and caption into a skeleton with empty value cells; each element clones the skeleton, gives
 * the clone its own ids, and fills in only the values, marks and findings, by index. A later
 * render with new numbers rewrites only the cells that changed. Lit keeps the element's
 * lifecycle and the small dynamic parts around the tables (legend, findings summary).
 */
import { html, isServer, noChange, nothing, render, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { msg, str } from '@lit/localize';
import { describeGiven, type Cell } from '../core/cell.js';
import type { CellMarks } from '../core/cell-marks.js';
import type { Finding } from '../core/check.js';
import { compileTable } from '../core/compile.js';
import { buildTables, type Grid } from '../core/grid.js';
import { valueCells, type HeaderNode, type TableLayout, type ValueCell } from '../core/layout.js';
import {
  MARK_ATTRIBUTES,
  markedAttributes,
  markerText,
  SKELETON_VALUE,
  tablesHtml,
  valueClass,
  type TableWords,
  type ValueView,
} from '../core/markup.js';
import type { SectionCells } from '../core/parse.js';
import type { Text } from '../core/text.js';

export interface TableView {
  readonly layout: TableLayout;
  readonly caption: string;
  readonly cells: SectionCells;
  /** For each marked cell key, the findings naming it (see `cellMarks`). */
  readonly marks: CellMarks;
  /** Makes the id of a finding's list item; the same function renders the summary. */
  readonly findingId: (index: number) => string;
  readonly text: Text;
  /** Starts every id of these tables, unique on the page (AT-SPI and light DOM need that). */
  readonly idPrefix: string;
  /** The locale the words are in: a skeleton is made per locale. */
  readonly locale: string;
  /** The caption still names the table, but is not shown: a heading above already says it (the report). */
  readonly captionHidden?: boolean;
}

export interface FindingsOptions {
  /** The summary's heading level: 2 beside a table, 3 inside the report under its own h2. */
  readonly headingLevel?: 2 | 3;
  /** A note on checks still to come, e.g. while last year's report loads. */
  readonly status?: string;
}

/** What a cell shows: the published text, the computed total, the given value quoted, or nothing. */
function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  switch (cell.state) {
    case 'value':
      // A unit the report wrote beside the value (元) is shown after it.
      return cell.unit ? `${cell.text}${cell.unit}` : cell.text;
    case 'computed':
      return cell.text;
    case 'blank':
      return '';
    case 'invalid':
      return typeof cell.given === 'string' ? cell.given : describeGiven(cell.given);
  }
}

/** The id prefix of every skeleton; a clone's ids are moved to its element's own prefix. */
const SKELETON_PREFIX = 'dt0';

/** A layout's grids under the skeleton prefix, built once. */
const gridsByLayout = new WeakMap<TableLayout, readonly Grid[]>();
function gridsOf(layout: TableLayout): readonly Grid[] {
  let grids = gridsByLayout.get(layout);
  if (!grids) {
    grids = buildTables(layout, SKELETON_PREFIX);
    gridsByLayout.set(layout, grids);
  }
  return grids;
}

function tableWords(view: TableView, idPrefix: string): TableWords {
  const grids = gridsOf(view.layout);
  const { labelId } = compileTable(view.layout);
  const label = (node: HeaderNode) => view.text.label({ id: labelId(node), label: node.label });
  return {
    captions: grids.map((grid) => {
      if (!grid.banner || grids.length === 1) return { text: view.caption };
      // The words joining caption and banner are the locale's (`place`); the caption leads them.
      const banner = label(grid.banner);
      const named = view.text.place([view.caption, banner]);
      return {
        text: view.caption,
        rest: named.startsWith(view.caption) ? named.slice(view.caption.length) : ` ${banner}`,
      };
    }),
    captionHidden: Boolean(view.captionHidden),
    captionId: `${idPrefix}-${view.layout.id}-caption`,
    label: (cell) =>
      cell.kind === 'corner'
        ? view.text.label({ id: labelId('corner'), label: cell.label })
        : label(cell.node),
    computedNote: msg('（自动计算）', { id: 'cell.computed' }),
    findingId: view.findingId,
  };
}

/** What value cell `index` of a layout shows, from the checked cells and the findings. */
function valueView(view: TableView, cell: ValueCell): ValueView {
  const value = view.cells.get(cell.key);
  const marks = view.marks.get(cell.key);
  return { state: value?.state ?? 'blank', text: cellText(value), ...(marks ? { marks } : {}) };
}

/**
 * The tables of a view as one string, values and marks included: what the server sends.
 * Every string in it is escaped by `tablesHtml`: the data's text is never read as markup.
 */
export function tablesMarkup(view: TableView): string {
  const cells = valueCells(view.layout);
  return tablesHtml(buildTables(view.layout, view.idPrefix), tableWords(view, view.idPrefix), (i) =>
    valueView(view, cells[i]),
  );
}

/**
 * Skeletons per layout, keyed by the words in them (locale, caption, whether it is shown). A
 * page's captions are few; a page setting many custom captions only stops caching them.
 */
const skeletons = new WeakMap<TableLayout, Map<string, DocumentFragment>>();
const MAX_SKELETONS_PER_LAYOUT = 16;

function skeletonOf(view: TableView): DocumentFragment {
  const key = `${view.locale}\n${view.captionHidden ? 1 : 0}\n${view.caption}`;
  let byWords = skeletons.get(view.layout);
  if (!byWords) skeletons.set(view.layout, (byWords = new Map()));
  let skeleton = byWords.get(key);
  if (!skeleton) {
    const markup = tablesHtml(gridsOf(view.layout), tableWords(view, SKELETON_PREFIX));
    // Parsed through Lit, whose Trusted Types policy is the one a strict page allows. Inside a
    // <template> the markup stays inert, and Lit does not walk it looking for bindings. The
    // string holds only the layout's labels and ids, all escaped; no data.
    const holder = document.createDocumentFragment();
    render(unsafeHTML(`<template>${markup}</template>`), holder);
    skeleton = holder.querySelector('template')!.content;
    if (byWords.size >= MAX_SKELETONS_PER_LAYOUT) byWords.clear();
    byWords.set(key, skeleton);
  }
  return skeleton;
}

/** Moves every id of a cloned skeleton, and every reference to one, under `idPrefix`. */
function moveIds(region: HTMLElement, values: readonly HTMLElement[], idPrefix: string): void {
  const move = (id: string): string => idPrefix + id.slice(SKELETON_PREFIX.length);
  for (const node of region.querySelectorAll('[id]')) node.id = move(node.id);
  region.setAttribute('aria-labelledby', move(region.getAttribute('aria-labelledby')!));
  for (const cell of values) {
    cell.setAttribute('headers', cell.getAttribute('headers')!.split(' ').map(move).join(' '));
  }
}

/** One layout's tables as shown by one element: the clone, and what each value cell holds now. */
interface Mounted {
  readonly skeleton: DocumentFragment;
  readonly region: HTMLElement;
  /** The value cells, in the order of `valueCells(layout)`. */
  readonly values: readonly HTMLElement[];
  /** What each value cell shows now: its text, and its state and marks. */
  readonly texts: string[];
  readonly marks: string[];
}

const marksKey = (view: ValueView): string =>
  `${view.state} ${view.marks?.map((m) => `${m.finding}${m.severity}${m.role ?? ''}`).join(',') ?? ''}`;
/** The skeleton's value cells: empty, in the plain value state, unmarked. */
const SKELETON_MARKS = marksKey(SKELETON_VALUE);

function marker(className: string, part: string, text: string): HTMLElement {
  const span = document.createElement('span');
  span.className = className;
  span.setAttribute('part', part);
  span.setAttribute('aria-hidden', 'true');
  span.textContent = text;
  return span;
}

/** Rewrites one value cell as `tablesHtml` would have written it. */
function writeCell(
  td: HTMLElement,
  cell: ValueCell,
  view: ValueView,
  words: Pick<TableWords, 'computedNote' | 'findingId'>,
  marksChanged: boolean,
): void {
  if (!marksChanged) {
    // The common update: a number changed, nothing else. Its text node is the cell's first child.
    const first = td.firstChild;
    if (first?.nodeType === Node.TEXT_NODE) (first as CharacterData).data = view.text;
    else if (view.text) td.prepend(view.text);
    return;
  }
  const className = valueClass(cell.kind, view);
  if (td.className !== className) td.className = className;
  td.toggleAttribute('data-computed', view.state === 'computed');
  const marked = markedAttributes(view, words.findingId);
  for (const name of MARK_ATTRIBUTES) {
    const value = marked[name];
    if (value === undefined) td.removeAttribute(name);
    else td.setAttribute(name, value);
  }
  td.textContent = view.text;
  if (view.state === 'computed') {
    const note = document.createElement('span');
    note.className = 'visually-hidden';
    note.textContent = words.computedNote;
    td.append(marker('computed-mark', 'computed-marker', '*'), note);
  }
  if (view.marks?.length) {
    td.append(marker('finding-mark', 'finding-marker', markerText(view.marks)));
  }
}

/** Brings every value cell of `mounted` up to `view`, touching only the cells that changed. */
function fill(mounted: Mounted, view: TableView): void {
  const cells = valueCells(view.layout);
  const words = {
    computedNote: msg('（自动计算）', { id: 'cell.computed' }),
    findingId: view.findingId,
  };
  for (let i = 0; i < cells.length; i++) {
    const cellView = valueView(view, cells[i]);
    const marks = marksKey(cellView);
    const marksChanged = marks !== mounted.marks[i];
    if (!marksChanged && cellView.text === mounted.texts[i]) continue;
    writeCell(mounted.values[i], cells[i], cellView, words, marksChanged);
    mounted.texts[i] = cellView.text;
    mounted.marks[i] = marks;
  }
}

/**
 * The tables of one layout in a Lit template. Server: the whole markup as a string. Browser: a
 * clone of the skeleton, filled in; later renders fill in what changed, and a new locale or
 * caption swaps in a fresh clone. Hydrating server-rendered markup adopts it as it is.
 */
class TablesDirective extends Directive {
  private mounted?: Mounted;

  render(view: TableView): unknown {
    return unsafeHTML(tablesMarkup(view));
  }

  override update(part: ChildPart, [view]: [TableView]): unknown {
    if (isServer) return this.render(view);
    const skeleton = skeletonOf(view);
    if (this.mounted?.skeleton === skeleton) {
      fill(this.mounted, view);
      return noChange;
    }
    const count = valueCells(view.layout).length;
    const adopted = this.mounted ? undefined : serverRendered(part);
    const region = adopted ?? (skeleton.firstElementChild!.cloneNode(true) as HTMLElement);
    const values = [...region.querySelectorAll<HTMLElement>('td[data-cell]')];
    if (!adopted) moveIds(region, values, view.idPrefix);
    this.mounted = {
      skeleton,
      region,
      values,
      // Server markup holds unknown words: every cell is written once; a clone holds the skeleton's.
      texts: Array<string>(count).fill(adopted ? '\0' : ''),
      marks: Array<string>(count).fill(adopted ? '\0' : SKELETON_MARKS),
    };
    fill(this.mounted, view);
    return adopted ? noChange : region;
  }
}

/**
 * While hydrating server-rendered markup, Lit resolves a directive before it has found the
 * end of its part, which is the sign: the markup is already there, after the part's start.
 */
function serverRendered(part: ChildPart): HTMLElement | undefined {
  if (part.endNode !== null) return undefined;
  let node = part.startNode?.nextSibling ?? null;
  while (node && node.nodeType !== Node.ELEMENT_NODE) node = node.nextSibling;
  return node instanceof HTMLElement && node.matches('[part="scroll-region"]') ? node : undefined;
}

const tables = directive(TablesDirective);

export function renderTable(view: TableView): TemplateResult {
  const hasComputed = [...view.cells.values()].some((cell) => cell.state === 'computed');
  // prettier-ignore
  return html`${tables(view)}
    ${hasComputed
      ? html`<p class="legend" part="legend">
          <span aria-hidden="true">*</span>
          ${msg('标 * 的合计为原数据未提供、按合计关系自动计算的数值。', { id: 'legend.computed' })}
        </p>`
      : nothing}`;
}

/** The findings in words: one list item each, the targets of the cells' aria-describedby. */
export function renderFindings(
  findings: readonly Finding[],
  findingId: (index: number) => string,
  headingId: string,
  options: FindingsOptions = {},
): TemplateResult {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const heading = msg('核验结果', { id: 'findings.heading' });
  // prettier-ignore
  return html`<section class="findings" part="findings" aria-labelledby=${headingId}>
    ${options.headingLevel === 3
      ? html`<h3 id=${headingId} class="findings-heading">${heading}</h3>`
      : html`<h2 id=${headingId} class="findings-heading">${heading}</h2>`}
    ${options.status ? html`<p class="status" role="status">${options.status}</p>` : nothing}
    ${findings.length === 0 && options.status
      ? nothing
      : findings.length === 0
      ? html`<p class="clean">${msg('核验通过：所有勾稽关系均成立，未发现空白或无效数值。', { id: 'findings.clean' })}</p>`
      : html`<p class="counts">${msg(str`发现 ${errors} 个错误、${warnings} 个提示。`, { id: 'findings.counts' })}</p>
          <ol>
            ${findings.map(
              (finding, i) => html`<li id=${findingId(i)} class=${finding.severity} data-rule=${finding.rule}>
                <span class="severity">${finding.severity === 'error'
                  ? msg('错误', { id: 'severity.error' })
                  : msg('提示', { id: 'severity.warning' })}</span>${msg('：', { id: 'severity.separator', desc: 'Between the severity word and the message: a full-width colon in Chinese, a colon and a space in English' })}${finding.message}
              </li>`,
            )}
          </ol>`}
  </section>`;
}
