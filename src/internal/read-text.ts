/**
 * The words of reading published tables, in the reader's language: a label the reader could
 * not place, and why a whole table could not be read.
 */
import { msg, str } from '@lit/localize';
import type { TableId } from '../core/layout.js';
import type { UnmatchedLabel, UnreadReason } from '../core/read/index.js';
import type { Finding } from '../core/check.js';

/** The table's number as the report names it (二, 三, 四), in the reader's language. */
function tableName(table: TableId): string {
  switch (table) {
    case 'proactive':
      return msg('表二', { id: 'read.table.proactive' });
    case 'applications':
      return msg('表三', { id: 'read.table.applications' });
    case 'reviewLitigation':
      return msg('表四', { id: 'read.table.reviewLitigation' });
    default:
      return table;
  }
}

export function unmatchedMessage({ table, axis, text }: UnmatchedLabel): string {
  const name = tableName(table);
  if (axis === 'row')
    return msg(str`${name}：行标签“${text}”与标准格式不符，这一行的数值未读取`, {
      id: 'read.unmatched.row',
    });
  if (text === '')
    return msg(str`${name}：一个数值上方没有列标题，未读取`, { id: 'read.unmatched.noHeader' });
  return msg(str`${name}：列标题“${text}”与标准格式不符，这一列的数值未读取`, {
    id: 'read.unmatched.column',
  });
}

/** A finding for each published label the reader could not place. */
export function unmatchedFindings(unmatched: readonly UnmatchedLabel[]): Finding[] {
  return unmatched.map(({ table, axis, text }) => ({
    rule: 'import.unmatched',
    severity: 'warning',
    cells: [],
    roles: [],
    terms: { kind: 'unmatched', table, axis, text },
    message: unmatchedMessage({ table, axis, text }),
  }));
}

/** Why a published table is shown as published instead of checked. */
export function unreadMessage(reason: UnreadReason | 'notRecognised'): string {
  switch (reason) {
    case 'noColumnHeaders':
      return msg('已发布的表格中找不到标准格式的列标题，无法读取，原表照原样显示。', {
        id: 'read.unread.noColumnHeaders',
      });
    case 'noValues':
      return msg('已发布的表格中找不到与标准格式的行和列对应的数值，无法读取，原表照原样显示。', {
        id: 'read.unread.noValues',
      });
    case 'notRecognised':
      return msg(
        '已发布的表格的标签与标准格式的表二、表三、表四都不相符，无法读取，原表照原样显示。',
        {
          id: 'read.unread.notRecognised',
        },
      );
  }
}
