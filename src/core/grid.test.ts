import { expect } from '@open-wc/testing';
import { buildGrid, buildTables, type Grid, type HeaderCell } from './grid.js';
import { valueCells } from './layout.js';
import { APPLICATIONS_LAYOUT } from './layouts/applications.js';
import { PROACTIVE_LAYOUT } from './layouts/proactive.js';
import { REVIEW_LITIGATION_LAYOUT } from './layouts/review-litigation.js';

/** Each row's header cells as [label, colspan, rowspan, scope]. */
const headerSpans = (rows: Grid['head']) =>
  rows.map((row) =>
    row.cells.map((c) =>
      c.kind === 'header'
        ? [c.node.label, c.colspan, c.rowspan, c.scope]
        : c.kind === 'corner'
          ? [c.label, c.colspan, c.rowspan, c.role]
          : [c.cell.key, c.colspan],
    ),
  );

describe('buildGrid for table 三', () => {
  const grid = buildGrid(APPLICATIONS_LAYOUT, 't');

  it('has 175 value cells, 25 rows by 7 columns', () => {
    expect(valueCells(APPLICATIONS_LAYOUT)).to.have.length(175);
    const rows = grid.bodies.flatMap((body) => body.rows);
    expect(rows).to.have.length(25);
    expect(rows.map((row) => row.cells.filter((c) => c.kind === 'value').length)).to.deep.equal(
      Array(25).fill(7),
    );
    expect(grid.columnCount).to.equal(10);
  });

  it('lays out three header rows with the corner note spanning 3 × 3', () => {
    expect(grid.head).to.have.length(3);
    const [corner] = grid.head[0].cells;
    expect(corner).to.include({ kind: 'corner', colspan: 3, rowspan: 3, role: 'note' });
    const spans = grid.head.map((row) =>
      row.cells
        .filter((c): c is HeaderCell => c.kind === 'header')
        .map((c) => [c.node.label, c.colspan, c.rowspan]),
    );
    expect(spans).to.deep.equal([
      [['申请人情况', 7, 1]],
      [
        ['自然人', 1, 2],
        ['法人或其他组织', 5, 1],
        ['总计', 1, 2],
      ],
      [
        ['商业企业', 1, 1],
        ['科研机构', 1, 1],
        ['社会公益组织', 1, 1],
        ['法律服务机构', 1, 1],
        ['其他', 1, 1],
      ],
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
    const row = grid.bodies[2].rows.find((r) =>
      r.cells.some(
        (c) => c.kind === 'value' && c.cell.key === 'applications.withheld.stateSecret.commercial',
      ),
    )!;
    const cell = row.cells.find(
      (c) => c.kind === 'value' && c.cell.key === 'applications.withheld.stateSecret.commercial',
    );
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
    const ids = [...grid.head, ...grid.bodies.flatMap((b) => b.rows)].flatMap((row) =>
      row.cells.map((c) => c.id),
    );
    expect(new Set(ids).size).to.equal(ids.length);
  });
});

describe('buildTables for table 二', () => {
  const grids = buildTables(PROACTIVE_LAYOUT, 't');

  it('makes one native table per block, all four grid columns wide', () => {
    expect(grids).to.have.length(4);
    expect(grids.map((grid) => grid.columnCount)).to.deep.equal([4, 4, 4, 4]);
    expect(grids.map((grid) => grid.banner?.label)).to.deep.equal([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
    ]);
  });

  it('heads each block with its banner row, then 信息内容 and its column headers, as in the format', () => {
    expect(grids.map((grid) => headerSpans(grid.head))).to.deep.equal([
      [
        [['第二十条第（一）项', 4, 1, 'colgroup']],
        [
          ['信息内容', 1, 1, 'header'],
          ['本年制发件数', 1, 1, 'col'],
          ['本年废止件数', 1, 1, 'col'],
          ['现行有效件数', 1, 1, 'col'],
        ],
      ],
      [
        [['第二十条第（五）项', 4, 1, 'colgroup']],
        [
          ['信息内容', 1, 1, 'header'],
          ['本年处理决定数量', 3, 1, 'col'],
        ],
      ],
      [
        [['第二十条第（六）项', 4, 1, 'colgroup']],
        [
          ['信息内容', 1, 1, 'header'],
          ['本年处理决定数量', 3, 1, 'col'],
        ],
      ],
      [
        [['第二十条第（八）项', 4, 1, 'colgroup']],
        [
          ['信息内容', 1, 1, 'header'],
          ['本年收费金额（单位：万元）', 3, 1, 'col'],
        ],
      ],
    ]);
  });

  it('gives each data row its row header, and a wide value cell spanning three columns where the format does', () => {
    expect(
      grids.map((grid) =>
        grid.bodies.flatMap((body) => body.rows).map((row) => headerSpans([row])[0]),
      ),
    ).to.deep.equal([
      [
        [
          ['规章', 1, 1, 'row'],
          ['proactive.rules.issued', 1],
          ['proactive.rules.repealed', 1],
          ['proactive.rules.inForce', 1],
        ],
        [
          ['行政规范性文件', 1, 1, 'row'],
          ['proactive.normativeDocuments.issued', 1],
          ['proactive.normativeDocuments.repealed', 1],
          ['proactive.normativeDocuments.inForce', 1],
        ],
      ],
      [
        [
          ['行政许可', 1, 1, 'row'],
          ['proactive.licensing', 3],
        ],
      ],
      [
        [
          ['行政处罚', 1, 1, 'row'],
          ['proactive.penalties', 3],
        ],
        [
          ['行政强制', 1, 1, 'row'],
          ['proactive.coercion', 3],
        ],
      ],
      [
        [
          ['行政事业性收费', 1, 1, 'row'],
          ['proactive.fees', 3],
        ],
      ],
    ]);
    expect(
      valueCells(PROACTIVE_LAYOUT).find((cell) => cell.key === 'proactive.fees')!.kind,
    ).to.equal('amount');
  });

  it('points each value cell at its banner, its column header and its row header', () => {
    const fees = grids[3].bodies[0].rows[0].cells.find((c) => c.kind === 'value');
    expect(fees && fees.kind === 'value' && fees.headers).to.deep.equal([
      't-proactive-b3-banner',
      't-proactive-b3-c-amount',
      't-proactive-b3-r-fees',
    ]);
  });

  it('uses ids unique across the four tables', () => {
    const ids = grids
      .flatMap((grid) => [...grid.head, ...grid.bodies.flatMap((b) => b.rows)])
      .flatMap((row) => row.cells.map((c) => c.id));
    expect(new Set(ids).size).to.equal(ids.length);
  });
});

describe('buildTables for table 四', () => {
  const grids = buildTables(REVIEW_LITIGATION_LAYOUT, 't');

  it('is one table with the three header rows of the format', () => {
    expect(grids).to.have.length(1);
    const outcomes = (rowspan: number) =>
      ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((label) => [
        label,
        1,
        rowspan,
        'col',
      ]);
    expect(headerSpans(grids[0].head)).to.deep.equal([
      [
        ['行政复议', 5, 1, 'colgroup'],
        ['行政诉讼', 10, 1, 'colgroup'],
      ],
      [...outcomes(2), ['未经复议直接起诉', 5, 1, 'colgroup'], ['复议后起诉', 5, 1, 'colgroup']],
      [...outcomes(1), ...outcomes(1)],
    ]);
    expect(grids[0].columnCount).to.equal(15);
  });

  it('has one value row of 15 cells and no row header', () => {
    const rows = grids[0].bodies.flatMap((body) => body.rows);
    expect(rows).to.have.length(1);
    expect(rows[0].cells.map((c) => c.kind)).to.deep.equal(Array(15).fill('value'));
  });

  it('points each value cell at its block and its column, e.g. 行政诉讼 → 复议后起诉 → 尚未审结', () => {
    const pending = grids[0].bodies[0].rows[0].cells.find(
      (c) => c.kind === 'value' && c.cell.key === 'reviewLitigation.litigationAfterReview.pending',
    );
    expect(pending && pending.kind === 'value' && pending.headers).to.deep.equal([
      't-reviewLitigation-c-litigation',
      't-reviewLitigation-c-litigation-litigationAfterReview',
      't-reviewLitigation-c-litigation-litigationAfterReview-pending',
    ]);
  });

  it('builds table 三 as the same single grid through buildTables and buildGrid', () => {
    expect(buildTables(APPLICATIONS_LAYOUT, 't')).to.deep.equal([
      buildGrid(APPLICATIONS_LAYOUT, 't'),
    ]);
  });
});

describe('buildTables, built once per layout', () => {
  const layouts = [PROACTIVE_LAYOUT, APPLICATIONS_LAYOUT, REVIEW_LITIGATION_LAYOUT];

  it('gives every id prefix exactly the grids built afresh under it', () => {
    for (const layout of layouts) {
      for (const prefix of ['t', 'x', 'dt12', 'xx-report']) {
        expect(buildTables(layout, prefix), `${layout.id} ${prefix}`).to.deep.equal(
          layout.blocks.map((_, i) => buildGrid(layout, prefix, i)),
        );
      }
    }
  });

  it('keeps the prefixes of two elements apart, whatever order they ask in', () => {
    const first = buildTables(APPLICATIONS_LAYOUT, 'dt1');
    const second = buildTables(APPLICATIONS_LAYOUT, 'dt2');
    const ids = (grids: readonly Grid[]) =>
      grids
        .flatMap((grid) => [...grid.head, ...grid.bodies.flatMap((body) => body.rows)])
        .flatMap((row) =>
          row.cells.flatMap((cell) => [cell.id, ...(cell.kind === 'value' ? cell.headers : [])]),
        );
    expect(ids(first).every((id) => id.startsWith('dt1-'))).to.equal(true);
    expect(ids(second).every((id) => id.startsWith('dt2-'))).to.equal(true);
    expect(ids(second).map((id) => id.slice(4))).to.deep.equal(ids(first).map((id) => id.slice(4)));
  });
});
