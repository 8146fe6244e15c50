/**
 * Turns rule declarations (terms named by header paths) into relations over cell keys and
 * cell indexes. The one place where a header path becomes a cell: no rule file looks a cell up.
 */
import { compileTable, type CompiledTable } from '../compile.js';
import { pathId, type HeaderPath, type TableLayout } from '../layout.js';
import type {
  Relation,
  RelationRule,
  RuleDeclaration,
  Term,
  TermDeclaration,
  TotalDeclaration,
} from './types.js';

const last = (path: HeaderPath) => path[path.length - 1];

/** Compiles one declaration against the tables of its format. Throws on a path it cannot find. */
export function compileRule(
  declaration: RuleDeclaration,
  tables: readonly TableLayout[],
): RelationRule {
  const layout = tables.find((table) => table.id === declaration.table);
  if (!layout) throw new Error(`${declaration.id}: no table ${declaration.table}`);
  const table = compileTable(layout);
  // The terms name headers on the other axis than the one the rule runs along.
  const termAxis = declaration.per === 'column' ? 'row' : 'column';
  const find = (id: string) => {
    const found = table.pathOf(id);
    if (!found || found.axis !== termAxis)
      throw new Error(`${declaration.id}: no ${termAxis} ${id} in ${table.id}`);
    return found;
  };
  const named = 'total' in declaration ? declaration.total : declaration.sum.map(termPath);
  const { blockIndex } = find(named[0]);
  const block = table.blocks[blockIndex];
  const across = declaration.per === 'column' ? block.columns : block.rows;
  const cell = (term: string, along: HeaderPath): string => {
    const path = pathId(find(term).path);
    const found =
      declaration.per === 'column'
        ? table.cellAt(path, pathId(along))
        : table.cellAt(pathId(along), path);
    if (!found) throw new Error(`${declaration.id}: no cell at ${path} × ${pathId(along)}`);
    return found.key;
  };
  const relations =
    'total' in declaration
      ? totalRelations(declaration, table, across, find, cell)
      : across.map((along): Relation => ({
          scope: { table: table.id, path: along },
          lhs: declaration.sum.map((term) => compileTerm(term, along, cell)),
          rhs: declaration.equals.map((term) => compileTerm(term, along, cell)),
          definesTotal: false,
        }));
  const terms = 'total' in declaration ? [] : [...declaration.sum, ...declaration.equals];
  return {
    id: declaration.id,
    severity: declaration.severity,
    tables: [table.id],
    crossYear: terms.some((term) => typeof term !== 'string' && term.year === 'previous'),
    relations,
  };
}

const termPath = (term: TermDeclaration): string => (typeof term === 'string' ? term : term.path);

function compileTerm(
  term: TermDeclaration,
  along: HeaderPath,
  cell: (term: string, along: HeaderPath) => string,
): Term {
  const { path, year = 'current', sign = 1 } = typeof term === 'string' ? { path: term } : term;
  return { cell: cell(path, along), sign, year };
}

function totalRelations(
  declaration: TotalDeclaration,
  table: CompiledTable,
  across: readonly HeaderPath[],
  find: (id: string) => { readonly path: HeaderPath },
  cell: (term: string, along: HeaderPath) => string,
): Relation[] {
  return declaration.total.flatMap((total) => {
    const totalPath = find(total).path;
    const parent = totalPath.slice(0, -1);
    const axis =
      declaration.per === 'column'
        ? table.blocks.flatMap((b) => b.rows)
        : table.blocks.flatMap((b) => b.columns);
    // The other leaves under the total's parent: the total is their sum.
    const addends = axis.filter(
      (path) =>
        path.length > parent.length &&
        parent.every((node, i) => path[i] === node) &&
        !last(path).total,
    );
    return across.map((along): Relation => ({
      // A relation is named by the row or column it runs along; table 四's one row has no
      // label, so its three blocks are named by the total's parent (行政复议 …).
      scope: { table: table.id, path: last(along).label === '' ? parent : along },
      lhs: [{ cell: cell(total, along), sign: 1, year: 'current' }],
      rhs: addends.map((path) => ({ cell: cell(pathId(path), along), sign: 1, year: 'current' })),
      definesTotal: true,
    }));
  });
}
