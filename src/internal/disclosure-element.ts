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
import { buildGrid, type Grid } from '../core/grid.js';
import type { TableId, TableLayout } from '../core/layout.js';
import { parseJson, parseReport, type InputProblem, type ParsedReport } from '../core/parse.js';
import type { RelationRule } from '../core/rules/types.js';
import { DisclosureCheckEvent } from '../events/disclosure-check-event.js';
import { DisclosureErrorEvent } from '../events/disclosure-error-event.js';
import { renderFindings, renderTable } from './render-table.js';
import { isAllowedSourceUrl, MAX_SOURCE_BYTES } from './source.js';
import { localizedLabel } from './labels.js';
import { localizedText } from './text.js';

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
}

let instanceCount = 0;

export abstract class DisclosureDataElement extends LitElement {
  /** The report document, or just this table's section, as an object. Wins over every other input. */
  @property({ attribute: false }) data?: unknown;

  /** The report document, or this table's section, as JSON text. Used when the `data` property is unset. */
  @property({ attribute: 'data' }) dataJson?: string;

  /** URL of a JSON report (http, https or relative). Used when neither `data` nor a child JSON script is given. */
  @property() src?: string;

  /** Replaces the standard caption; leave unset to show the format's own. */
  @property() caption?: string;

  /** The JSON text of a child `<script type="application/json">`, kept in sync by a MutationObserver. */
  @state() private scriptJson?: string;

  @state() private fetched: Loaded = { status: 'none' };

  /** The tables this element shows, in order. */
  protected abstract readonly layouts: readonly TableLayout[];
  /** The relation rules this element checks. */
  protected abstract readonly rules: readonly RelationRule[];

  /** Makes ids unique on the page, so that several tables can share one document. */
  protected readonly idPrefix = `dt${++instanceCount}`;

  private outcome: Outcome = { report: undefined, fatal: [], findings: [], cells: {} };
  private grids = new Map<TableId, Grid>();
  private checkedLocale = '';
  private fetchController?: AbortController;
  private readonly scriptObserver = new MutationObserver(() => this.readChildScript());
  private lastCheckSignature?: string;
  private lastErrorSignature?: string;

  /** Every finding for the current data, errors and warnings, in reading order. Read-only. */
  get findings(): readonly Finding[] {
    return this.outcome.findings;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readChildScript();
    this.scriptObserver.observe(this, { childList: true, characterData: true, subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.scriptObserver.disconnect();
    this.fetchController?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src')) this.startFetch();
    const inputsChanged = ['data', 'dataJson', 'scriptJson', 'src', 'fetched'].some((name) => changed.has(name));
    if (inputsChanged || this.checkedLocale !== getLocale() || !this.hasUpdated) {
      this.checkedLocale = getLocale();
      this.outcome = this.evaluate(this.currentInput());
    }
  }

  protected override updated(): void {
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
    if (!this.outcome.report) return;
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
    return this.fetched;
  }

  private evaluate(input: Loaded): Outcome {
    const empty = { report: undefined, findings: [], cells: {} };
    if (input.status === 'failed') return { ...empty, fatal: [input.problem] };
    if (input.status !== 'ready') return { ...empty, fatal: [] };
    const report = parseReport(input.value, this.layouts);
    const fatal = report.problems.filter((p) => p.fatal);
    if (fatal.length) return { ...empty, fatal };
    const { cells, findings } = checkReport({ layouts: this.layouts, rules: this.rules, report, text: localizedText });
    return { report, fatal: [], findings, cells };
  }

  private readChildScript(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.scriptJson = script ? (script.textContent ?? '') : undefined;
  }

  private startFetch(): void {
    this.fetchController?.abort();
    const url = this.src;
    if (url === undefined || url === null) {
      this.fetched = { status: 'none' };
      return;
    }
    if (!isAllowedSourceUrl(url, document.baseURI)) {
      this.fetched = { status: 'failed', problem: { code: 'fetch', url, detail: msg('只允许 http、https 或相对地址', { id: 'problem.fetch.scheme' }), fatal: true } };
      return;
    }
    const controller = new AbortController();
    this.fetchController = controller;
    this.fetched = { status: 'loading' };
    void fetchJson(url, controller.signal).then((loaded) => {
      // A newer `src` has taken over: this response is stale and must not be shown.
      if (controller.signal.aborted) return;
      this.fetched = loaded;
    });
  }

  protected gridFor(layout: TableLayout): Grid {
    let grid = this.grids.get(layout.id);
    if (!grid) {
      grid = buildGrid(layout, this.idPrefix);
      this.grids.set(layout.id, grid);
    }
    return grid;
  }

  protected override render(): TemplateResult {
    const { fatal, report } = this.outcome;
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
    const { findings } = this.outcome;
    const findingId = (index: number) => `${this.idPrefix}-finding-${index}`;
    const findingsByCell = new Map<string, number[]>();
    findings.forEach((finding, index) => {
      for (const key of finding.cells) {
        const list = findingsByCell.get(key);
        if (list) list.push(index);
        else findingsByCell.set(key, [index]);
      }
    });
    return html`${this.layouts.map((layout) => {
        const cells = this.outcome.cells[layout.id];
        if (!cells) return nothing;
        return renderTable(
          {
            grid: this.gridFor(layout),
            caption: this.caption ?? localizedLabel(layout.caption),
            cells,
            findingsByCell,
            findingId,
            text: localizedText,
          },
          `${this.idPrefix}-${layout.id}-caption`,
        );
      })}
      ${renderFindings(findings, findingId, `${this.idPrefix}-findings-heading`)}`;
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
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_SOURCE_BYTES) return failed(msg('数据文件过大', { id: 'problem.fetch.tooLarge' }));
    const body = await response.text();
    if (body.length > MAX_SOURCE_BYTES) return failed(msg('数据文件过大', { id: 'problem.fetch.tooLarge' }));
    const parsed = parseJson(body);
    return parsed.ok ? { status: 'ready', value: parsed.value } : { status: 'failed', problem: parsed.problem };
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  }
}
