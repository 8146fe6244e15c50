/**
 * Runtime localization. The source locale is zh-CN: the standard labels are the source strings.
 * Translations are imported statically, not loaded on demand, so the drop-in file stays one
 * file and a locale change needs no request.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import * as en from './generated/locales/en.js';

export const SOURCE_LOCALE = sourceLocale;
export const TARGET_LOCALES = targetLocales;
export type Locale = typeof SOURCE_LOCALE | (typeof TARGET_LOCALES)[number];

const translations = { en } as const;

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: TARGET_LOCALES,
  loadLocale: (locale) => Promise.resolve(translations[locale as keyof typeof translations]),
});

/**
 * What separates two names in running text: nothing in Chinese, whose script runs words
 * together (湘潭县人民政府2025年…), a space in the target languages.
 */
export function wordSeparator(): string {
  return getLocale() === SOURCE_LOCALE ? '' : ' ';
}
