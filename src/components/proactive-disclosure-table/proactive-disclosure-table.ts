import type { TemplateResult } from 'lit';
import { localized } from '@lit/localize';
import { DisclosureDataElement } from '../../internal/disclosure-element.js';
import { tableStyles } from '../../internal/table.styles.js';

/**
 * Table 二 of the annual disclosure report, 主动公开政府信息情况: proactive disclosure, laid out
 * exactly as 国办公开办函〔2021〕30号 in four blocks, each under its banner row (第二十条第（一）项,
 * （五）项, （六）项, （八）项). 本年收费金额 is a decimal amount in 万元, shown exactly as given.
 *
 * Data comes from, in order of precedence: the `data` property, the `data` attribute, a child
 * `<script type="application/json">`, or the `src` URL. Either a whole report document or just
 * its `proactive` object is accepted. Given last year's report (the `previous` property or
 * attribute, or `previous-src`), it also checks R7: 现行有效件数 = last year's 现行有效件数 +
 * 本年制发件数 − 本年废止件数, for 规章 and for 行政规范性文件 (a warning).
 *
 * @tag proactive-disclosure-table
 *
 * @csspart table - The native `<table>`.
 * @csspart caption - The table's caption.
 * @csspart header-cell - Every column and row header cell.
 * @csspart value-cell - Every value cell.
 * @csspart scroll-region - The focusable region that scrolls a wide table.
 * @csspart legend - The note explaining the computed-value marker.
 * @csspart findings - The findings summary after the table.
 * @csspart error - The inline message shown instead of the table when the input is unusable.
 *
 * @cssprop [--disclosure-font-family=inherit] - Font of the whole element.
 * @cssprop [--disclosure-font-size=1rem] - Font size of the table.
 * @cssprop [--disclosure-line-height=1.5] - Line height.
 * @cssprop [--disclosure-text-color=#1a1a1a] - Text colour.
 * @cssprop [--disclosure-background=#fff] - Table background.
 * @cssprop [--disclosure-border-color=#5c5c5c] - Cell borders.
 * @cssprop [--disclosure-header-background=#eef1f5] - Header cell background.
 * @cssprop [--disclosure-finding-color=#a4000f] - Marker and outline of a cell named in a finding.
 * @cssprop [--disclosure-finding-background=#fff1f0] - Background of a cell named in a finding.
 * @cssprop [--disclosure-computed-color=#1f4e8c] - Colour of a computed total and its marker.
 * @cssprop [--disclosure-focus-color=#1a5fb4] - Focus ring of the scroll region.
 *
 * @fires {DisclosureCheckEvent} disclosure-check - After the findings change; `detail.findings` holds them.
 * @fires {DisclosureErrorEvent} disclosure-error - When the input cannot be shown: malformed JSON, failed fetch, wrong shape.
 */
@localized()
export class ProactiveDisclosureTable extends DisclosureDataElement {
  static override styles = tableStyles;

  protected override readonly tableIds = ['proactive'];

  protected renderReport(): TemplateResult {
    return this.renderTables();
  }
}
