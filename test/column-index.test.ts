/**
 * The column a screen reader announces for every value cell is its true column in the grid.
 * Chromium's own table model misplaces cells in rows under a row-spanning header (table 三's
 * 1.属于国家秘密 × 自然人 is in column 4; Chromium says 3), so every cell carries
 * `aria-colindex`, which Chromium exposes as the `colindex` object attribute that Orca speaks.
 * The true column is worked out here from the layout alone, not from the renderer.
 */
import { expect } from '@open-wc/testing';
import {
  depth,
  hasRowHeaders,
  leafPaths,
  valueCells,
  type TableLayout,
} from '../src/core/layout.js';
import { LAYOUTS } from './fixtures/arbitraries.js';
import { ELEMENTS, type DataElement } from './fixtures/elements.js';
import { withoutTotals } from './fixtures/reports.js';
import { atspiPositions, isSkipped, type CellPosition } from './helpers/atspi.js';
import { RENDER_MODES, renderRoot, valueCellsOf, type RenderMode } from './helpers/element.js';

/** Each value cell's 1-based grid column: after the row-header columns and the leaves before it. */
function trueColumns(layout: TableLayout): Map<string, number> {
  const columns = new Map<string, number>();
  for (const cell of valueCells(layout)) {
    const block = layout.blocks[cell.blockIndex];
    let column = (hasRowHeaders(block) ? depth(block.rows) : 0) + 1;
    for (const path of leafPaths(block.columns)) {
      if (path.every((node, i) => node === cell.columnPath[i])) break;
      column += path[path.length - 1].span ?? 1;
    }
    columns.set(cell.key, column);
  }
  return columns;
}

/**
 * The column a screen reader speaks: the colindex attribute (Chromium sets it from `aria-colindex`,
 * or from its own table model without it), else the model's.
 */
const spoken = (position: CellPosition): number =>
  position.colindex === null ? position.column + 1 : Number(position.colindex);

async function render(tag: string, mode: RenderMode): Promise<DataElement> {
  const el = document.createElement(tag) as DataElement;
  el.toggleAttribute('light-dom', mode === 'light DOM');
  // Computed totals too: a cell with a * marker is still in its own column.
  el.data = withoutTotals();
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('column positions', function () {
  this.timeout(30_000);
  afterEach(() => {
    for (const el of document.querySelectorAll(ELEMENTS.map((e) => e.tag).join(','))) el.remove();
  });

  for (const { tag, tables } of ELEMENTS) {
    const expected = new Map(tables.flatMap((id) => [...trueColumns(LAYOUTS[id])]));
    for (const mode of RENDER_MODES) {
      describe(`<${tag}>, ${mode}`, () => {
        it('gives every cell its aria-colindex, and every table its column count', async () => {
          const el = await render(tag, mode);
          const cells = valueCellsOf(el);
          expect(cells).to.have.length(expected.size);
          for (const cell of cells)
            expect(cell.getAttribute('aria-colindex'), cell.dataset.cell).to.equal(
              String(expected.get(cell.dataset.cell!)),
            );
          for (const th of renderRoot(el).querySelectorAll('th, td'))
            expect(th.getAttribute('aria-colindex'), th.textContent!).to.match(/^[1-9]\d*$/);
          for (const table of renderRoot(el).querySelectorAll('table'))
            expect(Number(table.getAttribute('aria-colcount'))).to.be.at.least(
              Math.max(
                ...[...table.querySelectorAll('[aria-colindex]')].map((c) =>
                  Number(c.getAttribute('aria-colindex')),
                ),
              ),
            );
        });

        it('is announced in its true column by Chromium (AT-SPI) for every value cell', async function () {
          const el = await render(tag, mode);
          const cells = valueCellsOf(el);
          const result = await atspiPositions(cells.map((cell) => cell.id));
          if (isSkipped(result)) this.skip();
          else {
            const wrong = cells
              .filter((cell) => spoken(result[cell.id]) !== expected.get(cell.dataset.cell!))
              .map((cell) => `${cell.dataset.cell}: ${spoken(result[cell.id])}`);
            expect(wrong).to.deep.equal([]);
          }
        });
      });
    }
  }

  it('without aria-colindex, Chromium misplaces the cells under a row-spanning header (the check can fail)', async function () {
    const el = await render('disclosure-applications-table', 'light DOM');
    for (const cell of renderRoot(el).querySelectorAll('[aria-colindex]'))
      cell.removeAttribute('aria-colindex');
    const cells = valueCellsOf(el);
    const result = await atspiPositions(cells.map((cell) => cell.id));
    if (isSkipped(result)) this.skip();
    else {
      const expected = trueColumns(LAYOUTS.applications);
      const cell = cells.find(
        (c) => c.dataset.cell === 'applications.withheld.stateSecret.naturalPerson',
      )!;
      expect(spoken(result[cell.id])).to.not.equal(expected.get(cell.dataset.cell!));
    }
  });
});
