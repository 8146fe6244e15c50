import { defineElement } from '../../internal/define.js';
import { DisclosureAnnualReport } from './disclosure-annual-report.js';

export { DisclosureAnnualReport };
defineElement('disclosure-annual-report', DisclosureAnnualReport);

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-annual-report': DisclosureAnnualReport;
  }
}
