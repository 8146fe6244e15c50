import type { Meta } from '@storybook/web-components-vite';
import '../src/components/proactive-disclosure-table/define.js';
import { pingtan2019, previousBreaksInForce, setCell, xiangtan } from '../test/fixtures/reports.js';
import {
  breaks,
  commonStories,
  passes,
  sharedMeta,
  type ElementArgs,
  type ElementStory,
} from './element-story.js';

const meta = {
  title: 'Tables/Proactive disclosure <proactive-disclosure-table>',
  component: 'proactive-disclosure-table',
  tags: ['autodocs'],
  ...sharedMeta('proactive-disclosure-table'),
} satisfies Meta<ElementArgs>;
export default meta;

const common = commonStories({
  section: 'proactive',
  malformedJson: "{'proactive': {}}",
  english: { args: { data: setCell(xiangtan(), 'proactive.fees', '24252.311082') }, findings: [] },
});

// Storybook reads each `name` from this file, so names stay here as literals.
export const Xiangtan: ElementStory = { ...common.Xiangtan, name: 'Xiangtan County 2025' };
export const AllZero: ElementStory = { ...common.AllZero, name: 'All zero' };
export const ExactAmount: ElementStory = {
  ...passes({ data: setCell(xiangtan(), 'proactive.fees', '24252.311082') }),
  name: 'A fee amount with six decimal places, shown exactly',
};
export const BlankCell: ElementStory = {
  ...common.BlankCell,
  name: 'Breaks cell.blank: one blank cell',
};
export const InvalidCell: ElementStory = {
  ...common.InvalidCell,
  name: 'Breaks cell.invalid: seven decimal places in 万元',
};
export const UnknownKey: ElementStory = {
  ...common.UnknownKey,
  name: 'Breaks input.unknownKey: a key the format does not have',
};
export const BlankCells: ElementStory = {
  ...common.BlankCells,
  name: 'Blank cells: "", "-" and null',
};
export const MalformedJson: ElementStory = { ...common.MalformedJson, name: 'Malformed JSON' };
export const FailedFetch: ElementStory = { ...common.FailedFetch, name: 'Failed src fetch' };
export const English: ElementStory = { ...common.English, name: 'English' };
export const NarrowViewport: ElementStory = { ...common.NarrowViewport, name: 'Narrow viewport' };
export const CrossYear: ElementStory = {
  ...common.CrossYear,
  name: 'Cross-year: with last year’s report',
};
export const BreaksInForce: ElementStory = {
  ...breaks('crossYear.inForce', { data: xiangtan(), previous: previousBreaksInForce() }),
  name: 'Breaks R7: 现行有效件数 = last year’s + 制发 − 废止',
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
  ...passes({ data: setCell(pingtan2019(), 'proactive.penalties.change', -7) }),
  name: 'The 2019 trial format: five blocks, a signed 本年增/减, an amount in 元',
};
