import { expect } from '@open-wc/testing';
import { xiangtan } from '../../test/fixtures/reports.js';
import { readCell } from './cell.js';
import { compileTable } from './compile.js';
import { compiledFormat, formats } from './format.js';
import { keyed, type TableLayout } from './layout.js';
import { APPLICATIONS_LAYOUT } from './layouts/applications.js';
import { PROACTIVE_LAYOUT } from './layouts/proactive.js';
import { REVIEW_LITIGATION_LAYOUT } from './layouts/review-litigation.js';
import { documentFormat, parseDocument } from './parse.js';
import { compileRule } from './rules/compile.js';

describe('compileTable', () => {
  const table = compileTable(APPLICATIONS_LAYOUT);

  it('numbers the cells in layout order and finds each by key and by row × column', () => {
    expect(table.cells).to.have.length(25 * 7);
    table.cells.forEach((cell, index) => {
      expect(cell.index).to.equal(index);
      expect(table.byKey.get(cell.key)).to.equal(cell);
    });
    expect(
      table.cellAt('results.withheld.stateSecret', 'applicant.organisation.commercial')?.key,
    ).to.equal('applications.withheld.stateSecret.commercial');
    expect(table.cellAt('results.total', 'applicant.total')?.key).to.equal(
      'applications.total.total',
    );
    expect(table.cellAt('received', 'nowhere')).to.equal(undefined);
  });

  it('compiles once: the same object for the same layout', () => {
    expect(compileTable(APPLICATIONS_LAYOUT)).to.equal(table);
  });

  it('gives every label a stable id from its path, and each cell the labels naming it', () => {
    const stateSecret = table.pathOf('results.withheld.stateSecret')!;
    expect(stateSecret.axis).to.equal('row');
    expect(table.labelId(stateSecret.path[2])).to.equal(
      'applications.results.withheld.stateSecret',
    );
    expect(table.labelId('caption')).to.equal('applications.caption');
    expect(table.byKey.get('applications.withheld.stateSecret.naturalPerson')!.place).to.deep.equal(
      [
        { id: 'applications.results.withheld', label: '（三）不予公开' },
        { id: 'applications.results.withheld.stateSecret', label: '1.属于国家秘密' },
        { id: 'applications.applicant.naturalPerson', label: '自然人' },
      ],
    );
  });

  it('refuses a layout whose one label id would name two labels', () => {
    const clash: TableLayout = {
      id: 'clash',
      caption: 'x',
      blocks: [
        { columns: [keyed('a', 'A')], rows: [keyed('r', 'R')] },
        { columns: [keyed('a', 'B')], rows: [keyed('s', 'S')] },
      ],
    };
    expect(() => compileTable(clash)).to.throw(/two headers at a/);
  });

  it('describes the parse shape: containers, their keys, and the order of array rows', () => {
    const { containers } = compileTable(REVIEW_LITIGATION_LAYOUT).shape;
    const review = containers.find((container) => container.path === 'review')!;
    expect(review.arrayOrder).to.deep.equal(['upheld', 'corrected', 'other', 'pending', 'total']);
    expect(review.optionalTail).to.equal(true);
    expect([...containers[0].keys]).to.deep.equal([
      'review',
      'litigationDirect',
      'litigationAfterReview',
    ]);
  });
});

describe('compileRule', () => {
  it('turns "per column: received + carriedOver = results.total + carriedForward" into one relation per column', () => {
    const rule = compileRule(
      {
        id: 'applications.balance',
        severity: 'error',
        table: 'applications',
        per: 'column',
        sum: ['received', 'carriedOver'],
        equals: ['results.total', 'carriedForward'],
      },
      [APPLICATIONS_LAYOUT],
    );
    expect(rule.relations).to.have.length(7);
    expect(rule.crossYear).to.equal(false);
    expect(rule.relations[0].lhs.map((term) => term.cell)).to.deep.equal([
      'applications.received.naturalPerson',
      'applications.carriedOver.naturalPerson',
    ]);
    expect(rule.relations[6].rhs.map((term) => term.cell)).to.deep.equal([
      'applications.total.total',
      'applications.carriedForward.total',
    ]);
  });

  it('sums every other leaf under a total’s parent, and knows a cross-year rule by its terms', () => {
    const [r2, r3, r6] = [
      'applications.resultsTotal',
      'applications.rowTotal',
      'crossYear.carriedOver',
    ].map((id) => compiledFormat('2021').rules.find((rule) => rule.id === id)!);
    expect(r2.relations[0].rhs).to.have.length(21);
    expect(r2.relations.every((relation) => relation.definesTotal)).to.equal(true);
    expect(r3.relations).to.have.length(25);
    expect(r3.relations[0].rhs).to.have.length(6);
    expect(r6.crossYear).to.equal(true);
    expect(r6.relations[0].rhs[0]).to.deep.equal({
      cell: 'applications.carriedForward.naturalPerson',
      sign: 1,
      year: 'previous',
    });
  });

  it('refuses a declaration naming a header its table does not have', () => {
    expect(() =>
      compileRule(
        {
          id: 'x',
          severity: 'error',
          table: 'applications',
          per: 'column',
          sum: ['received'],
          equals: ['nowhere'],
        },
        [APPLICATIONS_LAYOUT],
      ),
    ).to.throw(/no row nowhere in applications/);
    expect(() =>
      compileRule({ id: 'x', severity: 'error', table: 'missing', per: 'column', total: ['x'] }, [
        APPLICATIONS_LAYOUT,
      ]),
    ).to.throw(/no table missing/);
  });
});

