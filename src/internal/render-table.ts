/**
 * The one renderer: any layout's grid, its cells and findings, as one accessible native table.
 * It only renders; everything it shows was computed beforehand in `core`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { describeGiven, type Cell } from '../core/cell.js';
import type { Finding } from '../core/check.js';
import type { GridCell, Grid, GridRow } from '../core/grid.js';
import type { SectionCells } from '../core/parse.js';
import type { Text } from '../core/text.js';
import { localizedLabel } from './labels.js';

export interface TableView {
  readonly grid: Grid;
  readonly caption: string;
  readonly cells: SectionCells;
  /** For each marked cell key, the indexes (into `findings`) of the findings naming it. */
  readonly findingsByCell: ReadonlyMap<string, readonly number[]>;
  /** Makes the id of a finding's list item; the same function renders the summary. */
  readonly findingId: (index: number) => string;
  readonly text: Text;
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
      const marks = view.findingsByCell.get(key);
      const computed = value?.state === 'computed';
      return html`<td
        id=${cell.id}
        part="value-cell"
        class=${[value?.state ?? 'blank', cell.cell.kind, marks ? 'flagged' : ''].join(' ')}
        headers=${cell.headers.join(' ')}
        data-cell=${key}
        colspan=${cell.colspan === 1 ? nothing : cell.colspan}
        ?data-computed=${computed}
        aria-invalid=${marks ? 'true' : nothing}
        aria-describedby=${marks ? marks.map(view.findingId).join(' ') : nothing}
      >${cellText(value)}${computed
          ? html`<span class="computed-mark" aria-hidden="true">*</span><span class="visually-hidden"
                >${msg('（自动计算）', { id: 'cell.computed' })}</span
              >`
          : nothing}${marks
          ? html`<span class="finding-mark" aria-hidden="true">⚠${marks.map((i) => i + 1).join(',')}</span>`
          : nothing}</td>`;
    }
  }
}

const renderRow = (row: GridRow, view: TableView) =>
  html`<tr>${row.cells.map((cell) => renderCell(cell, view))}</tr>`;

export function renderTable(view: TableView, captionId: string): TemplateResult {
  const { grid } = view;
  const hasComputed = [...view.cells.values()].some((cell) => cell.state === 'computed');
  return html`<div class="scroll" part="scroll-region" role="region" tabindex="0" aria-labelledby=${captionId}>
      <table part="table">
        <caption id=${captionId} part="caption">${view.caption}</caption>
        ${grid.head.length ? html`<thead>${grid.head.map((row) => renderRow(row, view))}</thead>` : nothing}
        ${grid.bodies.map((body) => html`<tbody>${body.rows.map((row) => renderRow(row, view))}</tbody>`)}
      </table>
    </div>
    ${hasComputed
      ? html`<p class="legend" part="legend">
          <span aria-hidden="true">*</span>
          ${msg('标 * 的合计为原数据未提供、按合计关系自动计算的数值。', { id: 'legend.computed' })}
        </p>`
      : nothing}`;
}

/** The findings in words: one list item each, the targets of the cells' aria-describedby. */
export function renderFindings(findings: readonly Finding[], findingId: (index: number) => string, headingId: string): TemplateResult {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return html`<section class="findings" part="findings" aria-labelledby=${headingId}>
    <h2 id=${headingId} class="findings-heading">${msg('核验结果', { id: 'findings.heading' })}</h2>
    ${findings.length === 0
      ? html`<p class="clean">${msg('核验通过：所有勾稽关系均成立，未发现空白或无效数值。', { id: 'findings.clean' })}</p>`
      : html`<p class="counts">${msg(str`发现 ${errors} 个错误、${warnings} 个提示。`, { id: 'findings.counts' })}</p>
          <ol>
            ${findings.map(
              (finding, i) => html`<li id=${findingId(i)} class=${finding.severity} data-rule=${finding.rule}>
                <span class="severity">${finding.severity === 'error'
                  ? msg('错误', { id: 'severity.error' })
                  : msg('提示', { id: 'severity.warning' })}</span>
                ${finding.message}
              </li>`,
            )}
          </ol>`}
  </section>`;
}
