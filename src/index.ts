/** Registers every element and exports the public API. */
import { applyPageLocale } from './internal/page-locale.js';

export { DisclosureApplicationsTable } from './components/disclosure-applications-table/define.js';
export { ProactiveDisclosureTable } from './components/proactive-disclosure-table/define.js';
export { ReviewLitigationTable } from './components/review-litigation-table/define.js';
export { DisclosureAnnualReport } from './components/disclosure-annual-report/define.js';
export { DisclosureEnhance } from './components/disclosure-enhance/define.js';
export { readPublishedReport, type PublishedReport } from './internal/published-table.js';
export { DisclosureCheckEvent } from './events/disclosure-check-event.js';
export { DisclosureErrorEvent } from './events/disclosure-error-event.js';
export type { Finding, Severity } from './core/check.js';
export type { InputProblem } from './core/parse.js';
export type { ReportDocument } from './core/document.js';
export { getLocale, setLocale, type Locale } from './localization.js';

// The drop-in bundle needs no setup: a page with <html lang="en"> gets English.
void applyPageLocale();
