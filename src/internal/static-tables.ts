/**
 * The editor's "static HTML": a format's tables as one self-contained HTML string, for a CMS
 * that strips scripts. The tables are written by the one renderer (`tablesMarkup`), so they
 * carry the same captions, `scope`, `headers` and ids as the elements show, computed totals
 * marked; every text in them is escaped there. The element styles go first, in a `<style>`
 * scoped to the wrapper; a CMS that drops `<style>` still keeps whole, accessible tables.
 */
import { msg } from '@lit/localize';
import type { CSSResult } from 'lit';
import { escapeHtml } from '../core/markup.js';
import type { TableLayout } from '../core/layout.js';
import type { SectionCells } from '../core/parse.js';
import { scopeSelector, splitSelectorList } from './light-dom.js';
import { tablesMarkup } from './render-table.js';
import { localizedCaption, localizedText } from './text.js';

/** The class of the wrapper, which the styles are scoped to. */
export const STATIC_TABLES_CLASS = 'disclosure-tables';

export interface StaticTables {
  readonly layouts: readonly TableLayout[];
  /** The checked cells of each table, by table id (what `checkReport` gives). */
  readonly cells: Partial<Record<string, SectionCells>>;
  /** Starts every id: unique on the page the HTML is pasted into. */
  readonly idPrefix: string;
  readonly locale: string;
  /** The styles to scope to the wrapper; none: the site's CSS styles the tables. */
  readonly styles?: readonly CSSResult[];
}

const NO_MARKS = new Map<string, never>();

/**
 * The element styles as a sheet's text, every rule scoped to the wrapper with light-DOM mode's
 * selector rewriting (`:host` is the wrapper). Not light-DOM mode's sheet builder itself: that one
 * stays as small as it is in every element's bundle.
 */
function scopedCss(styles: readonly CSSResult[]): string {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles.map((style) => style.cssText).join('\n'));
  const scope = (rules: CSSRuleList): string =>
    [...rules]
      .map((rule) => {
        if (rule instanceof CSSStyleRule) {
          const selectors = splitSelectorList(rule.selectorText).map((selector) =>
            scopeSelector(selector, `.${STATIC_TABLES_CLASS}`),
          );
          return `${selectors.join(',')}{${rule.style.cssText}}`;
        }
        if (rule instanceof CSSGroupingRule)
          return `${rule.cssText.slice(0, rule.cssText.indexOf('{'))}{${scope(rule.cssRules)}}`;
        return rule.cssText;
      })
      .join('\n');
  return scope(sheet.cssRules);
}

/** The tables as HTML: a wrapper in the locale's language, the scoped styles, then each table. */
export function staticTablesHtml(view: StaticTables): string {
  const legend = escapeHtml(
    msg('标 * 的合计为原数据未提供、按合计关系自动计算的数值。', { id: 'legend.computed' }),
  );
  const tables = view.layouts.map((layout) => {
    const cells = view.cells[layout.id] ?? new Map();
    const markup = tablesMarkup({
      layout,
      caption: localizedCaption(layout),
      cells,
      // The copy is for publishing: findings stay in the editor, so no cell points at one.
      marks: NO_MARKS,
      findingId: (index) => `${view.idPrefix}-finding-${index}`,
      text: localizedText,
      idPrefix: view.idPrefix,
      locale: view.locale,
    });
    const computed = [...cells.values()].some((cell) => cell.state === 'computed');
    return computed
      ? `${markup}\n<p class="legend"><span aria-hidden="true">*</span> ${legend}</p>`
      : markup;
  });
  const style = view.styles ? `<style>\n${scopedCss(view.styles)}\n</style>\n` : '';
  return `<div class="${STATIC_TABLES_CLASS}" lang="${escapeHtml(view.locale)}">\n${style}${tables.join('\n')}\n</div>\n`;
}
