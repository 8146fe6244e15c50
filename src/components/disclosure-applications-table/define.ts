import { defineElement } from '../../internal/define.js';
import { DisclosureApplicationsTable } from './disclosure-applications-table.js';

export { DisclosureApplicationsTable };
defineElement('disclosure-applications-table', DisclosureApplicationsTable);

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-applications-table': DisclosureApplicationsTable;
  }
}
