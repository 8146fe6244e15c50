import { defineElement } from '../../internal/define.js';
import { ReviewLitigationTable } from './review-litigation-table.js';

export { ReviewLitigationTable };
defineElement('review-litigation-table', ReviewLitigationTable);

declare global {
  interface HTMLElementTagNameMap {
    'review-litigation-table': ReviewLitigationTable;
  }
}
