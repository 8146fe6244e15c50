/**
 * The reader of published tables (src/core/read), one quirk of real CMS markup at a time. The
 * real samples are read in test/published-samples.test.ts.
 */
import { expect } from '@open-wc/testing';
import { valueCells, type TableLayout } from '../src/core/layout.js';
import { compiledFormat } from '../src/core/format.js';
import {
  normalizeLabel,
  readPublishedTables,
  readTable,
  readValue,
  readValueWithUnit,
  READABLE_FORMATS,
  withinOneEdit,
  type PublishedTable,
  type ReadSection,
} from '../src/core/read/index.js';
import { bestLabel } from '../src/core/read/label.js';
import { readPublishedReport, tableModel } from '../src/internal/published-table.js';
import { standardTable } from './fixtures/published/models.js';

const format = compiledFormat('2021');
const APPLICATIONS = format.table('applications')!;
const PROACTIVE = format.table('proactive')!;
const REVIEW = format.table('reviewLitigation')!;

/** A distinct value for every cell, so that a value read into the wrong cell shows. */
const valueFor = (layout: TableLayout) => {
  const keys = valueCells(layout).map((cell) => cell.key);
  return (key: string): string => String(keys.indexOf(key) + 1);
};

/** What a section holds at a cell key. */
const at = (section: ReadSection | undefined, key: string): unknown =>
  key
    .split('.')
    .slice(1)
    .reduce<unknown>((value, segment) => (value as ReadSection | undefined)?.[segment], section);

function expectEveryValue(layout: TableLayout, section: ReadSection | undefined): void {
  const value = valueFor(layout);
  for (const cell of valueCells(layout))
    expect(at(section, cell.key), cell.key).to.equal(readValue(value(cell.key), cell.kind));
}

const modelHtml = (html: string): PublishedTable => {
  const template = document.createElement('template');
  template.innerHTML = html;
  return tableModel(template.content.querySelector('table')!);
};

describe('label normalisation', () => {
  it('folds spaces, &nbsp;, line breaks, widths, punctuation and quotes away', () => {
    const same = [
      ['（七）总计', '(七)总计'],
      ['结果维持', ' 结\n果\n维\u00a0持 '],
      ['1.属于国家秘密', '１．属于国家秘密'],
      ['1.属于国家秘密', '1、属于国家秘密'],
      ['3.危及“三安全一稳定”', '3.危及"三安全一稳定"'],
      [
        '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
        '1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请',
      ],
    ];
    for (const [standard, published] of same)
      expect(normalizeLabel(published), published).to.equal(normalizeLabel(standard));
    expect(normalizeLabel('自然人')).to.not.equal(normalizeLabel('总计'));
  });

  it('takes a label one character off when nothing matches better, and never when two do', () => {
    expect(withinOneEdit('结转下一年度继续办理', '结转下年度继续办理')).to.equal(true);
    expect(withinOneEdit('结果维持', '结果纠正')).to.equal(false);
    const labels = ['结果维持', '结果纠正'];
    expect(bestLabel('结果维特', labels, (l) => l)?.match).to.equal('结果维持');
    expect(bestLabel('结果纠正', labels, (l) => l)?.score).to.equal(2);
    // 结果维正 is one character off both: no answer, rather than a guess.
    expect(bestLabel('结果维正', labels, (l) => l)).to.equal(undefined);
  });
});

describe('readValue', () => {
  it('takes a clean count as a number and keeps everything else as published', () => {
    expect(readValue(' 64\u00a0', 'count')).to.equal(64);
    expect(readValue('', 'count')).to.equal('');
    expect(readValue('六十四', 'count')).to.equal('六十四');
    expect(readValue('１２', 'count')).to.equal('１２');
    expect(readValue('1,000', 'count')).to.equal('1,000');
    expect(readValue('24252.311082', 'amount')).to.equal('24252.311082');
  });

  it('drops a unit after the number only when it is the unit the format states', () => {
    expect(readValue('5件', 'count')).to.equal(5);
    expect(readValue('5 件', 'count')).to.equal(5);
    expect(readValue('24252.311082万元', 'amount')).to.equal('24252.311082');
    expect(readValue('5个', 'count')).to.equal('5个');
    expect(readValue('251000元', 'amount')).to.equal('251000元');
  });
});

