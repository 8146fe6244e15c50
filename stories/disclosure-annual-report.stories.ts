import { html } from 'lit';
import type { Meta } from '@storybook/web-components-vite';
import '../src/components/disclosure-annual-report/define.js';
import {
  breaksBalance,
  breaksResultsTotal,
  breaksReviewTotal,
  breaksRowTotal,
  pingtan2019,
  previousBreaksCarriedOver,
  previousBreaksInForce,
  setCell,
  xiangtan,
  xiangtan2024,
} from '../test/fixtures/reports.js';
import {
  breaks,
  passes,
  commonStories,
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

const common = commonStories({
  section: 'applications',
  content: narrative,
  malformedJson: '{"agency": "湘潭县人民政府", "year": 2025,}',
  english: {
    args: { data: breaksRowTotal(), previous: xiangtan2024(), content: narrative },
    findings: ['applications.rowTotal'],
  },
});

// Storybook reads each `name` from this file, so names stay here as literals.
export const Xiangtan: ElementStory = {
  ...common.Xiangtan,
  name: 'Xiangtan County 2025, with its narrative',
};
export const AllZero: ElementStory = { ...common.AllZero, name: 'All zero' };
export const CrossYear: ElementStory = {
  ...common.CrossYear,
  name: 'Cross-year: with last year’s report',
};
export const FromSrc: ElementStory = { ...common.FromSrc, name: 'Input: src' };
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
export const BreaksReviewTotal: ElementStory = {
  ...breaks('reviewLitigation.total', { data: breaksReviewTotal() }),
  name: 'Breaks R4: 总计 = the four outcomes',
};
export const BreaksCarriedOver: ElementStory = {
  ...breaks('crossYear.carriedOver', { data: xiangtan(), previous: previousBreaksCarriedOver() }),
  name: 'Breaks R6: 二、上年结转 = last year’s 四',
};
export const BreaksInForce: ElementStory = {
  ...breaks('crossYear.inForce', { data: xiangtan(), previous: previousBreaksInForce() }),
  name: 'Breaks R7: 现行有效件数 = last year’s + 制发 − 废止',
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
  name: 'Blank cells in every table',
};
export const MalformedJson: ElementStory = { ...common.MalformedJson, name: 'Malformed JSON' };
export const FailedFetch: ElementStory = { ...common.FailedFetch, name: 'Failed src fetch' };
export const English: ElementStory = { ...common.English, name: 'English' };
export const NarrowViewport: ElementStory = { ...common.NarrowViewport, name: 'Narrow viewport' };
export const LightDom: ElementStory = {
  ...common.LightDom,
  name: 'Light DOM (light-dom), with its narrative',
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
  name: 'The 2019 trial format: 平潭综合实验区 2019, as published',
};
export const Pingtan2019BreaksResultsTotal: ElementStory = {
  ...breaks('applications.resultsTotal', {
    data: setCell(
      setCell(pingtan2019(), 'applications.otherHandling.naturalPerson', 1),
      'applications.otherHandling.total',
      1,
    ),
  }),
  name: 'The 2019 trial format: breaks R2 in its one （六）其他处理 row',
};
export const Pingtan2019After: ElementStory = {
  ...passes({
    data: { ...setCell(pingtan2019(), 'applications.carriedOver.naturalPerson', 0), year: 2020 },
    previous: pingtan2019(),
  }),
  name: 'The 2019 trial format: cross-year R6 from a 2019 report; R7 does not apply',
};
