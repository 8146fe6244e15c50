/** The editor's logic, pure: the sheet of cells, the document, paste, undo, drafts, last year. */
export * from './sheet.js';
export * from './values.js';
export * from './clipboard.js';
export * from './history.js';
export * from './draft.js';
export * from './carry-over.js';
export * from './output.js';
