import { Readable } from 'node:stream';

export const FUZZ_SETTINGS_COMMAND = 'fuzz-settings';

/**
 * Test-runner server command `fuzz-settings`: tells the browser how long a campaign to run.
 *
 * `FUZZ_SCALE` multiplies every property's and fuzzer's base run count (test/helpers/fuzz.ts
 * holds the base counts; 1 in CI, `npm run fuzz` raises it). `FUZZ_SEED` replays a run that
 * fast-check reported as failing. `FUZZ_TIMING=1` logs each property's runs and time.
 */
export function fuzzPlugin() {
  return {
    name: 'fuzz-settings-command',
    executeCommand({ command }) {
      if (command !== FUZZ_SETTINGS_COMMAND) return undefined;
      const scale = Number(process.env.FUZZ_SCALE ?? 1);
      const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
      return {
        scale: Number.isFinite(scale) && scale > 0 ? scale : 1,
        ...(Number.isInteger(seed) ? { seed } : {}),
        timing: process.env.FUZZ_TIMING === '1',
      };
    },
  };
}

/**
 * Responses the `src` tests need and a static server cannot give, under `/__fuzz/`:
 *
 * - `respond?status=&type=&delay=&body=`: any status, content type and body, after `delay` ms
 *   (a slow response that a newer `src` overtakes);
 * - `huge?bytes=&declare=`: a body of `bytes` bytes (`endless`: one that never ends), with a
 *   Content-Length when `declare=1`, streamed without one (chunked) otherwise;
 * - `reset`: the connection is dropped without a response (a network error).
 */
export async function fuzzMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__fuzz/')) return next();
  const query = ctx.query;
  const delay = Math.min(Number(query.delay ?? 0) || 0, 10_000);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  ctx.set('Cache-Control', 'no-store');
  switch (ctx.path) {
    case '/__fuzz/respond':
      ctx.status = Number(query.status ?? 200) || 200;
      ctx.type = String(query.type ?? 'application/json');
      ctx.body = String(query.body ?? '');
      return;
    case '/__fuzz/huge': {
      const bytes =
        query.bytes === 'endless' ? Number.POSITIVE_INFINITY : Number(query.bytes ?? 0) || 0;
      ctx.type = 'application/json';
      if (query.declare === '1') {
        ctx.body = Buffer.alloc(bytes, 0x20);
        return;
      }
      ctx.body = Readable.from(chunksOf(bytes));
      return;
    }
    case '/__fuzz/reset':
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    default:
      ctx.status = 404;
  }
}

/** Spaces in 64 KiB chunks: valid JSON whitespace, so only the size can make it fail. */
function* chunksOf(bytes) {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  for (let sent = 0; sent < bytes; sent += chunk.length) {
    yield sent + chunk.length <= bytes ? chunk : chunk.subarray(0, bytes - sent);
  }
}
