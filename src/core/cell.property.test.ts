/**
 * Properties of reading one cell: each deliberate choice of the format's reader (README, "The
 * report document") holds for every value of its kind, and amounts are exact.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { amountText } from '../../test/fixtures/arbitraries.js';
import { assertProperty } from '../../test/helpers/fuzz.js';
import { localizedText } from '../internal/text.js';
import {
  amountMicros,
  describeGiven,
  formatMicros,
  readCell,
  type Cell,
  type InvalidReason,
} from './cell.js';
import { checkReport } from './check.js';
import { keyed, totalLeaf, valueCells, type TableLayout, type ValueKind } from './layout.js';
import { parseReport } from './parse.js';
import { current, type RelationRule } from './rules/types.js';

const reason = (cell: Cell): InvalidReason | Cell['state'] =>
  cell.state === 'invalid' ? cell.reason : cell.state;
const kind = (): fc.Arbitrary<ValueKind> => fc.constantFrom('count', 'amount');
const safeCount = (): fc.Arbitrary<number> =>
  fc.oneof(fc.nat(1000), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));

/** Whitespace `String.prototype.trim` removes, including the ideographic space of CJK text. */
const space = (): fc.Arbitrary<string> =>
  fc
    .array(
      fc.constantFrom(' ', '\t', '\n', '\r', '\u3000', '\u00a0', '\u2003', '\ufeff', '\u2028'),
      { maxLength: 3 },
    )
    .map((s) => s.join(''));

const FULL_WIDTH = '０１２３４５６７８９';
/** Some digits full-width (at least the first masked one), the others as they are. */
const toFullWidth = (digits: string, mask: readonly boolean[]): string => {
  const first = Math.max(0, mask.indexOf(true)) % digits.length;
  return [...digits]
    .map((d, i) => (i === first || mask[i % mask.length] ? FULL_WIDTH[Number(d)] : d))
    .join('');
};

/** The reference: a decimal text's value in millionths, by BigInt alone. */
function referenceMicros(text: string): bigint {
  const [whole, fraction = ''] = text.split('.');
  return BigInt(whole) * 1_000_000n + BigInt(fraction.padEnd(6, '0'));
}
/** The reference: millionths back to the shortest decimal text. */
function referenceText(micros: bigint): string {
  const sign = micros < 0n ? '-' : '';
  const abs = micros < 0n ? -micros : micros;
  const fraction = String(abs % 1_000_000n)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return `${sign}${abs / 1_000_000n}${fraction ? `.${fraction}` : ''}`;
}

