/**
 * Report documents for the throughput run: many different reports, so that no result is a
 * cache hit and the check engine sees the mix real data has. Seeded, so every run checks the
 * same documents. Built from the layout (rows and columns come from the declaration, not from
 * a list written here), with the Xiangtan report's other sections carried along.
 */
import xiangtanJson from '../src/data/xiangtan-county-2025.json' with { type: 'json' };
import { keySegments, leafPaths } from '../src/core/layout.js';
import { APPLICATIONS_LAYOUT } from '../src/core/layouts/applications.js';

/** Mulberry32: a tiny seeded generator, good enough to vary test data. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How a generated report differs from a clean one; the mix is stated in the results. */
export const VARIANTS = [
  'clean',
  'clean',
  'clean',
  'clean',
  'clean',
  'clean',
  'clean',
  'objectRows',
  'totalsLeftOut',
  'oneWrongTotal',
] as const;
export type Variant = (typeof VARIANTS)[number];

const [block] = APPLICATIONS_LAYOUT.blocks;
const rowPaths = leafPaths(block.rows);
const columnKeys = leafPaths(block.columns).map((path) => keySegments(path).join('.'));
const detailColumns = columnKeys.length - 1; // the last column is 总计

/** Sets `value` at `path` inside nested objects, creating them on the way. */
function put(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const segment of path.slice(0, -1)) node = (node[segment] ??= {}) as Record<string, unknown>;
  node[path[path.length - 1]] = value;
}

/** One consistent applications section (R1–R3 hold), written as the variant asks. */
function applications(random: () => number, variant: Variant): Record<string, unknown> {
  const count = (scale: number) => Math.floor(random() * random() * scale);
  const byRow = new Map<string, number[]>();
  const detailRows = rowPaths.filter(
    (path) => path[0].name === 'results' && !path[path.length - 1].total,
  );
  for (const path of detailRows)
    byRow.set(
      keySegments(path).join('.'),
      Array.from({ length: detailColumns }, (_, i) => count(i === 0 ? 120 : 6)),
    );
  const columnSum = (rows: number[][]) =>
    Array.from({ length: detailColumns }, (_, i) => rows.reduce((sum, row) => sum + row[i], 0));
  const resultsTotal = columnSum([...byRow.values()]);
  const carriedForward = resultsTotal.map((total) => Math.floor(random() * Math.min(total, 10)));
  const carriedOver = resultsTotal.map((total, i) =>
    Math.floor(random() * Math.min(total + carriedForward[i], 8)),
  );
  byRow.set('total', resultsTotal);
  byRow.set('carriedForward', carriedForward);
  byRow.set('carriedOver', carriedOver);
  byRow.set(
    'received',
    resultsTotal.map((total, i) => total + carriedForward[i] - carriedOver[i]),
  );

  const section: Record<string, unknown> = {};
  const wrongRow = Math.floor(random() * rowPaths.length);
  rowPaths.forEach((path, rowIndex) => {
    const key = keySegments(path);
    const values = byRow.get(key.join('.'))!;
    const total =
      values.reduce((sum, value) => sum + value, 0) +
      (variant === 'oneWrongTotal' && rowIndex === wrongRow ? 1 : 0);
    if (variant === 'totalsLeftOut') {
      if (path[path.length - 1].total) return; // （七）总计 left out entirely: computed
      put(section, key, values); // six values, the 总计 column left off: computed
    } else if (variant === 'objectRows') {
      put(
        section,
        key,
        Object.fromEntries(
          columnKeys.map((column, i) => [column, i < detailColumns ? values[i] : total]),
        ),
      );
    } else {
      put(section, key, [...values, total]);
    }
  });
  return section;
}

/** `count` whole report documents, each different, in a fixed order of variants. */
export function reportDocuments(
  count: number,
  seed = 2025,
): { documents: Record<string, unknown>[]; variants: Variant[] } {
  const random = seeded(seed);
  const documents: Record<string, unknown>[] = [];
  const variants: Variant[] = [];
  for (let i = 0; i < count; i++) {
    const variant = VARIANTS[i % VARIANTS.length];
    // Each document is what JSON.parse makes of its text, as every document given to the core
    // is (a response, a child script, a file): one report's objects side by side in memory, and
    // tables 二 and 四 its own, not shared. Built by hand, a report's objects lay scattered
    // among the garbage of building them, which made reading one from memory cost half as much
    // again as checking it.
    const built = {
      ...xiangtanJson,
      agency: `测试机关${i}`,
      applications: applications(random, variant),
    };
    documents.push(JSON.parse(JSON.stringify(built)) as Record<string, unknown>);
    variants.push(variant);
  }
  return { documents, variants };
}
