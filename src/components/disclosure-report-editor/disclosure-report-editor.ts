import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import { cellMarks, type CellMarks } from '../../core/cell-marks.js';
import { checkReport, type Finding } from '../../core/check.js';
import { compileTable, type CompiledCell, type CompiledTable } from '../../core/compile.js';
import type { ReportDocument } from '../../core/document.js';
import { compiledFormat, isFormatId, type FormatId } from '../../core/format.js';
import type { GridCell, GridRow } from '../../core/grid.js';
import { namingNodes, type TableLayout } from '../../core/layout.js';
import {
  parseDocument,
  parseJson,
  type ParsedReport,
  type SectionCells,
} from '../../core/parse.js';
import { READABLE_FORMATS, readPublishedTables } from '../../core/read/index.js';
import {
  carriedOverValues,
  decodeDraft,
  documentOf,
  emptyState,
  encodeDraft,
  EMPTY_HISTORY,
  endTyping,
  formatSheet,
  isBlockText,
  moveFrom,
  parseTsv,
  placeBlock,
  recordEdit,
  stateFromDocument,
  tableMatrix,
  undo,
  valueOf,
  withValues,
  type EditCause,
  type EditorState,
  type Matrix,
  type Move,
} from '../../core/editor/index.js';
import { publishedTables, tableModel } from '../../internal/published-table.js';
import { tableStyles } from '../../internal/table.styles.js';
import { localizedCaption, localizedText } from '../../internal/text.js';
import { DisclosureChangeEvent, type ChangeCause } from '../../events/disclosure-change-event.js';

let instanceCount = 0;

/**
 * Data entry for the statistical tables of the annual report, with the same checks as the other
 * elements, live: one input per value cell of the chosen format's tables, spreadsheet keys,
 * paste from a spreadsheet or a published table, undo, a draft kept in `localStorage`, and the
 * report out as JSON.
 *
 * @tag disclosure-report-editor
 *
 * @fires {DisclosureChangeEvent} disclosure-change - After each edit, paste or undo; `report` holds the document as entered.
 */
@localized()
export class DisclosureReportEditor extends LitElement {
  static override styles = [
    tableStyles,
    css`
      td[data-cell] {
        padding: 0;
      }
      td[data-cell] input {
        inline-size: 6em;
        box-sizing: border-box;
        border: 0;
        padding: 0.35em 0.6em;
        font: inherit;
        text-align: end;
        background: transparent;
      }
      td[data-cell] input:focus {
        outline: 3px solid var(--disclosure-focus-color, #1a5fb4);
        outline-offset: -3px;
      }
      td[data-cell] input::placeholder {
        color: var(--disclosure-computed-color, #1f4e8c);
        opacity: 1;
      }
    `,
  ];

  /** The key of the draft in `localStorage`. */
  @property({ attribute: 'storage-key' }) storageKey = 'disclosure-report-editor';

  /** Last year's report, as a document or JSON text: R6 and R7 are checked with it. */
  @property({ attribute: false }) previous?: unknown;

  @state() private editor: EditorState = emptyState();
  @state() private notice = '';
  private history = EMPTY_HISTORY;
  private readonly idPrefix = `dte${++instanceCount}`;
  private checked?: {
    readonly state: EditorState;
    readonly previous: unknown;
    readonly document: ReportDocument;
    readonly findings: readonly Finding[];
    readonly cells: Partial<Record<string, SectionCells>>;
    readonly marks: CellMarks;
  };

  /** The report document as entered. Setting it loads that document into the editor. */
  get report(): ReportDocument {
    return this.check().document;
  }
  set report(document: unknown) {
    this.edit(stateFromDocument(document), { kind: 'load' }, 'load');
  }

  /** Every finding for what was entered, in reading order. */
  get findings(): readonly Finding[] {
    return this.check().findings;
  }

  /** The format of the tables entered. */
  get format(): FormatId {
    return this.editor.format;
  }
  set format(format: string) {
    if (isFormatId(format)) this.edit({ ...this.editor, format }, { kind: 'format' }, 'format');
  }

  /** Takes back the last edit, paste or fill. Returns whether there was one. */
  undo(): boolean {
    const taken = undo(this.history);
    if (!taken) return false;
    this.history = taken.history;
    this.apply(taken.state, 'undo');
    return true;
  }

