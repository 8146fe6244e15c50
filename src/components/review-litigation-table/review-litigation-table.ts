import type { TemplateResult } from 'lit';
import { localized } from '@lit/localize';
import { DisclosureDataElement } from '../../internal/disclosure-element.js';
import { tableStyles } from '../../internal/table.styles.js';

/**
 * Table 四 of the annual disclosure report, 政府信息公开行政复议、行政诉讼情况: administrative
 * reconsideration and litigation, laid out exactly as 国办公开办函〔2021〕30号 (three header rows,
 * one row of 15 counts), with each block's 总计 computed or checked (R4).
 *
 * Data comes from, in order of precedence: the `data` property, the `data` attribute, a child
 * `<script type="application/json">`, or the `src` URL. Either a whole report document or just
 * its `reviewLitigation` object is accepted. Each block (`review`, `litigationDirect`,
 * `litigationAfterReview`) is an array `[结果维持, 结果纠正, 其他结果, 尚未审结, 总计]` (总计 may be
 * left off) or an object with the keys `upheld, corrected, other, pending, total`. This table
 * has no cross-year check: `previous` and `previous-src` are ignored.
 *
 * @tag review-litigation-table
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
export class ReviewLitigationTable extends DisclosureDataElement {
  static override styles = tableStyles;

  protected override readonly tableIds = ['reviewLitigation'];

  protected renderReport(): TemplateResult {
    return this.renderTables();
  }
}
