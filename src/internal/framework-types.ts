/**
 * What the framework typings (src/react, src/vue) say about every element: the tag of each
 * class, the members a page sets, and the events it listens to. Types only; nothing runs.
 */
import type { DisclosureAnnualReport } from '../components/disclosure-annual-report/disclosure-annual-report.js';
import type { DisclosureApplicationsTable } from '../components/disclosure-applications-table/disclosure-applications-table.js';
import type { ProactiveDisclosureTable } from '../components/proactive-disclosure-table/proactive-disclosure-table.js';
import type { ReviewLitigationTable } from '../components/review-litigation-table/review-litigation-table.js';
import type { DisclosureCheckEvent } from '../events/disclosure-check-event.js';
import type { DisclosureErrorEvent } from '../events/disclosure-error-event.js';

/** Every element, by tag. */
export interface DisclosureElementsByTag {
  'disclosure-annual-report': DisclosureAnnualReport;
  'disclosure-applications-table': DisclosureApplicationsTable;
  'proactive-disclosure-table': ProactiveDisclosureTable;
  'review-litigation-table': ReviewLitigationTable;
}

/** The members a page sets on an element (the read-only `findings` is not one of them). */
export type DisclosureInputName =
  'data' | 'previous' | 'src' | 'caption' | 'lightDom' | 'previousSrc';

/** The inputs of element `E`, each optional, typed as the class declares it. */
export type DisclosureInputs<E> = Partial<Pick<E, DisclosureInputName & keyof E>>;

/** The events every element fires, by name. */
export interface DisclosureEvents {
  'disclosure-check': DisclosureCheckEvent;
  'disclosure-error': DisclosureErrorEvent;
}
