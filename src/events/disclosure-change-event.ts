import type { ReportDocument } from '../core/document.js';

/** What changed the editor's report. */
export type ChangeCause = 'typing' | 'paste' | 'undo' | 'fill' | 'clear' | 'load' | 'format';

/** Fired by `<disclosure-report-editor>` after each edit, paste or undo, with the report as it now stands. */
export class DisclosureChangeEvent extends Event {
  static readonly eventName = 'disclosure-change' as const;
  /** The report document as entered. */
  readonly report: ReportDocument;
  readonly cause: ChangeCause;

  constructor(report: ReportDocument, cause: ChangeCause) {
    super(DisclosureChangeEvent.eventName, { bubbles: true, composed: true });
    this.report = report;
    this.cause = cause;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'disclosure-change': DisclosureChangeEvent;
  }
}
