import type { Meta } from '@storybook/web-components-vite';
import '../src/components/disclosure-applications-table/define.js';
import {
  allZero,
  breaksBalance,
  breaksResultsTotal,
  breaksRowTotal,
  previousBreaksCarriedOver,
  withBlankCellIn,
  withBlankMarkers,
  withInvalidCellIn,
  withoutTotals,
  withUnknownKey,
  xiangtan,
  xiangtan2024,
} from '../test/fixtures/reports.js';
import {
  narrow,
  SAMPLE_REPORT_URL,
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

export const Xiangtan: ElementStory = {
  name: 'Xiangtan County 2025',
  args: { data: xiangtan() },
  parameters: { expected: { findings: [] } },
};

export const AllZero: ElementStory = {
  name: 'All zero',
  args: { data: allZero() },
  parameters: { expected: { findings: [] } },
};

export const ComputedTotals: ElementStory = {
  name: 'Totals left out (computed)',
  args: { data: withoutTotals() },
  parameters: { expected: { findings: [] } },
};

export const BreaksBalance: ElementStory = {
  name: 'Breaks R1: 一 + 二 = 三（七）+ 四',
  args: { data: breaksBalance() },
  parameters: { expected: { findings: ['applications.balance'] } },
};

export const BreaksResultsTotal: ElementStory = {
  name: 'Breaks R2: （七）总计 = the detail rows',
  args: { data: breaksResultsTotal() },
  parameters: { expected: { findings: ['applications.resultsTotal'] } },
};

export const BreaksRowTotal: ElementStory = {
  name: 'Breaks R3: 总计 = the applicant columns',
  args: { data: breaksRowTotal() },
  parameters: { expected: { findings: ['applications.rowTotal'] } },
};

export const BlankCell: ElementStory = {
  name: 'Breaks cell.blank: one blank cell',
  args: { data: withBlankCellIn('applications') },
  parameters: { expected: { findings: ['cell.blank'] } },
};

export const InvalidCell: ElementStory = {
  name: 'Breaks cell.invalid: a negative count',
  args: { data: withInvalidCellIn('applications') },
  parameters: { expected: { findings: ['cell.invalid'] } },
};

export const UnknownKey: ElementStory = {
  name: 'Breaks input.unknownKey: a key the format does not have',
  args: { data: withUnknownKey() },
  parameters: { expected: { findings: ['input.unknownKey'] } },
};

export const BlankCells: ElementStory = {
  name: 'Blank cells: "", "/", "-", "—" and null',
  args: { data: withBlankMarkers() },
  parameters: { expected: { findings: ['cell.blank'] } },
};

export const MalformedJson: ElementStory = {
  name: 'Malformed JSON',
  args: { dataJson: '{"applications": {"received": [174, 1, 0, 0, 0, 2, 177]' },
  parameters: { expected: { error: 'json' } },
};

export const FailedFetch: ElementStory = {
  name: 'Failed src fetch',
  args: { src: '/no-such-report.json' },
  parameters: { expected: { error: 'fetch' } },
};

export const FromSrc: ElementStory = {
  name: 'Input: src',
  args: { src: SAMPLE_REPORT_URL },
  parameters: { expected: { findings: [] } },
};

export const FromDataAttribute: ElementStory = {
  name: 'Input: data attribute (JSON text)',
  args: { dataJson: JSON.stringify(xiangtan()) },
  parameters: { expected: { findings: [] } },
};

export const FromChildScript: ElementStory = {
  name: 'Input: child JSON script',
  args: { script: JSON.stringify(xiangtan(), null, 2) },
  parameters: { expected: { findings: [] } },
};

export const English: ElementStory = {
  name: 'English',
  args: { data: breaksRowTotal() },
  globals: { locale: 'en' },
  parameters: { expected: { findings: ['applications.rowTotal'] } },
};

export const NarrowViewport: ElementStory = {
  name: 'Narrow viewport',
  args: { data: xiangtan() },
  decorators: [narrow],
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  parameters: { expected: { findings: [] } },
};

export const CrossYear: ElementStory = {
  name: 'Cross-year: with last year’s report',
  args: { data: xiangtan(), previous: xiangtan2024() },
  parameters: { expected: { findings: [] } },
};

export const BreaksCarriedOver: ElementStory = {
  name: 'Breaks R6: 二、上年结转 = last year’s 四',
  args: { data: xiangtan(), previous: previousBreaksCarriedOver() },
  parameters: { expected: { findings: ['crossYear.carriedOver'] } },
};

export const LightDom: ElementStory = {
  name: 'Light DOM (light-dom): site CSS reaches the table',
  args: { data: xiangtan(), lightDom: true },
  parameters: { expected: { findings: [] } },
};

export const Themed: ElementStory = {
  name: 'Themed through its custom properties',
  args: {
    data: breaksRowTotal(),
    '--disclosure-header-background': '#1f3a5f',
    '--disclosure-header-color': '#ffffff',
    '--disclosure-border-color': '#1f3a5f',
    '--disclosure-font-size': '0.9rem',
  },
  parameters: { expected: { findings: ['applications.rowTotal'] } },
};

export const PreviousUnusable: ElementStory = {
  name: 'Breaks input.previous: last year’s report is not valid JSON',
  args: { data: xiangtan(), previousJson: '{"year": 2024, "applications": {' },
  parameters: { expected: { findings: ['input.previous'] } },
};

export const PreviousWrongYear: ElementStory = {
  name: 'Breaks input.previousYear: last year’s report is for 2023',
  args: { data: xiangtan(), previous: { ...xiangtan2024(), year: 2023 } },
  parameters: { expected: { findings: ['input.previousYear'] } },
};
