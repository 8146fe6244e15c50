/**
 * The formats the reader knows: every format the core declares, with its tables. Label matching
 * is built from those tables' layouts, so a new format is read without a word added here.
 */
import { compiledFormat, FORMAT_IDS } from '../format.js';
import type { ReadableFormat } from './read-report.js';

/** The declared formats, the default (2021) first: it wins a tie, as a document without `format` is 2021. */
export const READABLE_FORMATS: readonly ReadableFormat[] = FORMAT_IDS.map((id) =>
  compiledFormat(id),
).sort((a, b) => Number(b.id === '2021') - Number(a.id === '2021'));
