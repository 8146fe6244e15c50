import { writeSync } from 'node:fs';

/**
 * Counts individual tests over every test session (file × browser) and makes the run end
 * with one plain line: `N passed, N failed`, preceded by `N skipped` on its own line when
 * tests were skipped (the last line stays exactly in the form CI reads).
 *
 * Used next to the default reporter. The line is written when the process exits, because
 * the test runner prints its own progress block after the reporters' `stop()` hook and the
 * line has to be the last thing on stdout.
 *
 * A session that failed without any failing test (a file that did not load, an error
 * thrown outside a test, a test-runner timeout) counts as one failed test, so such a run
 * can never report `0 failed`.
 */
export function summaryLineReporter() {
  let line = '';
  let exitHookInstalled = false;

  function countSuite(suite, counts) {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) counts.skipped += 1;
      else if (test.passed) counts.passed += 1;
      else counts.failed += 1;
    }
    for (const child of suite?.suites ?? []) countSuite(child, counts);
  }

  /** With TEST_BREAKDOWN=1, one line per test file first: how many tests each holds. */
  function breakdown(sessions) {
    if (!process.env.TEST_BREAKDOWN) return '';
    return sessions
      .map((session) => {
        const counts = { passed: 0, failed: 0, skipped: 0 };
        countSuite(session.testResults, counts);
        const total = counts.passed + counts.failed + counts.skipped;
        return `${String(total).padStart(5)}  ${session.testFile.replace(process.cwd() + '/', '')}\n`;
      })
      .sort()
      .join('');
  }

  function summarize(sessions) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const session of sessions) {
      const before = counts.failed;
      countSuite(session.testResults, counts);
      if (!session.passed && counts.failed === before) counts.failed += 1;
    }
    const skipped = counts.skipped > 0 ? `${counts.skipped} skipped\n` : '';
    return `${breakdown(sessions)}${skipped}${counts.passed} passed, ${counts.failed} failed`;
  }

  return {
    onTestRunFinished({ sessions }) {
      line = summarize(sessions);
    },

    stop({ sessions }) {
      line = summarize(sessions);
      if (exitHookInstalled) return;
      exitHookInstalled = true;
      // writeSync: an 'exit' listener cannot wait for an asynchronous stream write.
      process.once('exit', () => {
        try {
          writeSync(1, `${line}\n`);
        } catch {
          // stdout already closed (e.g. piped into `head`): nothing left to tell.
        }
      });
    },
  };
}
