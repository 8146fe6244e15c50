import type { TemplateResult } from 'lit';
import { localized } from '@lit/localize';
import { DisclosureDataElement } from '../../internal/disclosure-element.js';
import { tableStyles } from '../../internal/table.styles.js';

/**
 * Table 三 of the annual disclosure report, 收到和处理政府信息公开申请情况: applications
 * received and how they were handled, laid out exactly as 国办公开办函〔2021〕30号, with every
 * total computed or checked (R1 一 + 二 = 三（七）+ 四, R2 （七）总计, R3 row totals).
 *
 * Data comes from, in order of precedence: the `data` property, the `data` attribute, a child
 * `<script type="application/json">`, or the `src` URL. Either a whole report document or just
 * its `applications` object is accepted. Given last year's report (the `previous` property or
 * attribute, or `previous-src`), it also checks R6: each column's 二、上年结转 = last year's
 * 四、结转下年度继续办理.
 *
 * @tag disclosure-applications-table
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
export class DisclosureApplicationsTable extends DisclosureDataElement {
  static override styles = tableStyles;

  protected override readonly tableIds = ['applications'];

  protected renderReport(): TemplateResult {
    return this.renderTables();
  }
}
