/**
 * R6 and R7 of the standard format: this year's report against last year's. They run only
 * when last year's report is given and holds the tables they read.
 */
import { leafPaths, pathId, valueCells, type HeaderPath, type TableLayout } from '../layout.js';
import { APPLICATIONS_LAYOUT } from '../layouts/applications.js';
import { PROACTIVE_LAYOUT } from '../layouts/proactive.js';
import { current, previous, type Relation, type RelationRule } from './types.js';

const last = (path: HeaderPath) => path[path.length - 1];

/** The key of the cell at a row leaf named `row` and a column leaf named `column` of a layout. */
function cellKey(layout: TableLayout, row: string, column: HeaderPath): string {
  const cell = valueCells(layout).find(
    (c) => last(c.rowPath).name === row && pathId(c.columnPath) === pathId(column),
  );
  if (!cell) throw new Error(`No cell ${row} × ${pathId(column)} in ${layout.id}`);
  return cell.key;
}

const applicantColumns = leafPaths(APPLICATIONS_LAYOUT.blocks[0].columns);

/** R6, per column: this year's 二、上年结转 = last year's 四、结转下年度继续办理. */
export const CROSS_YEAR_CARRIED_OVER: RelationRule = {
  id: 'crossYear.carriedOver',
  severity: 'error',
  tables: ['applications'],
  crossYear: true,
  relations: applicantColumns.map((column): Relation => ({
    scope: { table: 'applications', path: column },
    lhs: [current(cellKey(APPLICATIONS_LAYOUT, 'carriedOver', column))],
    rhs: [previous(cellKey(APPLICATIONS_LAYOUT, 'carriedForward', column))],
    definesTotal: false,
  })),
};

const [documentsBlock] = PROACTIVE_LAYOUT.blocks;
const documentColumn = (name: string): HeaderPath => {
  const column = leafPaths(documentsBlock.columns).find((path) => last(path).name === name);
  if (!column) throw new Error(`No column ${name} in table 二`);
  return column;
};

/**
 * R7, for 规章 and for 行政规范性文件: this year's 现行有效件数 = last year's 现行有效件数 + this
 * year's 本年制发件数 − this year's 本年废止件数. A warning: a clean-up of old documents can
 * legitimately break it, but the report must then explain it.
 */
export const CROSS_YEAR_IN_FORCE: RelationRule = {
  id: 'crossYear.inForce',
  severity: 'warning',
  tables: ['proactive'],
  crossYear: true,
  relations: leafPaths(documentsBlock.rows).map((row): Relation => {
    const key = (column: string) =>
      cellKey(PROACTIVE_LAYOUT, last(row).name, documentColumn(column));
    return {
      scope: { table: 'proactive', path: row },
      lhs: [current(key('inForce'))],
      rhs: [previous(key('inForce')), current(key('issued')), current(key('repealed'), -1)],
      definesTotal: false,
    };
  }),
};

export const CROSS_YEAR_RULES: readonly RelationRule[] = [
  CROSS_YEAR_CARRIED_OVER,
  CROSS_YEAR_IN_FORCE,
];
