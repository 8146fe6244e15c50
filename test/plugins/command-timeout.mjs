/**
 * The browser gives up on a server command after 20 s (@web/dev-server-core's web-socket
 * plugin, not configurable), and a build or a print on a busy machine can take longer. A slow
 * command answers `{ pending: true }` after 10 s while its work goes on, and the test asks again
 * (`untilDone` in test/helpers/server-command.ts) until the work's own answer comes.
 */
export function withinCommandTimeout(work) {
  let timer;
  const pending = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ pending: true }), 10_000);
  });
  return Promise.race([work, pending]).finally(() => clearTimeout(timer));
}
