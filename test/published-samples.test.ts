/**
 * The two real published reports, as their CMS produced them, read by the reader and enhanced
 * in place: exactly the numbers printed, with the findings each deserves.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { valueCells, type TableLayout } from '../src/core/layout.js';
import { APPLICATIONS_LAYOUT } from '../src/core/layouts/applications.js';
import { REVIEW_LITIGATION_LAYOUT } from '../src/core/layouts/review-litigation.js';
import type { ReadSection } from '../src/core/read/index.js';
import {
  READABLE_FORMATS,
  readPublishedTables,
  type PublishedTable,
} from '../src/core/read/index.js';
import { readPublishedReport } from '../src/internal/published-table.js';
import benchTables from './fixtures/published/pingtan-2021.tables.json' with { type: 'json' };
import pingtan2019 from '../src/data/pingtan-2019.json' with { type: 'json' };
import {
  PINGTAN_2019_APPLICATIONS,
  PINGTAN_2019_REVIEW_LITIGATION,
  PINGTAN_2021_APPLICATIONS,
  PINGTAN_2021_PROACTIVE,
  PINGTAN_2021_REVIEW_LITIGATION,
} from './fixtures/published/printed.js';

/** The article body of a published sample, placed in a plain article container as published. */
export async function publishedArticle(
  name: 'pingtan-2019' | 'pingtan-2021',
): Promise<HTMLElement> {
  const response = await fetch(new URL(`./fixtures/published/${name}.html`, import.meta.url));
  const article = await fixture<HTMLElement>(html`<article class="article-body"></article>`);
  // The sample is trusted test data, the page as its CMS served it.
  article.innerHTML = await response.text();
  return article;
}

/** A section's values in the layout's reading order. */
function valuesInOrder(layout: TableLayout, section: ReadSection | undefined): unknown[] {
  return valueCells(layout).map((cell) =>
    cell.path.reduce<unknown>(
      (value, key) => (value as Record<string, unknown> | undefined)?.[key],
      section,
    ),
  );
}

describe('reading the real published report pingtan-2021 (2021 format)', () => {
  it('reads exactly the printed numbers of tables 二, 三 and 四', async () => {
    const article = await publishedArticle('pingtan-2021');
    const reading = readPublishedReport(article);
    expect(reading.tables.map((t) => t.outcome)).to.deep.equal([
      { status: 'read', table: 'proactive' },
      { status: 'read', table: 'applications' },
      { status: 'read', table: 'reviewLitigation' },
    ]);
    expect(reading.format).to.equal('2021');
    expect(reading.document.proactive).to.deep.equal(PINGTAN_2021_PROACTIVE);
    expect(valuesInOrder(APPLICATIONS_LAYOUT, reading.document.applications)).to.deep.equal(
      PINGTAN_2021_APPLICATIONS.flat(),
    );
    expect(
      valuesInOrder(REVIEW_LITIGATION_LAYOUT, reading.document.reviewLitigation),
    ).to.deep.equal(PINGTAN_2021_REVIEW_LITIGATION);
    expect(reading.unmatched).to.deep.equal([]);
    // The statistics period names the year; this article has no title line of its own.
    expect(reading.document.year).to.equal(2021);
    expect(reading.document.agency).to.equal(undefined);
  });
});

describe('the cells of pingtan-2021 that `npm run bench` reads', () => {
  it('read to the same report as the live page', async () => {
    const fromPage = readPublishedReport(await publishedArticle('pingtan-2021'));
    const fromCells = readPublishedTables(
      benchTables as unknown as PublishedTable[],
      READABLE_FORMATS,
    );
    expect({ ...fromCells.document, year: fromPage.document.year }).to.deep.equal(
      fromPage.document,
    );
    expect(fromCells.tables).to.deep.equal(fromPage.tables.map((t) => t.outcome));
  });
});

describe('reading the real published report pingtan-2019 (2019 trial format)', () => {
  it('reads exactly the printed numbers of tables 三 and 四, and the title', async () => {
    const article = await publishedArticle('pingtan-2019');
    const reading = readPublishedReport(article, { only: ['applications', 'reviewLitigation'] });
    expect(reading.tables.map((t) => t.outcome.status)).to.deep.equal([
      'unrecognised',
      'read',
      'read',
    ]);
    expect(reading.document.agency).to.equal('平潭综合实验区');
    expect(reading.document.year).to.equal(2019);
    expect(
      valuesInOrder(REVIEW_LITIGATION_LAYOUT, reading.document.reviewLitigation),
    ).to.deep.equal(PINGTAN_2019_REVIEW_LITIGATION);
    const applications = reading.document.applications!;
    // 三、本年度办理结果 is published twice, split at a page break inside the one table.
    expect([applications.received, applications.granted, applications.unavailable]).to.deep.equal([
      rowOf(PINGTAN_2019_APPLICATIONS[0]),
      rowOf(PINGTAN_2019_APPLICATIONS[2]),
      {
        notHeld: rowOf(PINGTAN_2019_APPLICATIONS[12]),
        needsCreation: rowOf(PINGTAN_2019_APPLICATIONS[13]),
        stillUnclear: rowOf(PINGTAN_2019_APPLICATIONS[14]),
      },
    ]);
    expect(applications.total).to.deep.equal(rowOf(PINGTAN_2019_APPLICATIONS[21]));
  });
});

function rowOf(values: readonly number[]): Record<string, number> {
  const names = [
    'naturalPerson',
    'commercial',
    'research',
    'publicInterest',
    'legalService',
    'other',
    'total',
  ];
  return Object.fromEntries(names.map((name, i) => [name, values[i]]));
}

describe('reading the whole of pingtan-2019', () => {
  it('reads all three tables, table 二 with its amount and the unit written after it', async () => {
    const article = await publishedArticle('pingtan-2019');
    const reading = readPublishedReport(article);
    expect(reading.tables.map((t) => t.outcome.status)).to.deep.equal(['read', 'read', 'read']);
    // src/data/pingtan-2019.json was typed from the printed report, not from the reader.
    expect(reading.document.proactive).to.deep.equal(pingtan2019.proactive);
    expect(reading.document.proactive?.procurement).to.deep.equal({
      projects: 135,
      amount: '75394432.52',
      amountUnit: '元',
    });
  });
});
