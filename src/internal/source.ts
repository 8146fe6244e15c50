/**
 * Where an element's data comes from. Pure helpers; `DataSourceController` owns the fetch lifecycle.
 */
import type { InputProblem } from '../core/parse.js';

/** A `src` or `previous-src` may only point at http(s) or a relative URL: never javascript: or data:. */
export function isAllowedSourceUrl(url: string, base: string): boolean {
  try {
    const protocol = new URL(url, base).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Whether a child script's `type` names JSON. MIME types are case-insensitive and may carry
 * parameters, and hand-edited pages write `application/JSON` or `application/json;
 * charset=utf-8`: the browser treats those as data blocks too, so they are read, not ignored.
 */
export function isJsonScriptType(type: string | null): boolean {
  return type !== null && type.split(';')[0].trim().toLowerCase() === 'application/json';
}

/** Bodies above this size are refused unread: no disclosure report comes near it. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/**
 * A response body as text (UTF-8, as `Response.text()` reads it), or `undefined` once it passes
 * `maxBytes`, when the download is cancelled. Content-Length alone cannot enforce the limit: a
 * chunked response has none and a compressed one declares the compressed size, and a body that
 * never ends must not be read until memory runs out.
 */
export async function readTextWithin(
  response: Response,
  maxBytes: number,
): Promise<string | undefined> {
  const cancel = (stream: { cancel(): Promise<void> }): undefined =>
    void stream.cancel().catch(() => undefined);
  if (Number(response.headers.get('content-length')) > maxBytes)
    return response.body ? cancel(response.body) : undefined;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxBytes) return cancel(reader);
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * The problem with a child script that is not a JSON data block, or `undefined` when it is not
 * meant as data at all. A script with no type (or a JavaScript type) is run by the browser,
 * which throws on JSON; `text/json` and the like are data blocks the element does not read.
 * Both are what editors write for `application/json`, so both are answered, not ignored.
 */
export function childScriptProblem(type: string | null): InputProblem | undefined {
  if (isJsonScriptType(type)) return undefined;
  const essence = (type ?? '').split(';')[0].trim().toLowerCase();
  const runs = essence === '' || JAVASCRIPT_TYPES.has(essence);
  if (runs || essence.includes('json')) return { code: 'scriptType', type, fatal: true };
  return undefined;
}

/** The script types a browser runs as JavaScript (besides an empty or missing type). */
const JAVASCRIPT_TYPES = new Set([
  'module',
  'text/javascript',
  'application/javascript',
  'text/ecmascript',
  'application/ecmascript',
]);
