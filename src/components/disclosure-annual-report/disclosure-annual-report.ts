import { html, isServer, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { TableLayout } from '../../core/layout.js';
import { inheritedLanguage } from '../../internal/content-language.js';
import { DisclosureDataElement } from '../../internal/disclosure-element.js';
import { tableStyles } from '../../internal/table.styles.js';
import { localizedCaption } from '../../internal/text.js';
import { reportStyles } from './disclosure-annual-report.styles.js';
import { wordSeparator } from '../../localization.js';
import {
  narrativeBlocks,
  RENDERED_ATTRIBUTE,
  type NarrativeSection,
} from '../../internal/published-table.js';

/** The slots of the narrative sections 一, 五 and 六. */
type NarrativeSlot = NarrativeSection;

/**
 * The whole annual disclosure report (政府信息公开工作年度报告) in the format of 国办公开办函〔2021〕
 * 30号: a heading with the agency and the year, sections 二, 三 and 四 as the standard tables,
 * the narrative sections 一, 五 and 六 from slotted content, and one findings summary for every
 * check of every table (R1–R4, and R6 and R7 when last year's report is given).
 *
 * Data comes from, in order of precedence: the `data` property, the `data` attribute, a child
 * `<script type="application/json">`, or the `src` URL; it must be a whole report document.
 * Last year's report comes from the `previous` property, the `previous` attribute (JSON) or the
 * `previous-src` URL. The agency is always shown as text, never as markup. A narrative section
 * is shown only when something is slotted into it. A document without one of the three tables
 * shows the other two, and says which is missing in a warning (`report.sectionMissing`).
 *
 * @tag disclosure-annual-report
 *
 * @slot overview - 一、总体情况: the report's narrative overview.
 * @slot problems - 五、存在的主要问题及改进情况: problems found and how they were addressed.
 * @slot other - 六、其他需要报告的事项: other matters to report.
 *
 * @csspart heading - The report's heading: agency, year and title.
 * @csspart section - Each of the report's six sections.
 * @csspart section-heading - The heading of each section.
 * @csspart table - Each native `<table>`.
 * @csspart caption - Each table's caption (visually hidden: the section heading shows it).
 * @csspart header-cell - Every column and row header cell.
 * @csspart value-cell - Every value cell.
 * @csspart scroll-region - The focusable region that scrolls a wide table.
 * @csspart legend - The note explaining the computed-value marker.
 * @csspart findings - The one findings summary, after section 六.
 * @csspart error - The inline message shown instead of the report when the input is unusable.
 *
 * @cssprop [--disclosure-font-family=inherit] - Font of the whole element.
 * @cssprop [--disclosure-font-size=1rem] - Font size of the tables.
 * @cssprop [--disclosure-line-height=1.5] - Line height.
 * @cssprop [--disclosure-text-color=#1a1a1a] - Text colour.
 * @cssprop [--disclosure-background=#fff] - Table background.
 * @cssprop [--disclosure-border-color=#5c5c5c] - Cell borders.
 * @cssprop [--disclosure-header-background=#eef1f5] - Header cell background.
 * @cssprop [--disclosure-finding-color=#a4000f] - Marker and outline of a cell named in a finding.
 * @cssprop [--disclosure-finding-background=#fff1f0] - Background of a cell named in a finding.
 * @cssprop [--disclosure-computed-color=#1f4e8c] - Colour of a computed total and its marker.
 * @cssprop [--disclosure-focus-color=#1a5fb4] - Focus ring of the scroll regions.
 *
 * @fires {DisclosureCheckEvent} disclosure-check - After the findings of the whole report change; `detail.findings` holds them.
 * @fires {DisclosureErrorEvent} disclosure-error - When the input cannot be shown: malformed JSON, failed fetch, wrong shape.
 */
@localized()
export class DisclosureAnnualReport extends DisclosureDataElement {
  static override styles = [tableStyles, reportStyles];

  // An archive of old reports often lacks a table: show the others, and say which is missing.
  protected override readonly showsPartialReport = true;

  /** The narrative slots that have content; an empty narrative section is not shown. */
  @state() private filledSlots: ReadonlySet<NarrativeSlot> = new Set();

  /** Light-DOM mode: the authored children of each named slot, as `projectSlots` placed them. */
  private readonly projectedSlots = new Map<string, readonly Element[]>();

  protected override willUpdate(): void {
    super.willUpdate();
    // The server has no children to read: a server-rendered report shows its slots when the
    // browser renders it afresh.
    if (isServer) return;
    // Known before rendering, so the first render already shows the right sections: learning it
    // from `slotchange` alone would render the whole report a second time.
    const filled = this.slotsWithContent();
    const same =
      filled.size === this.filledSlots.size && [...filled].every((n) => this.filledSlots.has(n));
    if (!same) this.filledSlots = filled;
  }

  protected override updated(): void {
    this.projectSlots();
    super.updated();
  }

  /** The narrative slots given content: a child element written for the slot. */
  private slotsWithContent(): Set<NarrativeSlot> {
    const filled = new Set<NarrativeSlot>();
    for (const child of this.children) if (child.slot) filled.add(child.slot as NarrativeSlot);
    // Light-DOM mode: children already moved into their `<slot>` are no longer children, and
    // `projectSlots` puts them back into the next `<slot>` rendered for them.
    for (const [name, nodes] of this.projectedSlots)
      if (nodes.length > 0) filled.add(name as NarrativeSlot);
    return filled;
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

  private readonly onSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    const name = slot.name as NarrativeSlot;
    // In light-DOM mode there is no assignment: `projectSlots` moved the nodes into the slot.
    const nodes =
      this.renderRoot === this ? [...slot.childNodes] : slot.assignedNodes({ flatten: true });
    const filled = nodes.some(
      (node) => node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '',
    );
    if (filled === this.filledSlots.has(name)) return;
    const next = new Set(this.filledSlots);
    if (filled) next.add(name);
    else next.delete(name);
    this.filledSlots = next;
  };

  /** The report's title from its agency and year, e.g. 湘潭县人民政府2025年政府信息公开工作年度报告. */
  private reportTitle(): string {
    const agency = this.parsedReport?.agency?.trim() || undefined;
    const year = this.parsedReport?.year;
    if (year !== undefined) {
      const title = msg(str`${year}年政府信息公开工作年度报告`, { id: 'report.title.year' });
      // Not one message: lit-localize fuses the adjacent ${agency}${year} into one placeholder,
      // which would leave English without the space between the agency and the year.
      return agency === undefined ? title : `${agency}${wordSeparator()}${title}`;
    }
    if (agency !== undefined)
      return msg(str`${agency}政府信息公开工作年度报告`, { id: 'report.title.agency' });
    return msg('政府信息公开工作年度报告', { id: 'report.title' });
  }

  /**
   * Wrapping a published article, the report shows its narrative as its text sections (copies:
   * the published article stays in the page for printing, search engines and readers without
   * scripts, hidden while the report shows the same).
   */
  private narrative?: {
    readonly source: unknown;
    readonly blocks: Record<NarrativeSection, Element[]>;
  };

  private publishedNarrative(): Record<NarrativeSection, Element[]> | undefined {
    const reading = this.published.reading;
    if (!this.readsPublished || !reading) return undefined;
    if (this.narrative?.source !== reading) {
      const title =
        this.parsedReport?.year !== undefined
          ? `${this.parsedReport.agency ?? ''}${this.parsedReport.year}年政府信息公开工作年度报告`
          : '';
      const blocks = narrativeBlocks(
        this,
        reading.tables.map(({ element }) => element),
        title,
      );
      const copy = (elements: Element[]): Element[] =>
        elements.map((element) => {
          const clone = element.cloneNode(true) as Element;
          // Ids stay unique in the page; scripts and styles of the article are not run or applied twice.
          for (const node of [clone, ...clone.querySelectorAll('[id]')]) node.removeAttribute('id');
          for (const node of clone.querySelectorAll('script, style')) node.remove();
          return clone;
        });
      this.narrative = {
        source: reading,
        blocks: {
          overview: copy(blocks.overview),
          problems: copy(blocks.problems),
          other: copy(blocks.other),
        },
      };
    }
    return this.narrative.blocks;
  }

  /** In light-DOM mode, everything written inside the element except what it projects into its slots. */
  protected override publishedShown(): HTMLElement[] {
    return [...this.children].filter(
      (child): child is HTMLElement =>
        child instanceof HTMLElement &&
        !child.hasAttribute(RENDERED_ATTRIBUTE) &&
        !child.slot &&
        child.localName !== 'script' &&
        child.localName !== 'slot',
    );
  }

  protected renderReport(): TemplateResult {
    const headingId = `${this.idPrefix}-report-heading`;
    return html`<article aria-labelledby=${headingId} data-disclosure-rendered>
      <h2 id=${headingId} class="report-heading" part="heading">${this.reportTitle()}</h2>
      ${this.renderNarrative('overview', msg('一、总体情况', { id: 'report.section.overview' }))}
      ${this.layouts.map((layout) => this.renderTableSection(layout))}
      ${this.renderNarrative('problems', msg('五、存在的主要问题及改进情况', { id: 'report.section.problems' }))}
      ${this.renderNarrative('other', msg('六、其他需要报告的事项', { id: 'report.section.other' }))}
      ${this.renderFindingsSummary(3)}
    </article>`;
  }

  /**
   * In light-DOM mode the narrative written for a slot sits inside the rendered content, whose
   * `lang` may be the element's locale: the slot gives it back the language it was written in
   * (the page's, or '' for unknown). A shadow root's slots leave it where it was written.
   */
  private get authoredLanguage(): string | undefined {
    if (this.renderRoot !== this || this.contentLanguage === undefined) return undefined;
    return inheritedLanguage(this) ?? '';
  }

  private renderNarrative(name: NarrativeSlot, heading: string): TemplateResult {
    // Content written for the slot wins over the narrative read from a published article.
    const published = this.filledSlots.has(name) ? [] : (this.publishedNarrative()?.[name] ?? []);
    return html`<section
      class="section"
      part="section"
      ?hidden=${!this.filledSlots.has(name) && !published.length}
    >
      <h3 class="section-heading" part="section-heading">${heading}</h3>
      ${
        // Rendered into the light DOM on the server, the section has no slot: Lit's SSR allows
        // slots in shadow roots only, and the browser renders the element afresh anyway.
        isServer && this.lightDom
          ? nothing
          : html`<slot
              name=${name}
              lang=${this.authoredLanguage ?? nothing}
              @slotchange=${this.onSlotChange}
            ></slot>`
      }
      ${published}
    </section>`;
  }

  private renderTableSection(layout: TableLayout): TemplateResult | typeof nothing {
    const table = this.renderTableOf(layout, { captionHidden: true });
    if (table === nothing) return nothing;
    return html`<section class="section" part="section">
      <h3 class="section-heading" part="section-heading">${localizedCaption(layout)}</h3>
      ${table}
    </section>`;
  }
}
