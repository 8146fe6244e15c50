import { expect } from '@open-wc/testing';
import { formatMicros, readCell } from './cell.js';

describe('readCell', () => {
  it('reads integers and integer strings, showing strings trimmed', () => {
    expect(readCell(174, 'count')).to.deep.equal({ state: 'value', text: '174', number: 174 });
    expect(readCell('174', 'count')).to.deep.equal({ state: 'value', text: '174', number: 174 });
    expect(readCell(' 174 ', 'count')).to.deep.equal({ state: 'value', text: '174', number: 174 });
    expect(readCell(0, 'count')).to.deep.equal({ state: 'value', text: '0', number: 0 });
  });

  it('treats null, "", "/", "-" and "—" as blank, keeping what was given', () => {
    for (const given of [null, '', '/', '-', '—', ' / ']) {
      expect(readCell(given, 'count')).to.deep.equal({ state: 'blank', given });
    }
  });

  it('rejects everything else as invalid, with a reason, never rounding', () => {
    const reason = (given: unknown) => {
      const cell = readCell(given, 'count');
      return cell.state === 'invalid' ? cell.reason : cell.state;
    };
    expect(reason(-1)).to.equal('negative');
    expect(reason('-3')).to.equal('negative');
    expect(reason(-0)).to.equal('negative');
    expect(reason(1.5)).to.equal('notInteger');
    expect(reason('1.5')).to.equal('notInteger');
    expect(reason(Number.NaN)).to.equal('notFinite');
    expect(reason(Number.POSITIVE_INFINITY)).to.equal('notFinite');
    expect(reason(2 ** 53)).to.equal('tooLarge');
    expect(reason('9007199254740993')).to.equal('tooLarge');
    expect(reason('１７４')).to.equal('fullWidthDigits');
    expect(reason('1,234')).to.equal('groupingSeparator');
    expect(reason('abc')).to.equal('notNumber');
    expect(reason('<img src=x onerror=alert(1)>')).to.equal('notNumber');
    expect(reason(true)).to.equal('wrongType');
    expect(reason({})).to.equal('wrongType');
    expect(reason([1])).to.equal('wrongType');
  });

  it('keeps the largest safe integer exact', () => {
    expect(readCell('9007199254740991', 'count')).to.deep.equal({
      state: 'value',
      text: '9007199254740991',
      number: 9007199254740991,
    });
  });

  it('reads amounts exactly as given, up to six decimal places', () => {
    expect(readCell('1779.2656', 'amount')).to.deep.include({
      state: 'value',
      text: '1779.2656',
      micros: 1779265600n,
    });
    expect(readCell(24252.311082, 'amount')).to.deep.include({
      text: '24252.311082',
      micros: 24252311082n,
    });
    expect(readCell('0', 'amount')).to.deep.include({ text: '0', micros: 0n });
    const tooFine = readCell('1.1234567', 'amount');
    expect(tooFine.state === 'invalid' && tooFine.reason).to.equal('tooManyDecimals');
    expect(readCell('-1.5', 'amount').state).to.equal('invalid');
  });

  it('formats millionths without binary floating point', () => {
    expect(formatMicros(1779265600n)).to.equal('1779.2656');
    expect(formatMicros(24252311082n)).to.equal('24252.311082');
    expect(formatMicros(5000000n)).to.equal('5');
  });
});
