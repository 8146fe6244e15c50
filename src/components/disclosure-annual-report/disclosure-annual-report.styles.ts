import { css } from 'lit';

/** The report's own parts; the tables inside keep the shared table styles. */
export const reportStyles = css`
  .report-heading {
    font-size: 1.4em;
    margin-block: 0 0.75em;
  }
  .section {
    margin-block: 1.25em;
  }
  .section-heading {
    font-size: 1.15em;
    margin-block: 0 0.5em;
  }
`;
