/**
 * Never rendered: `tsc --noEmit` proves the package's JSX typings reject what the elements do
 * not take. Each `@ts-expect-error` fails the check if the line it covers type-checks, so without
 * the typings (or with loose ones) this file is an error.
 */
import type { DisclosureCheckEvent, DisclosureErrorEvent } from 'disclosure-tables';
import { DisclosureApplicationsTable } from 'disclosure-tables/react';

export function TypingsCheck() {
  const onCheck = (event: DisclosureCheckEvent) => event.findings.length;
  const onError = (event: DisclosureErrorEvent) => event.type;
  return (
    <>
      <disclosure-applications-table caption="表三" light-dom={undefined} ondisclosure-check={onCheck} />
      <review-litigation-table src="/report.json" lightDom ondisclosure-error={onError} />
      {/* @ts-expect-error a caption is text */}
      <disclosure-applications-table caption={3} />
      {/* @ts-expect-error the check event's listener gets a DisclosureCheckEvent */}
      <proactive-disclosure-table ondisclosure-check={(event: DisclosureErrorEvent) => event} />
      {/* @ts-expect-error no such tag */}
      <disclosure-application-table />
      <DisclosureApplicationsTable onDisclosureCheck={onCheck} onDisclosureError={onError} />
      {/* @ts-expect-error onDisclosureError gets a DisclosureErrorEvent */}
      <DisclosureApplicationsTable onDisclosureError={onCheck} />
    </>
  );
}
