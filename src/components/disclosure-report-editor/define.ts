import { defineElement } from '../../internal/define.js';
import { DisclosureReportEditor } from './disclosure-report-editor.js';

export { DisclosureReportEditor };
defineElement('disclosure-report-editor', DisclosureReportEditor);

declare global {
  interface HTMLElementTagNameMap {
    'disclosure-report-editor': DisclosureReportEditor;
  }
}
