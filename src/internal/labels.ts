/**
 * The standard labels in the reader's language. The legal text is written once, in its layout,
 * and shown untouched in zh-CN. A translation is keyed by the label's stable id
 * (`CompiledTable.labelId`, e.g. `applications.results.withheld.stateSecret`), never by the
 * Chinese text, so two tables may word the same text differently. A locale's table loads with
 * the locale (src/localization.ts, src/locales/en-labels.ts): a Chinese page carries none.
 */
import type { LabelRef } from '../core/compile.js';

const translationsByLocale = new Map<string, Readonly<Record<string, string>>>();

/** Installs a locale's label translations; called when the locale has loaded. */
export function useLabelTranslations(
  locale: string,
  translations: Readonly<Record<string, string>>,
): void {
  translationsByLocale.set(locale, translations);
}

export function localizedLabel(ref: LabelRef, locale: string): string {
  // The source locale has no table: it shows the layout's text. Own keys only: no id is ever
  // looked up on Object.prototype.
  const translations = translationsByLocale.get(locale);
  return translations && Object.hasOwn(translations, ref.id) ? translations[ref.id] : ref.label;
}
