/**
 * The one renderer: any layout's grids, its cells and findings, as accessible native tables
 * (one for 三 and 四, one per block for 二; see `buildTables`). It only renders; everything it
 * shows was computed beforehand in `core`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { describeGiven, type Cell } from '../core/cell.js';
import type { CellMark, CellMarks } from '../core/cell-marks.js';
import type { Finding } from '../core/check.js';
import type { GridCell, Grid, GridRow } from '../core/grid.js';
import type { SectionCells } from '../core/parse.js';
import type { Text } from '../core/text.js';
import { localizedLabel } from './labels.js';

export interface TableView {
  /** The layout's native tables, drawn in order inside one scroll region. */
  readonly grids: readonly Grid[];
  readonly caption: string;
  readonly cells: SectionCells;
  /** For each marked cell key, the findings naming it (see `cellMarks`). */
  readonly marks: CellMarks;
  /** Makes the id of a finding's list item; the same function renders the summary. */
  readonly findingId: (index: number) => string;
  readonly text: Text;
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
    case 'computed':
      return cell.text;
    case 'blank':
      return '';
    case 'invalid':
      return typeof cell.given === 'string' ? cell.given : describeGiven(cell.given);
  }
}

function renderCell(cell: GridCell, view: TableView): TemplateResult {
  switch (cell.kind) {
    case 'corner':
      return cell.role === 'header'
        ? html`<th id=${cell.id} part="header-cell" class="corner" scope="col" colspan=${cell.colspan} rowspan=${cell.rowspan}>${localizedLabel(cell.label)}</th>`
        : html`<td id=${cell.id} class="corner note" colspan=${cell.colspan} rowspan=${cell.rowspan}>${localizedLabel(cell.label)}</td>`;
    case 'header':
      return html`<th
        id=${cell.id}
        part="header-cell"
        scope=${cell.scope}
        colspan=${cell.colspan}
        rowspan=${cell.rowspan}
      >${view.text.label(cell.node)}</th>`;
    case 'value': {
      const key = cell.cell.key;
      const value = view.cells.get(key);
      const marks = view.marks.get(key);
      const computed = value?.state === 'computed';
      // A cell named by an error looks like one; named by warnings alone it has a look of its own.
      const severity = marks && (marks.some((m) => m.severity === 'error') ? 'error' : 'warning');
      const role = marks?.find((m) => m.role)?.role;
      return html`<td
        id=${cell.id}
        part="value-cell"
        class=${[value?.state ?? 'blank', cell.cell.kind, marks ? 'flagged' : ''].join(' ')}
        headers=${cell.headers.join(' ')}
        data-cell=${key}
        data-severity=${severity ?? nothing}
        data-finding-role=${role ?? nothing}
        colspan=${cell.colspan === 1 ? nothing : cell.colspan}
        ?data-computed=${computed}
        aria-invalid=${marks ? 'true' : nothing}
        aria-describedby=${marks ? marks.map((m) => view.findingId(m.finding)).join(' ') : nothing}
      >${cellText(value)}${computed
          ? html`<span class="computed-mark" part="computed-marker" aria-hidden="true">*</span><span class="visually-hidden"
                >${msg('（自动计算）', { id: 'cell.computed' })}</span
              >`
          : nothing}${marks
          ? html`<span class="finding-mark" part="finding-marker" aria-hidden="true">${markerText(marks)}</span>`
          : nothing}</td>`;
    }
  }
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

const renderRow = (row: GridRow, view: TableView) =>
  html`<tr>${row.cells.map((cell) => renderCell(cell, view))}</tr>`;

/**
 * A table's caption. Where a layout is several tables (table 二), each also names its block's
 * banner for screen readers, and only the first shows the caption; the region is named by the
 * shown part alone.
 */
function renderCaption(view: TableView, grid: Grid, index: number, captionId: string): TemplateResult {
  const id = index === 0 ? captionId : `${captionId}-${index}`;
  const hidden = view.captionHidden || index > 0;
  const banner = grid.banner && view.grids.length > 1 ? view.text.label(grid.banner) : undefined;
  if (banner === undefined) {
    return html`<caption id=${id} part="caption" class=${hidden ? 'visually-hidden' : nothing}>${view.caption}</caption>`;
  }
  // The words joining caption and banner are the locale's (`place`); the caption leads them.
  const named = view.text.place([view.caption, banner]);
  const rest = named.startsWith(view.caption) ? named.slice(view.caption.length) : ` ${banner}`;
  return html`<caption part="caption" class=${hidden ? 'visually-hidden' : nothing}
    ><span id=${id}>${view.caption}</span><span class="visually-hidden">${rest}</span></caption
  >`;
}

export function renderTable(view: TableView, captionId: string): TemplateResult {
  const hasComputed = [...view.cells.values()].some((cell) => cell.state === 'computed');
  return html`<div class=${view.grids.length > 1 ? 'scroll blocks' : 'scroll'} part="scroll-region" role="region" tabindex="0" aria-labelledby=${captionId}>
      ${view.grids.map(
        (grid, index) => html`<table part="table">
          ${renderCaption(view, grid, index, captionId)}
          ${grid.head.length ? html`<thead>${grid.head.map((row) => renderRow(row, view))}</thead>` : nothing}
          ${grid.bodies.map((body) => html`<tbody>${body.rows.map((row) => renderRow(row, view))}</tbody>`)}
        </table>`,
      )}
    </div>
    ${hasComputed
      ? html`<p class="legend" part="legend">
          <span aria-hidden="true">*</span>
          ${msg('标 * 的合计为原数据未提供、按合计关系自动计算的数值。', { id: 'legend.computed' })}
        </p>`
      : nothing}`;
}

/** The findings in words: one list item each, the targets of the cells' aria-describedby. */
export function renderFindings(findings: readonly Finding[], findingId: (index: number) => string, headingId: string, options: FindingsOptions = {}): TemplateResult {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const heading = msg('核验结果', { id: 'findings.heading' });
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
