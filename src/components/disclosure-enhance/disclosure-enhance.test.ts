import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import { valueCells } from '../../core/layout.js';
import { APPLICATIONS_LAYOUT } from '../../core/layouts/applications.js';
import { REVIEW_LITIGATION_LAYOUT } from '../../core/layouts/review-litigation.js';
import { axeViolations, formatViolations } from '../../../test/helpers/axe.js';
import { cellByKey, checked, valueCellsOf } from '../../../test/helpers/element.js';
import { assignedHeaderTexts } from '../../../test/helpers/header-oracle.js';
import { applicationHeaders } from '../../../test/expected-headers.js';
import {
  PINGTAN_2019_REVIEW_LITIGATION,
  PINGTAN_2021_APPLICATIONS,
  PINGTAN_2021_REVIEW_LITIGATION,
} from '../../../test/fixtures/published/printed.js';

const TAGS = [
  'proactive-disclosure-table',
  'disclosure-applications-table',
  'review-litigation-table',
];

async function sample(name: 'pingtan-2019' | 'pingtan-2021'): Promise<string> {
  const response = await fetch(
    new URL(`../../../test/fixtures/published/${name}.html`, import.meta.url),
  );
  return response.text();
}

/** An article template: the published body in a plain container, and the one enhance element. */
async function page(body: string, selector = '.article-body'): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(
    html`<main>
      <article class="article-body"></article>
      <disclosure-enhance for=${selector}></disclosure-enhance>
    </main>`,
  );
  // The sample is trusted test data, placed as its CMS published it.
  root.querySelector('.article-body')!.innerHTML = body;
  return root;
}

const enhanced = async (root: HTMLElement, count: number): Promise<HTMLElement[]> => {
  await waitUntil(
    () => root.querySelectorAll(TAGS.join(',')).length === count,
    `never ${count} enhanced tables`,
  );
  const elements = [...root.querySelectorAll<HTMLElement>(TAGS.join(','))];
  for (const el of elements) await checked(el);
  return elements;
};

describe('<disclosure-enhance> on the real 2021 report placed as published', () => {
  it('enhances tables 二, 三 and 四 in place with exactly the printed numbers, and no findings', async () => {
    const root = await page(await sample('pingtan-2021'));
    const [proactive, applications, review] = await enhanced(root, 3);
    expect([proactive, applications, review].map((el) => el.localName)).to.deep.equal(TAGS);
    const printed = PINGTAN_2021_APPLICATIONS.flat();
    valueCells(APPLICATIONS_LAYOUT).forEach((cell, i) =>
      expect(cellByKey(applications, cell.key).textContent!.trim(), cell.key).to.equal(
        String(printed[i]),
      ),
    );
    valueCells(REVIEW_LITIGATION_LAYOUT).forEach((cell, i) =>
      expect(cellByKey(review, cell.key).textContent!.trim(), cell.key).to.equal(
        String(PINGTAN_2021_REVIEW_LITIGATION[i]),
      ),
    );
    expect(cellByKey(proactive, 'proactive.fees').textContent!.trim()).to.equal('24252.311082');
    for (const el of [proactive, applications, review])
      expect((el as HTMLElement & { findings: unknown[] }).findings).to.deep.equal([]);
  });

  it('shows each table once: the published one hidden, the enhanced one accessible', async () => {
    const root = await page(await sample('pingtan-2021'));
    const elements = await enhanced(root, 3);
    for (const el of elements) {
      const published = el.querySelector(':scope > table')!;
      expect(published.checkVisibility()).to.equal(false);
      expect(formatViolations(await axeViolations(el))).to.equal('');
    }
    // The narrative around the tables is untouched and in view.
    expect(root.querySelector('.article-body')!.textContent).to.contain(
      '五、存在的主要问题及改进情况',
    );
    for (const cell of valueCellsOf(elements[1])) {
      const { rows, columns } = applicationHeaders(cell.dataset.cell!);
      expect(assignedHeaderTexts(cell).sort()).to.deep.equal([...columns, ...rows].sort());
    }
  });

  it('leaves tables it does not recognise untouched', async () => {
    const other = '<table><tbody><tr><td>联系电话</td><td>0591-23165370</td></tr></tbody></table>';
    const root = await page(`${await sample('pingtan-2021')}${other}`);
    await enhanced(root, 3);
    const tables = [...root.querySelectorAll('.article-body table')].filter(
      (t) => !t.closest(TAGS.join(',')),
    );
    expect(tables.map((t) => t.outerHTML)).to.deep.equal([other]);
  });

  it('leaves containers that `for` does not match alone', async () => {
    const elsewhere = await page(await sample('pingtan-2021'), '.no-such-container');
    await elsewhere.querySelector('disclosure-enhance')!.updateComplete;
    await Promise.resolve();
    expect(elsewhere.querySelectorAll(TAGS.join(','))).to.have.length(0);
  });

  it('enhances an article loaded into the page later', async () => {
    const root = await fixture<HTMLElement>(
      html`<main><disclosure-enhance for=".late"></disclosure-enhance></main>`,
    );
    const article = document.createElement('article');
    article.className = 'late';
    article.innerHTML = await sample('pingtan-2021');
    root.append(article);
    await enhanced(root, 3);
  });
});

