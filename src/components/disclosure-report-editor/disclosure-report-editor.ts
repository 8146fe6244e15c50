import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import { cellMarks, type CellMarks } from '../../core/cell-marks.js';
import { checkReport, type Finding } from '../../core/check.js';
import { compileTable, type CompiledCell, type CompiledTable } from '../../core/compile.js';
import type { ReportDocument } from '../../core/document.js';
import { compiledFormat, FORMAT_IDS, isFormatId, type FormatId } from '../../core/format.js';
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
  cmsSnippet,
  decodeDraft,
  documentFileName,
  documentJson,
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
import { findingMessage } from '../../core/wording.js';
import { contentLanguage, inheritedLanguage } from '../../internal/content-language.js';
import { publishedTables, tableModel } from '../../internal/published-table.js';
import { tableStyles } from '../../internal/table.styles.js';
import { localizedCaption, localizedText } from '../../internal/text.js';
import { DisclosureChangeEvent, type ChangeCause } from '../../events/disclosure-change-event.js';
import { getLocale } from '../../localization.js';

/** What the copy buttons put on the clipboard. */
type CopyWhat = 'cms' | 'html';

let instanceCount = 0;

/**
 * Data entry for the statistical tables of the annual report, with the same checks as the other
 * elements, live: one input per value cell of the chosen format's tables, spreadsheet keys,
 * paste from a spreadsheet or a published table, undo, a draft kept in `localStorage`, and the
 * report out: a JSON file, the CMS snippet, or static HTML of the tables. A toolbar of native
 * controls chooses the format, names the agency and year, loads last year's report (R6 and R7
 * are then checked live) and fills 上年结转 from it, and clears the editor after asking.
 *
 * @tag disclosure-report-editor
 *
 * @csspart toolbar - The controls above the tables.
 * @csspart table - Each native table of the grid.
 * @csspart findings - The findings summary below the tables.
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
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75em 1.5em;
        align-items: flex-end;
      }
      .toolbar fieldset {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: flex-end;
        margin: 0;
        border: 1px solid var(--disclosure-border-color, #5c5c5c);
        padding: 0.5em 0.75em 0.75em;
      }
      .toolbar label {
        display: flex;
        flex-direction: column;
        gap: 0.2em;
      }
      .toolbar input,
      .toolbar select,
      .toolbar button,
      .confirm button,
      .copy-fallback button {
        font: inherit;
      }
      .toolbar input[name='year'] {
        inline-size: 6em;
      }
      .confirm,
      .copy-fallback {
        margin-block: 0.75em;
        padding: 0.5em 0.75em;
        border: 2px solid var(--disclosure-focus-color, #1a5fb4);
      }
      .confirm p {
        margin-block: 0 0.5em;
      }
      .copy-fallback textarea {
        display: block;
        box-sizing: border-box;
        inline-size: 100%;
        min-block-size: 10em;
        margin-block: 0.25em 0.5em;
        font-family: ui-monospace, monospace;
      }
    `,
  ];

  /** The key of the draft in `localStorage`. */
  @property({ attribute: 'storage-key' }) storageKey = 'disclosure-report-editor';

  /** Last year's report, as a document or JSON text: R6 and R7 are checked with it. */
  @property({ attribute: false }) previous?: unknown;

  @state() private editor: EditorState = emptyState();
  @state() private notice = '';
  /** "Clear" was pressed: the confirmation is showing. */
  @state() private confirmingClear = false;
  /** What could not be put on the clipboard, shown in a read-only text box to copy by hand. */
  @state() private copyFallback?: { readonly what: CopyWhat; readonly text: string };
  private history = EMPTY_HISTORY;
  private readonly idPrefix = `dte${++instanceCount}`;
  private checked?: {
    readonly state: EditorState;
    readonly previous: unknown;
    readonly locale: string;
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

  /** Empties every cell, the agency and the year, keeping the format: one edit, which undo takes back. */
  clear(): void {
    this.edit(emptyState(this.editor.format), { kind: 'clear' }, 'clear');
  }

  /** The report as JSON text: what "Download JSON" saves. */
  jsonText(): string {
    return documentJson(this.report);
  }

  /** The CMS snippet: the annual report element with the data in a child JSON script. */
  cmsSnippet(): string {
    return cmsSnippet(this.report);
  }

  /**
   * Static HTML of the tables, for a CMS that strips scripts: the tables as the elements render
   * them (captions, headers, computed totals marked), in the current locale, with their styles
   * in a scoped `<style>`. The renderer it needs loads on first use.
   */
  async staticHtml(): Promise<string> {
    // Loaded when first asked for: the one table renderer and its styles are 4 KB (gzip) that
    // typing and checking never need.
    const { staticTablesHtml } = await import('../../internal/static-tables.js');
    const checked = this.check();
    return staticTablesHtml({
      layouts: compiledFormat(this.editor.format).tables,
      cells: checked.cells,
      idPrefix: `disclosure-${this.editor.year.replace(/[^A-Za-z0-9_-]/g, '') || 'report'}`,
      locale: getLocale(),
      styles: [tableStyles],
    });
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
    const locale = getLocale();
    if (checked && checked.state === this.editor && checked.previous === this.previous) {
      if (checked.locale === locale) return checked;
      // A finding is data (`rule`, `terms`): another language words it again from that alone.
      this.checked = {
        ...checked,
        locale,
        findings: checked.findings.map((finding) => ({
          ...finding,
          message: findingMessage(finding, localizedText),
        })),
      };
      return this.checked;
    }
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
      locale,
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
    // A text box to copy from by hand would now hold an older report.
    this.copyFallback = undefined;
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

  private readonly onFormatChange = (event: Event): void => {
    this.format = (event.target as HTMLSelectElement).value;
  };

  private readonly onDetailInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const field = input.name === 'agency' ? 'agency' : 'year';
    if (this.editor[field] === input.value) return;
    this.edit({ ...this.editor, [field]: input.value }, { kind: 'typing', field }, 'typing');
  };

  private readonly onPreviousFile = async (event: Event): Promise<void> => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const name = file.name;
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.notice = msg(str`无法读取文件“${name}”。`, { id: 'editor.previous.unreadable' });
      return;
    }
    // Checked as any report's JSON text: an unusable file is a finding (input.previous), in words.
    this.previous = text;
    this.saveDraft();
    this.notice = msg(str`已载入上年报告“${name}”，跨年度核验随填随查。`, {
      id: 'editor.previous.loaded',
    });
  };

  private readonly onFill = (): void => {
    this.notice = this.fillCarriedOver()
      ? msg('已用上年“结转下年度继续办理”填入本年“上年结转”。', { id: 'editor.fill.done' })
      : msg('没有可填入的数值：请先载入含“结转下年度继续办理”的上年报告。', {
          id: 'editor.fill.none',
        });
  };

  private readonly onDownload = (): void => {
    const url = URL.createObjectURL(new Blob([this.jsonText()], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = documentFileName(this.editor);
    link.click();
    // The download reads the URL after the click returns; a minute later it is long done.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };

  private readonly onCopy = async (event: Event): Promise<void> => {
    const what: CopyWhat =
      (event.currentTarget as HTMLElement).dataset.copy === 'html' ? 'html' : 'cms';
    let text: string;
    try {
      text = what === 'html' ? await this.staticHtml() : this.cmsSnippet();
    } catch {
      // The renderer could not be loaded (offline, a removed deployment): say so, keep the page.
      this.notice = msg('无法生成静态 HTML，请检查网络后重试。', { id: 'editor.copy.html.failed' });
      return;
    }
    try {
      // Missing outside a secure context; refused without permission or focus.
      const clipboard = (navigator as Partial<Navigator>).clipboard;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(text);
      this.copyFallback = undefined;
      this.notice =
        what === 'html'
          ? msg('已复制表格的静态 HTML。', { id: 'editor.copied.html' })
          : msg('已复制 CMS 代码。', { id: 'editor.copied.cms' });
    } catch {
      this.copyFallback = { what, text };
      this.notice = msg('无法写入剪贴板：内容已放在下面的文本框中，请全选后复制。', {
        id: 'editor.copy.fallback',
      });
      await this.updateComplete;
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('.copy-fallback textarea');
      area?.focus();
      area?.select();
    }
  };

  private readonly onCloseFallback = (): void => {
    this.copyFallback = undefined;
  };

  private readonly onAskClear = async (): Promise<void> => {
    this.confirmingClear = true;
    await this.updateComplete;
    // The safe choice has the focus: Enter or Space alone never clears.
    this.renderRoot.querySelector<HTMLButtonElement>('button[data-action="cancel-clear"]')?.focus();
  };

  private readonly onConfirmClear = async (): Promise<void> => {
    this.confirmingClear = false;
    this.clear();
    this.notice = msg('已清空。按 Ctrl+Z 可撤销。', { id: 'editor.cleared' });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button[data-action="clear"]')?.focus();
  };

  private readonly onCancelClear = async (): Promise<void> => {
    this.confirmingClear = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button[data-action="clear"]')?.focus();
  };

  private readonly onConfirmKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    void this.onCancelClear();
  };

  protected override render(): TemplateResult {
    const checked = this.check();
    return html`<div
      class="content"
      lang=${ifDefined(contentLanguage(getLocale(), inheritedLanguage(this)))}
      @keydown=${this.onKeyDown}
    >
      ${this.renderToolbar()}
      <p class="status" role="status">${this.notice}</p>
      ${this.renderCopyFallback()}
      <div @input=${this.onInput} @paste=${this.onPaste} @focusout=${this.onFocusOut}>
        ${compiledFormat(this.editor.format).tables.map((layout) =>
          this.renderTable(layout, checked),
        )}
      </div>
      ${this.renderFindings(checked.findings)}
    </div>`;
  }

  private renderToolbar(): TemplateResult {
    const { format, agency, year } = this.editor;
    const formatName = (id: FormatId) =>
      id === '2019'
        ? msg('2019 年版（试行）', { id: 'editor.format.2019' })
        : msg('2021 年版', { id: 'editor.format.2021' });
    return html`<div class="toolbar" part="toolbar">
        <fieldset>
          <legend>${msg('报告信息', { id: 'editor.details' })}</legend>
          <label
            >${msg('格式', { id: 'editor.format' })}
            <select name="format" @change=${this.onFormatChange}>
              ${FORMAT_IDS.map(
                (id) =>
                  html`<option value=${id} ?selected=${id === format}>${formatName(id)}</option>`,
              )}
            </select>
          </label>
          <label
            >${msg('机关名称', { id: 'editor.agency' })}
            <input
              name="agency"
              autocomplete="organization"
              .value=${live(agency)}
              @input=${this.onDetailInput}
            />
          </label>
          <label
            >${msg('年度', { id: 'editor.year' })}
            <input
              name="year"
              inputmode="numeric"
              autocomplete="off"
              .value=${live(year)}
              @input=${this.onDetailInput}
            />
          </label>
        </fieldset>
        <fieldset>
          <legend>${msg('上年报告', { id: 'editor.previous' })}</legend>
          <label
            >${msg('载入上年报告（JSON 文件）', { id: 'editor.previous.load' })}
            <input
              type="file"
              name="previous"
              accept=".json,application/json"
              @change=${this.onPreviousFile}
            />
          </label>
          <button type="button" data-action="fill" @click=${this.onFill}>
            ${msg('从上年报告填入“上年结转”', { id: 'editor.fill' })}
          </button>
        </fieldset>
        <fieldset>
          <legend>${msg('导出', { id: 'editor.output' })}</legend>
          <button type="button" data-action="download" @click=${this.onDownload}>
            ${msg('下载 JSON', { id: 'editor.download' })}
          </button>
          <button type="button" data-action="copy" data-copy="cms" @click=${this.onCopy}>
            ${msg('复制 CMS 代码', { id: 'editor.copy.cms' })}
          </button>
          <button type="button" data-action="copy" data-copy="html" @click=${this.onCopy}>
            ${msg('复制静态 HTML', { id: 'editor.copy.html' })}
          </button>
          <button type="button" data-action="clear" @click=${this.onAskClear}>
            ${msg('清空', { id: 'editor.clear' })}
          </button>
        </fieldset>
      </div>
      ${this.confirmingClear ? this.renderConfirmClear() : nothing}`;
  }

  private renderConfirmClear(): TemplateResult {
    const questionId = `${this.idPrefix}-clear-question`;
    return html`<div
      class="confirm"
      role="group"
      aria-labelledby=${questionId}
      @keydown=${this.onConfirmKeyDown}
    >
      <p id=${questionId}>
        ${msg('清空已填写的全部内容？清空后可按 Ctrl+Z 撤销。', { id: 'editor.clear.question' })}
      </p>
      <button type="button" data-action="confirm-clear" @click=${this.onConfirmClear}>
        ${msg('确认清空', { id: 'editor.clear.confirm' })}
      </button>
      <button type="button" data-action="cancel-clear" @click=${this.onCancelClear}>
        ${msg('取消', { id: 'editor.clear.cancel' })}
      </button>
    </div>`;
  }

  private renderCopyFallback(): TemplateResult | typeof nothing {
    const fallback = this.copyFallback;
    if (!fallback) return nothing;
    const areaId = `${this.idPrefix}-copy-text`;
    return html`<div class="copy-fallback">
      <label for=${areaId}
        >${
          fallback.what === 'html'
            ? msg('表格的静态 HTML（只读）', { id: 'editor.copy.html.text' })
            : msg('CMS 代码（只读）', { id: 'editor.copy.cms.text' })
        }</label
      >
      <textarea id=${areaId} readonly .value=${fallback.text}></textarea>
      <button type="button" data-action="close-copy" @click=${this.onCloseFallback}>
        ${msg('关闭', { id: 'editor.copy.close' })}
      </button>
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
