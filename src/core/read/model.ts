/**
 * A published table as the reader sees it: rows of cells, each with its text and spans, as a
 * CMS wrote them. No DOM: `src/internal/published-table.ts` builds this from a `<table>`, and
 * tests and servers can build it from anything.
 */

export interface PublishedCell {
  /** The cell's text, line breaks between its blocks kept as `\n`. */
  readonly text: string;
  readonly rowspan: number;
  readonly colspan: number;
}

export type PublishedRow = readonly PublishedCell[];

export interface PublishedTable {
  readonly rows: readonly PublishedRow[];
}

/** Builds a model cell; spans below 1 or absurdly large are what browsers clamp them to. */
export function publishedCell(text: string, rowspan = 1, colspan = 1): PublishedCell {
  return { text, rowspan: clampSpan(rowspan, 65534), colspan: clampSpan(colspan, 1000) };
}

/** HTML's own limits: rowspan 0..65534 (0 treated here as 1), colspan 1..1000. */
function clampSpan(span: number, max: number): number {
  return Number.isInteger(span) && span >= 1 ? Math.min(span, max) : 1;
}
