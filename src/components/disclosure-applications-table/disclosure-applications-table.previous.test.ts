import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { DisclosureApplicationsTable } from './disclosure-applications-table.js';
import {
  previousBreaksCarriedOver,
  xiangtan,
  xiangtan2024,
} from '../../../test/fixtures/reports.js';
import { axeViolations } from '../../../test/helpers/axe.js';
import { cellByKey, checked, renderRoot } from '../../../test/helpers/element.js';

const PREVIOUS_URL = new URL('../../data/xiangtan-county-2024-made-up.json', import.meta.url)
  .pathname;

describe('<disclosure-applications-table> with last year’s report (R6)', () => {
  it('fires per column where 二、上年结转 differs from last year’s 四, showing both years’ numbers', async () => {
    const el = await fixture<DisclosureApplicationsTable>(
      html`<disclosure-applications-table
        .data=${xiangtan()}
        .previous=${previousBreaksCarriedOver()}
      ></disclosure-applications-table>`,
    );
    expect(el.findings.map((f) => [f.rule, f.severity, f.cells.join()])).to.deep.equal([
      ['crossYear.carriedOver', 'error', 'applications.carriedOver.naturalPerson'],
      ['crossYear.carriedOver', 'error', 'applications.carriedOver.total'],
    ]);
    const items = [...renderRoot(el).querySelectorAll('[part="findings"] li')];
    expect(items[0].textContent).to.contain(
      '自然人：2025年“二、上年结转” = 5，2024年“四、结转下年度继续办理” = 6',
    );
    const cell = cellByKey(el, 'applications.carriedOver.naturalPerson');
    expect(cell.getAttribute('aria-invalid')).to.equal('true');
    expect(cell.getAttribute('aria-describedby')).to.equal(items[0].id);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('stays quiet with the consistent made-up 2024 report, from the property, the attribute or previous-src', async () => {
    const property = await fixture<DisclosureApplicationsTable>(
      html`<disclosure-applications-table
        .data=${xiangtan()}
        .previous=${xiangtan2024()}
      ></disclosure-applications-table>`,
    );
    expect(property.findings).to.deep.equal([]);
    const attribute = await fixture<DisclosureApplicationsTable>(
      html`<disclosure-applications-table
        .data=${xiangtan()}
        previous=${JSON.stringify(xiangtan2024())}
      ></disclosure-applications-table>`,
    );
    expect(attribute.findings).to.deep.equal([]);
    const fetched = await fixture<DisclosureApplicationsTable>(
      html`<disclosure-applications-table
        .data=${xiangtan()}
        previous-src=${PREVIOUS_URL}
      ></disclosure-applications-table>`,
    );
    await checked(fetched);
    expect(fetched.findings).to.deep.equal([]);
  });

  it('takes last year’s applications object alone, and follows a new previous', async () => {
    const el = await fixture<DisclosureApplicationsTable>(
      html`<disclosure-applications-table
        .data=${xiangtan()}
        .previous=${{ carriedForward: [5, 0, 0, 0, 0, 1, 6] }}
      ></disclosure-applications-table>`,
    );
    expect(el.findings.map((f) => f.message)).to.deep.equal([
      '其他：2025年“二、上年结转” = 0，上年“四、结转下年度继续办理” = 1',
      '总计：2025年“二、上年结转” = 5，上年“四、结转下年度继续办理” = 6',
    ]);
    el.previous = xiangtan2024();
    await el.updateComplete;
    expect(el.findings).to.deep.equal([]);
  });
});
