/**
 * The core's own words, in Chinese (the format's language and the default locale): what
 * `checkReport` of `disclosure-tables/core` words findings with in Node, where there is no
 * @lit/localize. The same source strings as the elements' `localizedText` (src/internal/text.ts).
 */
import type { InvalidReason } from './cell.js';
import type { InputProblem, JsonType } from './parse.js';
import type { RelationWords, Text } from './text.js';

function invalidReason(reason: InvalidReason): string {
  switch (reason) {
    case 'negative':
      return '不能为负数';
    case 'notInteger':
      return '应为整数';
    case 'tooLarge':
      return '数值过大，无法精确表示';
    case 'notFinite':
      return '不是有限数值';
    case 'tooManyDecimals':
      return '小数位数超过 6 位';
    case 'fullWidthDigits':
      return '含全角数字，请改用半角数字';
    case 'groupingSeparator':
      return '含千位分隔符，请删去';
    case 'notNumber':
      return '不是数字';
    case 'wrongType':
      return '应为数字或数字字符串';
  }
}

function jsonTypeName(type: JsonType | 'row' | 'year'): string {
  switch (type) {
    case 'object':
      return '对象';
    case 'array':
      return '数组';
    case 'string':
      return '字符串';
    case 'number':
      return '数字';
    case 'boolean':
      return '布尔值';
    case 'null':
      return 'null';
    case 'row':
      return '数组或对象';
    case 'year':
      return '四位数年份';
  }
}

const thisYear = (year: number | undefined): string => (year === undefined ? '本年' : `${year}年`);
const lastYear = (year: number | undefined): string => (year === undefined ? '上年' : `${year}年`);

/** How each relation rule is named when it cannot be verified. */
function relationName(rule: string): string {
  switch (rule) {
    case 'applications.balance':
      return '“一 + 二 = 三（七）+ 四”';
    case 'applications.resultsTotal':
      return '“（七）总计 = （一）至（六）各项之和”';
    case 'applications.rowTotal':
      return '“总计 = 各类申请人之和”';
    case 'reviewLitigation.total':
      return '“总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结”';
    case 'crossYear.carriedOver':
      return '“本年上年结转 = 上年结转下年度继续办理”';
    case 'crossYear.inForce':
      return '“现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数”';
    default:
      return rule;
  }
}

export const zhText: Text = {
  label: (ref) => ref.label,

  place: (parts) => parts.join('，'),

  cellBlank: (place, given) =>
    given === undefined
      ? `${place}：未填写（数据中缺少此项），没有数据请填 0`
      : `${place}：空白（${given}），应填写数字，没有数据请填 0`,

  cellInvalid: (place, given, reason) =>
    `${place}：${given} 不是有效数值，${invalidReason(reason)}`,

  relationMismatch: (rule, { scope, lhs, rhs, rhsTerms, year, previousYear }: RelationWords) => {
    switch (rule) {
      case 'applications.balance':
        return `${scope}：一 + 二 = ${lhs}，三（七）+ 四 = ${rhs}`;
      case 'applications.resultsTotal':
        return `${scope}：（七）总计 = ${lhs}，（一）至（六）各项之和 = ${rhs}`;
      case 'applications.rowTotal':
        return `${scope}：总计 = ${lhs}，各类申请人之和 = ${rhs}`;
      case 'reviewLitigation.total':
        return `${scope}：总计 = ${lhs}，结果维持 + 结果纠正 + 其他结果 + 尚未审结 = ${rhs}`;
      case 'crossYear.carriedOver': {
        const current = thisYear(year);
        const previous = lastYear(previousYear);
        return `${scope}：${current}“二、上年结转” = ${lhs}，${previous}“四、结转下年度继续办理” = ${rhs}`;
      }
      case 'crossYear.inForce': {
        // Both years' figures, not just the sum: the reader checks them against both reports.
        const current = thisYear(year);
        const previous = lastYear(previousYear);
        const [inForceBefore, issued, repealed] = rhsTerms;
        return `${scope}：${current}现行有效件数 = ${lhs}，${previous}现行有效件数 ${inForceBefore} + 本年制发件数 ${issued} − 本年废止件数 ${repealed} = ${rhs}`;
      }
      default:
        return `${scope}: ${lhs} ≠ ${rhs}`;
    }
  },

  previousProblem: (detail) => `上年报告无法用于跨年度核验：${detail}`,

  unmatched: ({ table, axis, text }) =>
    axis === 'row'
      ? `${table}：行标签“${text}”与标准格式不符，这一行的数值未读取`
      : `${table}：列标题“${text}”与标准格式不符，这一列的数值未读取`,

  previousYearMismatch: (given, expected) =>
    `上年报告的年份是 ${given}年，应为 ${expected}年；未进行跨年度核验`,

  relationUnverifiable: (rule, scope) => {
    const relation = relationName(rule);
    return `${scope}：无法核验${relation}，涉及的单元格空白或无效`;
  },

  problem: (problem: InputProblem) => {
    switch (problem.code) {
      case 'json': {
        const detail = problem.detail;
        return `数据不是有效的 JSON：${detail}`;
      }
      case 'scriptType':
        return `子元素 <script type="${problem.type ?? ''}"> 不是 JSON 数据，未读取`;
      case 'fetch': {
        const { url, detail } = problem;
        return `无法获取数据 ${url}：${detail}`;
      }
      case 'wrongType': {
        const path = problem.path || '数据';
        const expected = jsonTypeName(problem.expected === 'string' ? 'string' : problem.expected);
        const actual = jsonTypeName(problem.actual);
        const given = problem.given;
        return `${path}：应为${expected}，实际为${actual} ${given}`;
      }
      case 'missingSection': {
        const path = problem.path;
        return `数据中缺少“${path}”部分`;
      }
      case 'wrongLength': {
        const { path, actual } = problem;
        const expected = problem.expected.join(' 或 ');
        return `${path}：应有 ${expected} 个数值，实际为 ${actual} 个`;
      }
      case 'unknownKey': {
        const path = problem.path;
        return `${path}：未识别的字段，未使用`;
      }
      case 'unknownFormat': {
        const given = problem.given;
        const known = problem.known.map((id) => `"${id}"`).join(' 或 ');
        return `format：未知的格式 ${given}，应为 ${known}；已按 2021 年格式读取`;
      }
    }
  },
};
