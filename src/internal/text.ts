/**
 * The `Text` the core phrases findings and problems with, built on @lit/localize so that every
 * word follows the page's locale. The source strings are zh-CN.
 */
import { msg, str } from '@lit/localize';
import type { InvalidReason } from '../core/cell.js';
import { compileTable } from '../core/compile.js';
import type { TableLayout } from '../core/layout.js';
import type { InputProblem, JsonType } from '../core/parse.js';
import type { RelationWords, Text } from '../core/text.js';
import { getLocale } from '../localization.js';
import { jsonFaultText, misspeltSectionText, scriptTypeText } from './input-text.js';
import { localizedLabel } from './labels.js';
import { unmatchedMessage } from './read-text.js';

function invalidReason(reason: InvalidReason): string {
  switch (reason) {
    case 'negative':
      return msg('不能为负数', { id: 'reason.negative' });
    case 'notInteger':
      return msg('应为整数', { id: 'reason.notInteger' });
    case 'tooLarge':
      return msg('数值过大，无法精确表示', { id: 'reason.tooLarge' });
    case 'notFinite':
      return msg('不是有限数值', { id: 'reason.notFinite' });
    case 'tooManyDecimals':
      return msg('小数位数超过 6 位', { id: 'reason.tooManyDecimals' });
    case 'fullWidthDigits':
      return msg('含全角数字，请改用半角数字', { id: 'reason.fullWidthDigits' });
    case 'groupingSeparator':
      return msg('含千位分隔符，请删去', { id: 'reason.groupingSeparator' });
    case 'notNumber':
      return msg('不是数字', { id: 'reason.notNumber' });
    case 'wrongType':
      return msg('应为数字或数字字符串', { id: 'reason.wrongType' });
  }
}

function jsonTypeName(type: JsonType | 'row' | 'year'): string {
  switch (type) {
    case 'object':
      return msg('对象', { id: 'type.object' });
    case 'array':
      return msg('数组', { id: 'type.array' });
    case 'string':
      return msg('字符串', { id: 'type.string' });
    case 'number':
      return msg('数字', { id: 'type.number' });
    case 'boolean':
      return msg('布尔值', { id: 'type.boolean' });
    case 'null':
      return msg('null', { id: 'type.null' });
    case 'row':
      return msg('数组或对象', { id: 'type.row' });
    case 'year':
      return msg('四位数年份', { id: 'type.year' });
  }
}

const thisYear = (year: number | undefined): string =>
  year === undefined
    ? msg('本年', { id: 'year.current' })
    : msg(str`${year}年`, { id: 'year.named' });
const lastYear = (year: number | undefined): string =>
  year === undefined
    ? msg('上年', { id: 'year.previous' })
    : msg(str`${year}年`, { id: 'year.named' });

/** How each relation rule is named when it cannot be verified. */
function relationName(rule: string): string {
  switch (rule) {
    case 'applications.balance':
      return msg('“一 + 二 = 三（七）+ 四”', { id: 'relation.applications.balance' });
    case 'applications.resultsTotal':
      return msg('“（七）总计 = （一）至（六）各项之和”', {
        id: 'relation.applications.resultsTotal',
      });
    case 'applications.rowTotal':
      return msg('“总计 = 各类申请人之和”', { id: 'relation.applications.rowTotal' });
    case 'reviewLitigation.total':
      return msg('“总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结”', {
        id: 'relation.reviewLitigation.total',
      });
    case 'crossYear.carriedOver':
      return msg('“本年上年结转 = 上年结转下年度继续办理”', {
        id: 'relation.crossYear.carriedOver',
      });
    case 'crossYear.inForce':
      return msg('“现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数”', {
        id: 'relation.crossYear.inForce',
      });
    default:
      return rule;
  }
}