describe('readValueWithUnit', () => {
  it('keeps a money unit written after an amount apart from the number', () => {
    expect(readValueWithUnit('75394432.52元', 'amount')).to.deep.equal({
      value: '75394432.52',
      unit: '元',
    });
    expect(readValueWithUnit(' 3.5 亿元', 'amount')).to.deep.equal({ value: '3.5', unit: '亿元' });
    expect(readValueWithUnit('251000 千元', 'amount')).to.deep.equal({
      value: '251000',
      unit: '千元',
    });
  });

  it('leaves a value with no unit, or with a unit that is no money unit, as readValue reads it', () => {
    expect(readValueWithUnit('75394432.52', 'amount')).to.deep.equal({ value: '75394432.52' });
    expect(readValueWithUnit('135', 'amount')).to.deep.equal({ value: '135' });
    expect(readValueWithUnit('12美元', 'amount')).to.deep.equal({ value: '12美元' });
    expect(readValueWithUnit('元', 'amount')).to.deep.equal({ value: '元' });
    expect(readValueWithUnit('-5元', 'amount')).to.deep.equal({ value: '-5元' });
  });
});

describe('readTable, one quirk at a time', () => {
  it('reads a standard table 三 exactly', () => {
    const reading = readTable(
      standardTable(APPLICATIONS, { value: valueFor(APPLICATIONS) }),
      APPLICATIONS,
    );
    expectEveryValue(APPLICATIONS, reading.section);
    expect(reading.cellsRead).to.equal(175);
    expect(reading.unmatched).to.deep.equal([]);
  });

  it('reads labels split over lines down to one character per line, with &nbsp; between', () => {
    const split = (text: string) => [...text].join('\n\u00a0');
    const reading = readTable(
      standardTable(REVIEW, { value: valueFor(REVIEW), label: split }),
      REVIEW,
    );
    expectEveryValue(REVIEW, reading.section);
  });

  it('reads the label variants real reports use', () => {
    const variants: Record<string, string> = {
      '四、结转下年度继续办理': '四、结转下一年度继续办理',
      '（七）总计': '(七)总计',
      '3.危及“三安全一稳定”': '3.危及"三安全一稳定"',
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请':
        '1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请',
      自然人: '自 然 人',
    };
    const table = standardTable(APPLICATIONS, {
      value: valueFor(APPLICATIONS),
      label: (text) => variants[text] ?? text,
    });
    const reading = readTable(table, APPLICATIONS);
    expectEveryValue(APPLICATIONS, reading.section);
    expect(reading.unmatched).to.deep.equal([]);
  });

  it('keeps a blank cell blank, as published', () => {
    const value = valueFor(REVIEW);
    const reading = readTable(
      standardTable(REVIEW, {
        value: (key) => (key === 'reviewLitigation.review.total' ? '\u00a0' : value(key)),
      }),
      REVIEW,
    );
    expect(at(reading.section, 'reviewLitigation.review.total')).to.equal('');
    expect(at(reading.section, 'reviewLitigation.review.upheld')).to.equal(1);
  });

  it('reads a value cell written as several cells under one wide header, ignoring the empty rest', () => {
    const table = standardTable(PROACTIVE, { value: valueFor(PROACTIVE) });
    // 行政许可's value, spanning 3 columns under 本年处理决定数量, published as three cells.
    const rows = table.rows.map((row) =>
      row[0].text === '行政许可'
        ? [
            row[0],
            { ...row[1], colspan: 1 },
            { text: '', rowspan: 1, colspan: 1 },
            { text: ' ', rowspan: 1, colspan: 1 },
          ]
        : row,
    );
    const reading = readTable({ rows }, PROACTIVE);
    expectEveryValue(PROACTIVE, reading.section);
    expect(reading.unmatched).to.deep.equal([]);
  });

  it('reports a row label it cannot place, names it, and places none of its values', () => {
    const table = standardTable(APPLICATIONS, {
      value: valueFor(APPLICATIONS),
      label: (text) => (text === '二、上年结转政府信息公开申请数量' ? '二、去年遗留的申请' : text),
    });
    const reading = readTable(table, APPLICATIONS);
    expect(reading.unmatched).to.deep.equal([{ axis: 'row', text: '二、去年遗留的申请' }]);
    expect(reading.section.carriedOver).to.equal(undefined);
    expect(reading.cellsRead).to.equal(168);
  });

  it('reports a column header it cannot place, and places none of its values', () => {
    const table = standardTable(REVIEW, {
      value: valueFor(REVIEW),
      label: (text) => (text === '复议后起诉' ? '其他起诉' : text),
    });
    const reading = readTable(table, REVIEW);
    expect(reading.unmatched.map((u) => u.axis)).to.include('column');
    expect(reading.section.litigationAfterReview).to.equal(undefined);
    expect(reading.cellsRead).to.be.lessThan(15);
  });

  it('says why a table with no column headers cannot be read', () => {
    const table = standardTable(APPLICATIONS, { value: valueFor(APPLICATIONS) });
    const reading = readTable({ rows: table.rows.slice(3) }, APPLICATIONS);
    expect(reading.reason).to.equal('noColumnHeaders');
    expect(reading.cellsRead).to.equal(0);
  });
});

