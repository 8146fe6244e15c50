import { css } from 'lit';

/**
 * Styles shared by every table element. Public knobs are `--disclosure-*` custom properties,
 * each with a fallback; the defaults meet 4.5:1 contrast and a 1.5 line height.
 */
export const tableStyles = css`
  :host {
    display: block;
    --_font: var(--disclosure-font-family, inherit);
    --_text: var(--disclosure-text-color, #1a1a1a);
    --_background: var(--disclosure-background, #fff);
    --_border: var(--disclosure-border-color, #5c5c5c);
    --_header-background: var(--disclosure-header-background, #eef1f5);
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
  .scroll {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .scroll:focus-visible {
    outline: 3px solid var(--disclosure-focus-color, #1a5fb4);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    background: var(--_background);
    font-size: var(--disclosure-font-size, 1rem);
  }
  /* Table 二 is one native table per block (see buildTables): equal fixed columns make the
     blocks line up as one table, and each overlaps the one above by its shared border. */
  .blocks table {
    table-layout: fixed;
    inline-size: 100%;
    min-inline-size: 36em;
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
    border: 1px solid var(--_border);
    padding: 0.35em 0.6em;
    vertical-align: middle;
  }
  th {
    background: var(--_header-background);
    font-weight: normal;
    text-align: center;
  }
  th[scope='row'],
  th[scope='rowgroup'] {
    text-align: start;
  }
  td.note {
    font-size: 0.9em;
    background: var(--_header-background);
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
    outline: 2px solid var(--_finding-color);
    outline-offset: -3px;
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
  .findings .severity::after {
    content: '：';
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
  @media (forced-colors: active) {
    th,
    td {
      border-color: CanvasText;
    }
    td.flagged {
      outline-color: Mark;
    }
    .finding-mark,
    .computed-mark {
      color: CanvasText;
    }
  }
`;
