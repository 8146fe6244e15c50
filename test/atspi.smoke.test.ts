import { expect } from '@open-wc/testing';

import { atspiHeaders, isSkipped } from './helpers/atspi.js';

// Two levels of column headers (year, then plan/actual) and two of row headers (group, then
// line), spans in both directions, and a second row group whose cells also name their
// headers with `headers` (Chromium's AT-SPI relations come from the table structure and
// `scope`; `headers` does not change them, so here both say the same).
const TABLE = `
<table>
  <caption>Budget</caption>
  <thead>
    <tr>
      <td colspan="2" rowspan="2"></td>
      <th id="h-2024" colspan="2" scope="colgroup">2024</th>
      <th id="h-2025" colspan="2" scope="colgroup">2025</th>
    </tr>
    <tr>
      <th id="h-2024-plan" scope="col">Plan</th>
      <th id="h-2024-actual" scope="col">Actual</th>
      <th id="h-2025-plan" scope="col">Plan</th>
      <th id="h-2025-actual" scope="col">Actual</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <th id="h-income" rowspan="2" scope="rowgroup">Income</th>
      <th id="h-fees" scope="row">Fees</th>
      <td id="fees-2024-plan">1</td>
      <td id="fees-2024-actual">2</td>
      <td id="fees-2025-plan">3</td>
      <td id="fees-2025-actual">4</td>
    </tr>
    <tr>
      <th id="h-grants" scope="row">Grants</th>
      <td id="grants-2024-plan">5</td>
      <td id="grants-2024-actual">6</td>
      <td id="grants-2025-plan">7</td>
      <td id="grants-2025-actual">8</td>
    </tr>
  </tbody>
  <tbody>
    <tr>
      <th id="h-total" colspan="2" scope="row">Total</th>
      <td id="total-2024-plan" headers="h-total h-2024 h-2024-plan">6</td>
      <td id="total-2024-actual" headers="h-total h-2024 h-2024-actual">8</td>
      <td id="total-2025-plan" headers="h-total h-2025 h-2025-plan">10</td>
      <td id="total-2025-actual" headers="h-total h-2025 h-2025-actual">12</td>
    </tr>
  </tbody>
</table>`;

describe('AT-SPI header relations (test/helpers/atspi.ts)', () => {
  let host: HTMLDivElement;

  beforeEach(() => {
    host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = TABLE;
    document.body.append(host);
  });

  afterEach(() => host.remove());

  it('reads multi-level column and row headers of cells inside a shadow root', async function () {
    const result = await atspiHeaders([
      'fees-2024-actual',
      'grants-2025-plan',
      'total-2025-actual',
    ]);
    if (isSkipped(result)) this.skip();
    expect(result).to.deep.equal({
      'fees-2024-actual': { columnHeaders: ['2024', 'Actual'], rowHeaders: ['Income', 'Fees'] },
      'grants-2025-plan': { columnHeaders: ['2025', 'Plan'], rowHeaders: ['Income', 'Grants'] },
      'total-2025-actual': { columnHeaders: ['2025', 'Actual'], rowHeaders: ['Total'] },
    });
  });

  it('sees a change made just before the call, not the tree from before it', async function () {
    host.shadowRoot!.querySelector('#h-fees')!.textContent = 'Tuition';
    host.shadowRoot!.querySelector('#h-2025')!.setAttribute('colspan', '1');
    const result = await atspiHeaders(['fees-2024-actual', 'fees-2025-actual']);
    if (isSkipped(result)) this.skip();
    // 2025 now spans only its Plan column; the Actual column under it has no year header.
    expect(result).to.deep.equal({
      'fees-2024-actual': { columnHeaders: ['2024', 'Actual'], rowHeaders: ['Income', 'Tuition'] },
      'fees-2025-actual': { columnHeaders: ['Actual'], rowHeaders: ['Income', 'Tuition'] },
    });
  });

  it('rejects a cell id that is not exposed as a table cell', async function () {
    host.shadowRoot!.querySelector('caption')!.id = 'the-caption';
    let error: unknown;
    try {
      if (isSkipped(await atspiHeaders(['the-caption']))) this.skip();
    } catch (caught) {
      error = caught;
    }
    expect(String(error)).to.match(/#the-caption: exposed as "caption", not as a table cell/);
  });

  it('rejects an id that is not in the page before asking AT-SPI', async () => {
    let error: unknown;
    try {
      await atspiHeaders(['no-such-cell']);
    } catch (caught) {
      error = caught;
    }
    expect(String(error)).to.match(/no element #no-such-cell/);
  });
});
