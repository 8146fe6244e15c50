/**
 * Where JSON text goes wrong, and what was expected there: the engine's own message is in
 * English and differs between browsers (Safari gives no position at all), so the place and the
 * expectation are found here, by a small scanner run only after `JSON.parse` has failed.
 */

/** What the text should have had at the fault. */
export type JsonExpectation =
  'value' | 'key' | 'colon' | 'commaOrEnd' | 'nothingMore' | 'stringEnd' | 'escape' | 'stringChar';

export interface JsonFault {
  /** 1-based line and column (in characters) of the fault. */
  readonly line: number;
  readonly column: number;
  readonly expected: JsonExpectation;
  /** The character found at the fault; empty when the text ends there. */
  readonly found: string;
  /** Up to 20 characters before the fault and after it, on its line. */
  readonly before: string;
  readonly after: string;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** The first fault of `text` as JSON, or `undefined` when it is valid. */
export function locateJsonFault(text: string): JsonFault | undefined {
  const stack: string[] = [];
  let pos = 0;
  type State = 'value' | 'valueOrEnd' | 'keyOrEnd' | 'key' | 'colon' | 'commaOrEnd' | 'done';
  let state: State = 'value';
  const fault = (expected: JsonExpectation, at = pos): JsonFault => describe(text, at, expected);
  const skipWhitespace = (): void => {
    while (pos < text.length && WHITESPACE.has(text[pos])) pos++;
  };
  /** Scans a string from its opening quote; returns a fault or moves past the closing quote. */
  const scanString = (): JsonFault | undefined => {
    pos++;
    for (;;) {
      if (pos >= text.length) return fault('stringEnd');
      const char = text[pos];
      if (char === '"') {
        pos++;
        return undefined;
      }
      if (char < ' ') return fault('stringChar');
      if (char === '\\') {
        const next = text[pos + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) pos += 6;
        else if (next !== undefined && ESCAPES.has(next)) pos += 2;
        else return fault('escape', pos + 1);
      } else pos++;
    }
  };
  const afterValue = (): State => (stack.length ? 'commaOrEnd' : 'done');

  for (;;) {
    skipWhitespace();
    const char = text[pos];
    switch (state) {
      case 'done':
        return pos < text.length ? fault('nothingMore') : undefined;
      case 'colon':
        if (char !== ':') return fault('colon');
        pos++;
        state = 'value';
        break;
      case 'keyOrEnd':
      case 'key':
        if (state === 'keyOrEnd' && char === '}') {
          pos++;
          stack.pop();
          state = afterValue();
        } else if (char === '"') {
          const problem = scanString();
          if (problem) return problem;
          state = 'colon';
        } else return fault('key');
        break;
      case 'commaOrEnd': {
        const open = stack[stack.length - 1];
        if (char === ',') {
          pos++;
          state = open === '{' ? 'key' : 'value';
        } else if ((open === '{' && char === '}') || (open === '[' && char === ']')) {
          pos++;
          stack.pop();
          state = afterValue();
        } else return fault('commaOrEnd');
        break;
      }
      case 'valueOrEnd':
      case 'value':
        if (state === 'valueOrEnd' && char === ']') {
          pos++;
          stack.pop();
          state = afterValue();
        } else if (char === '{' || char === '[') {
          stack.push(char);
          pos++;
          state = char === '{' ? 'keyOrEnd' : 'valueOrEnd';
        } else if (char === '"') {
          const problem = scanString();
          if (problem) return problem;
          state = afterValue();
        } else if (['true', 'false', 'null'].some((word) => text.startsWith(word, pos))) {
          pos += text[pos] === 'f' ? 5 : 4;
          state = afterValue();
        } else {
          NUMBER.lastIndex = pos;
          if (!NUMBER.test(text)) return fault('value');
          pos = NUMBER.lastIndex;
          state = afterValue();
        }
        break;
    }
  }
}

function describe(text: string, at: number, expected: JsonExpectation): JsonFault {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  const end = lineEnd < 0 ? text.length : lineEnd;
  const line = text.slice(0, at).split('\n').length;
  // Columns count characters as an editor does, not UTF-16 units.
  const column = [...text.slice(lineStart, at)].length + 1;
  const found = at < text.length ? String.fromCodePoint(text.codePointAt(at)!) : '';
  const before = [...text.slice(lineStart, at)].slice(-20).join('').replace(/\r/g, '');
  const after = [...text.slice(at + found.length, end)].slice(0, 20).join('').replace(/\r/g, '');
  return { line, column, expected, found, before, after };
}
