/**
 * The reader's speed in Node: published tables read per second, on the real 2021 sample's
 * three tables (tables 二, 三 and 四 of pingtan-2021, as the page's cells: text and spans).
 * Identifying each table among the formats, building its grid, matching every label and taking
 * every value: all of `readPublishedTables`. `bench/run.mjs` bundles this file for Node and
 * runs it pinned to one core; it prints one JSON object on stdout.
 *
 * The page's DOM is not part of it (Node has none): test/published-samples.test.ts proves these
 * cells read to the same document as the live page.
 */
import type { PublishedTable } from '../src/core/read/index.js';
import { READABLE_FORMATS, readPublishedTables } from '../src/core/read/index.js';
import sample from '../test/fixtures/published/pingtan-2021.tables.json' with { type: 'json' };

const TABLES = sample as unknown as readonly PublishedTable[];
const MIN_MILLISECONDS = Number(process.env.BENCH_MIN_MS ?? 1000);

const cpuMilliseconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Reads the sample's tables again and again for at least the minimum time; passes per CPU second. */
function measure(): { tablesPerCpuSecond: number; tablesPerSecond: number; passes: number } {
  let passes = 0;
  const startClock = performance.now();
  const startCpu = cpuMilliseconds();
  while (performance.now() - startClock < MIN_MILLISECONDS) {
    if (readPublishedTables(TABLES, READABLE_FORMATS).tables.length !== TABLES.length)
      throw new Error('misread');
    passes++;
  }
  const clock = performance.now() - startClock;
  const cpu = cpuMilliseconds() - startCpu;
  return {
    tablesPerCpuSecond: Math.round((passes * TABLES.length * 1000) / cpu),
    tablesPerSecond: Math.round((passes * TABLES.length * 1000) / clock),
    passes,
  };
}

const coldStart = performance.now();
readPublishedTables(TABLES, READABLE_FORMATS);
const coldMilliseconds = performance.now() - coldStart;
measure(); // warm-up
process.stdout.write(JSON.stringify({ tables: TABLES.length, coldMilliseconds, ...measure() }));