describe('formats', () => {
  it('lists the 2021 format’s tables in report order and compiles its rules', () => {
    expect(formats['2021'].tables).to.deep.equal([
      PROACTIVE_LAYOUT,
      APPLICATIONS_LAYOUT,
      REVIEW_LITIGATION_LAYOUT,
    ]);
    const format = compiledFormat('2021');
    expect(format.rules.map((rule) => rule.id)).to.deep.equal([
      'crossYear.inForce',
      'applications.balance',
      'applications.resultsTotal',
      'applications.rowTotal',
      'crossYear.carriedOver',
      'reviewLitigation.total',
    ]);
    expect(format.rulesFor(['reviewLitigation']).map((rule) => rule.id)).to.deep.equal([
      'reviewLitigation.total',
    ]);
    expect(compiledFormat('2021')).to.equal(format);
  });

  it('compiles each rule once, whichever asks first: rulesFor and rules share it, in declaration order', () => {
    const format = compiledFormat('2019');
    const applications = format.rulesFor(['applications']);
    expect(applications.map((rule) => rule.id)).to.deep.equal(
      formats['2019'].rules.filter((rule) => rule.table === 'applications').map((rule) => rule.id),
    );
    expect(format.rulesFor(['applications'])).to.equal(applications);
    expect(format.rules.map((rule) => rule.id)).to.deep.equal(
      formats['2019'].rules.map((rule) => rule.id),
    );
    for (const rule of applications) expect(format.rules).to.include(rule);
    const format2021 = compiledFormat('2021');
    expect(format2021.rulesFor(['applications', 'reviewLitigation'])).to.deep.equal(
      format2021.rules.filter((rule) => !rule.tables.includes('proactive')),
    );
  });
});

describe('documentFormat (input.unknownFormat)', () => {
  it('stays quiet on a document that names no format, or 2021', () => {
    expect(documentFormat(xiangtan())).to.deep.equal({ format: '2021' });
    expect(documentFormat({ ...xiangtan(), format: '2021' })).to.deep.equal({ format: '2021' });
    expect(parseDocument({ ...xiangtan(), format: '2021' }).problems).to.deep.equal([]);
  });

  it('fires on a format it does not know, naming the known ones, and reads the tables as 2021', () => {
    const report = parseDocument({ ...xiangtan(), format: '2017' });
    expect(report.format).to.equal('2021');
    expect(report.problems).to.deep.equal([
      {
        code: 'unknownFormat',
        path: 'format',
        known: Object.keys(formats),
        fatal: false,
        given: '"2017"',
      },
    ]);
    expect(
      report.sections.applications?.get('applications.received.naturalPerson'),
    ).to.deep.include({
      number: 174,
    });
  });
});

describe('readCell for a signed change (本年增/减)', () => {
  it('accepts negative, positive and signed integers, as numbers and as text', () => {
    expect(readCell(-3, 'change')).to.deep.equal({ state: 'value', text: '-3', number: -3 });
    expect(readCell('-12', 'change')).to.deep.include({ state: 'value', number: -12 });
    expect(readCell('−12', 'change')).to.deep.include({ state: 'value', text: '−12', number: -12 });
    expect(readCell('+4', 'change')).to.deep.include({ state: 'value', number: 4 });
    expect(readCell(0, 'change')).to.deep.include({ state: 'value', number: 0 });
  });

  it('still refuses what is not an integer, and a count stays unsigned', () => {
    expect(readCell(1.5, 'change')).to.deep.include({ state: 'invalid', reason: 'notInteger' });
    expect(readCell('-1.5', 'change')).to.deep.include({ state: 'invalid' });
    expect(readCell('3 fewer', 'change')).to.deep.include({
      state: 'invalid',
      reason: 'notNumber',
    });
    expect(readCell(-3, 'count')).to.deep.include({ state: 'invalid', reason: 'negative' });
  });
});