export const localizedText: Text = {
  label: (ref) => localizedLabel(ref, getLocale()),

  place: (parts) => parts.join(msg('，', { id: 'place.separator' })),

  cellBlank: (place, given) =>
    given === undefined
      ? msg(str`${place}：未填写（数据中缺少此项），没有数据请填 0`, { id: 'finding.cell.absent' })
      : msg(str`${place}：空白（${given}），应填写数字，没有数据请填 0`, {
          id: 'finding.cell.blank',
        }),

  cellInvalid: (place, given, reason) =>
    msg(str`${place}：${given} 不是有效数值，${invalidReason(reason)}`, {
      id: 'finding.cell.invalid',
    }),

  relationMismatch: (rule, { scope, lhs, rhs, rhsTerms, year, previousYear }: RelationWords) => {
    switch (rule) {
      case 'applications.balance':
        return msg(str`${scope}：一 + 二 = ${lhs}，三（七）+ 四 = ${rhs}`, {
          id: 'finding.applications.balance',
        });
      case 'applications.resultsTotal':
        return msg(str`${scope}：（七）总计 = ${lhs}，（一）至（六）各项之和 = ${rhs}`, {
          id: 'finding.applications.resultsTotal',
        });
      case 'applications.rowTotal':
        return msg(str`${scope}：总计 = ${lhs}，各类申请人之和 = ${rhs}`, {
          id: 'finding.applications.rowTotal',
        });
      case 'reviewLitigation.total':
        return msg(
          str`${scope}：总计 = ${lhs}，结果维持 + 结果纠正 + 其他结果 + 尚未审结 = ${rhs}`,
          {
            id: 'finding.reviewLitigation.total',
          },
        );
      case 'crossYear.carriedOver': {
        const current = thisYear(year);
        const previous = lastYear(previousYear);
        return msg(
          str`${scope}：${current}“二、上年结转” = ${lhs}，${previous}“四、结转下年度继续办理” = ${rhs}`,
          {
            id: 'finding.crossYear.carriedOver',
          },
        );
      }
      case 'crossYear.inForce': {
        // Both years' figures, not just the sum: the reader checks them against both reports.
        const current = thisYear(year);
        const previous = lastYear(previousYear);
        const [inForceBefore, issued, repealed] = rhsTerms;
        return msg(
          str`${scope}：${current}现行有效件数 = ${lhs}，${previous}现行有效件数 ${inForceBefore} + 本年制发件数 ${issued} − 本年废止件数 ${repealed} = ${rhs}`,
          { id: 'finding.crossYear.inForce' },
        );
      }
      default:
        return `${scope}: ${lhs} ≠ ${rhs}`;
    }
  },

  previousProblem: (detail) =>
    msg(str`上年报告无法用于跨年度核验：${detail}`, { id: 'finding.previous.problem' }),

  unmatched: (label) => unmatchedMessage(label),

  previousYearMismatch: (given, expected) =>
    msg(str`上年报告的年份是 ${given}年，应为 ${expected}年；未进行跨年度核验`, {
      id: 'finding.previous.year',
    }),

  relationUnverifiable: (rule, scope) => {
    const relation = relationName(rule);
    return msg(str`${scope}：无法核验${relation}，涉及的单元格空白或无效`, {
      id: 'finding.unverifiable',
    });
  },

  problem: (problem: InputProblem) => {
    switch (problem.code) {
      case 'json': {
        if (problem.fault) return jsonFaultText(problem.fault);
        const detail = problem.detail;
        return msg(str`数据不是有效的 JSON：${detail}`, { id: 'problem.json' });
      }
      case 'scriptType':
        return scriptTypeText(problem.type);
      case 'fetch': {
        const { url, detail } = problem;
        return msg(str`无法获取数据 ${url}：${detail}`, { id: 'problem.fetch' });
      }
      case 'wrongType': {
        const path = problem.path || msg('数据', { id: 'problem.root' });
        const expected = jsonTypeName(problem.expected === 'string' ? 'string' : problem.expected);
        const actual = jsonTypeName(problem.actual);
        const given = problem.given;
        return msg(str`${path}：应为${expected}，实际为${actual} ${given}`, {
          id: 'problem.wrongType',
        });
      }
      case 'missingSection': {
        const path = problem.path;
        return msg(str`数据中缺少“${path}”部分`, { id: 'problem.missingSection' });
      }
      case 'wrongLength': {
        const { path, actual } = problem;
        const expected = problem.expected.join(msg(' 或 ', { id: 'problem.or' }));
        return msg(str`${path}：应有 ${expected} 个数值，实际为 ${actual} 个`, {
          id: 'problem.wrongLength',
        });
      }
      case 'unknownKey': {
        const path = problem.path;
        if (problem.section !== undefined) return misspeltSectionText(path, problem.section);
        return msg(str`${path}：未识别的字段，未使用`, { id: 'problem.unknownKey' });
      }
      case 'unknownFormat': {
        const given = problem.given;
        const known = problem.known.map((id) => `"${id}"`).join(msg(' 或 ', { id: 'problem.or' }));
        return msg(str`format：未知的格式 ${given}，应为 ${known}；已按 2021 年格式读取`, {
          id: 'problem.unknownFormat',
        });
      }
    }
  },
};

/** A table's standard caption in the reader's language. */
export function localizedCaption(layout: TableLayout): string {
  return localizedText.label(compileTable(layout).caption);
}
