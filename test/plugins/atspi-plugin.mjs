import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ATSPI_HEADERS_COMMAND = 'atspi-headers';

const SCRIPT = fileURLToPath(new URL('../helpers/atspi_headers.py', import.meta.url));

/**
 * Test-runner server command `atspi-headers`: asks Chromium, through the Linux accessibility
 * API, which header cells it associates with table cells (see test/helpers/atspi.ts).
 *
 * Payload `{ ids: string[], barrier?: string, report?: 'headers' | 'position' }`; result `{ cells, problems }` or
 * `{ skipped: reason }`. With `required` (default: when CI or ATSPI_REQUIRED is set) a skip
 * becomes an error, so CI cannot pass with these checks silently switched off.
 */
export function atspiPlugin({
  // Debian's python: the pyenv python3 earlier on PATH has no `gi` module.
  python = process.env.ATSPI_PYTHON ?? '/usr/bin/python3',
  timeoutMs = 5000,
  required = isSet(process.env.CI) || isSet(process.env.ATSPI_REQUIRED),
} = {}) {
  // Chromium exposes only the tab in front to AT-SPI. One lookup at a time, each with its
  // page brought to front first, keeps pages that run side by side (concurrency > 1) apart.
  let queue = Promise.resolve();
  function exclusive(task) {
    const run = queue.then(task, task);
    queue = run.catch(() => {});
    return run;
  }

  // Whatever makes AT-SPI unavailable does not change during a run: answer later calls at once.
  let skipReason;
  function skip(reason) {
    skipReason = reason;
    if (required) throw new Error(`AT-SPI checks are required here but unavailable: ${reason}`);
    return { skipped: reason };
  }

  return {
    name: 'atspi-headers-command',

    async executeCommand({ command, payload, session }) {
      if (command !== ATSPI_HEADERS_COMMAND) return undefined;
      const { ids, barrier, report } =
        /** @type {{ ids: string[], barrier?: string, report?: string }} */ (payload);

      if (skipReason) return skip(skipReason);
      if (!process.env.DBUS_SESSION_BUS_ADDRESS) {
        return skip(
          'no D-Bus session (DBUS_SESSION_BUS_ADDRESS unset); run `npm test`, which starts ' +
            'the test runner inside dbus-run-session',
        );
      }
      if (!existsSync(python)) return skip(`${python} not found`);

      const request = { ids, barrier, report, document: session.id, timeout_ms: timeoutMs };
      const result = await exclusive(async () => {
        await session.browser.getPage?.(session.id)?.bringToFront?.();
        return runScript(python, JSON.stringify(request), timeoutMs + 5000);
      });
      if ('skipped' in result) return skip(result.skipped);
      if ('error' in result) throw new Error(`AT-SPI lookup failed: ${result.error}`);
      return result;
    },
  };
}

function isSet(flag) {
  return flag === '1' || flag === 'true';
}

function runScript(python, input, killAfterMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(python, [SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(stdout));
      } catch {
        const why = signal ? `killed by ${signal}` : `exit code ${code}`;
        reject(new Error(`${SCRIPT} gave no JSON (${why}): ${stderr.trim() || stdout.trim()}`));
      }
    });
    child.stdin.end(input);
  });
}
