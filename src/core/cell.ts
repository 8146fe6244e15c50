/**
 * Reading one published cell. A cell is kept as it was given (for display) together with
 * what it means (for arithmetic); a value is never altered to make it fit.
 */
import type { ValueKind } from './layout.js';

/** Markers editors use for "no number here". Shown blank and reported; never read as 0. */
export const BLANK_MARKERS: readonly string[] = ['', '/', '-', '—'];

/** Why a given value is not a usable number. Messages are phrased from this by `Text`. */
export type InvalidReason =
  | 'negative'
  | 'notInteger'
  | 'tooLarge'
  | 'notFinite'
  | 'tooManyDecimals'
  | 'fullWidthDigits'
  | 'groupingSeparator'
  | 'notNumber'
  | 'wrongType';

export type Cell =
  /**
   * A published value. `text` is what is shown; `number` is what it counts. Amounts also carry
   * `micros`, their exact value in millionths, because a double cannot hold 24252.311082 exactly.
   */
  | {
      readonly state: 'value';
      readonly text: string;
      readonly number: number;
      readonly micros?: bigint;
      /** The unit the report wrote beside the value (`元`), shown after it. */
      readonly unit?: string;
    }
  /** A blank marker, `null`, or a cell left out of the data. `given` is undefined when absent. */
  | { readonly state: 'blank'; readonly given: unknown }
  | { readonly state: 'invalid'; readonly given: unknown; readonly reason: InvalidReason }
  /** A total absent from the data, computed from the cells it sums. */
  | {
      readonly state: 'computed';
      readonly text: string;
      readonly number: number;
      readonly micros?: bigint;
    };

export type NumericCell = Extract<Cell, { number: number }>;

/** Decimal places an amount (万元) may carry; real reports use up to 6. */
export const AMOUNT_SCALE = 6;
const AMOUNT_FACTOR = 10n ** BigInt(AMOUNT_SCALE);
/** Digits of Number.MAX_SAFE_INTEGER: longer integer strings are too large before any parsing. */
const MAX_COUNT_TEXT = String(Number.MAX_SAFE_INTEGER);

const INTEGER = /^\d+$/;
const FULL_WIDTH_DIGIT = /[０-９]/;
const GROUPED = /^\d{1,3}([,，]\d{3})+(\.\d+)?$/;

export const isNumeric = (cell: Cell): cell is NumericCell =>
  cell.state === 'value' || cell.state === 'computed';

export const absentCell: Cell = { state: 'blank', given: undefined };

/** Reads a cell as given in JSON. Total: never throws, whatever `given` is. */
export function readCell(given: unknown, kind: ValueKind): Cell {
  // Nearly every published cell is a plain count: take it without the checks below.
  if (
    kind === 'count' &&
    typeof given === 'number' &&
    Number.isSafeInteger(given) &&
    (given > 0 || Object.is(given, 0))
  ) {
    return { state: 'value', text: String(given), number: given };
  }
  if (given === null || given === undefined) return { state: 'blank', given };
  if (typeof given === 'number') return readNumber(given, kind);
  if (typeof given === 'string') return readString(given, kind);
  return { state: 'invalid', given, reason: 'wrongType' };
}

function readNumber(given: number, kind: ValueKind): Cell {
  const invalid = (reason: InvalidReason): Cell => ({ state: 'invalid', given, reason });
  if (!Number.isFinite(given)) return invalid('notFinite');
  if (kind === 'change') {
    if (!Number.isInteger(given)) return invalid('notInteger');
    if (Math.abs(given) > Number.MAX_SAFE_INTEGER) return invalid('tooLarge');
    // -0 is 0: a change of nothing.
    return { state: 'value', text: String(given), number: given + 0 };
  }
  if (given < 0 || Object.is(given, -0)) return invalid('negative');
  if (kind === 'count') {
    if (!Number.isInteger(given)) return invalid('notInteger');
    if (given > Number.MAX_SAFE_INTEGER) return invalid('tooLarge');
    return { state: 'value', text: String(given), number: given };
  }
  // JSON numbers are binary doubles: the shortest round-trip text is what the author wrote
  // (1779.2656 stays "1779.2656"); exponent forms are past what an amount can mean.
  const text = String(given);
  if (/e-/i.test(text)) return invalid('tooManyDecimals');
  return /e/i.test(text) ? invalid('tooLarge') : readDecimalText(text, given);
}

