/**
 * Runtime localization. The source locale is zh-CN: the standard labels are the source strings,
 * and a Chinese page needs nothing more. Translations load on demand: in the drop-in build the
 * English one is a second file beside `disclosure-tables.min.js`, fetched from there only when
 * the page (or `setLocale`) asks for English.
 */
import { configureLocalization } from '@lit/localize';
import { isServer } from 'lit';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { useLabelTranslations } from './internal/labels.js';

export const SOURCE_LOCALE = sourceLocale;
export const TARGET_LOCALES = targetLocales;
export type Locale = typeof SOURCE_LOCALE | (typeof TARGET_LOCALES)[number];

const localization = configureLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: TARGET_LOCALES,
  // The only target locale is English; a new one is one more `import()` here. The table labels'
  // translations come with it (a Chinese page needs none) and are in place before the locale
  // changes, so that no element renders the new locale with the old labels.
  loadLocale: async (locale) => {
    const english = await import('./locales/en.js');
    useLabelTranslations(locale, english.labels);
    return english;
  },
});

export const { getLocale } = localization;

/**
 * Switches the locale of every element. On the server too: @lit/localize announces the change
 * to `window`, which Node has not got, so there the announcement gets an `EventTarget` to go to
 * for the time of the change (nothing listens on the server; the elements read `getLocale()`
 * when they render). A page rendered on the server needs no other global.
 */
export const setLocale: (locale: string) => Promise<void> = isServer
  ? async (locale) => {
      const global = globalThis as { window?: unknown };
      if ('window' in global) return localization.setLocale(locale);
      global.window = new EventTarget();
      try {
        await localization.setLocale(locale);
      } finally {
        delete global.window;
      }
    }
  : localization.setLocale;

/**
 * What separates two names in running text: nothing in Chinese, whose script runs words
 * together (湘潭县人民政府2025年…), a space in the target languages.
 */
export function wordSeparator(): string {
  return getLocale() === SOURCE_LOCALE ? '' : ' ';
}
