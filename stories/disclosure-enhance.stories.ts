import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/components/disclosure-enhance/define.js';
import { PUBLISHED_TABLE_四 } from '../test/fixtures/published/demo-table.js';

/**
 * A published table, as a CMS wrote it, enhanced in place by the one `<disclosure-enhance>` of
 * the article template. The markup is a trusted constant from the test fixtures.
 */
const meta = {
  title: 'Enhance/Published tables <disclosure-enhance>',
  component: 'disclosure-enhance',
  tags: ['autodocs'],
} satisfies Meta;
export default meta;

export const PublishedTable四: StoryObj = {
  name: 'Table 四 as published, enhanced in place',
  render: () =>
    html`<div class="published-article">
        <p>四、政府信息公开行政复议、行政诉讼情况</p>
        ${unsafeHTML(PUBLISHED_TABLE_四)}
      </div>
      <disclosure-enhance for=".published-article"></disclosure-enhance>`,
};

export const Unrecognised: StoryObj = {
  name: 'A table it does not recognise, left untouched',
  render: () =>
    html`<div class="published-article">
        ${unsafeHTML('<table border="1"><tbody><tr><td>联系电话</td><td>0591-23165370</td></tr></tbody></table>')}
      </div>
      <disclosure-enhance for=".published-article"></disclosure-enhance>`,
};
