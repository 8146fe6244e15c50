import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/disclosure-report-editor/define.js';
import {
  breaksRowTotal,
  pingtan2019,
  previousBreaksCarriedOver,
  xiangtan,
  xiangtan2024,
} from '../test/fixtures/reports.js';
import {
  documentedOnlyArgTypes,
  narrow,
  ownLocale,
  REPORT_TYPE,
  reportTable,
  type Expected,
} from './element-story.js';

/** The editor's inputs: the report loaded into it, last year's report, and where its draft is kept. */
export interface EditorArgs {
  /** The `report` property: the document loaded into the editor. */
  report?: unknown;
  /** The `previous` property: last year's report, for R6 and R7. */
  previous?: unknown;
  /** The `storage-key` attribute: each story keeps its draft under its own key. */
  storageKey: string;
  onDisclosureChange?: (event: Event) => void;
}

export type EditorStory = StoryObj<EditorArgs> & {
  readonly args: EditorArgs;
  readonly parameters: { readonly expected: Expected } & Record<string, unknown>;
};

const meta = {
  title: 'Editor/Data entry <disclosure-report-editor>',
  component: 'disclosure-report-editor',
  tags: ['autodocs'],
  // A story shows what it loads, not a draft from the last visit: `report` replaces it.
  render: (args) =>
    html`<disclosure-report-editor
      storage-key=${args.storageKey}
      .report=${args.report ?? {}}
      .previous=${args.previous}
      @disclosure-change=${ifDefined(args.onDisclosureChange)}
    ></disclosure-report-editor>`,
  argTypes: {
    ...documentedOnlyArgTypes('disclosure-report-editor'),
    report: { control: 'object', type: REPORT_TYPE, table: reportTable('properties') },
    previous: { control: 'object', type: REPORT_TYPE, table: reportTable('properties') },
    storageKey: { control: 'text', table: { category: 'attributes' } },
    onDisclosureChange: { action: 'disclosure-change', table: { disable: true } },
  },
} satisfies Meta<EditorArgs>;
export default meta;

const story = (
  storageKey: string,
  args: Omit<EditorArgs, 'storageKey'>,
  findings: readonly string[],
): EditorStory => ({
  args: { storageKey: `storybook-editor-${storageKey}`, ...args },
  parameters: { expected: { findings } },
});

// Storybook reads each `name` from this file, so names stay here as literals.
export const Empty: EditorStory = {
  ...story('empty', {}, ['cell.blank']),
  name: 'Empty: every cell still to fill',
};
export const Xiangtan: EditorStory = {
  ...story('xiangtan', { report: xiangtan() }, []),
  name: 'Xiangtan County 2025, loaded: 0 findings',
};
export const WithLastYear: EditorStory = {
  ...story('last-year', { report: xiangtan(), previous: xiangtan2024() }, []),
  name: 'With last year’s report: R6 and R7 hold',
};
export const CarriedOverBreaks: EditorStory = {
  ...story('carried-over', { report: xiangtan(), previous: previousBreaksCarriedOver() }, [
    'crossYear.carriedOver',
  ]),
  name: 'Breaks R6: 上年结转 ≠ last year’s 结转下年度继续办理 (fill it from last year)',
};
export const RowTotalBreaks: EditorStory = {
  ...story('row-total', { report: breaksRowTotal() }, ['applications.rowTotal']),
  name: 'Breaks R3: a row’s 总计 that is not the sum of its applicants',
};
export const Format2019: EditorStory = {
  ...story('2019', { report: pingtan2019() }, []),
  name: 'The 2019 trial format: Pingtan 2019',
};
export const English: EditorStory = {
  ...story('english', { report: breaksRowTotal() }, ['applications.rowTotal']),
  globals: ownLocale('en').globals,
  parameters: { ...ownLocale('en').parameters, expected: { findings: ['applications.rowTotal'] } },
  name: 'English',
};
export const NarrowViewport: EditorStory = {
  ...story('narrow', { report: xiangtan() }, []),
  decorators: [narrow],
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  name: 'Narrow viewport',
};
