/**
 * The formats the reader knows, with their tables. Until the format declarations carry every
 * format, the 2021 format is built here from its layouts.
 */
import { APPLICATIONS_LAYOUT } from '../layouts/applications.js';
import { PROACTIVE_LAYOUT } from '../layouts/proactive.js';
import { REVIEW_LITIGATION_LAYOUT } from '../layouts/review-litigation.js';
import type { ReadableFormat } from './read-report.js';

export const READABLE_FORMATS: readonly ReadableFormat[] = [
  { id: '2021', tables: [PROACTIVE_LAYOUT, APPLICATIONS_LAYOUT, REVIEW_LITIGATION_LAYOUT] },
];
