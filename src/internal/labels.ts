/**
 * Standard labels in the reader's language. In zh-CN the label is the legal text itself,
 * returned untouched; translations are looked up by that text.
 */
export function localizedLabel(standardLabel: string): string {
  return standardLabel;
}
