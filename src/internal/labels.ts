/**
 * Standard labels in the reader's language. In zh-CN the label is the legal text itself,
 * returned untouched; translations are looked up by that text, in the map that the locale
 * loading installs (src/localization.ts, src/internal/label-translations.ts).
 */

let translations: ReadonlyMap<string, () => string> = new Map();

/** Installs the label translations; called when a target locale has loaded. */
export function useLabelTranslations(map: ReadonlyMap<string, () => string>): void {
  translations = map;
}

export function localizedLabel(standardLabel: string): string {
  const translate = translations.get(standardLabel);
  // A label the table does not declare (e.g. a caption set by the page) is shown as given.
  return translate ? translate() : standardLabel;
}
