/**
 * What the editor hands on: the report document as a JSON file, and the CMS snippet that shows
 * it on a page. Plain text out of plain data; the element only offers them to the user.
 */
import type { ReportDocument } from '../document.js';
import type { EditorState } from './values.js';

/** The document as the JSON file the editor downloads: indented, ending with a line break. */
export const documentJson = (document: ReportDocument): string =>
  `${JSON.stringify(document, null, 2)}\n`;

/**
 * The CMS snippet: `tag` with the document in a child JSON script, for the CMS's source view.
 * Every `<` in the JSON is written `\u003c` (the same string to a JSON reader), so that no value
 * can end the script early or open a comment.
 */
export function cmsSnippet(document: ReportDocument, tag = 'disclosure-annual-report'): string {
  const json = JSON.stringify(document, null, 2).replace(/</g, '\\u003c');
  return `<${tag}>\n<script type="application/json">\n${json}\n</script>\n</${tag}>\n`;
}

/** Characters no file name may hold on Windows, macOS or Linux, and control characters. */
const NOT_IN_FILE_NAMES = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;

/**
 * The name of the downloaded file: the agency and the year as typed, joined by a hyphen
 * (`湘潭县人民政府-2025.json`), `disclosure-report.json` when neither is given.
 */
export function documentFileName(state: Pick<EditorState, 'agency' | 'year'>): string {
  const parts = [state.agency, state.year]
    .map((part) =>
      part
        .replace(NOT_IN_FILE_NAMES, ' ')
        .replace(/^[\s.]+/, '')
        .trim(),
    )
    .filter(Boolean);
  const name = parts.join('-').slice(0, 120);
  return `${name || 'disclosure-report'}.json`;
}
