/** R4 of the standard format, declared over the cells of table 四. */
import { leafPaths, pathId, valueCells, type HeaderPath } from '../layout.js';
import { REVIEW_LITIGATION_LAYOUT } from '../layouts/review-litigation.js';
import { current, type Relation, type RelationRule } from './types.js';

const [block] = REVIEW_LITIGATION_LAYOUT.blocks;
const [valueRow] = leafPaths(block.rows);
const cells = valueCells(REVIEW_LITIGATION_LAYOUT);
const keyOf = (column: HeaderPath): string =>
  cells.find(
    (cell) =>
      pathId(cell.rowPath) === pathId(valueRow) && pathId(cell.columnPath) === pathId(column),
  )!.key;

/**
 * The three blocks (行政复议, 未经复议直接起诉, 复议后起诉): each parent of a run of outcome columns,
 * found from the tree rather than listed, so the rule follows the layout.
 */
const blocks = new Map<string, { parent: HeaderPath; columns: HeaderPath[] }>();
for (const column of leafPaths(block.columns)) {
  const parent = column.slice(0, -1);
  const entry = blocks.get(pathId(parent)) ?? { parent, columns: [] };
  entry.columns.push(column);
  blocks.set(pathId(parent), entry);
}

/** R4, per block: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const REVIEW_LITIGATION_TOTAL: RelationRule = {
  id: 'reviewLitigation.total',
  severity: 'error',
  tables: ['reviewLitigation'],
  crossYear: false,
  relations: [...blocks.values()].map(({ parent, columns }): Relation => {
    const total = columns.find((column) => column[column.length - 1].total)!;
    return {
      scope: { table: 'reviewLitigation', path: parent },
      lhs: [current(keyOf(total))],
      rhs: columns.filter((column) => column !== total).map((column) => current(keyOf(column))),
      definesTotal: true,
    };
  }),
};

export const REVIEW_LITIGATION_RULES: readonly RelationRule[] = [REVIEW_LITIGATION_TOTAL];
