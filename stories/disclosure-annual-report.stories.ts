import { html } from 'lit';
import type { Meta } from '@storybook/web-components-vite';
import '../src/components/disclosure-annual-report/define.js';
import {
  allZero,
  breaksBalance,
  breaksResultsTotal,
  breaksReviewTotal,
  breaksRowTotal,
  previousBreaksCarriedOver,
  previousBreaksInForce,
  withBlankCellIn,
  withBlankMarkers,
  withInvalidCellIn,
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
  title: 'Report/Annual report <disclosure-annual-report>',
  component: 'disclosure-annual-report',
  tags: ['autodocs'],
  ...sharedMeta('disclosure-annual-report'),
} satisfies Meta<ElementArgs>;
export default meta;

/** The narrative sections, as a CMS page would hold them: plain markup in named slots. */
const narrative = html`
  <div slot="overview">
    <p>
      2025年，湘潭县人民政府坚持以公开为常态、不公开为例外，全面推进政务公开工作。本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。
    </p>
  </div>
  <div slot="problems"><p>部分单位主动公开信息更新不够及时。下一步将加强督促检查。</p></div>
  <div slot="other"><p>本年度未收取信息处理费。</p></div>
`;

export const Xiangtan: ElementStory = {
  name: 'Xiangtan County 2025, with its narrative',
  args: { data: xiangtan(), content: narrative },
  parameters: { expected: { findings: [] } },
};

export const AllZero: ElementStory = {
  name: 'All zero',
  args: { data: allZero() },
  parameters: { expected: { findings: [] } },
};

export const CrossYear: ElementStory = {
  name: 'Cross-year: with last year’s report',
  args: { data: xiangtan(), previous: xiangtan2024(), content: narrative },
  parameters: { expected: { findings: [] } },
};

export const FromSrc: ElementStory = {
  name: 'Input: src',
  args: { src: SAMPLE_REPORT_URL },
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

export const BreaksReviewTotal: ElementStory = {
  name: 'Breaks R4: 总计 = the four outcomes',
  args: { data: breaksReviewTotal() },
  parameters: { expected: { findings: ['reviewLitigation.total'] } },
};

export const BreaksCarriedOver: ElementStory = {
  name: 'Breaks R6: 二、上年结转 = last year’s 四',
  args: { data: xiangtan(), previous: previousBreaksCarriedOver() },
  parameters: { expected: { findings: ['crossYear.carriedOver'] } },
};

export const BreaksInForce: ElementStory = {
  name: 'Breaks R7: 现行有效件数 = last year’s + 制发 − 废止',
  args: { data: xiangtan(), previous: previousBreaksInForce() },
  parameters: { expected: { findings: ['crossYear.inForce'] } },
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
  name: 'Blank cells in every table',
  args: { data: withBlankMarkers() },
  parameters: { expected: { findings: ['cell.blank'] } },
};

export const MalformedJson: ElementStory = {
  name: 'Malformed JSON',
  args: { dataJson: '{"agency": "湘潭县人民政府", "year": 2025,}' },
  parameters: { expected: { error: 'json' } },
};

export const FailedFetch: ElementStory = {
  name: 'Failed src fetch',
  args: { src: '/no-such-report.json' },
  parameters: { expected: { error: 'fetch' } },
};

export const English: ElementStory = {
  name: 'English',
  args: { data: breaksRowTotal(), previous: xiangtan2024(), content: narrative },
  globals: { locale: 'en' },
  parameters: { expected: { findings: ['applications.rowTotal'] } },
};

export const NarrowViewport: ElementStory = {
  name: 'Narrow viewport',
  args: { data: xiangtan(), content: narrative },
  decorators: [narrow],
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  parameters: { expected: { findings: [] } },
};

export const LightDom: ElementStory = {
  name: 'Light DOM (light-dom), with its narrative',
  args: { data: xiangtan(), content: narrative, lightDom: true },
  parameters: { expected: { findings: [] } },
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
