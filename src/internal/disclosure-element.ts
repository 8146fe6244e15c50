/**
 * Shared plumbing of every element: reading the data (property, attribute, child JSON script,
 * `src`), running the core's parse and check in `willUpdate`, and reporting the outcome through
 * events. Subclasses declare which tables they show; they add no logic of their own.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { getLocale } from '../localization.js';
import { checkReport, type Finding } from '../core/check.js';
import { buildTables, type Grid } from '../core/grid.js';
import type { TableId, TableLayout } from '../core/layout.js';
import { parseJson, parseReport, type InputProblem, type ParsedReport } from '../core/parse.js';
import type { RelationRule } from '../core/rules/types.js';
import { DisclosureCheckEvent } from '../events/disclosure-check-event.js';
import { DisclosureErrorEvent } from '../events/disclosure-error-event.js';
import { renderFindings, renderTable } from './render-table.js';
import { isAllowedSourceUrl, isJsonScriptType, MAX_SOURCE_BYTES, readTextWithin } from './source.js';
import { localizedLabel } from './labels.js';
import { localizedText } from './text.js';
import { adoptLightDomStyles, supportsLightDom } from './light-dom.js';
import { StickyRowHeaders } from './sticky-row-headers.js';
import { PublishedTableSource } from './published-source.js';
import { unmatchedFindings, unreadMessage } from './read-text.js';

/** The outcome of reading the inputs: a value to parse, a problem, or a fetch in flight. */
type Loaded =
  | { readonly status: 'none' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: unknown }
  | { readonly status: 'failed'; readonly problem: InputProblem };

interface Outcome {
  readonly report: ParsedReport | undefined;
  readonly fatal: readonly InputProblem[];
  readonly findings: readonly Finding[];
  readonly cells: ReturnType<typeof checkReport>['cells'];
  /** For each cell key named by a finding, the indexes of those findings. */
  readonly findingsByCell: ReadonlyMap<string, readonly number[]>;
  /** Last year's report is still being fetched: the cross-year checks have not run yet. */
  readonly previousPending: boolean;
}

