import { expect } from '@open-wc/testing';
import { xiangtan } from '../../test/fixtures/reports.js';
import { locateJsonFault } from './json-fault.js';
import { parseJson } from './parse.js';

describe('locateJsonFault', () => {
  it('finds a missing comma, with its line, column and the characters around it', () => {
    const text = '{\n  "agency": "某县" "year": 2025\n}';
    expect(locateJsonFault(text)).to.deep.equal({
      line: 2,
      column: 18,
      expected: 'commaOrEnd',
      found: '"',
      before: '  "agency": "某县" ',
      after: 'year": 2025',
    });
  });

  it('names curly quotes as what was found where a key or a value belongs', () => {
    expect(locateJsonFault('{“agency”: 1}')).to.deep.include({
      line: 1,
      column: 2,
      expected: 'key',
      found: '“',
    });
    expect(locateJsonFault('{"agency": ”某县”}')).to.deep.include({
      expected: 'value',
      found: '”',
    });
  });

  it('finds text that ends too soon, a trailing comma, extra text, and a raw line break in a string', () => {
    expect(locateJsonFault('{"a": [1, 2')).to.deep.include({ expected: 'commaOrEnd', found: '' });
    expect(locateJsonFault('[1, 2,]')).to.deep.include({ expected: 'value', found: ']' });
    expect(locateJsonFault('{"a": 1} x')).to.deep.include({ expected: 'nothingMore', found: 'x' });
    expect(locateJsonFault('{"a": "x\ny"}')).to.deep.include({ expected: 'stringChar', line: 1 });
    expect(locateJsonFault('{"a": "\\q"}')).to.deep.include({ expected: 'escape', found: 'q' });
    expect(locateJsonFault('{"a" 1}')).to.deep.include({ expected: 'colon', found: '1' });
    expect(locateJsonFault('')).to.deep.include({ expected: 'value', found: '' });
  });

  it('stays quiet on valid JSON, curly quotes inside strings included', () => {
    for (const text of [
      JSON.stringify(xiangtan()),
      JSON.stringify(xiangtan(), null, 2),
      '{"agency": "“某县”人民政府", "x": [true, false, null, -0.5e3, "\\u00e9\\n"]}',
      ' [ ] ',
      '{}',
    ]) {
      expect(locateJsonFault(text), text).to.equal(undefined);
      expect(parseJson(text).ok, text).to.equal(true);
    }
  });

  it('is given with every JSON problem parseJson reports', () => {
    const parsed = parseJson('{"a": 1,}');
    expect(parsed.ok).to.equal(false);
    if (!parsed.ok && parsed.problem.code === 'json')
      expect(parsed.problem.fault).to.deep.include({ expected: 'key', found: '}', column: 9 });
  });
});
