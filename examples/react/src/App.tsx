/**
 * disclosure-tables in a React 19 app: table 三 from an object and from JSON text, and the whole
 * report, each showing how many findings its `disclosure-check` event reported.
 */
import { useState } from 'react';
// The components (`onDisclosureCheck` works on them), the JSX typings of the bare tags, and the
// registration of every element.
import { DisclosureAnnualReport, DisclosureApplicationsTable } from 'disclosure-tables/react';
import type { DisclosureCheckEvent } from 'disclosure-tables';
import report from '../../../src/data/xiangtan-county-2025.json';
import reportText from '../../../src/data/xiangtan-county-2025.json?raw';

/** The number of findings of the last `disclosure-check`, or a dash before the first one. */
function useFindingCount() {
  const [count, setCount] = useState<number>();
  const onCheck = (event: DisclosureCheckEvent) => setCount(event.findings.length);
  return [count === undefined ? '—' : String(count), onCheck] as const;
}

export function App() {
  const [fromObject, onObjectCheck] = useFindingCount();
  const [fromText, onTextCheck] = useFindingCount();
  const [whole, onReportCheck] = useFindingCount();
  return (
    <main>
      <section id="object">
        <h2>Table 三 from an object, on the bare tag</h2>
        <disclosure-applications-table data={report} ondisclosure-check={onObjectCheck} />
        <p>
          Findings: <output>{fromObject}</output>
        </p>
      </section>
      <section id="text">
        <h2>Table 三 from JSON text, through the React component</h2>
        <DisclosureApplicationsTable data={reportText} onDisclosureCheck={onTextCheck} />
        <p>
          Findings: <output>{fromText}</output>
        </p>
      </section>
      <section id="report">
        <h2>The whole report</h2>
        <DisclosureAnnualReport data={report} onDisclosureCheck={onReportCheck} />
        <p>
          Findings: <output>{whole}</output>
        </p>
      </section>
    </main>
  );
}
