import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { withinCommandTimeout } from './command-timeout.mjs';

const run = promisify(execFile);

export const FORCED_COLORS_COMMAND = 'emulate-forced-colors';
export const PRINT_PDF_COMMAND = 'print-pdf';
export const LAYOUT_COUNT_COMMAND = 'layout-count';

/**
 * Test-runner server commands that need the browser itself, through Chrome DevTools Protocol:
 *
 * - `emulate-forced-colors` `{ active }`: Windows high-contrast mode (`forced-colors: active`),
 *   which @web/test-runner-commands' emulateMedia does not offer for Chromium.
 * - `print-pdf` `{ name }`: prints the test's page to an A4 PDF as a user's "Print" would, and
 *   returns `{ pages, pdf, png }`: each page's text from poppler's `pdftotext -raw` (content
 *   order, so a cell's wrapped lines stay together), and where the PDF and a PNG of its first
 *   page were written, for a person to look at. Files go to PRINT_ARTIFACTS_DIR, or a temporary
 *   directory.
 * - `layout-count`: how many times the page has computed layout and style so far, `{ layouts,
 *   styles }` (DevTools' `Performance.getMetrics` LayoutCount and RecalcStyleCount). Counted
 *   by the browser, so a test can tell a forced layout from none without timing anything.
 */
export function pagePlugin({
  artifactsDir = process.env.PRINT_ARTIFACTS_DIR ?? join(tmpdir(), 'disclosure-tables-print'),
} = {}) {
  // Emulation lasts as long as the DevTools session that asked for it: keep one per page.
  const sessions = new WeakMap();
  // A print under way, by test session and name: a test that was told `{ pending: true }` asks
  // again and waits on the same print.
  const prints = new Map();
  async function devtools(page) {
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    return sessions.get(page);
  }

  return {
    name: 'page-commands',

    async executeCommand({ command, payload, session }) {
      if (
        command !== FORCED_COLORS_COMMAND &&
        command !== PRINT_PDF_COMMAND &&
        command !== LAYOUT_COUNT_COMMAND
      )
        return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error(`${command} needs a Chromium page (puppeteer launcher)`);

      if (command === LAYOUT_COUNT_COMMAND) {
        const cdp = await devtools(page);
        // Enabling is idempotent; the counts are the page's since it was created.
        await cdp.send('Performance.enable');
        const { metrics } = await cdp.send('Performance.getMetrics');
        const value = (name) => metrics.find((metric) => metric.name === name)?.value ?? NaN;
        return { layouts: value('LayoutCount'), styles: value('RecalcStyleCount') };
      }

      if (command === FORCED_COLORS_COMMAND) {
        const cdp = await devtools(page);
        await cdp.send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
        });
        return true;
      }

      const name = String(payload?.name ?? 'print').replace(/[^\w-]/g, '-');
      const key = `${session.id}:${name}`;
      if (!prints.has(key)) prints.set(key, printPdf(page, name, artifactsDir));
      // Kept until its answer is given, so that asking again never prints twice; forgotten then,
      // so that a later print of the same name prints again.
      try {
        const answer = await withinCommandTimeout(prints.get(key));
        if (!answer.pending) prints.delete(key);
        return answer;
      } catch (error) {
        prints.delete(key);
        throw error;
      }
    },
  };
}

/** Prints `page` to an A4 PDF and reads it back: `{ pages, pdf, png }` (see above). */
async function printPdf(page, name, artifactsDir) {
  mkdirSync(artifactsDir, { recursive: true });
  const pdf = join(artifactsDir, `${name}.pdf`);
  writeFileSync(
    pdf,
    await page.pdf({
      format: 'A4',
      margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' },
    }),
  );
  const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], {
    maxBuffer: 16 * 1024 * 1024,
  });
  // pdftotext ends every page with a form feed.
  const pages = stdout.split('\f').slice(0, -1);
  const pngPrefix = join(artifactsDir, name);
  await run('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdf, pngPrefix]);
  return { pages, pdf, png: `${pngPrefix}.png` };
}
