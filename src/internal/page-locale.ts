/**
 * The drop-in bundle's locale, chosen with no setup: English on a page whose `<html lang>` is
 * English, the legal text (zh-CN) everywhere else. Called once by the package entry; code that
 * knows better calls `setLocale` afterwards and wins.
 */
import { SOURCE_LOCALE, setLocale, type Locale } from '../localization.js';

/**
 * The locale for a BCP 47 language tag: `en` for any English tag (`en`, `en-GB`, `EN-us`), the
 * source locale for anything else, including no tag. Only English has a translation; every
 * other language reads the standard labels as published rather than a guess at what it wants.
 */
export function localeForLanguageTag(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : SOURCE_LOCALE;
}

/** Switches to the locale of the page's `<html lang>`, if it is not the source locale. */
export function applyPageLocale(): Promise<void> {
  if (typeof document === 'undefined') return Promise.resolve();
  const locale = localeForLanguageTag(document.documentElement.getAttribute('lang'));
  return locale === SOURCE_LOCALE ? Promise.resolve() : setLocale(locale);
}
