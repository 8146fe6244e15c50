import { defineElement } from '../../internal/define.js';
import { ProactiveDisclosureTable } from './proactive-disclosure-table.js';

export { ProactiveDisclosureTable };
defineElement('proactive-disclosure-table', ProactiveDisclosureTable);

declare global {
  interface HTMLElementTagNameMap {
    'proactive-disclosure-table': ProactiveDisclosureTable;
  }
}
