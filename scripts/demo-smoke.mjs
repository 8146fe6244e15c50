#!/usr/bin/env node
// Starts the demo as `npm start` does, with port 5173 already taken, and opens it in Debian's
// Chromium. Checks what a newcomer meets first:
// - the dev server takes the next free port and prints its address;
// - the page makes no failed request (no favicon 404) and no error;
// - every element renders, the in-year examples show their R2, R3 and R4 errors;
// - the language switch turns every table into English and back;
// - examples/cms.html, served the same way after `npm run build`, renders every element.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Generous: CI machines are small and may be busy. */
const TIMEOUT = 60_000;

const failures = [];
const fail = (what) => {
  failures.push(what);
  console.error(`✗ ${what}`);
};

// Take 5173 first, as another project's dev server would. If something already holds it, the
// situation is the same.
const blocker = createServer();
await new Promise((resolve) => {
  blocker.once('error', resolve);
  blocker.listen(5173, '127.0.0.1', resolve);
});

const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
});
let printed = '';
const printedAddress = new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`no address printed:\n${printed}`)), TIMEOUT);
  const read = (chunk) => {
    printed += String(chunk).replace(/\x1b\[[0-9;]*m/g, '');
    const match = /Local:\s+(http:\/\/127\.0\.0\.1:(\d+)\/)/.exec(printed);
    if (match) {
      clearTimeout(timer);
      resolve({ url: match[1], port: Number(match[2]) });
    }
  };
  vite.stdout.on('data', read);
  vite.stderr.on('data', read);
  vite.once('exit', (code) => reject(new Error(`vite exited (${code}):\n${printed}`)));
});
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_ARGS],
});

const TAGS = [
  'disclosure-annual-report',
  'proactive-disclosure-table',
  'disclosure-applications-table',
  'review-litigation-table',
];

/** Opens a page, recording failed requests and errors, and waits until every element shows. */
async function open(url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
  await page.waitForFunction(
    (tags) =>
      [...document.querySelectorAll(tags.join(','))].every((element) =>
        (element.shadowRoot ?? element).querySelector('table, [role="alert"]'),
      ),
    { timeout: TIMEOUT },
    TAGS,
  );
  return { page, problems };
}

let address;
const problems = [];
try {
  address = await printedAddress;
  if (address.port === 5173) fail('the demo took port 5173, which was taken');
  const { page, problems: demoProblems } = await open(address.url);
  problems.push(...demoProblems.map((problem) => `demo: ${problem}`));

  // The in-year examples: the last applications table and the last review table on the page.
  const rules = await page.evaluate(() => {
    const last = (tag) => [...document.querySelectorAll(tag)].at(-1);
    const rulesOf = (element) => [...new Set(element.findings.map((finding) => finding.rule))];
    return {
      applications: rulesOf(last('disclosure-applications-table')),
      review: rulesOf(last('review-litigation-table')),
    };
  });
  for (const rule of ['applications.rowTotal', 'applications.resultsTotal']) {
    if (!rules.applications.includes(rule))
      fail(`in-year example: no ${rule} (${rules.applications})`);
  }
  if (!rules.review.includes('reviewLitigation.total'))
    fail(`in-year example: no reviewLitigation.total (${rules.review})`);

  // The language switch, there and back.
  const captions = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('disclosure-applications-table')].map(
        (element) => element.shadowRoot?.querySelector('caption')?.textContent ?? '',
      ),
    );
  for (const [locale, start] of [
    ['en', 'III.'],
    ['zh-CN', '三、'],
  ]) {
    await page.click(`[data-locale="${locale}"]`);
    await page
      .waitForFunction(
        (start) =>
          [...document.querySelectorAll('disclosure-applications-table')].every((element) =>
            element.shadowRoot?.querySelector('caption')?.textContent?.startsWith(start),
          ),
        { timeout: TIMEOUT },
        start,
      )
      .catch(async () => fail(`language switch to ${locale}: captions ${await captions()}`));
    const pressed = await page.$eval(`[data-locale="${locale}"]`, (button) =>
      button.getAttribute('aria-pressed'),
    );
    if (pressed !== 'true') fail(`language switch to ${locale}: the button is not shown pressed`);
  }

  if (existsSync(`${root}dist/disclosure-tables.min.js`)) {
    const cms = await open(new URL('examples/cms.html', address.url).href);
    problems.push(...cms.problems.map((problem) => `examples/cms.html: ${problem}`));
  } else {
    console.log('dist/ not built: examples/cms.html not checked (run `npm run build` first).');
  }
} catch (error) {
  fail(String(error));
} finally {
  // Failed requests (a favicon 404) and errors, reported even when a step above failed.
  for (const problem of problems) fail(problem);
  console.log(`Demo smoke: served on port ${address?.port}, ${failures.length} problems`);
  await browser.close();
  vite.kill();
  blocker.close();
}
process.exit(failures.length ? 1 : 0);
