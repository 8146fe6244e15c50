/**
 * The words for the input mistakes editors really make: a child script written without its
 * type, or with the wrong one; a table's key misspelt. Kept apart from `text.ts` (the
 * findings' words) because these name what to write, not cells.
 */
import { msg, str } from '@lit/localize';

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
