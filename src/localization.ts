/**
 * Runtime localization. The source locale is zh-CN: the standard labels are the source strings.
 * Translations are bundled (no request at run time), so the drop-in file stays one file.
 */
import { configureLocalization } from '@lit/localize';

export const SOURCE_LOCALE = 'zh-CN';
export const TARGET_LOCALES = ['en'] as const;
export type Locale = typeof SOURCE_LOCALE | (typeof TARGET_LOCALES)[number];

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: TARGET_LOCALES,
  // Translations land with the English locale; until then every string reads as its source.
  loadLocale: () => Promise.resolve({ templates: {} }),
});
