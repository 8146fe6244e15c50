/**
 * The words for the input mistakes editors really make: a child script written without its
 * type, or with the wrong one; a table's key misspelt. Kept apart from `text.ts` (the
 * findings' words) because these name what to write, not cells.
 */
import { msg, str } from '@lit/localize';
import type { JsonExpectation, JsonFault } from '../core/json-fault.js';

/**
 * What is wrong with a child script's type, and the exact markup to write instead. The markup
 * goes into the messages as placeholders: lit-localize would keep `&lt;` escaped in a target.
 */
export function scriptTypeText(type: string | null): string {
  const right = '<script type="application/json">';
  const essence = (type ?? '').split(';')[0].trim();
  // Without a data type the browser runs the JSON as a program, which fails in the console.
  if (essence === '') {
    const script = '<script>';
    return msg(
      str`子元素 ${script} 没有写 type，浏览器会把其中的数据当作程序运行，本元素不读取。请写成 ${right}`,
      { id: 'problem.scriptType.missing' },
    );
  }
  const script = `<script type="${essence}">`;
  if (!essence.toLowerCase().includes('json')) {
    return msg(str`子元素 ${script} 会被浏览器当作程序运行，本元素不读取。请写成 ${right}`, {
      id: 'problem.scriptType.program',
    });
  }
  return msg(str`子元素 ${script} 的类型不对，本元素不读取。请写成 ${right}`, {
    id: 'problem.scriptType.wrong',
  });
}

/** A top-level key that misspells a table's key: the table is not shown, and the right key is named. */
export function misspeltSectionText(path: string, section: string): string {
  return msg(str`${path}：未识别的字段，是否应为 ${section}？该表因此没有数据，未显示`, {
    id: 'problem.unknownKey.section',
  });
}

/** Quotes that word processors put in place of `"`: JSON knows only the straight one. */
const CURLY_QUOTES = new Set([
  '\u201c',
  '\u201d',
  '\u2018',
  '\u2019',
  '\uff02',
  '\u300c',
  '\u300d',
]);

function expectationText(expected: JsonExpectation): string {
  switch (expected) {
    case 'value':
      return msg('此处应为一个值（数字、带英文双引号的文字、对象或数组）', {
        id: 'json.expected.value',
      });
    case 'key':
      return msg('此处应为带英文双引号的字段名', { id: 'json.expected.key' });
    case 'colon':
      return msg('此处应为英文冒号 :', { id: 'json.expected.colon' });
    case 'commaOrEnd':
      return msg('此处应为英文逗号 , 或结束括号 } ]', { id: 'json.expected.commaOrEnd' });
    case 'nothingMore':
      return msg('数据已经结束，此后不应再有字符', { id: 'json.expected.nothingMore' });
    case 'stringEnd':
      return msg('文字缺少结尾的英文双引号 "', { id: 'json.expected.stringEnd' });
    case 'escape':
      return msg('反斜杠 \\ 后的字符无效，反斜杠本身请写成 \\\\', { id: 'json.expected.escape' });
    case 'stringChar':
      return msg('文字中不能直接换行或含控制字符', { id: 'json.expected.stringChar' });
  }
}

/**
 * Malformed JSON in the reader's language: the line and column, the characters around the
 * fault (the faulty one in 【】), and what to write there. Curly quotes pasted from a word
 * processor are named, with the straight quote to type instead.
 */
export function jsonFaultText(fault: JsonFault): string {
  const { line, column, found } = fault;
  const excerpt = `${fault.before}【${found}】${fault.after}`;
  if (CURLY_QUOTES.has(found)) {
    const straight = '"';
    return msg(
      str`数据不是有效的 JSON：第 ${line} 行第 ${column} 列是中文引号 ${found}（多见于从 Word 等软件粘贴的文字），JSON 只认英文双引号，请改为 ${straight}。出错处：${excerpt}`,
      { id: 'problem.json.curlyQuote' },
    );
  }
  if (found === '') {
    return msg(
      str`数据不是有效的 JSON：在第 ${line} 行第 ${column} 列意外结束，数据不完整。出错处：${excerpt}`,
      {
        id: 'problem.json.end',
      },
    );
  }
  const expected = expectationText(fault.expected);
  return msg(
    str`数据不是有效的 JSON：第 ${line} 行第 ${column} 列，${expected}。出错处：${excerpt}`,
    {
      id: 'problem.json.fault',
    },
  );
}
