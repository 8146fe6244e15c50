/**
 * The size of every property test and fuzzer, in one place. Each has a base run count, sized
 * so that the whole suite stays well inside CI's budget; `FUZZ_SCALE` (read by the server
 * command in test/plugins/fuzz-plugin.mjs) multiplies them all for a longer campaign
 * (`npm run fuzz`), and `FUZZ_SEED` replays a failure fast-check reported.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';

/** Generated cases per run, at scale 1 (CI). README "Reliability" quotes these numbers. */
export const BASE_RUNS = {
  /** Core properties (src/core/*.property.test.ts). */
  consistentReports: 200,
  singleCellChange: 200,
  parseTotal: 400,
  parseDeep: 40,
  jsonLiterals: 200,
  cellChoices: 1000,
  amounts: 1000,
  noMutation: 200,
  /** The JSON-text reader against the general way (src/core/report-text.test.ts). */
  reportText: 200,
  reportTextEdits: 500,
  /** Browser fuzzing, per element: inputs each fed through all three channels (script, attribute, property). */
  elementInputs: 500,
  /** Browser fuzzing, per element: any JavaScript value as the data property. */
  elementValues: 250,
  /** Attribute changes in a row (the issue asks for a thousand). */
  rapidChanges: 1000,
  /** Published tables in generated messy markup, read by the reader (test/reader.property.test.ts). */
  publishedMarkup: 150,
} as const;

export type RunName = keyof typeof BASE_RUNS;

interface FuzzSettings {
  readonly scale: number;
  readonly seed?: number;
  /** Log each property's run count and time (`FUZZ_TIMING=1`), for the README's figures. */
  readonly timing?: boolean;
}

/** Must match FUZZ_SETTINGS_COMMAND in test/plugins/fuzz-plugin.mjs. */
const COMMAND = 'fuzz-settings';

let settings: Promise<FuzzSettings> | undefined;

/** The campaign's settings, asked of the server once per test file. */
export function fuzzSettings(): Promise<FuzzSettings> {
  settings ??= executeServerCommand<FuzzSettings, undefined>(COMMAND);
  return settings;
}

/** How many cases `name` runs in this campaign. */
export async function runsOf(name: RunName): Promise<number> {
  const { scale } = await fuzzSettings();
  return Math.max(1, Math.round(BASE_RUNS[name] * scale));
}

/**
 * Checks a property for `name`'s number of runs. Mocha's timeout grows with the run count, so
 * a long campaign is not cut short; a failure names the seed, the shrunk counterexample and
 * the assertion that failed.
 */
export async function assertProperty<Ts>(
  context: Mocha.Context,
  name: RunName,
  property: fc.IRawProperty<Ts>,
): Promise<void> {
  const { seed, timing } = await fuzzSettings();
  const numRuns = await runsOf(name);
  // Generous: a case that renders tables takes milliseconds, and CI machines are shared.
  context.timeout(10_000 + numRuns * 100);
  const start = performance.now();
  await fc.assert(property, {
    numRuns,
    includeErrorInReport: true,
    ...(seed !== undefined ? { seed } : {}),
  });
  if (timing)
    console.log(
      `[fuzz] ${numRuns} runs, ${Math.round(performance.now() - start)} ms: ${context.test?.fullTitle() ?? name}`,
    );
}
