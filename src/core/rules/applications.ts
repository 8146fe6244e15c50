/** R1–R3 of the standard format, declared over the cells of table 三. */
import { leafPaths, pathId, valueCells, type HeaderPath } from '../layout.js';
import { APPLICATIONS_LAYOUT } from '../layouts/applications.js';
import { current, type Relation, type RelationRule } from './types.js';

const [block] = APPLICATIONS_LAYOUT.blocks;
const cells = valueCells(APPLICATIONS_LAYOUT);
const columns = leafPaths(block.columns);
const rows = leafPaths(block.rows);
const last = (path: HeaderPath) => path[path.length - 1];
const keyByPaths = new Map(
  cells.map((cell) => [`${pathId(cell.rowPath)}|${pathId(cell.columnPath)}`, cell.key]),
);
const keyOf = (row: HeaderPath, column: HeaderPath): string =>
  keyByPaths.get(`${pathId(row)}|${pathId(column)}`)!;
const rowNamed = (name: string): HeaderPath => {
  const row = rows.find((path) => last(path).name === name && path.length === 1);
  if (!row) throw new Error(`No row ${name}`);
  return row;
};
/** The 21 detail rows under 三、本年度办理结果: every row there except （七）总计. */
const resultDetailRows = rows.filter((path) => path[0].name === 'results' && !last(path).total);
const resultsTotalRow = rows.find((path) => path[0].name === 'results' && last(path).total)!;
const detailColumns = columns.filter((path) => !last(path).total);
const totalColumn = columns.find((path) => last(path).total)!;

const columnScope = (path: HeaderPath) => ({ table: 'applications' as const, path });

/** R1, per column: 一 + 二 = 三（七） + 四. */
export const APPLICATIONS_BALANCE: RelationRule = {
  id: 'applications.balance',
  severity: 'error',
  tables: ['applications'],
  crossYear: false,
  relations: columns.map((column): Relation => ({
    scope: columnScope(column),
    lhs: [
      current(keyOf(rowNamed('received'), column)),
      current(keyOf(rowNamed('carriedOver'), column)),
    ],
    rhs: [
      current(keyOf(resultsTotalRow, column)),
      current(keyOf(rowNamed('carriedForward'), column)),
    ],
    definesTotal: false,
  })),
};

/** R2, per column: （七）总计 = the sum of the 21 detail rows. */
export const APPLICATIONS_RESULTS_TOTAL: RelationRule = {
  id: 'applications.resultsTotal',
  severity: 'error',
  tables: ['applications'],
  crossYear: false,
  relations: columns.map((column): Relation => ({
    scope: columnScope(column),
    lhs: [current(keyOf(resultsTotalRow, column))],
    rhs: resultDetailRows.map((row) => current(keyOf(row, column))),
    definesTotal: true,
  })),
};

/** R3, per row: 总计 = the sum of the six applicant columns. */
export const APPLICATIONS_ROW_TOTAL: RelationRule = {
  id: 'applications.rowTotal',
  severity: 'error',
  tables: ['applications'],
  crossYear: false,
  relations: rows.map((row): Relation => ({
    scope: { table: 'applications', path: row },
    lhs: [current(keyOf(row, totalColumn))],
    rhs: detailColumns.map((column) => current(keyOf(row, column))),
    definesTotal: true,
  })),
};

export const APPLICATIONS_RULES: readonly RelationRule[] = [
  APPLICATIONS_BALANCE,
  APPLICATIONS_RESULTS_TOTAL,
  APPLICATIONS_ROW_TOTAL,
];