  /** Copies last year's 结转下年度继续办理 into this year's 上年结转. Returns whether there was anything to copy. */
  fillCarriedOver(): boolean {
    const previous = this.previousReport();
    if (!previous) return false;
    const changes = carriedOverValues(this.editor.format, previous);
    if (!Object.keys(changes).length) return false;
    this.edit(withValues(this.editor, changes), { kind: 'fill' }, 'fill');
    return true;
  }

  /** The report as JSON text, for download. */
  jsonText(): string {
    return `${JSON.stringify(this.report, null, 2)}\n`;
  }

  /** The CMS snippet: the annual report element with the data in a child JSON script. */
  cmsSnippet(): string {
    // `<` escaped in the JSON, so that no value can close the script early.
    const json = JSON.stringify(this.report, null, 2).replace(/</g, '\\u003c');
    return `<disclosure-annual-report>\n<script type="application/json">\n${json}\n</script>\n</disclosure-annual-report>\n`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.restoreDraft();
  }

  private previousReport(): ParsedReport | undefined {
    const given = this.previous;
    if (given === undefined || given === null) return undefined;
    if (typeof given !== 'string') return parseDocument(given);
    const json = parseJson(given);
    return json.ok ? parseDocument(json.value) : { sections: {}, problems: [json.problem] };
  }

  private check(): NonNullable<DisclosureReportEditor['checked']> {
    const checked = this.checked;
    if (checked && checked.state === this.editor && checked.previous === this.previous)
      return checked;
    const document = documentOf(this.editor);
    const format = compiledFormat(this.editor.format);
    const previous = this.previousReport();
    const { cells, findings } = checkReport({
      layouts: format.tables,
      rules: format.rules,
      report: parseDocument(document),
      ...(previous ? { previous } : {}),
      text: localizedText,
    });
    this.checked = {
      state: this.editor,
      previous: this.previous,
      document,
      findings,
      cells,
      marks: cellMarks(findings),
    };
    return this.checked;
  }

  /** Makes `next` the editor's state as one edit (undoable), then tells listeners. */
  private edit(next: EditorState, cause: EditCause, change: ChangeCause): void {
    if (next === this.editor) return;
    this.history = recordEdit(this.history, this.editor, cause);
    this.apply(next, change);
  }

  private apply(next: EditorState, change: ChangeCause): void {
    this.editor = next;
    this.saveDraft();
    this.dispatchEvent(new DisclosureChangeEvent(this.report, change));
  }

  private saveDraft(): void {
    try {
      localStorage.setItem(this.storageKey, encodeDraft(this.editor, new Date(), this.previous));
    } catch {
      // Storage full or blocked: the editor keeps working, the draft is just not kept.
    }
  }

  private restoreDraft(): void {
    let text: string | null = null;
    try {
      text = localStorage.getItem(this.storageKey);
    } catch {
      return;
    }
    const reading = decodeDraft(text);
    if (reading.status === 'restored') {
      this.editor = reading.draft.state;
      if (reading.draft.previous !== undefined) this.previous = reading.draft.previous;
      this.notice = msg('已恢复上次未完成的草稿。', { id: 'editor.draft.restored' });
    } else if (reading.status === 'unreadable' && text !== null) {
      const aside = `${this.storageKey}:kept-${Date.now()}`;
      try {
        localStorage.setItem(aside, text);
        localStorage.removeItem(this.storageKey);
      } catch {
        return;
      }
      this.notice = msg(str`无法读取保存的草稿，已原样保留在 localStorage 的“${aside}”中。`, {
        id: 'editor.draft.keptAside',
      });
    }
  }

