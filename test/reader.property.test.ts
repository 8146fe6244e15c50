/**
 * The reader against generated messy markup: random wrappers (<p>, <span>, <font>, Word's
 * MsoNormal), whitespace, &nbsp;, labels split down to one character per line, full-width
 * digits and brackets, blank cells and junk values. It never throws, and never invents a
 * number: every value it reports is exactly what that cell published.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { valueCells } from '../src/core/layout.js';
import { compiledFormat } from '../src/core/format.js';
import { readValue, type ReadSection } from '../src/core/read/index.js';
import { readPublishedReport } from '../src/internal/published-table.js';
import { buildTables } from '../src/core/grid.js';
import { assertProperty } from './helpers/fuzz.js';

const format = compiledFormat('2021');
const LAYOUTS = [format.table('applications')!, format.table('reviewLitigation')!];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A label as a CMS may publish it: spaces, &nbsp;, line breaks, full-width forms, wrappers. */
const messyLabel = (label: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom<'plain' | 'perChar' | 'spaced' | 'fullWidth'>(
        'plain',
        'perChar',
        'spaced',
        'fullWidth',
      ),
      fc.constantFrom('p', 'span', 'font', 'mso'),
    )
    .map(([how, wrapper]) => {
      const text =
        how === 'fullWidth'
          ? label
              .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
              .replace(/（/g, '(')
              .replace(/）/g, ')')
          : label;
      const pieces =
        how === 'perChar'
          ? [...text]
          : how === 'spaced'
            ? [` ${text.slice(0, 2)}&nbsp;`, `\n${text.slice(2)} `]
            : [text];
      const wrap = (piece: string) =>
        wrapper === 'mso'
          ? `<p class="MsoNormal"><span lang="EN-US">${escape(piece).replace(/&amp;nbsp;/g, '&nbsp;')}<o:p></o:p></span></p>`
          : `<${wrapper}>${escape(piece).replace(/&amp;nbsp;/g, '&nbsp;')}</${wrapper}>`;
      return pieces.map(wrap).join('');
    });

/** A published value: mostly counts, sometimes blank, a unit, or something that is no number. */
const messyValue = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.nat(500).map(String) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        '\u00a0',
        '/',
        '-',
        '无',
        '１２',
        '1,000',
        '5件',
        '3个',
        '-2',
        '0.5',
      ),
    },
  );

const tableHtml = (layout: (typeof LAYOUTS)[number]) => {
  const grids = buildTables(layout, 'f');
  const rows = grids.flatMap((grid) => [...grid.head, ...grid.bodies.flatMap((body) => body.rows)]);
  const cells = rows.flatMap((row) => row.cells);
  const labels = cells.map((cell) =>
    cell.kind === 'header' ? cell.node.label : cell.kind === 'corner' ? cell.label : undefined,
  );
  return fc
    .tuple(
      fc.tuple(
        ...labels.map((label) => (label === undefined ? fc.constant('') : messyLabel(label))),
      ),
      fc.tuple(...cells.map(() => messyValue())),
    )
    .map(([labelHtml, values]) => {
      const published = new Map<string, string>();
      let i = 0;
      const body = rows
        .map(
          (row) =>
            `<tr>${row.cells
              .map((cell) => {
                const index = i++;
                const spans = `rowspan="${'rowspan' in cell ? cell.rowspan : 1}" colspan="${cell.colspan}"`;
                if (cell.kind !== 'value') return `<td ${spans}>${labelHtml[index]}</td>`;
                published.set(cell.cell.key, values[index]);
                return `<td ${spans}><p><span>${escape(values[index]).replace(/\u00a0/g, '&nbsp;')}</span></p></td>`;
              })
              .join('')}</tr>`,
        )
        .join('');
      return { html: `<table class="MsoNormalTable" border="1">${body}</table>`, published };
    });
};

const at = (section: ReadSection | undefined, path: readonly string[]): unknown =>
  path.reduce<unknown>((value, segment) => (value as ReadSection | undefined)?.[segment], section);

describe('reading generated messy markup', () => {
  for (const layout of LAYOUTS) {
    it(`never throws and reads exactly what each cell of table ${layout.id} published`, async function () {
      await assertProperty(
        this,
        'publishedMarkup',
        fc.property(tableHtml(layout), ({ html, published }) => {
          const root = document.createElement('div');
          root.innerHTML = html;
          const reading = readPublishedReport(root);
          expect(reading.tables.map((t) => t.outcome)).to.deep.equal([
            { status: 'read', table: layout.id },
          ]);
          const section = reading.document[layout.id as 'applications'];
          for (const cell of valueCells(layout)) {
            expect(at(section, cell.path), cell.key).to.equal(
              readValue(published.get(cell.key)!, cell.kind),
            );
          }
          expect(reading.unmatched).to.deep.equal([]);
        }),
      );
    });
  }

  it('never throws on arbitrary markup, and reads no number that is not in it', async function () {
    await assertProperty(
      this,
      'publishedMarkup',
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(
              '<table>',
              '</table>',
              '<tr>',
              '<td rowspan="3">',
              '<td colspan="2">',
              '<td>',
              '<p>',
              '</p>',
              '&nbsp;',
              '\n',
              '总计',
              '自然人',
              '结果维持',
              '行政复议',
              '（一）予以公开',
            ),
            fc.nat(99).map(String),
            fc.string(),
          ),
          { maxLength: 80 },
        ),
        (parts) => {
          const root = document.createElement('div');
          root.innerHTML = parts.join('');
          const text = root.textContent ?? '';
          const reading = readPublishedReport(root);
          const numbers = JSON.stringify(reading.document).match(/(?<=:)\d+(?=[,}])/g) ?? [];
          for (const number of numbers) expect(text, number).to.contain(number);
        },
      ),
    );
  });
});
