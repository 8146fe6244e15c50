/**
 * The sticky row headers' measuring, with several elements on one page: each element's cells
 * get their own offsets, and every table is measured in one pass (all reads, then all writes),
 * so that N tables cost one layout rather than N.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../components/disclosure-applications-table/define.js';
import '../components/proactive-disclosure-table/define.js';
import { xiangtan } from '../../test/fixtures/reports.js';
import { STICKY_CELLS } from './sticky-row-headers.js';

type DataElement = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };

const twoFrames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Layouts the page has computed so far, counted by the browser (test/plugins/page-plugin.mjs). */
const layoutCount = async () =>
  ((await executeServerCommand('layout-count')) as { layouts: number }).layouts;

/**
 * How many layouts the page computes from rendering table 三 and 二 until two frames later:
 * the frame's own layout, plus every one that a script forced or that a write in the frame's
 * ResizeObserver callbacks made necessary.
 */
async function layoutsToRender(): Promise<number> {
  await twoFrames();
  const before = await layoutCount();
  await renderAll(['disclosure-applications-table', 'proactive-disclosure-table']);
  await twoFrames();
  return (await layoutCount()) - before;
}

async function renderAll(tags: readonly string[]): Promise<DataElement[]> {
  const elements = tags.map((tag) => {
    const el = document.createElement(tag) as DataElement;
    el.data = xiangtan();
    return el;
  });
  document.body.append(...elements);
  await Promise.all(elements.map((el) => el.updateComplete));
  return elements;
}

describe('StickyRowHeaders', () => {
  // Narrow enough that both tables overflow: a Chinese table 二 fits a 360 px screen whole.
  beforeEach(() => setViewport({ width: 280, height: 740 }));
  afterEach(async () => {
    document
      .querySelectorAll('disclosure-applications-table, proactive-disclosure-table')
      .forEach((el) => el.remove());
    await setViewport({ width: 800, height: 600 });
  });

  it("gives every element's sticky cells their own distance from their table's start", async () => {
    const elements = await renderAll([
      'disclosure-applications-table',
      'proactive-disclosure-table',
      'disclosure-applications-table',
    ]);
    await twoFrames();
    for (const el of elements) {
      const tables = [...el.shadowRoot!.querySelectorAll('table')];
      expect(tables.length).to.be.greaterThan(0);
      for (const table of tables) {
        const start = table.getBoundingClientRect().left;
        const cells = [...table.querySelectorAll<HTMLElement>(STICKY_CELLS)];
        expect(cells.length, el.localName).to.be.greaterThan(0);
        const offsets = cells.map((cell) => cell.getBoundingClientRect().left - start);
        expect(
          new Set(offsets.map(Math.round)).size,
          'three row-header columns side by side',
        ).to.be.greaterThan(el.localName === 'disclosure-applications-table' ? 2 : 0);
        cells.forEach((cell, i) =>
          expect(
            parseFloat(cell.style.getPropertyValue('--_sticky-start')),
            cell.textContent!.trim(),
          ).to.be.closeTo(offsets[i], 1),
        );
      }
    }
  });

  it('measures the tables of every element in one pass: all unstuck, then all written', async () => {
    const changes: string[] = [];
    const watch = new MutationObserver((records) => {
      for (const record of records) changes.push(record.oldValue === null ? 'unstick' : 'restick');
    });
    const elements = ['disclosure-applications-table', 'proactive-disclosure-table'].map((tag) => {
      const el = document.createElement(tag) as DataElement;
      el.data = xiangtan();
      return el;
    });
    document.body.append(...elements);
    await Promise.all(elements.map((el) => el.updateComplete));
    for (const el of elements)
      watch.observe(el.shadowRoot!, {
        subtree: true,
        attributeFilter: ['data-measuring'],
        attributeOldValue: true,
      });
    await twoFrames();
    watch.disconnect();
    // Table 三 is one table, table 二 four, each measured once: 5 unstuck, then 5 restuck.
    expect(changes).to.deep.equal([...Array(5).fill('unstick'), ...Array(5).fill('restick')]);
  });

  it('measures nothing where every table fits: no layout is forced, no offset written', async () => {
    await setViewport({ width: 1600, height: 900 });
    const toggles: string[] = [];
    const watch = new MutationObserver((records) => {
      for (const record of records) toggles.push(record.attributeName!);
    });
    const elements = ['disclosure-applications-table', 'proactive-disclosure-table'].map((tag) => {
      const el = document.createElement(tag) as DataElement;
      el.data = xiangtan();
      return el;
    });
    document.body.append(...elements);
    await Promise.all(elements.map((el) => el.updateComplete));
    for (const el of elements)
      watch.observe(el.shadowRoot!, {
        subtree: true,
        attributeFilter: ['data-measuring', 'style'],
      });
    await twoFrames();
    watch.disconnect();
    for (const el of elements) {
      const region = el.shadowRoot!.querySelector<HTMLElement>('[part="scroll-region"]')!;
      expect(region.scrollWidth, 'the table fits').to.equal(region.clientWidth);
    }
    expect(toggles).to.deep.equal([]);

    // Narrowed until the tables overflow, they are measured after all.
    await setViewport({ width: 360, height: 740 });
    await twoFrames();
    const cell = elements[0].shadowRoot!.querySelector<HTMLElement>(STICKY_CELLS)!;
    expect(cell.style.getPropertyValue('--_sticky-start')).to.not.equal('');
  });

  it('costs no layout where every table fits: the page lays out once, in its own frame', async () => {
    await setViewport({ width: 1600, height: 900 });
    expect(await layoutsToRender()).to.equal(1);
  });

  it('costs layouts where the tables overflow (the count above can tell)', async () => {
    // Measuring unsticks the cells (a layout forced to read them), then writes their offsets
    // (a layout again before the frame paints): more than the frame's own one.
    expect(await layoutsToRender()).to.be.greaterThan(1);
  });
});