describe('readCell: properties', () => {
  it('is total: any value reads as a value, a blank or an invalid cell with a reason, never throwing', async function () {
    await assertProperty(
      this,
      'cellChoices',
      fc.property(
        fc.oneof(
          fc.anything({ withBigInt: true, withMap: true, withSet: true, withNullPrototype: true }),
          fc.double(),
          fc.string(),
        ),
        kind(),
        (given, k) => {
          const cell = readCell(given, k);
          expect(['value', 'blank', 'invalid']).to.include(cell.state);
          if (cell.state === 'blank' || cell.state === 'invalid')
            expect(Object.is(cell.given, given), 'keeps what was given').to.equal(true);
        },
      ),
    );
  });

  it('reads every safe non-negative integer exactly, as a number or as a string with whitespace around it', async function () {
    await assertProperty(
      this,
      'cellChoices',
      fc.property(safeCount(), space(), space(), (n, before, after) => {
        expect(readCell(n, 'count')).to.deep.equal({ state: 'value', text: String(n), number: n });
        expect(readCell(`${before}${n}${after}`, 'count')).to.deep.equal({
          state: 'value',
          text: String(n),
          number: n,
        });
      }),
    );
  });

  it('rejects every integer beyond 2^53 − 1 as too large, and never rounds one', async function () {
    await assertProperty(
      this,
      'cellChoices',
      fc.property(
        fc.bigInt({ min: BigInt(Number.MAX_SAFE_INTEGER) + 1n, max: 10n ** 40n }),
        (n) => {
          expect(reason(readCell(n.toString(), 'count'))).to.equal('tooLarge');
          expect(reason(readCell(Number(n), 'count'))).to.equal('tooLarge');
        },
      ),
    );
  });

  it('rejects negative numbers and negative zero, in every spelling of the minus sign', async function () {
    await assertProperty(
      this,
      'cellChoices',
      fc.property(
        fc.oneof(
          fc.integer({ min: 1 }),
          fc.double({ noNaN: true, noDefaultInfinity: true, min: Number.MIN_VALUE }),
        ),
        fc.constantFrom('-', '−', '－'),
        kind(),
        (n, minus, k) => {
          expect(reason(readCell(-n, k))).to.equal('negative');
          expect(reason(readCell(`${minus}${n}`, k))).to.equal('negative');
          expect(reason(readCell(-0, k))).to.equal('negative');
          expect(reason(readCell(`${minus}0`, k))).to.equal('negative');
        },
      ),
    );
  });

  it('rejects every count with a fraction, as a number or as a string', async function () {
    await assertProperty(
      this,
      'cellChoices',
      fc.property(
        fc.double({ min: 0, max: 2 ** 52, noNaN: true }).filter((x) => !Number.isInteger(x)),
        (x) => {
          expect(reason(readCell(x, 'count'))).to.equal('notInteger');
          if (!/e/i.test(String(x)))
            expect(reason(readCell(String(x), 'count'))).to.equal('notInteger');
        },
      ),
    );
  });

  it('rejects full-width digits (１７４) and thousands separators (1,234), for counts and amounts', async function () {
    await assertProperty(
      this,
      'cellChoices',
      fc.property(
        fc.nat(),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }).filter((m) => m.some(Boolean)),
        fc.constantFrom(',', '，'),
        kind(),
        (n, mask, comma, k) => {
          expect(reason(readCell(toFullWidth(String(n), mask), k))).to.equal('fullWidthDigits');
          const grouped = String(n + 1000).replace(/\B(?=(\d{3})+$)/g, comma);
          expect(reason(readCell(grouped, k))).to.equal('groupingSeparator');
        },
      ),
    );
  });

  it('rejects NaN and the infinities (1e309 parses to Infinity)', async function () {
    await assertProperty(
      this,
      'cellChoices',
      fc.property(
        fc.constantFrom(
          Number.NaN,
          Number.POSITIVE_INFINITY,
          Number.NEGATIVE_INFINITY,
          JSON.parse('1e309') as number,
        ),
        kind(),
        (x, k) => {
          expect(['notFinite', 'negative']).to.include(reason(readCell(x, k)));
        },
      ),
    );
  });

  it('treats null and the blank markers as blank, never as 0', async function () {
    await assertProperty(
      this,
      'cellChoices',
      fc.property(
        fc.constantFrom(null, '', '/', '-', '—'),
        space(),
        space(),
        kind(),
        (marker, before, after, k) => {
          const given = marker === null ? null : `${before}${marker}${after}`;
          expect(readCell(given, k)).to.deep.equal({ state: 'blank', given });
        },
      ),
    );
  });
});