  private readonly onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const key = input.dataset.key;
    if (!key) return;
    this.edit(
      withValues(this.editor, { [key]: input.value }),
      { kind: 'typing', field: key },
      'typing',
    );
  };

  private readonly onFocusOut = (): void => {
    this.history = endTyping(this.history);
  };

  /** The id of a cell's input: what a finding links to. */
  private inputId(key: string): string {
    return `${this.idPrefix}-input-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  }

  private inputOf(key: string): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`input[data-key="${key}"]`);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      this.undo();
      return;
    }
    const input = event.target as HTMLInputElement;
    const key = input.dataset?.key;
    if (!key) return;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    const all = input.selectionStart === 0 && input.selectionEnd === input.value.length;
    let move: Move | undefined;
    if (event.key === 'ArrowUp' || (event.key === 'Enter' && event.shiftKey)) move = 'up';
    else if (event.key === 'ArrowDown' || event.key === 'Enter') move = 'down';
    else if (event.key === 'ArrowLeft' && (atStart || all)) move = 'left';
    else if (event.key === 'ArrowRight' && (atEnd || all)) move = 'right';
    else if (event.key === 'Home' && !event.ctrlKey) move = 'rowStart';
    else if (event.key === 'End' && !event.ctrlKey) move = 'rowEnd';
    if (!move) return;
    event.preventDefault();
    const target = moveFrom(formatSheet(this.editor.format), key, move);
    const next = target ? this.inputOf(target) : null;
    next?.focus();
    next?.select();
  };

  private readonly onPaste = (event: ClipboardEvent): void => {
    const input = event.target as HTMLInputElement;
    const key = input.dataset?.key;
    const data = event.clipboardData;
    if (!key || !data) return;
    const htmlText = data.getData('text/html');
    const plain = data.getData('text/plain');
    let block: Matrix | undefined;
    if (htmlText && /<table/i.test(htmlText)) {
      // Parsed into an inert document: nothing in it runs, loads or reaches the page.
      const doc = new DOMParser().parseFromString(htmlText, 'text/html');
      const tables = publishedTables(doc.body);
      const formats = READABLE_FORMATS.filter((format) => format.id === this.editor.format);
      const reading = readPublishedTables(tables.map(tableModel), formats);
      if (reading.tables.some((outcome) => outcome.status === 'read')) {
        event.preventDefault();
        const read = stateFromDocument({ ...reading.document, format: this.editor.format });
        const ids = reading.tables.flatMap((o) => (o.status === 'read' ? [o.table] : []));
        const changes: Record<string, string> = {};
        for (const cellKey of formatSheet(this.editor.format).positions.keys())
          if (ids.some((id) => cellKey.startsWith(`${id}.`)))
            changes[cellKey] = valueOf(read, cellKey);
        this.edit(withValues(this.editor, changes), { kind: 'paste' }, 'paste');
        this.notice = msg('已按表格标签填入粘贴的表格。', { id: 'editor.paste.published' });
        return;
      }
      if (tables[0]) block = tableMatrix(tableModel(tables[0]));
    }
    if (!block && isBlockText(plain)) block = parseTsv(plain);
    if (!block) return;
    event.preventDefault();
    const placed = placeBlock(formatSheet(this.editor.format), key, block);
    this.edit(withValues(this.editor, placed.changes), { kind: 'paste' }, 'paste');
    const clipped = placed.clipped;
    if (clipped) {
      const place = this.placeOf(clipped.lastKey);
      this.notice = msg(str`粘贴的内容超出表格，停在“${place}”；超出部分未填入。`, {
        id: 'editor.paste.clipped',
      });
    } else this.notice = '';
  };

  private placeOf(key: string): string {
    for (const layout of compiledFormat(this.editor.format).tables) {
      const cell = compileTable(layout).byKey.get(key);
      if (cell) return this.inputName(cell);
    }
    return key;
  }

  /** An input's name: its column's headers, then its row's (自然人，（一）予以公开). */
  private inputName(cell: CompiledCell): string {
    // `place` names the row first; an input is named by its column first.
    const rowNames = namingNodes(cell.rowPath).length;
    return localizedText.place(
      [...cell.place.slice(rowNames), ...cell.place.slice(0, rowNames)].map((ref) =>
        localizedText.label(ref),
      ),
    );
  }

  private readonly onFindingClick = (event: Event): void => {
    const link = event.currentTarget as HTMLAnchorElement;
    const key = link.dataset.key;
    if (!key) return;
    event.preventDefault();
    this.inputOf(key)?.focus();
  };

  protected override render(): TemplateResult {
    const checked = this.check();
    return html`<div class="content" @keydown=${this.onKeyDown}>
      <p class="status" role="status">${this.notice}</p>
      <div @input=${this.onInput} @paste=${this.onPaste} @focusout=${this.onFocusOut}>
        ${compiledFormat(this.editor.format).tables.map((layout) =>
          this.renderTable(layout, checked),
        )}
      </div>
      ${this.renderFindings(checked.findings)}
    </div>`;
  }

  private renderTable(
    layout: TableLayout,
    checked: NonNullable<DisclosureReportEditor['checked']>,
  ): TemplateResult {
    const { labelId } = compileTable(layout);
    const grids = compileTable(layout).grids(this.idPrefix);
    const caption = localizedCaption(layout);
    const cells = checked.cells[layout.id];
    const row = (gridRow: GridRow) =>
      html`<tr>
        ${gridRow.cells.map((cell) => this.renderCell(cell, cells, checked.marks, labelId))}
      </tr>`;
    return html`<section>
      <h2>${caption}</h2>
      <div class="scroll">
        ${grids.map(
          (grid) =>
            html`<table part="table">
              <caption class="visually-hidden">
                ${
                  grid.banner
                    ? localizedText.place([
                        caption,
                        localizedText.label({ id: labelId(grid.banner), label: grid.banner.label }),
                      ])
                    : caption
                }
              </caption>
              <thead>
                ${grid.head.map(row)}
              </thead>
              ${grid.bodies.map(
                (body) =>
                  html`<tbody>
                    ${body.rows.map(row)}
                  </tbody>`,
              )}
            </table>`,
        )}
      </div>
    </section>`;
  }

  private renderCell(
    cell: GridCell,
    cells: SectionCells | undefined,
    marks: CellMarks,
    labelId: CompiledTable['labelId'],
  ): TemplateResult {
    if (cell.kind === 'corner')
      return cell.role === 'header'
        ? html`<th id=${cell.id} scope="col" colspan=${cell.colspan} rowspan=${cell.rowspan}>
            ${localizedText.label({ id: labelId('corner'), label: cell.label })}
          </th>`
        : html`<td
            id=${cell.id}
            class="corner note"
            colspan=${cell.colspan}
            rowspan=${cell.rowspan}
          >
            ${localizedText.label({ id: labelId('corner'), label: cell.label })}
          </td>`;
    if (cell.kind === 'header')
      return html`<th
        id=${cell.id}
        scope=${cell.scope}
        colspan=${cell.colspan}
        rowspan=${cell.rowspan}
      >
        ${localizedText.label({ id: labelId(cell.node), label: cell.node.label })}
      </th>`;
    const key = cell.cell.key;
    const shown = cells?.get(key);
    const cellMarksOf = marks.get(key);
    const findingIds = cellMarksOf?.map((m) => `${this.idPrefix}-finding-${m.finding}`).join(' ');
    return html`<td
      id=${cell.id}
      headers=${cell.headers.join(' ')}
      data-cell=${key}
      colspan=${cell.colspan}
      class=${cellMarksOf?.length ? 'flagged' : ''}
    >
      <input
        id=${this.inputId(key)}
        data-key=${key}
        inputmode="numeric"
        autocomplete="off"
        aria-label=${this.inputName(cell.cell)}
        aria-invalid=${cellMarksOf?.length ? 'true' : 'false'}
        aria-describedby=${findingIds ?? nothing}
        placeholder=${shown?.state === 'computed' ? shown.text : nothing}
        .value=${live(valueOf(this.editor, key))}
      />
    </td>`;
  }

  private renderFindings(findings: readonly Finding[]): TemplateResult {
    return html`<section class="findings" part="findings">
      <h2 class="findings-heading">${msg('核验结果', { id: 'findings.heading' })}</h2>
      ${
        findings.length === 0
          ? html`<p class="clean">
              ${msg('核验通过：所有勾稽关系均成立，未发现空白或无效数值。', {
                id: 'findings.clean',
              })}
            </p>`
          : html`<ol>
              ${findings.map(
                (finding, i) =>
                  html`<li id=${`${this.idPrefix}-finding-${i}`} class=${finding.severity}>
                    ${
                      finding.cells.length
                        ? html`<a
                            href=${`#${this.inputId(finding.cells[0])}`}
                            data-key=${finding.cells[0]}
                            @click=${this.onFindingClick}
                            >${finding.message}</a
                          >`
                        : finding.message
                    }
                  </li>`,
              )}
            </ol>`
      }
    </section>`;
  }
}
