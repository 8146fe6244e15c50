/**
 * Shared plumbing of every element: two inputs (this year's report and last year's), each a
 * `DataSourceController`; the core's parse and check, run in `willUpdate` when an input
 * changed; the render; and the outcome reported through events. Subclasses declare which
 * tables they show; they add no logic of their own.
 */
import { LitElement, adoptStyles, html, isServer, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { getLocale } from '../localization.js';
import { cellMarks, type CellMarks } from '../core/cell-marks.js';
import { checkReport, type Finding } from '../core/check.js';
import { findingMessage } from '../core/wording.js';
import type { ReportDocument } from '../core/document.js';
import type { TableId, TableLayout } from '../core/layout.js';
import { compiledFormat, type CompiledFormat, type CompiledRule } from '../core/format.js';
import {
  isReportDocument,
  parseDocument,
  type InputProblem,
  type ParsedReport,
} from '../core/parse.js';
import { DisclosureCheckEvent } from '../events/disclosure-check-event.js';
import { DisclosureErrorEvent } from '../events/disclosure-error-event.js';
import { renderFindings, renderTable } from './render-table.js';
import {
  childScriptSource,
  DataSourceController,
  NO_INPUT,
  urlSource,
  valueSource,
  type InputSource,
  type SourceState,
} from './data-source.js';
import { isAllowedSourceUrl } from './source.js';
import { localizedCaption, localizedText } from './text.js';
import { adoptLightDomStyles, removeServerRendering, supportsLightDom } from './light-dom.js';
import { StickyRowHeaders } from './sticky-row-headers.js';
import { contentLanguage, inheritedLanguage } from './content-language.js';
import { PublishedTableSource } from './published-source.js';
import { unmatchedFindings, unreadMessage } from './read-text.js';

/** One input, parsed: the state it was parsed from, and the report or the problems that stop it. */
interface Parsed {
  readonly from: SourceState;
  readonly report?: ParsedReport;
  /** The document shown, once the input is usable; a section alone is wrapped in its table's key. */
  readonly document?: ReportDocument;
  readonly fatal: readonly InputProblem[];
}

interface Outcome {
  readonly findings: readonly Finding[];
  readonly cells: ReturnType<typeof checkReport>['cells'];
  /** For each cell key named by a finding, how the findings mark it. */
  readonly marks: CellMarks;
  /** Last year's report is still being fetched: the cross-year checks have not run yet. */
  readonly previousPending: boolean;
}

/** The `data` and `previous` attributes as text; a removed one unsets the member (Lit would give null). */
const ATTRIBUTE_TEXT = { fromAttribute: (value: string | null) => value ?? undefined };

const NOT_PARSED: Parsed = { from: NO_INPUT, fatal: [] };
const NO_OUTCOME: Outcome = { findings: [], cells: {}, marks: new Map(), previousPending: false };

let instanceCount = 0;

/**
 * The base of every element. Its parts and custom properties are shared by all of them, and
 * reach each element's entry in the manifest through inheritance.
 *
 * @csspart table - Each native `<table>`.
 * @csspart caption - Each table's caption.
 * @csspart header-cell - Every column and row header cell.
 * @csspart value-cell - Every value cell.
 * @csspart finding-marker - The ⚠ and finding numbers in a cell named by a finding.
 * @csspart computed-marker - The * after a total the data left out, computed here.
 * @csspart scroll-region - The focusable region that scrolls a wide table sideways.
 * @csspart legend - The note explaining the computed-value marker.
 * @csspart findings - The findings summary after the table.
 * @csspart error - The inline message shown instead of the table when the input is unusable.
 *
 * @cssprop [--disclosure-font-family=inherit] - Font of the whole element.
 * @cssprop [--disclosure-font-size=1rem] - Font size of the tables.
 * @cssprop [--disclosure-line-height=1.5] - Line height (the 适老化 guidance asks for at least 1.3).
 * @cssprop [--disclosure-text-color=#1a1a1a] - Text colour.
 * @cssprop [--disclosure-background=#fff] - Table background.
 * @cssprop [--disclosure-header-color=var(--disclosure-text-color)] - Text colour of header cells.
 * @cssprop [--disclosure-header-background=#eef1f5] - Background of header cells and of the corner note.
 * @cssprop [--disclosure-border-color=#5c5c5c] - Cell borders.
 * @cssprop [--disclosure-border-width=1px] - Cell borders.
 * @cssprop [--disclosure-finding-color=#a4000f] - Finding marker, outline of a cell named by a finding, and the word 错误 in the summary.
 * @cssprop [--disclosure-finding-background=#fff1f0] - Background of a cell named by a finding, and of the error message.
 * @cssprop [--disclosure-finding-outline-width=2px] - Outline of a cell named by a finding.
 * @cssprop [--disclosure-computed-color=#1f4e8c] - A computed total and its * marker.
 * @cssprop [--disclosure-focus-color=#1a5fb4] - Focus ring of the scroll region.
 */
export abstract class DisclosureDataElement extends LitElement {
  /** A published `<table>` the element wraps: read, and shown as the element's own table in its place. */
  protected readonly published = new PublishedTableSource(this, () =>
    this.layouts.map((layout) => layout.id),
  );

  private readonly input = new DataSourceController(this, this.dataSources());

  private readonly previousInput = new DataSourceController(this, [
    valueSource('previous', () => this.previous),
    // Last year's report is fetched only by an element that has a cross-year check to run.
    urlSource(this, () => this.previousSrc, { enabled: () => this.previousLayouts.length > 0 }),
  ]);

  /**
   * Render into the element itself instead of a shadow root, so that site CSS and page-wide
   * tools (accessibility toolbars, read-aloud, reader mode) reach the table. Read when the
   * element is first connected.
   */
  @property({ type: Boolean, attribute: 'light-dom' }) lightDom = false;

  /** The report document, or just this table's section: an object, or its JSON text (the attribute's form). Wins over every other input. */
  @property({ converter: ATTRIBUTE_TEXT }) data?: ReportDocument | string;

  /** URL of a JSON report (http, https or relative). Used when neither `data` nor a child JSON script is given. */
  @property() src?: string;

  /** Replaces the standard caption; leave unset to show the format's own. */
  @property() caption?: string;

  /** Last year's report (or the section the cross-year checks read): an object, or its JSON text. Wins over `previous-src`. */
  @property({ converter: ATTRIBUTE_TEXT }) previous?: ReportDocument | string;

  /** URL of last year's report JSON (http, https or relative). Used when `previous` is not given. */
  @property({ attribute: 'previous-src' }) previousSrc?: string;

  /** The ids of the tables this element shows, in order; every table of the report's format when unset. */
  protected readonly tableIds?: readonly TableId[];

  /** The format of the report shown (the document's `format`; 2021 until there is a document). */
  protected get format(): CompiledFormat {
    return compiledFormat(this.current.report?.format ?? '2021');
  }

  /** The tables this element shows, in order: its tables of the report's format. */
  protected get layouts(): readonly TableLayout[] {
    const ids = this.tableIds;
    return ids
      ? this.format.tables.filter((layout) => ids.includes(layout.id))
      : this.format.tables;
  }

  /** The relation rules this element checks: the format's rules over its tables. */
  protected get rules(): readonly CompiledRule[] {
    return this.format.rulesFor(this.layouts.map((layout) => layout.id));
  }
  /** Whether the element shows the tables a document has when one is missing (the report does). */
  protected readonly showsPartialReport: boolean = false;

  /** Makes ids unique on the page, so that several tables can share one document. */
  protected readonly idPrefix = `dt${++instanceCount}`;

  private current: Parsed = NOT_PARSED;
  private last: Parsed = NOT_PARSED;
  private outcome: Outcome = NO_OUTCOME;
  private checked?: { readonly current: Parsed; readonly last: Parsed; readonly locale: string };
  private lastCheckSignature?: string;
  private lastErrorSignature?: string;
  private readonly findingId = (index: number): string => `${this.idPrefix}-finding-${index}`;

  /** Every finding for the current data, errors and warnings, in reading order. Read-only. */
  get findings(): readonly Finding[] {
    return this.outcome.findings;
  }

  /** The report document shown, from whichever input gave it (a section alone comes under its table's key); `undefined` while there is none. Read-only. */
  get report(): ReportDocument | undefined {
    return this.current.document;
  }

  /** The parsed report (agency, year) once the input is usable, for subclasses that show them. */
  protected get parsedReport(): ParsedReport | undefined {
    return this.current.report;
  }

  /**
   * The light-DOM content for Lit's server rendering, where the page's template has
   * `renderLight()` (from @lit-labs/ssr-client) inside the element: the tables of a `light-dom`
   * element; nothing otherwise, and nothing in the browser, where the element renders itself.
   */
  renderLight(): TemplateResult | typeof nothing {
    return isServer && this.lightDom ? this.renderWrapper() : nothing;
  }

  constructor() {
    super();
    // Keeps the row headers in view while a wide table scrolls sideways on a narrow screen. The
    // controller registers itself with the element; nothing else holds it.
    new StickyRowHeaders(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Also on a later connection: the element may have moved to another document or shadow root.
    if (this.renderRoot === this)
      adoptLightDomStyles(this, (this.constructor as typeof LitElement).elementStyles);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A shadow root before the first connection is the declarative one of a server rendering.
    const served = this.shadowRoot;
    if (this.lightDom && supportsLightDom()) {
      // The server's copy, in a declarative shadow root or in the light DOM, would be a second
      // table beside the one rendered here. A bare slot lets the light DOM show.
      served?.replaceChildren(document.createElement('slot'));
      removeServerRendering(this);
      return this;
    }
    if (!served) return super.createRenderRoot();
    // Rendered afresh, never hydrated: the browser's inputs (locale, a child script, `src`, a
    // wrapped table, the id prefix) can differ from the server's, and Lit's hydration keeps the
    // server's text where they do, so a reader could be shown stale figures. Taking the root
    // here also keeps Lit, with or without hydration support, from rendering beside its content.
    served.replaceChildren();
    removeServerRendering(this);
    adoptStyles(served, (this.constructor as typeof LitElement).elementStyles);
    return served;
  }

  /**
   * The ways this year's report can be given, in order of precedence: the `data` member, a
   * child JSON script, `src`, a published table the element wraps.
   */
  protected dataSources(): readonly InputSource[] {
    return [
      valueSource('data', () => this.data),
      childScriptSource(this),
      urlSource(this, () => this.src),
      publishedInput(() => this.published),
    ];
  }

  /** Whether what the element shows was read from the published table it wraps. */
  protected get readsPublished(): boolean {
    return this.input.source?.name === PUBLISHED;
  }

  protected override willUpdate(): void {
    const input = this.input.state;
    if (input !== this.current.from)
      this.current = this.parse(input, this.tableIds, this.showsPartialReport);
    const previousTables = this.previousLayouts.map((layout) => layout.id);
    const previousInput = previousTables.length ? this.previousInput.state : NO_INPUT;
    if (previousInput !== this.last.from) this.last = this.parse(previousInput, previousTables);
    const locale = getLocale();
    const checked = this.checked;
    if (checked?.current !== this.current || checked.last !== this.last) {
      this.checked = { current: this.current, last: this.last, locale };
      this.outcome = this.check();
    } else if (checked.locale !== locale) {
      // A finding is data (`rule`, `terms`): another language words it again from that alone,
      // without parsing or checking the report again.
      this.checked = { ...checked, locale };
      this.outcome = {
        ...this.outcome,
        findings: this.outcome.findings.map((finding) => ({
          ...finding,
          message: findingMessage(finding, localizedText),
        })),
      };
    }
  }

  protected override updated(): void {
    this.hidePublished();
    const { fatal } = this.current;
    if (fatal.length) {
      const messages = fatal.map((p) => localizedText.problem(p));
      const signature = JSON.stringify(messages);
      if (signature !== this.lastErrorSignature) {
        this.lastErrorSignature = signature;
        this.lastCheckSignature = undefined;
        this.dispatchEvent(new DisclosureErrorEvent(fatal, messages));
      }
      return;
    }
    this.lastErrorSignature = undefined;
    // Held back until last year's report has arrived, so listeners never see a premature result.
    if (!this.current.report || this.outcome.previousPending) return;
    // Built from the findings' own fields, not JSON.stringify of them: their `terms` can hold a
    // value from the input, which may be nested deeper than the stack allows.
    const signature = this.outcome.findings
      .map((finding) =>
        [finding.rule, finding.severity, finding.path, finding.message, ...finding.cells].join(
          '\u0000',
        ),
      )
      .join('\u0001');
    if (signature !== this.lastCheckSignature) {
      this.lastCheckSignature = signature;
      this.dispatchEvent(new DisclosureCheckEvent(this.outcome.findings));
    }
  }

  /** The tables of last year's report that this element's cross-year checks read. */
  private get previousLayouts(): readonly TableLayout[] {
    return this.layouts.filter((layout) =>
      this.rules.some((rule) => rule.crossYear && rule.tables.includes(layout.id)),
    );
  }

  /** Parses one input, in the format its document names, for the given tables (all when unset); called only when that input has changed. */
  private parse(
    from: SourceState,
    tables: readonly TableId[] | undefined,
    partial = false,
  ): Parsed {
    if (from.status === 'failed') return { from, fatal: [from.problem] };
    if (from.status !== 'ready') return { from, fatal: [] };
    const report = parseDocument(from.value, tables, { partial });
    const fatal = report.problems.filter((p) => p.fatal);
    if (fatal.length) return { from, report, fatal };
    const document = (
      tables?.length === 1 && !isReportDocument(from.value)
        ? { [tables[0]]: from.value }
        : from.value
    ) as ReportDocument;
    return { from, report, document, fatal };
  }

  private check(): Outcome {
    const { report, fatal } = this.current;
    if (!report || fatal.length) return NO_OUTCOME;
    const last = this.last;
    // An unusable previous report becomes a problem of its own; it never stops this year's tables.
    const previous: ParsedReport | undefined =
      last.from.status === 'failed' ? { sections: {}, problems: last.fatal } : last.report;
    const { cells, findings: checked } = checkReport({
      layouts: this.layouts,
      rules: this.rules,
      report,
      ...(previous ? { previous } : {}),
      text: localizedText,
    });
    // What could not be read from the published table comes first: it explains the blanks below.
    const reading = this.readsPublished ? this.published.reading : undefined;
    const findings = reading ? [...unmatchedFindings(reading.unmatched), ...checked] : checked;
    return {
      findings,
      cells,
      marks: cellMarks(findings),
      previousPending: last.from.status === 'loading',
    };
  }

  /**
   * The published tables that the element shows as its own are hidden; any other stays in
   * view. In a shadow root nothing needs doing: content not assigned to a slot is not shown.
   */
  private hidePublished(): void {
    if (this.renderRoot !== this) return;
    this.published.hide(this.showsPublished() ? this.publishedShown() : []);
  }

  /** Whether the element renders, in place of the published tables, its own. */
  private showsPublished(): boolean {
    return (
      this.readsPublished &&
      this.current.report !== undefined &&
      !this.current.fatal.length &&
      !this.publishedUnread().length
    );
  }

  /** The published elements the element's own rendering replaces: the tables read, by default. */
  protected publishedShown(): HTMLElement[] {
    return (this.published.reading?.tables ?? [])
      .filter(({ outcome }) => outcome.status === 'read' || outcome.status === 'continued')
      .map(({ element }) => element);
  }

  /** Why the wrapped tables cannot be shown as the element's own, if they cannot. */
  private publishedUnread(): string[] {
    const tables = this.published.reading?.tables ?? [];
    const unread = tables.flatMap(({ outcome }) =>
      outcome.status === 'unread' ? [unreadMessage(outcome.reason)] : [],
    );
    if (unread.length) return unread;
    // A table element names the one table it wraps; the report needs every one of its tables.
    const read = new Set(
      tables.flatMap(({ outcome }) => (outcome.status === 'read' ? [outcome.table] : [])),
    );
    return this.layouts.every((layout) => read.has(layout.id))
      ? []
      : [unreadMessage('notRecognised')];
  }

  /**
   * The language the element's content is in when it differs from the page around it (or that is
   * unknown): the `lang` of its wrapper, so that assistive technology reads it in the right voice.
   */
  protected get contentLanguage(): string | undefined {
    return contentLanguage(getLocale(), inheritedLanguage(this));
  }

  protected override render(): TemplateResult {
    // On the server a light-DOM element's content goes to its light DOM (`renderLight()`); its
    // shadow root, which Lit's server rendering always writes, only shows it.
    // prettier-ignore
    if (isServer && this.lightDom) return html`<slot></slot>`;
    return this.renderWrapper();
  }

  private renderWrapper(): TemplateResult {
    // prettier-ignore
    return html`<div class="content" lang=${this.contentLanguage ?? nothing}>${this.renderContent()}</div>`;
  }

  private renderContent(): TemplateResult {
    const { fatal, report, from } = this.current;
    if (this.readsPublished && !this.showsPublished() && this.publishedUnread().length)
      return this.renderPublishedAsIs(this.publishedUnread());
    if (fatal.length) return this.renderError(fatal);
    if (report) return this.renderReport();
    switch (from.status) {
      case 'loading':
        // prettier-ignore
        return html`<p class="status" role="status">${msg('正在加载数据……', { id: 'status.loading' })}</p>`;
      case 'deferred':
        return this.renderDeferred(from.url);
      default:
        // prettier-ignore
        return html`<p class="status">${msg('尚未提供数据。', { id: 'status.empty' })}</p>`;
    }
  }

  /** Subclasses lay out their tables; most call `renderTables()`. */
  protected abstract renderReport(): TemplateResult;

  protected renderTables(): TemplateResult {
    // prettier-ignore
    return html`${this.layouts.map((layout) => this.renderTableOf(layout))} ${this.renderFindingsSummary()}`;
  }

  /** One of this element's tables, through the one renderer. */
  protected renderTableOf(
    layout: TableLayout,
    options: { readonly captionHidden?: boolean } = {},
  ): TemplateResult | typeof nothing {
    const cells = this.outcome.cells[layout.id];
    if (!cells) return nothing;
    return renderTable({
      layout,
      // A custom caption names the table of a one-table element; the report keeps the standard three.
      caption: (this.layouts.length === 1 ? this.caption : undefined) ?? localizedCaption(layout),
      cells,
      marks: this.outcome.marks,
      findingId: this.findingId,
      text: localizedText,
      idPrefix: this.idPrefix,
      locale: getLocale(),
      ...(options.captionHidden ? { captionHidden: true } : {}),
    });
  }

  /** The findings of every table of this element, in words: the targets of the cells' aria-describedby. */
  protected renderFindingsSummary(headingLevel: 2 | 3 = 2): TemplateResult {
    return renderFindings(
      this.outcome.findings,
      this.findingId,
      `${this.idPrefix}-findings-heading`,
      {
        headingLevel,
        ...(this.outcome.previousPending
          ? {
              status: msg('正在加载上年报告，跨年度核验尚未完成。', {
                id: 'status.previousLoading',
              }),
            }
          : {}),
      },
    );
  }

  /** The published tables kept as published, with why: nothing on the page is lost. */
  private renderPublishedAsIs(reasons: readonly string[]): TemplateResult {
    // prettier-ignore
    return html`<div class="error" part="error" role="note">
        <ul>
          ${reasons.map((reason) => html`<li>${reason}</li>`)}
        </ul>
      </div>
      ${this.renderRoot === this ? nothing : html`<slot></slot>`}`;
  }

  private renderError(problems: readonly InputProblem[]): TemplateResult {
    // prettier-ignore
    return html`<div class="error" part="error" role="alert">
      <p class="error-title">${msg('无法显示此表：', { id: 'error.title' })}</p>
      <ul>
        ${problems.map((problem) => html`<li>${localizedText.problem(problem)}</li>`)}
      </ul>
    </div>`;
  }

  /**
   * Server rendering fetches nothing: a `src` table is filled in by the browser. Until then,
   * and for good where scripts do not run, the reader is told so and given the data's address.
   */
  private renderDeferred(url: string): TemplateResult {
    const note = msg('此表的数据由浏览器中的脚本加载，需要启用 JavaScript。', {
      id: 'status.deferred',
    });
    // Only an address the element would fetch becomes a link: never javascript: or data:.
    // prettier-ignore
    const link = isAllowedSourceUrl(url, 'https://example.invalid/')
      ? html` ${msg('数据文件：', { id: 'status.deferred.file' })}<a href=${url}>${url}</a>`
      : nothing;
    // prettier-ignore
    return html`<p class="status" data-status="deferred">${note}${link}</p>`;
  }
}

const PUBLISHED = 'published table';

/**
 * The published tables the element wraps, as an input: their document once something in them
 * was read. While tables are wrapped but nothing could be read, it still answers (with no
 * data), so that the element says why instead of waiting for data.
 */
function publishedInput(published: () => PublishedTableSource): InputSource {
  let from: PublishedTableSource['reading'];
  let state: SourceState = NO_INPUT;
  return {
    name: PUBLISHED,
    read() {
      const { reading, document } = published();
      if (!reading) return undefined;
      if (reading !== from) {
        from = reading;
        state = document ? { status: 'ready', value: document } : NO_INPUT;
      }
      return state;
    },
  };
}
