/**
 * Runtime localization. The source locale is zh-CN: the standard labels are the source strings,
 * and a Chinese page needs nothing more. Translations load on demand: in the drop-in build the
 * English one is a second file beside `disclosure-tables.min.js`, fetched from there only when
 * the page (or `setLocale`) asks for English.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export const SOURCE_LOCALE = sourceLocale;
export const TARGET_LOCALES = targetLocales;
export type Locale = typeof SOURCE_LOCALE | (typeof TARGET_LOCALES)[number];

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: TARGET_LOCALES,
  // The only target locale is English; a new one is one more `import()` here.
  loadLocale: () => import('./generated/locales/en.js'),
});

/**
 * What separates two names in running text: nothing in Chinese, whose script runs words
 * together (湘潭县人民政府2025年…), a space in the target languages.
 */
export function wordSeparator(): string {
  return getLocale() === SOURCE_LOCALE ? '' : ' ';
}
