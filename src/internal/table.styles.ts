import { css } from 'lit';

/**
 * Styles shared by every table element. Public knobs are `--disclosure-*` custom properties,
 * each with a fallback (documented on DisclosureDataElement); the defaults meet 4.5:1 contrast
 * and a 1.5 line height. In light-DOM mode the same rules are scoped to the tag (light-dom.ts).
 */
export const tableStyles = css`
  :host {
    display: block;
    --_font: var(--disclosure-font-family, inherit);
    --_text: var(--disclosure-text-color, #1a1a1a);
    --_background: var(--disclosure-background, #fff);
    --_border: var(--disclosure-border-color, #5c5c5c);
    --_header-background: var(--disclosure-header-background, #eef1f5);
    --_header-text: var(--disclosure-header-color, var(--_text));
    --_border-width: var(--disclosure-border-width, 1px);
    --_finding-outline-width: var(--disclosure-finding-outline-width, 2px);
    --_finding-color: var(--disclosure-finding-color, #a4000f);
    --_finding-background: var(--disclosure-finding-background, #fff1f0);
    --_computed-color: var(--disclosure-computed-color, #1f4e8c);
    font-family: var(--_font);
    color: var(--_text);
    line-height: var(--disclosure-line-height, 1.5);
  }
  :host([hidden]) {
    display: none;
  }
  /* Positioned, so that it holds the visually hidden text of the cells it scrolls: absolutely
     positioned, that text would otherwise take the page as its box and widen it. */
  .scroll {
    position: relative;
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .scroll:focus-visible {
    outline: 3px solid var(--disclosure-focus-color, #1a5fb4);
    outline-offset: 2px;
  }
  /* Separate borders, each cell drawing its end and bottom ones and the table its start and top:
     collapsed borders belong to the table and stay behind when a sticky cell moves. */
  table {
    border-collapse: separate;
    border-spacing: 0;
    border-block-start: var(--_border-width) solid var(--_border);
    border-inline-start: var(--_border-width) solid var(--_border);
    background: var(--_background);
    font-size: var(--disclosure-font-size, 1rem);
  }
  /* Table 二 is one native table per block (see buildTables): equal fixed columns make the
     blocks line up as one table, and each overlaps the one above by its shared border. Its
     Chinese words break between any two characters, so four columns fit a 360 px screen; its
     English ones need wider columns (a word such as "Administrative" never breaks). */
  .blocks table {
    table-layout: fixed;
    inline-size: 100%;
    min-inline-size: 36em;
  }
  .blocks table:lang(zh) {
    min-inline-size: 18em;
  }
  /* Where an English table 二 is wider than a narrow screen, a block's single value (行政许可 and
     the like) stands beside its label, not at the far end of the three columns it spans. Range
     syntax, as the minifier writes it, so the drop-in file's rules are the source's. */
  @media (width <= 40em) {
    .blocks td[colspan] {
      text-align: start;
    }
  }
  .blocks table + table {
    margin-block-start: -1px;
  }
  caption {
    caption-side: top;
    text-align: start;
    font-weight: bold;
    font-size: 1.1em;
    padding-block: 0.5em;
  }
  th,
  td {
    border: 0 solid var(--_border);
    border-block-end-width: var(--_border-width);
    border-inline-end-width: var(--_border-width);
    padding: 0.35em 0.6em;
    vertical-align: middle;
  }
  th {
    background: var(--_header-background);
    color: var(--_header-text);
    font-weight: normal;
    text-align: center;
  }
  th[scope='row'],
  th[scope='rowgroup'] {
    text-align: start;
  }
  /* Squeezed into a narrow screen, a label would otherwise break after every character. */
  th[scope='row'] {
    min-inline-size: 5em;
  }
  th[scope='rowgroup'] {
    min-inline-size: 2em;
  }
  td.note {
    font-size: 0.9em;
    background: var(--_header-background);
    color: var(--_header-text);
  }
  td[data-cell] {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  td.invalid {
    font-style: italic;
    white-space: normal;
    word-break: break-all;
  }
  td.flagged {
    background: var(--_finding-background);
    outline: var(--_finding-outline-width) solid var(--_finding-color);
    outline-offset: calc(-1 * var(--_finding-outline-width) - 1px);
  }
  /* The total of a relation that disagrees with its parts: a double outline, twice as wide, and Σ
     after its number; its addends keep the single line. */
  td.flagged[data-finding-role='total'] {
    outline-style: double;
    outline-width: calc(2 * var(--_finding-outline-width));
    outline-offset: calc(-2 * var(--_finding-outline-width) - 1px);
  }
  /* Named by warnings alone (提示): a dashed outline and the ⓘ marker, not only another colour (a
     total among them keeps its width and its Σ). */
  td.flagged[data-severity='warning'] {
    outline-style: dashed;
  }
  .finding-mark {
    color: var(--_finding-color);
    font-weight: bold;
    margin-inline-start: 0.25em;
    font-size: 0.85em;
  }
  .computed-mark {
    color: var(--_computed-color);
    font-weight: bold;
    margin-inline-start: 0.15em;
  }
  td[data-computed] {
    color: var(--_computed-color);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .legend,
  .findings,
  .status {
    margin-block: 0.75em;
  }
  .findings-heading {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  .findings ol {
    margin: 0;
    padding-inline-start: 2em;
  }
  .findings li.error .severity {
    color: var(--_finding-color);
    font-weight: bold;
  }
  .error {
    border: 2px solid var(--_finding-color);
    padding: 0.5em 1em;
    background: var(--_finding-background);
  }
  .error-title {
    font-weight: bold;
    margin: 0;
  }
  /* Narrow screens: the row headers, and the corner above them, stay in view while the values
     scroll sideways. Each sticks at its own distance from the table's start (StickyRowHeaders
     measures it), so that table 三's three row-header columns stay side by side. Screen only:
     print shows the whole table, unstuck. */
  @media screen {
    th[scope='row'],
    th[scope='rowgroup'],
    .corner {
      position: sticky;
      inset-inline-start: var(--_sticky-start, 0);
      z-index: 1;
    }
    table[data-measuring] :is(th, td) {
      position: static;
    }
    /* A caption is as wide as its table. Where the table is wider than its region, the caption
       is only as wide as the region shows (StickyRowHeaders sets the width), so that it wraps
       there, and it stays at the region's start while the values scroll. */
    caption {
      position: sticky;
      inset-inline-start: 0;
      max-inline-size: var(--_region-inline-size, none);
    }
    /* A Chinese column header is a word (商业企业, 结果维持): it never breaks inside, so that the
       table gives its value columns the width their headers need and the row headers the rest,
       or scrolls in its region (English words never break anyway). Not in table 二, whose fixed
       equal columns must hold their headers, nor on paper, which cannot scroll: there table 四's
       fifteen columns fit only if their headers may break (结果/维持). */
    .scroll:not(.blocks) th[scope='col'] {
      word-break: keep-all;
    }
  }
  @media print {
    /* Every row and column on paper: nothing clipped by the scroll region. */
    .scroll {
      overflow: visible;
    }
    /* Column headers repeat on each page (the UA default, restated so that no site CSS
       undoes it), and a row is never split across two pages. */
    thead {
      display: table-header-group;
    }
    thead + tbody > tr:first-child {
      break-before: avoid;
    }
    tr {
      break-inside: avoid;
    }
    /* Collapsed borders fragment cleanly across pages (nothing is sticky on paper). */
    table {
      border-collapse: collapse;
    }
    th,
    td {
      border-width: var(--_border-width);
    }
    /* A heading stays with what it heads. */
    caption,
    h2,
    h3 {
      break-after: avoid;
    }
    /* Backgrounds are not printed by default: the outline and the ⚠ / ⓘ marker carry a finding. */
    td.flagged {
      outline-width: 3px;
      outline-offset: -4px;
    }
    td.flagged[data-finding-role='total'] {
      outline-width: 5px;
      outline-offset: -6px;
    }
  }
  /* Windows high contrast: the page's colours are replaced, so borders, the flagged outline
     and the markers are given system colours that stay visible in every contrast theme. */
  @media (forced-colors: active) {
    th,
    td {
      border-color: CanvasText;
    }
    td.flagged {
      outline-color: Highlight;
    }
    .finding-mark,
    .computed-mark {
      color: CanvasText;
    }
    .error {
      border-color: CanvasText;
    }
    .scroll:focus-visible {
      outline-color: Highlight;
    }
  }
`;
