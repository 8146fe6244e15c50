import { expect } from '@open-wc/testing';
import { buildGrid, type HeaderCell } from './grid.js';
import { valueCells } from './layout.js';
import { APPLICATIONS_LAYOUT } from './layouts/applications.js';

describe('buildGrid for table 三', () => {
  const grid = buildGrid(APPLICATIONS_LAYOUT, 't');

  it('has 175 value cells, 25 rows by 7 columns', () => {
    expect(valueCells(APPLICATIONS_LAYOUT)).to.have.length(175);
    const rows = grid.bodies.flatMap((body) => body.rows);
    expect(rows).to.have.length(25);
    expect(rows.map((row) => row.cells.filter((c) => c.kind === 'value').length)).to.deep.equal(Array(25).fill(7));
    expect(grid.columnCount).to.equal(10);
  });

  it('lays out three header rows with the corner note spanning 3 × 3', () => {
    expect(grid.head).to.have.length(3);
    const [corner] = grid.head[0].cells;
    expect(corner).to.include({ kind: 'corner', colspan: 3, rowspan: 3, role: 'note' });
    const spans = grid.head.map((row) =>
      row.cells.filter((c): c is HeaderCell => c.kind === 'header').map((c) => [c.node.label, c.colspan, c.rowspan]),
    );
    expect(spans).to.deep.equal([
      [['申请人情况', 7, 1]],
      [['自然人', 1, 2], ['法人或其他组织', 5, 1], ['总计', 1, 2]],
      [['商业企业', 1, 1], ['科研机构', 1, 1], ['社会公益组织', 1, 1], ['法律服务机构', 1, 1], ['其他', 1, 1]],
    ]);
  });

  it('makes one tbody per top-level row and spans 三 over its 22 rows', () => {
    expect(grid.bodies.map((body) => body.rows.length)).to.deep.equal([1, 1, 22, 1]);
    const results = grid.bodies[2].rows[0].cells[0] as HeaderCell;
    expect(results).to.include({ rowspan: 22, colspan: 1, scope: 'rowgroup' });
    const first = grid.bodies[0].rows[0].cells[0] as HeaderCell;
    expect(first).to.include({ colspan: 3, scope: 'row' });
  });

  it('gives every value cell the ids of all its column and row headers', () => {
    const row = grid.bodies[2].rows.find((r) => r.cells.some((c) => c.kind === 'value' && c.cell.key === 'applications.withheld.stateSecret.commercial'))!;
    const cell = row.cells.find((c) => c.kind === 'value' && c.cell.key === 'applications.withheld.stateSecret.commercial');
    expect(cell && cell.kind === 'value' && cell.headers).to.deep.equal([
      't-applications-c-applicant',
      't-applications-c-applicant-organisation',
      't-applications-c-applicant-organisation-commercial',
      't-applications-r-results',
      't-applications-r-results-withheld',
      't-applications-r-results-withheld-stateSecret',
    ]);
  });

  it('uses ids that are unique in the table', () => {
    const ids = [...grid.head, ...grid.bodies.flatMap((b) => b.rows)].flatMap((row) => row.cells.map((c) => c.id));
    expect(new Set(ids).size).to.equal(ids.length);
  });
});
