import type { Meta } from '@storybook/web-components-vite';
import '../src/components/disclosure-applications-table/define.js';
import {
  breaksBalance,
  breaksResultsTotal,
  breaksRowTotal,
  pingtan2019,
  previousBreaksCarriedOver,
  withoutTotals,
  xiangtan,
} from '../test/fixtures/reports.js';
import {
  breaks,
  commonStories,
  passes,
  sharedMeta,
  type ElementArgs,
  type ElementStory,
} from './element-story.js';

const meta = {
  title: 'Tables/Applications <disclosure-applications-table>',
  component: 'disclosure-applications-table',
  tags: ['autodocs'],
  ...sharedMeta('disclosure-applications-table'),
} satisfies Meta<ElementArgs>;
export default meta;

const common = commonStories({
  section: 'applications',
  malformedJson: '{"applications": {"received": [174, 1, 0, 0, 0, 2, 177]',
  english: { args: { data: breaksRowTotal() }, findings: ['applications.rowTotal'] },
});

// Storybook reads each `name` from this file, so names stay here as literals.
export const Xiangtan: ElementStory = { ...common.Xiangtan, name: 'Xiangtan County 2025' };
export const AllZero: ElementStory = { ...common.AllZero, name: 'All zero' };
export const ComputedTotals: ElementStory = {
  ...passes({ data: withoutTotals() }),
  name: 'Totals left out (computed)',
};
export const BreaksBalance: ElementStory = {
  ...breaks('applications.balance', { data: breaksBalance() }),
  name: 'Breaks R1: 一 + 二 = 三（七）+ 四',
};
export const BreaksResultsTotal: ElementStory = {
  ...breaks('applications.resultsTotal', { data: breaksResultsTotal() }),
  name: 'Breaks R2: （七）总计 = the detail rows',
};
export const BreaksRowTotal: ElementStory = {
  ...breaks('applications.rowTotal', { data: breaksRowTotal() }),
  name: 'Breaks R3: 总计 = the applicant columns',
};
export const BlankCell: ElementStory = {
  ...common.BlankCell,
  name: 'Breaks cell.blank: one blank cell',
};
export const InvalidCell: ElementStory = {
  ...common.InvalidCell,
  name: 'Breaks cell.invalid: a negative count',
};
export const UnknownKey: ElementStory = {
  ...common.UnknownKey,
  name: 'Breaks input.unknownKey: a key the format does not have',
};
export const BlankCells: ElementStory = {
  ...common.BlankCells,
  name: 'Blank cells: "", "/", "-", "—" and null',
};
export const MalformedJson: ElementStory = { ...common.MalformedJson, name: 'Malformed JSON' };
export const FailedFetch: ElementStory = { ...common.FailedFetch, name: 'Failed src fetch' };
export const FromSrc: ElementStory = { ...common.FromSrc, name: 'Input: src' };
export const FromDataAttribute: ElementStory = {
  ...passes({ dataJson: JSON.stringify(xiangtan()) }),
  name: 'Input: data attribute (JSON text)',
};
export const FromChildScript: ElementStory = {
  ...passes({ script: JSON.stringify(xiangtan(), null, 2) }),
  name: 'Input: child JSON script',
};
export const English: ElementStory = { ...common.English, name: 'English' };
export const NarrowViewport: ElementStory = { ...common.NarrowViewport, name: 'Narrow viewport' };
export const CrossYear: ElementStory = {
  ...common.CrossYear,
  name: 'Cross-year: with last year’s report',
};
export const BreaksCarriedOver: ElementStory = {
  ...breaks('crossYear.carriedOver', { data: xiangtan(), previous: previousBreaksCarriedOver() }),
  name: 'Breaks R6: 二、上年结转 = last year’s 四',
};
export const LightDom: ElementStory = {
  ...common.LightDom,
  name: 'Light DOM (light-dom): site CSS reaches the table',
};
export const Themed: ElementStory = {
  ...breaks('applications.rowTotal', {
    data: breaksRowTotal(),
    '--disclosure-header-background': '#1f3a5f',
    '--disclosure-header-color': '#ffffff',
    '--disclosure-border-color': '#1f3a5f',
    '--disclosure-font-size': '0.9rem',
  }),
  name: 'Themed through its custom properties',
};
export const PreviousUnusable: ElementStory = {
  ...common.PreviousUnusable,
  name: 'Breaks input.previous: last year’s report is not valid JSON',
};
export const PreviousWrongYear: ElementStory = {
  ...common.PreviousWrongYear,
  name: 'Breaks input.previousYear: last year’s report is for 2023',
};
export const Pingtan2019: ElementStory = {
  ...passes({ data: pingtan2019() }),
  name: 'The 2019 trial format: （六）其他处理 as one row',
};
