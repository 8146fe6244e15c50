/** Reading published tables: pure, no DOM. See docs/enhance-published-tables.md. */
export {
  publishedCell,
  type PublishedCell,
  type PublishedRow,
  type PublishedTable,
} from './model.js';
export { normalizeLabel, withinOneEdit } from './label.js';
export {
  readTable,
  readValue,
  readValueWithUnit,
  type ReadSection,
  type ReadValue,
  type TableReading,
  type Unmatched,
  type UnreadReason,
} from './read-table.js';
export {
  readPublishedTables,
  readTitle,
  type PublishedReading,
  type ReadDocument,
  type ReadOptions,
  type ReadableFormat,
  type TableOutcome,
  type UnmatchedLabel,
} from './read-report.js';
export { READABLE_FORMATS } from './formats.js';
