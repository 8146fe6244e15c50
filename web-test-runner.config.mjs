import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';

import { atspiPlugin } from './test/plugins/atspi-plugin.mjs';
import { boundaryPlugin } from './test/plugins/boundary-plugin.mjs';
import { fuzzMiddleware, fuzzPlugin } from './test/plugins/fuzz-plugin.mjs';
import { schemaPlugin } from './test/plugins/schema-plugin.mjs';
import { packagePlugin } from './test/plugins/package-plugin.mjs';
import { pagePlugin } from './test/plugins/page-plugin.mjs';
import { richTextPlugin } from './test/plugins/rich-text-plugin.mjs';
import { summaryLineReporter } from './test/reporters/summary-reporter.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// Debian's Chromium; no test tool may download a browser here.

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  // A fuzz campaign (`npm run fuzz`, FUZZ_SCALE > 1) runs each file for many minutes. Otherwise
  // the slowest file is test/distribution.test.ts, which packs the package from a clean copy
  // (`npm pack`, whose prepack builds it) and type-checks and bundles a consumer: about a minute
  // on an idle 2-core machine, and well over two on a loaded one.
  testsFinishTimeout: Number(process.env.FUZZ_SCALE ?? 1) > 1 ? 4 * 60 * 60_000 : 300_000,
  // Lit's dev-mode notice would otherwise be repeated under every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: {
    // A ceiling, not a wait: a test that passes in a second on an idle machine may need many on a
    // busy one (the suite must pass there too).
    config: { timeout: 60_000 },
  },
  plugins: [
    // tsconfig carries experimentalDecorators; without it decorated imports fail to parse.
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    atspiPlugin(),
    schemaPlugin(),
    // ESLint and TypeScript on probe files: the src/core boundary (test/boundaries.test.ts).
    boundaryPlugin(),
    // /dist/ from a fresh build, CSP headers for test/pages/csp*.html, the consumer project.
    packagePlugin(),
    // Forced colours and printing to PDF, through DevTools.
    pagePlugin(),
    // FUZZ_SCALE / FUZZ_SEED for the property tests and fuzzers (`npm run fuzz`).
    fuzzPlugin(),
    // The rich-text editor configurations of docs/rich-text-editors.md, as printed.
    richTextPlugin(),
  ],
  // Slow, huge, failing and dropped responses for the `src` tests (test/hostile-input.test.ts).
  middleware: [fuzzMiddleware],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [
          ...CHROMIUM_ARGS,
          // Without it the tab's web content never reaches AT-SPI (only the browser's own
          // UI does), even with ACCESSIBILITY_ENABLED=1; see test/helpers/atspi.ts.
          '--force-renderer-accessibility',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryLineReporter()],
};
