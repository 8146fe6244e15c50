import { defineElement } from '../../internal/define.js';
import '../disclosure-applications-table/define.js';
import '../proactive-disclosure-table/define.js';
import '../review-litigation-table/define.js';
import { DisclosureEnhance } from './disclosure-enhance.js';

export { DisclosureEnhance };
defineElement('disclosure-enhance', DisclosureEnhance);

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-enhance': DisclosureEnhance;
  }
}