function readString(given: string, kind: ValueKind): Cell {
  const text = given.trim();
  // An amount written as digits (nearly every amount given as text) is read before any marker
  // or pattern is tried: none of them is digits with at most one point.
  if (kind === 'amount') {
    const point = decimalPoint(text);
    if (point !== NOT_DECIMAL) return decimalCell(text, given, point);
  }
  if (BLANK_MARKERS.includes(text)) return { state: 'blank', given };
  const invalid = (reason: InvalidReason): Cell => ({ state: 'invalid', given, reason });
  if (kind === 'count' && INTEGER.test(text)) {
    return exceedsSafeInteger(text)
      ? invalid('tooLarge')
      : { state: 'value', text, number: Number(text) };
  }
  if (kind === 'change') {
    // 本年增/减 is signed: "-3", "−3" (a typeset minus), "+3" and "3" are all changes.
    const signed = /^([-−－+＋]?)(\d+)$/.exec(text);
    if (signed) {
      const negative = signed[1] !== '' && signed[1] !== '+' && signed[1] !== '＋';
      if (exceedsSafeInteger(signed[2])) return invalid('tooLarge');
      const magnitude = Number(signed[2]);
      return { state: 'value', text, number: negative ? -magnitude || 0 : magnitude };
    }
  }
  // Deliberately rejected rather than guessed at: the reader sees the value and why.
  if (/^[-−－]/.test(text)) return invalid('negative');
  if (FULL_WIDTH_DIGIT.test(text)) return invalid('fullWidthDigits');
  if (GROUPED.test(text)) return invalid('groupingSeparator');
  if (kind === 'count' && /^\d+\.\d+$/.test(text)) return invalid('notInteger');
  return invalid('notNumber');
}

const MILLION = 10 ** AMOUNT_SCALE;

/** What `decimalPoint` returns for a text that is not digits with at most one point between digits. */
const NOT_DECIMAL = -2;

/**
 * Where the point is in an amount's text ("1779.2656"): -1 when it has none, NOT_DECIMAL when
 * it is not digits (0-9) with at most one point between digits. Scanned by hand, where a
 * regular expression and the strings it made cost more than the rest of the cell.
 */
function decimalPoint(text: string): number {
  let point = -1;
  const last = text.length - 1;
  if (last < 0) return NOT_DECIMAL;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) continue;
    if (code !== 46 || point >= 0 || i === 0 || i === last) return NOT_DECIMAL;
    point = i;
  }
  return point;
}

function readDecimalText(text: string, given: unknown): Cell {
  const point = decimalPoint(text);
  if (point === NOT_DECIMAL) return { state: 'invalid', given, reason: 'notNumber' };
  return decimalCell(text, given, point);
}

/** An amount's cell from its text, whose point `decimalPoint` found (-1: none). */
function decimalCell(text: string, given: unknown, point: number): Cell {
  const wholeDigits = point < 0 ? text.length : point;
  const fractionDigits = point < 0 ? 0 : text.length - point - 1;
  if (fractionDigits > AMOUNT_SCALE) return { state: 'invalid', given, reason: 'tooManyDecimals' };
  if (wholeDigits <= 9) {
    // Below 10^15 in millionths: exact as a double, and one BigInt made from it.
    let units = 0;
    for (let i = 0; i < text.length; i++)
      if (i !== point) units = units * 10 + text.charCodeAt(i) - 48;
    for (let k = fractionDigits; k < AMOUNT_SCALE; k++) units *= 10;
    // Divided by a million, it is the double nearest the text's value, as Number(text) is: both
    // round the same exact value once.
    return { state: 'value', text, number: units / MILLION, micros: BigInt(units) };
  }
  const fraction = point < 0 ? '' : text.slice(point + 1);
  const micros =
    BigInt(text.slice(0, wholeDigits)) * AMOUNT_FACTOR + BigInt(fraction.padEnd(AMOUNT_SCALE, '0'));
  return { state: 'value', text, number: Number(text), micros };
}

function exceedsSafeInteger(digits: string): boolean {
  const significant = digits.replace(/^0+(?=\d)/, '');
  if (significant.length !== MAX_COUNT_TEXT.length)
    return significant.length > MAX_COUNT_TEXT.length;
  return significant > MAX_COUNT_TEXT;
}

/** The exact value of an amount text in millionths; `undefined` unless it is a valid amount. */
export function amountMicros(text: string): bigint | undefined {
  const cell = readCell(text, 'amount');
  return cell.state === 'value' ? cell.micros : undefined;
}

/** Exact decimal text for an amount in millionths (no binary floating point involved). */
export function formatMicros(units: bigint): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const whole = abs / AMOUNT_FACTOR;
  const fraction = (abs % AMOUNT_FACTOR).toString().padStart(AMOUNT_SCALE, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** How a given value is quoted in a message: strings as JSON strings, the rest as JSON. */
export function describeGiven(given: unknown): string {
  if (given === undefined) return '';
  if (typeof given === 'number') return Object.is(given, -0) ? '-0' : String(given);
  try {
    const json = JSON.stringify(given);
    if (json === undefined) return String(typeof given);
    if (json.length <= 80) return json;
    // Never cut between the two halves of a character outside the BMP (emoji, rare hanzi).
    const end = /[\ud800-\udbff]/.test(json[76]) ? 76 : 77;
    return `${json.slice(0, end)}…`;
  } catch {
    return String(typeof given);
  }
}

/** A total absent from the data, computed exactly and shown in the unit of the cells it sums. */
export function computedCell(sum: bigint, kind: ValueKind): Cell {
  return kind === 'amount'
    ? { state: 'computed', text: formatMicros(sum), number: Number(formatMicros(sum)), micros: sum }
    : { state: 'computed', text: sum.toString(), number: Number(sum) };
}
