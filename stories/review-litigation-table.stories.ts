import type { Meta } from '@storybook/web-components-vite';
import '../src/components/review-litigation-table/define.js';
import { breaksReviewTotal, pingtan2019 } from '../test/fixtures/reports.js';
import {
  breaks,
  passes,
  commonStories,
  sharedMeta,
  type ElementArgs,
  type ElementStory,
} from './element-story.js';

const meta = {
  title: 'Tables/Review and litigation <review-litigation-table>',
  component: 'review-litigation-table',
  tags: ['autodocs'],
  ...sharedMeta('review-litigation-table'),
} satisfies Meta<ElementArgs>;
export default meta;

const common = commonStories({
  section: 'reviewLitigation',
  malformedJson: '{"reviewLitigation": {"review": [37, 19, 4, 17, 77',
  english: { args: { data: breaksReviewTotal() }, findings: ['reviewLitigation.total'] },
});

// Storybook reads each `name` from this file, so names stay here as literals.
export const Xiangtan: ElementStory = { ...common.Xiangtan, name: 'Xiangtan County 2025' };
export const AllZero: ElementStory = { ...common.AllZero, name: 'All zero' };
export const BreaksTotal: ElementStory = {
  ...breaks('reviewLitigation.total', { data: breaksReviewTotal() }),
  name: 'Breaks R4: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
};
export const BlankCell: ElementStory = {
  ...common.BlankCell,
  name: 'Breaks cell.blank: one blank cell',
};
export const InvalidCell: ElementStory = {
  ...common.InvalidCell,
  name: 'Breaks cell.invalid: full-width digits',
};
export const UnknownKey: ElementStory = {
  ...common.UnknownKey,
  name: 'Breaks input.unknownKey: a key the format does not have',
};
export const BlankCells: ElementStory = { ...common.BlankCells, name: 'Blank cells: "/" and "—"' };
export const MalformedJson: ElementStory = { ...common.MalformedJson, name: 'Malformed JSON' };
export const FailedFetch: ElementStory = { ...common.FailedFetch, name: 'Failed src fetch' };
export const English: ElementStory = { ...common.English, name: 'English' };
export const NarrowViewport: ElementStory = { ...common.NarrowViewport, name: 'Narrow viewport' };
export const Pingtan2019: ElementStory = {
  ...passes({ data: pingtan2019() }),
  name: 'The 2019 trial format: the same table 四',
};