const NO_OUTCOME: Omit<Outcome, 'fatal'> = { report: undefined, findings: [], cells: {}, findingsByCell: new Map(), previousPending: false };

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
  protected readonly published = new PublishedTableSource(this, () => this.layouts.map((layout) => layout.id));

  /**
   * Render into the element itself instead of a shadow root, so that site CSS and page-wide
   * tools (accessibility toolbars, read-aloud, reader mode) reach the table. Read when the
   * element is first connected.
   */
  @property({ type: Boolean, attribute: 'light-dom' }) lightDom = false;

  /** The report document, or just this table's section, as an object. Wins over every other input. */
  @property({ attribute: false }) data?: unknown;

  /** The report document, or this table's section, as JSON text. Used when the `data` property is unset. */
  @property({ attribute: 'data' }) dataJson?: string;

  /** URL of a JSON report (http, https or relative). Used when neither `data` nor a child JSON script is given. */
  @property() src?: string;

  /** Replaces the standard caption; leave unset to show the format's own. */
  @property() caption?: string;

  /** Last year's report (or the section the cross-year checks read), as an object. Wins over the other two. */
  @property({ attribute: false }) previous?: unknown;

  /** Last year's report as JSON text. Used when the `previous` property is unset. */
  @property({ attribute: 'previous' }) previousJson?: string;

  /** URL of last year's report JSON (http, https or relative). Used when neither `previous` is given. */
  @property({ attribute: 'previous-src' }) previousSrc?: string;

  /** The JSON text of a child `<script type="application/json">`, kept in sync by a MutationObserver. */
  @state() private scriptJson?: string;

  @state() private fetched: Loaded = { status: 'none' };

  @state() private previousFetched: Loaded = { status: 'none' };

  /** The tables this element shows, in order. */
  protected abstract readonly layouts: readonly TableLayout[];
  /** The relation rules this element checks. */
  protected abstract readonly rules: readonly RelationRule[];

  /** Makes ids unique on the page, so that several tables can share one document. */
  protected readonly idPrefix = `dt${++instanceCount}`;

  private outcome: Outcome = { ...NO_OUTCOME, fatal: [] };
  private grids = new Map<TableId, readonly Grid[]>();
  private checkedLocale = '';
  /** The reading of the wrapped table that the outcome was checked from. */
  private publishedChecked?: PublishedTableSource['reading'];
  private fetchController?: AbortController;
  private previousFetchController?: AbortController;
  private readonly scriptObserver = new MutationObserver(() => this.readChildScript());
  /** Light-DOM mode: the authored children of each named slot, as `projectSlots` placed them. */
  private readonly projectedSlots = new Map<string, readonly Element[]>();
  private lastCheckSignature?: string;
  private lastErrorSignature?: string;
  private readonly findingId = (index: number): string => `${this.idPrefix}-finding-${index}`;

  /** Every finding for the current data, errors and warnings, in reading order. Read-only. */
  get findings(): readonly Finding[] {
    return this.outcome.findings;
  }

  /** The parsed report (agency, year) once the input is usable, for subclasses that show them. */
  protected get report(): ParsedReport | undefined {
    return this.outcome.report;
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
    if (this.renderRoot === this) adoptLightDomStyles(this, (this.constructor as typeof LitElement).elementStyles);
    this.readChildScript();
    this.scriptObserver.observe(this, { childList: true, characterData: true, subtree: true });
    // Moving an element in the page disconnects it first, which aborted its fetches: a fetch cut
    // short that way starts again, or the element would say "loading" for ever.
    if (this.fetched.status === 'loading' && this.fetchController?.signal.aborted) {
      this.fetchController = this.startFetch(this.src, undefined, (loaded) => (this.fetched = loaded));
    }
    if (this.previousFetched.status === 'loading' && this.previousFetchController?.signal.aborted) {
      this.previousFetchController = this.startFetch(this.previousSrc, undefined, (loaded) => (this.previousFetched = loaded));
    }
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Without constructable style sheets the light DOM could not be styled: keep the shadow root.
    return this.lightDom && supportsLightDom() ? this : super.createRenderRoot();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.scriptObserver.disconnect();
    this.fetchController?.abort();
    this.previousFetchController?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src')) {
      this.fetchController = this.startFetch(this.src, this.fetchController, (loaded) => (this.fetched = loaded));
    }
    // Last year's report is fetched only by an element that has a cross-year check to run.
    if (changed.has('previousSrc') && this.previousLayouts.length) {
      this.previousFetchController = this.startFetch(this.previousSrc, this.previousFetchController, (loaded) => (this.previousFetched = loaded));
    }
    const inputsChanged = ['data', 'dataJson', 'scriptJson', 'src', 'fetched', 'previous', 'previousJson', 'previousSrc', 'previousFetched'].some((name) => changed.has(name));
    if (inputsChanged || this.published.reading !== this.publishedChecked || this.checkedLocale !== getLocale() || !this.hasUpdated) {
      this.checkedLocale = getLocale();
      this.publishedChecked = this.published.reading;
      this.outcome = this.evaluate(this.currentInput());
    }
  }

  protected override updated(): void {
    this.projectSlots();
    this.hidePublished();
    const { fatal, findings } = this.outcome;
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
    if (!this.outcome.report || this.outcome.previousPending) return;
    const signature = JSON.stringify(findings);
    if (signature !== this.lastCheckSignature) {
      this.lastCheckSignature = signature;
      this.dispatchEvent(new DisclosureCheckEvent(findings));
    }
  }

  /** Picks the input by precedence: `data` property, `data` attribute, child script, `src`. */
  private currentInput(): Loaded {
    if (this.data !== undefined) return { status: 'ready', value: this.data };
    const json = this.dataJson ?? this.scriptJson;
    if (json !== undefined) {
      const parsed = parseJson(json);
      return parsed.ok ? { status: 'ready', value: parsed.value } : { status: 'failed', problem: parsed.problem };
    }
    if (this.fetched.status === 'none' && this.published.document) return { status: 'ready', value: this.published.document };
    return this.fetched;
  }

  /** Whether what the element shows was read from the published table it wraps. */
  protected get readsPublished(): boolean {
    // A removed attribute leaves null behind, not undefined.
    const json = this.dataJson ?? this.scriptJson ?? undefined;
    return this.data === undefined && json === undefined && this.fetched.status === 'none' && this.published.reading !== undefined;
  }

  /** Picks last year's report by precedence: `previous` property, `previous` attribute, `previous-src`. */
  private currentPreviousInput(): Loaded {
    if (this.previous !== undefined) return { status: 'ready', value: this.previous };
    // A removed attribute leaves null behind, not undefined.
    if (this.previousJson !== undefined && this.previousJson !== null) {
      const parsed = parseJson(this.previousJson);
      return parsed.ok ? { status: 'ready', value: parsed.value } : { status: 'failed', problem: parsed.problem };
    }
    return this.previousFetched;
  }

  /** The tables of last year's report that this element's cross-year checks read. */
  private get previousLayouts(): readonly TableLayout[] {
    return this.layouts.filter((layout) => this.rules.some((rule) => rule.crossYear && rule.tables.includes(layout.id)));
  }

  private evaluate(input: Loaded): Outcome {
    if (input.status === 'failed') return { ...NO_OUTCOME, fatal: [input.problem] };
    if (input.status !== 'ready') return { ...NO_OUTCOME, fatal: [] };
    const report = parseReport(input.value, this.layouts);
    const fatal = report.problems.filter((p) => p.fatal);
    if (fatal.length) return { ...NO_OUTCOME, fatal };
    const previousInput = this.previousLayouts.length ? this.currentPreviousInput() : ({ status: 'none' } as const);
    // An unusable previous report becomes a problem of its own; it never stops this year's tables.
    const previous: ParsedReport | undefined =
      previousInput.status === 'ready'
        ? parseReport(previousInput.value, this.previousLayouts)
        : previousInput.status === 'failed'
          ? { sections: {}, problems: [previousInput.problem] }
          : undefined;
    const { cells, findings: checked } = checkReport({
      layouts: this.layouts,
      rules: this.rules,
      report,
      ...(previous ? { previous } : {}),
      text: localizedText,
    });
    // What could not be read from the published table comes first: it explains the blanks below.
    const findings = this.readsPublished && this.published.reading ? [...unmatchedFindings(this.published.reading.unmatched), ...checked] : checked;
    const findingsByCell = new Map<string, number[]>();
    findings.forEach((finding, index) => {
      for (const key of finding.cells) findingsByCell.set(key, [...(findingsByCell.get(key) ?? []), index]);
    });
    return { report, fatal: [], findings, cells, findingsByCell, previousPending: previousInput.status === 'loading' };
  }

  /**
   * Light-DOM mode has no slot assignment: the children written for a named slot are moved into
   * the `<slot>` rendered for it, and remembered, so that a render replacing that `<slot>` gets
   * them back.
   */
  private projectSlots(): void {
    if (this.renderRoot !== this) return;
    for (const slot of this.querySelectorAll<HTMLSlotElement>('slot[name]')) {
      const authored = [...this.children].filter((child) => child.slot === slot.name);
      const nodes = [...(this.projectedSlots.get(slot.name) ?? []), ...authored];
      if (nodes.every((node) => node.parentNode === slot)) continue;
      this.projectedSlots.set(slot.name, nodes);
      slot.append(...nodes);
      // What a shadow root would fire, so that the element can show the slot's section.
      slot.dispatchEvent(new Event('slotchange', { bubbles: true }));
    }
  }

  private readChildScript(): void {
    const script = [...this.children].find((child) => child.localName === 'script' && isJsonScriptType(child.getAttribute('type')));
    this.scriptJson = script ? (script.textContent ?? '') : undefined;
  }

  /**
   * Loads a URL (`src` or `previous-src`), aborting the fetch it replaces, and reports each
   * state through `assign`. Returns the controller of the new fetch, if one was started.
   */
  private startFetch(url: string | null | undefined, replaced: AbortController | undefined, assign: (loaded: Loaded) => void): AbortController | undefined {
    replaced?.abort();
    if (url === undefined || url === null) {
      assign({ status: 'none' });
      return undefined;
    }
    if (!isAllowedSourceUrl(url, document.baseURI)) {
      assign({ status: 'failed', problem: { code: 'fetch', url, detail: msg('只允许 http、https 或相对地址', { id: 'problem.fetch.scheme' }), fatal: true } });
      return undefined;
    }
    const controller = new AbortController();
    assign({ status: 'loading' });
    void fetchJson(url, controller.signal).then((loaded) => {
      // A newer URL has taken over: this response is stale and must not be shown.
      if (controller.signal.aborted) return;
      assign(loaded);
    });
    return controller;
  }

  protected gridsFor(layout: TableLayout): readonly Grid[] {
    let grids = this.grids.get(layout.id);
    if (!grids) {
      grids = buildTables(layout, this.idPrefix);
      this.grids.set(layout.id, grids);
    }
    return grids;
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
    return this.readsPublished && this.outcome.report !== undefined && !this.outcome.fatal.length && !this.publishedUnread().length;
  }

  /** The published elements the element's own rendering replaces: the tables read, by default. */
  protected publishedShown(): HTMLElement[] {
    return (this.published.reading?.tables ?? []).filter(({ outcome }) => outcome.status === 'read' || outcome.status === 'continued').map(({ element }) => element);
  }

  /** Why the wrapped tables cannot be shown as the element's own, if they cannot. */
  private publishedUnread(): string[] {
    const tables = this.published.reading?.tables ?? [];
    const unread = tables.flatMap(({ outcome }) => (outcome.status === 'unread' ? [unreadMessage(outcome.reason)] : []));
    if (unread.length) return unread;
    // A table element names the one table it wraps; the report needs every one of its tables.
    const read = new Set(tables.flatMap(({ outcome }) => (outcome.status === 'read' ? [outcome.table] : [])));
    return this.layouts.every((layout) => read.has(layout.id)) ? [] : [unreadMessage('notRecognised')];
  }

  protected override render(): TemplateResult {
    const { fatal, report } = this.outcome;
    if (this.readsPublished && !this.showsPublished() && this.publishedUnread().length) return this.renderPublishedAsIs(this.publishedUnread());
    if (fatal.length) return this.renderError(fatal);
    if (!report) {
      return this.fetched.status === 'loading'
        ? html`<p class="status" role="status">${msg('正在加载数据……', { id: 'status.loading' })}</p>`
        : html`<p class="status">${msg('尚未提供数据。', { id: 'status.empty' })}</p>`;
    }
    return this.renderReport();
  }

  /** Subclasses lay out their tables; most call `renderTables()`. */
  protected abstract renderReport(): TemplateResult;

  protected renderTables(): TemplateResult {
    return html`${this.layouts.map((layout) => this.renderTableOf(layout))} ${this.renderFindingsSummary()}`;
  }

  /** One of this element's tables, through the one renderer. */
  protected renderTableOf(layout: TableLayout, options: { readonly captionHidden?: boolean } = {}): TemplateResult | typeof nothing {
    const cells = this.outcome.cells[layout.id];
    if (!cells) return nothing;
    return renderTable(
      {
        grids: this.gridsFor(layout),
        // A custom caption names the table of a one-table element; the report keeps the standard three.
        caption: (this.layouts.length === 1 ? this.caption : undefined) ?? localizedLabel(layout.caption),
        cells,
        findingsByCell: this.outcome.findingsByCell,
        findingId: this.findingId,
        text: localizedText,
        ...(options.captionHidden ? { captionHidden: true } : {}),
      },
      `${this.idPrefix}-${layout.id}-caption`,
    );
  }

  /** The findings of every table of this element, in words: the targets of the cells' aria-describedby. */
  protected renderFindingsSummary(headingLevel: 2 | 3 = 2): TemplateResult {
    return renderFindings(this.outcome.findings, this.findingId, `${this.idPrefix}-findings-heading`, {
      headingLevel,
      ...(this.outcome.previousPending ? { status: msg('正在加载上年报告，跨年度核验尚未完成。', { id: 'status.previousLoading' }) } : {}),
    });
  }

  /** The published tables kept as published, with why: nothing on the page is lost. */
  private renderPublishedAsIs(reasons: readonly string[]): TemplateResult {
    return html`<div class="error" part="error" role="note">
        <ul>
          ${reasons.map((reason) => html`<li>${reason}</li>`)}
        </ul>
      </div>
      ${this.renderRoot === this ? nothing : html`<slot></slot>`}`;
  }

  private renderError(problems: readonly InputProblem[]): TemplateResult {
    return html`<div class="error" part="error" role="alert">
      <p class="error-title">${msg('无法显示此表：', { id: 'error.title' })}</p>
      <ul>
        ${problems.map((problem) => html`<li>${localizedText.problem(problem)}</li>`)}
      </ul>
    </div>`;
  }
}

/** Fetches and parses a JSON body, turning every failure into a problem. Never rejects. */
async function fetchJson(url: string, signal: AbortSignal): Promise<Loaded> {
  const failed = (detail: string): Loaded => ({ status: 'failed', problem: { code: 'fetch', url, detail, fatal: true } });
  try {
    const response = await fetch(url, { signal, credentials: 'same-origin' });
    if (!response.ok) return failed(`HTTP ${response.status}`);
    const body = await readTextWithin(response, MAX_SOURCE_BYTES);
    if (body === undefined) return failed(msg('数据文件过大', { id: 'problem.fetch.tooLarge' }));
    const parsed = parseJson(body);
    return parsed.ok ? { status: 'ready', value: parsed.value } : { status: 'failed', problem: parsed.problem };
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  }
}
