/**
 * Everything English adds to a page, as one module: lit-localize's templates and the table
 * labels' translations. In the drop-in build it is the file `disclosure-tables.en.js`, fetched
 * from beside the drop-in only when the page asks for English.
 */
export { templates } from '../generated/locales/en.js';
export { labels } from './en-labels.js';
