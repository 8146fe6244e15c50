/**
 * Debian's Chromium as every test, smoke test and script here launches it. The test tools never
 * download a browser; `CHROME_PATH` points at another one.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Headless flags: as root in CI (no sandbox), with nothing that reaches for the network on its own
 * (a closed network refuses it, many connections at a time), and software rendering.
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
]);

/**
 * The benchmarks' flags: the same, plus `gc()` in the page (every sample starts from a collected
 * heap) and no throttling of timers and frames (a background tab's are; the bench page is the
 * only tab).
 */
export const BENCH_CHROMIUM_ARGS = Object.freeze([
  ...CHROMIUM_ARGS,
  '--js-flags=--expose-gc',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
]);
