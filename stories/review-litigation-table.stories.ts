import type { Meta } from '@storybook/web-components-vite';
import '../src/components/review-litigation-table/define.js';
import {
  allZero,
  breaksReviewTotal,
  withBlankCellIn,
  withBlankMarkers,
  withInvalidCellIn,
  withUnknownKey,
  xiangtan,
} from '../test/fixtures/reports.js';
import { narrow, sharedMeta, type ElementArgs, type ElementStory } from './element-story.js';

const meta = {
  title: 'Tables/Review and litigation <review-litigation-table>',
  component: 'review-litigation-table',
  tags: ['autodocs'],
  ...sharedMeta('review-litigation-table'),
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

export const BreaksTotal: ElementStory = {
  name: 'Breaks R4: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
  args: { data: breaksReviewTotal() },
  parameters: { expected: { findings: ['reviewLitigation.total'] } },
};

export const BlankCell: ElementStory = {
  name: 'Breaks cell.blank: one blank cell',
  args: { data: withBlankCellIn('reviewLitigation') },
  parameters: { expected: { findings: ['cell.blank'] } },
};

export const InvalidCell: ElementStory = {
  name: 'Breaks cell.invalid: full-width digits',
  args: { data: withInvalidCellIn('reviewLitigation') },
  parameters: { expected: { findings: ['cell.invalid'] } },
};

export const UnknownKey: ElementStory = {
  name: 'Breaks input.unknownKey: a key the format does not have',
  args: { data: withUnknownKey() },
  parameters: { expected: { findings: ['input.unknownKey'] } },
};

export const BlankCells: ElementStory = {
  name: 'Blank cells: "/" and "—"',
  args: { data: withBlankMarkers() },
  parameters: { expected: { findings: ['cell.blank'] } },
};

export const MalformedJson: ElementStory = {
  name: 'Malformed JSON',
  args: { dataJson: '{"reviewLitigation": {"review": [37, 19, 4, 17, 77' },
  parameters: { expected: { error: 'json' } },
};

export const FailedFetch: ElementStory = {
  name: 'Failed src fetch',
  args: { src: '/no-such-report.json' },
  parameters: { expected: { error: 'fetch' } },
};

export const English: ElementStory = {
  name: 'English',
  args: { data: breaksReviewTotal() },
  globals: { locale: 'en' },
  parameters: { expected: { findings: ['reviewLitigation.total'] } },
};

export const NarrowViewport: ElementStory = {
  name: 'Narrow viewport',
  args: { data: xiangtan() },
  decorators: [narrow],
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  parameters: { expected: { findings: [] } },
};