describe('readPublishedTables', () => {
  it('identifies tables 二, 三 and 四 by their labels, in any order, and leaves others alone', () => {
    const other: PublishedTable = {
      rows: [
        [
          { text: '联系电话', rowspan: 1, colspan: 1 },
          { text: '0591-23165370', rowspan: 1, colspan: 1 },
        ],
      ],
    };
    const tables = [REVIEW, other, PROACTIVE, APPLICATIONS].map((layout) =>
      'rows' in layout ? layout : standardTable(layout, { value: valueFor(layout) }),
    );
    const reading = readPublishedTables(tables, READABLE_FORMATS);
    expect(reading.tables).to.deep.equal([
      { status: 'read', table: 'reviewLitigation' },
      { status: 'unrecognised' },
      { status: 'read', table: 'proactive' },
      { status: 'read', table: 'applications' },
    ]);
    expectEveryValue(APPLICATIONS, reading.document.applications);
    expectEveryValue(PROACTIVE, reading.document.proactive);
    expectEveryValue(REVIEW, reading.document.reviewLitigation);
  });

  it('reads a table split in two at a page break as one', () => {
    const whole = standardTable(APPLICATIONS, { value: valueFor(APPLICATIONS) });
    const parts = [{ rows: whole.rows.slice(0, 12) }, { rows: whole.rows.slice(12) }];
    const reading = readPublishedTables(parts, READABLE_FORMATS);
    expect(reading.tables).to.deep.equal([
      { status: 'read', table: 'applications' },
      { status: 'continued', table: 'applications' },
    ]);
    expectEveryValue(APPLICATIONS, reading.document.applications);
  });

  it('reads nothing from tables that are not the format’s', () => {
    const reading = readPublishedTables(
      [{ rows: [] }, { rows: [[{ text: '总计', rowspan: 1, colspan: 1 }]] }],
      READABLE_FORMATS,
    );
    expect(reading.tables.map((t) => t.status)).to.deep.equal(['unrecognised', 'unrecognised']);
    expect(reading.document).to.deep.equal({});
  });
});

describe('the DOM adapter', () => {
  it('reads an all-<td> table with no <th> or <thead>, text in <p>, <span> and <font>, and Word markup', () => {
    const table = modelHtml(`<table class="MsoNormalTable" border="1">
      <tr><td colspan="5"><p class="MsoNormal"><span lang="EN-US">行政复议<o:p></o:p></span></p></td>
          <td colspan="10"><p class="MsoNormal"><font face="仿宋">行政</font><font face="仿宋">诉讼</font></p></td></tr>
      <tr>${['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((t) => `<td rowspan="2"><p>${[...t].join('</p><p>')}</p></td>`).join('')}
          <td colspan="5"><span>未经复议<br>直接起诉</span></td><td colspan="5">复议后起诉</td></tr>
      <tr>${['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
        .map((t) => `<td>${t}</td>`)
        .join('')
        .repeat(2)}</tr>
      <tr>${Array.from({ length: 15 }, (_, i) => `<td><p class="MsoNormal"><span>${i + 1}<o:p>&nbsp;</o:p></span></p></td>`).join('')}</tr>
    </table>`);
    const reading = readTable(table, REVIEW);
    expectEveryValue(REVIEW, reading.section);
  });

  it('reads the agency and year of the report from its opening lines', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<p>平潭综合实验区2019年</p><p>政府信息公开工作年度报告</p><p>根据《条例》……</p>';
    expect(readPublishedReport(root).document).to.deep.equal({
      agency: '平潭综合实验区',
      year: 2019,
    });
  });
});
