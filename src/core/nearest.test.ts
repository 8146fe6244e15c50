import { expect } from '@open-wc/testing';
import { editDistance, nearestName } from './nearest.js';

const TABLES = ['proactive', 'applications', 'reviewLitigation'];

describe('nearestName', () => {
  it('finds the table key an editor meant: a letter missing, extra, wrong, swapped, or another case', () => {
    expect(nearestName('application', TABLES)).to.equal('applications');
    expect(nearestName('applicationss', TABLES)).to.equal('applications');
    expect(nearestName('applicatoins', TABLES)).to.equal('applications');
    expect(nearestName('Applications', TABLES)).to.equal('applications');
    expect(nearestName('proactiv', TABLES)).to.equal('proactive');
    expect(nearestName('reviewlitigation', TABLES)).to.equal('reviewLitigation');
    expect(nearestName('review_litigation', TABLES)).to.equal('reviewLitigation');
  });

  it('suggests nothing for a key that is right, or unrelated to every table', () => {
    expect(nearestName('applications', TABLES)).to.equal(undefined);
    expect(nearestName('notes', TABLES)).to.equal(undefined);
    expect(nearestName('review', TABLES)).to.equal(undefined);
    expect(nearestName('', TABLES)).to.equal(undefined);
    expect(nearestName('apps', TABLES)).to.equal(undefined);
  });

  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('abc', 'abc')).to.equal(0);
    expect(editDistance('abc', 'acb')).to.equal(1);
    expect(editDistance('abc', 'ab')).to.equal(1);
    expect(editDistance('', 'abc')).to.equal(3);
    expect(editDistance('kitten', 'sitting')).to.equal(3);
  });
});