/** A UTF-16 unit of a surrogate pair without its other half: a broken character (shown as �). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('describeGiven: properties', () => {
  // Regression: the quote was cut at 77 UTF-16 units, which could fall between the two halves
  // of an emoji or a rare CJK character (outside the BMP) and show "�" in the message.
  it('quotes any value in at most 80 characters, never splitting a character', async function () {
    await assertProperty(
      this,
      'cellChoices',
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', minLength: 70, maxLength: 120 }),
          fc.string({
            unit: fc.constantFrom('a', '𠀀', '😀', '县'),
            minLength: 70,
            maxLength: 120,
          }),
          fc.anything(),
        ),
        (given) => {
          const quoted = describeGiven(given);
          expect(quoted.length).to.be.at.most(80);
          expect(LONE_SURROGATE.test(quoted), quoted).to.equal(false);
        },
      ),
    );
  });
});

describe('amounts: properties', () => {
  it('read any decimal text with up to 6 places exactly, shown as given', async function () {
    await assertProperty(
      this,
      'amounts',
      fc.property(amountText(), space(), (text, pad) => {
        const cell = readCell(`${pad}${text}${pad}`, 'amount');
        // The number is the double nearest the text's value, as Number(text) reads it.
        expect(cell).to.deep.include({
          state: 'value',
          text,
          number: Number(text),
          micros: referenceMicros(text),
        });
        expect(amountMicros(text)).to.equal(referenceMicros(text));
        expect(formatMicros(referenceMicros(text))).to.equal(referenceText(referenceMicros(text)));
      }),
    );
  });

  it('reject a seventh decimal place rather than round it', async function () {
    await assertProperty(
      this,
      'amounts',
      fc.property(
        fc.nat(),
        fc.integer({ min: 7, max: 30 }),
        fc.nat(9),
        (whole, places, lastDigit) => {
          const text = `${whole}.${'0'.repeat(places - 1)}${lastDigit || 1}`;
          expect(reason(readCell(text, 'amount'))).to.equal('tooManyDecimals');
        },
      ),
    );
  });

  it('read a number as its shortest decimal text, or reject it; never as anything else', async function () {
    await assertProperty(
      this,
      'amounts',
      fc.property(fc.oneof(amountText().map(Number), fc.double({ min: 0, noNaN: true })), (x) => {
        const cell = readCell(x, 'amount');
        if (cell.state === 'value') {
          expect(cell.text).to.equal(String(x));
          expect(cell.micros).to.equal(referenceMicros(String(x)));
        } else expect(cell.state).to.equal('invalid');
      }),
    );
  });

  // A table of amounts, declared like the format's own: three parts and their total, and a
  // difference (like R7's minus term). The engine sums them; BigInt is the reference.
  const LEDGER: TableLayout = {
    id: 'proactive',
    caption: 'ledger',
    blocks: [
      {
        columns: [keyed('a', 'a'), keyed('b', 'b'), keyed('c', 'c'), totalLeaf('total', 'total')],
        rows: [{ ...keyed('fees', 'fees'), kind: 'amount' }],
      },
    ],
  };
  const [, , , totalCell] = valueCells(LEDGER);
  const row = LEDGER.blocks[0].rows;
  const ledgerRule = (signs: readonly (1 | -1)[]): RelationRule => ({
    id: 'ledger.total',
    severity: 'error',
    tables: ['proactive'],
    crossYear: false,
    relations: [
      {
        scope: { table: 'proactive', path: row },
        lhs: [current(totalCell.key)],
        rhs: ['a', 'b', 'c'].map((part, i) => current(`proactive.fees.${part}`, signs[i])),
        definesTotal: true,
      },
    ],
  });
  const checkLedger = (fees: Record<string, string>, signs: readonly (1 | -1)[]) =>
    checkReport({
      layouts: [LEDGER],
      rules: [ledgerRule(signs)],
      report: parseReport({ fees }, [LEDGER]),
      text: localizedText,
    });

  it('sum exactly: a left-out total is computed to the millionth, by BigInt', async function () {
    await assertProperty(
      this,
      'amounts',
      fc.property(
        fc.tuple(amountText(), amountText(), amountText()),
        fc.constantFrom<1 | -1>(1, -1),
        ([a, b, c], sign) => {
          const signs = [1, 1, sign] as const;
          const sum = referenceMicros(a) + referenceMicros(b) + BigInt(sign) * referenceMicros(c);
          const result = checkLedger({ a, b, c }, signs);
          expect(result.cells.proactive!.get(totalCell.key)).to.deep.include({
            state: 'computed',
            text: referenceText(sum),
            micros: sum,
          });
          expect(result.findings).to.deep.equal([]);
        },
      ),
    );
  });

  it('compare exactly: a published total passes when equal to the millionth, however written, and fails when off by any amount', async function () {
    await assertProperty(
      this,
      'amounts',
      fc.property(
        fc.tuple(amountText(), amountText(), amountText()),
        fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }),
        fc.nat(3),
        ([a, b, c], off, zeros) => {
          const sum = referenceMicros(a) + referenceMicros(b) + referenceMicros(c);
          // The exact total, written with some trailing zeros, up to the sixth place.
          const written = referenceText(sum);
          const places = written.includes('.') ? written.length - written.indexOf('.') - 1 : 0;
          const extra = Math.min(zeros, 6 - places);
          const exactTotal =
            extra === 0 ? written : `${written}${places ? '' : '.'}${'0'.repeat(extra)}`;
          expect(checkLedger({ a, b, c, total: exactTotal }, [1, 1, 1]).findings).to.deep.equal([]);
          if (off === 0n || sum + off < 0n) return;
          const findings = checkLedger(
            { a, b, c, total: referenceText(sum + off) },
            [1, 1, 1],
          ).findings;
          expect(findings).to.have.length(1);
          expect(findings[0]).to.deep.include({
            rule: 'ledger.total',
            expected: referenceText(sum),
            actual: referenceText(sum + off),
          });
        },
      ),
    );
  });

  it('do not drift where binary floating point would (0.1 + 0.2 = 0.3)', () => {
    expect(0.1 + 0.2).to.not.equal(0.3);
    expect(
      checkLedger({ a: '0.1', b: '0.2', c: '0', total: '0.3' }, [1, 1, 1]).findings,
    ).to.deep.equal([]);
    expect(
      checkLedger(
        { a: '24252.311082', b: '1779.2656', c: '0.000001', total: '26031.576683' },
        [1, 1, 1],
      ).findings,
    ).to.deep.equal([]);
  });
});
