import type { Meta } from '@storybook/web-components-vite';
import '../src/components/proactive-disclosure-table/define.js';
import {
  allZero,
  previousBreaksInForce,
  setCell,
  withBlankCellIn,
  withBlankMarkers,
  withInvalidCellIn,
  withUnknownKey,
  xiangtan,
  xiangtan2024,
} from '../test/fixtures/reports.js';
import { narrow, sharedMeta, type ElementArgs, type ElementStory } from './element-story.js';

const meta = {
  title: 'Tables/Proactive disclosure <proactive-disclosure-table>',
  component: 'proactive-disclosure-table',
  tags: ['autodocs'],
  ...sharedMeta('proactive-disclosure-table'),
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

export const ExactAmount: ElementStory = {
  name: 'A fee amount with six decimal places, shown exactly',
  args: { data: setCell(xiangtan(), 'proactive.fees', '24252.311082') },
  parameters: { expected: { findings: [] } },
};

export const BlankCell: ElementStory = {
  name: 'Breaks cell.blank: one blank cell',
  args: { data: withBlankCellIn('proactive') },
  parameters: { expected: { findings: ['cell.blank'] } },
};

export const InvalidCell: ElementStory = {
  name: 'Breaks cell.invalid: seven decimal places in 万元',
  args: { data: withInvalidCellIn('proactive') },
  parameters: { expected: { findings: ['cell.invalid'] } },
};

export const UnknownKey: ElementStory = {
  name: 'Breaks input.unknownKey: a key the format does not have',
  args: { data: withUnknownKey() },
  parameters: { expected: { findings: ['input.unknownKey'] } },
};

export const BlankCells: ElementStory = {
  name: 'Blank cells: "", "-" and null',
  args: { data: withBlankMarkers() },
  parameters: { expected: { findings: ['cell.blank'] } },
};

export const MalformedJson: ElementStory = {
  name: 'Malformed JSON',
  args: { dataJson: "{'proactive': {}}" },
  parameters: { expected: { error: 'json' } },
};

export const FailedFetch: ElementStory = {
  name: 'Failed src fetch',
  args: { src: '/no-such-report.json' },
  parameters: { expected: { error: 'fetch' } },
};

export const English: ElementStory = {
  name: 'English',
  args: { data: setCell(xiangtan(), 'proactive.fees', '24252.311082') },
  globals: { locale: 'en' },
  parameters: { expected: { findings: [] } },
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

export const BreaksInForce: ElementStory = {
  name: 'Breaks R7: 现行有效件数 = last year’s + 制发 − 废止',
  args: { data: xiangtan(), previous: previousBreaksInForce() },
  parameters: { expected: { findings: ['crossYear.inForce'] } },
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