describe('<disclosure-enhance> on the real 2019 report placed as published', () => {
  it('enhances table 四 with exactly the printed numbers', async () => {
    const root = await page(await sample('pingtan-2019'));
    await waitUntil(() => root.querySelector('review-litigation-table'), 'table 四 never enhanced');
    const review = root.querySelector<HTMLElement>('review-litigation-table')!;
    await checked(review);
    valueCells(REVIEW_LITIGATION_LAYOUT).forEach((cell, i) =>
      expect(cellByKey(review, cell.key).textContent!.trim(), cell.key).to.equal(
        String(PINGTAN_2019_REVIEW_LITIGATION[i]),
      ),
    );
  });
});

describe('<disclosure-enhance> on the whole 2019 report', () => {
  it('enhances tables 二, 三 and 四, table 二 with its amount and the unit published after it', async () => {
    const root = await page(await sample('pingtan-2019'));
    const [proactive] = await enhanced(root, 3);
    expect(proactive.localName).to.equal('proactive-disclosure-table');
    const amount = cellByKey(proactive, 'proactive.procurement.amount').textContent!;
    expect(amount.replace(/\s+/g, '')).to.match(/^75394432\.52元/);
    expect(cellByKey(proactive, 'proactive.procurement.projects').textContent!.trim()).to.equal(
      '135',
    );
    const findings = (proactive as HTMLElement & { findings: { rule: string; cells: string[] }[] })
      .findings;
    expect(
      findings.filter((f) => f.cells.includes('proactive.procurement.amount')),
      'the amount is read as a number in 元, not as an invalid value',
    ).to.deep.equal([]);
  });
});

describe('<disclosure-enhance> stories', () => {
  it('enhances the story’s published table 四 in place, with its printed numbers', async () => {
    const stories = await import('../../../stories/disclosure-enhance.stories.js');
    const { PUBLISHED_TABLE_四_VALUES } =
      await import('../../../test/fixtures/published/demo-table.js');
    const root = await fixture<HTMLElement>(
      html`<div>${stories.PublishedTable四.render!({}, {} as never)}</div>`,
    );
    await waitUntil(() => root.querySelector('review-litigation-table'), 'never enhanced');
    const review = root.querySelector<HTMLElement>('review-litigation-table')!;
    await checked(review);
    valueCells(REVIEW_LITIGATION_LAYOUT).forEach((cell, i) =>
      expect(cellByKey(review, cell.key).textContent!.trim(), cell.key).to.equal(
        String(PUBLISHED_TABLE_四_VALUES[i]),
      ),
    );
    expect(formatViolations(await axeViolations(review))).to.equal('');
  });

  it('leaves the story’s unrecognised table untouched', async () => {
    const stories = await import('../../../stories/disclosure-enhance.stories.js');
    const root = await fixture<HTMLElement>(
      html`<div>${stories.Unrecognised.render!({}, {} as never)}</div>`,
    );
    await root.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(
      'disclosure-enhance',
    )!.updateComplete;
    await Promise.resolve();
    expect(root.querySelectorAll(TAGS.join(','))).to.have.length(0);
    expect(root.querySelector('table')!.checkVisibility()).to.equal(true);
  });
});
