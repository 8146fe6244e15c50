/**
 * `disclosure-tables/react`: every element as a React component, and JSX typings for the tags.
 *
 * React passes an `onXxx` prop of a custom element to `addEventListener` under the prop's own
 * name after `on`: `ondisclosure-check` works on the bare tag, `onDisclosureCheck` does not. The
 * components below (made with `@lit/react`) map `onDisclosureCheck` and `onDisclosureError` to
 * the real events, and set every input as a property. Importing this module registers the
 * elements. `react` and `@lit/react` are optional peer dependencies: only this entry needs them.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { DisclosureAnnualReport as AnnualReportElement } from '../components/disclosure-annual-report/define.js';
import { DisclosureApplicationsTable as ApplicationsTableElement } from '../components/disclosure-applications-table/define.js';
import { ProactiveDisclosureTable as ProactiveTableElement } from '../components/proactive-disclosure-table/define.js';
import { ReviewLitigationTable as ReviewLitigationTableElement } from '../components/review-litigation-table/define.js';
import type { DisclosureCheckEvent } from '../events/disclosure-check-event.js';
import type { DisclosureErrorEvent } from '../events/disclosure-error-event.js';
import type {
  DisclosureElementsByTag,
  DisclosureEvents,
  DisclosureInputs,
} from '../internal/framework-types.js';

const events = {
  onDisclosureCheck: 'disclosure-check' as EventName<DisclosureCheckEvent>,
  onDisclosureError: 'disclosure-error' as EventName<DisclosureErrorEvent>,
};

/** `<disclosure-applications-table>`: table 三, applications received and handled. */
export const DisclosureApplicationsTable = createComponent({
  react: React,
  tagName: 'disclosure-applications-table',
  elementClass: ApplicationsTableElement,
  events,
});

/** `<proactive-disclosure-table>`: table 二, information disclosed proactively. */
export const ProactiveDisclosureTable = createComponent({
  react: React,
  tagName: 'proactive-disclosure-table',
  elementClass: ProactiveTableElement,
  events,
});

/** `<review-litigation-table>`: table 四, administrative review and litigation. */
export const ReviewLitigationTable = createComponent({
  react: React,
  tagName: 'review-litigation-table',
  elementClass: ReviewLitigationTableElement,
  events,
});

/** `<disclosure-annual-report>`: the whole report, its three tables and its sections. */
export const DisclosureAnnualReport = createComponent({
  react: React,
  tagName: 'disclosure-annual-report',
  elementClass: AnnualReportElement,
  events,
});

/**
 * The props of a bare tag in JSX: its inputs (set as properties by React 19), the usual HTML
 * attributes, and a listener for each event under the name React 19 listens with.
 */
export type DisclosureElementProps<E extends HTMLElement> = DisclosureInputs<E> &
  React.HTMLAttributes<E> &
  React.RefAttributes<E> & {
    [Name in keyof DisclosureEvents as `on${Name}`]?: (event: DisclosureEvents[Name]) => void;
  };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace.
  namespace JSX {
    interface IntrinsicElements {
      'disclosure-annual-report': DisclosureElementProps<
        DisclosureElementsByTag['disclosure-annual-report']
      >;
      'disclosure-applications-table': DisclosureElementProps<
        DisclosureElementsByTag['disclosure-applications-table']
      >;
      'proactive-disclosure-table': DisclosureElementProps<
        DisclosureElementsByTag['proactive-disclosure-table']
      >;
      'review-litigation-table': DisclosureElementProps<
        DisclosureElementsByTag['review-litigation-table']
      >;
    }
  }
}
