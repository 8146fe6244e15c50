/**
 * Matching a published label to the standard one. Published tables write the same label many
 * ways: `&nbsp;` and line breaks inside it (down to one character per line), full- or
 * half-width brackets and digits, "，" for "、", straight for curly quotes, a stray space, a
 * character left out or added (结转下一年度继续办理). Labels are compared with all of that
 * folded away, and a label one character off still matches when nothing else matches better.
 */

/**
 * The label's comparable text: NFKC (full-width digits, letters and brackets to half-width),
 * then every space, punctuation mark, symbol and invisible format character removed.
 */
export function normalizeLabel(text: string): string {
  let normalized = normalizedCache.get(text);
  if (normalized === undefined) {
    if (normalizedCache.size >= CACHE_LIMIT) normalizedCache.clear();
    normalized = fold(text);
    normalizedCache.set(text, normalized);
  }
  return normalized;
}

/**
 * Pages repeat the same few hundred cell texts (every 0, every label), and NFKC is the costly
 * part of reading: each text is folded once. Bounded, so that no page can grow it without end.
 */
const normalizedCache = new Map<string, string>();
export const CACHE_LIMIT = 10_000;

function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}\p{Cf}]/gu, '')
    .toLowerCase();
}

/** Whether two strings are at most one insertion, deletion or substitution apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // Same length: one substitution; otherwise one character inserted into the shorter.
  const skip = short.length === long.length ? 1 : 0;
  return short.slice(i + skip) === long.slice(i + 1);
}

/** Text that reads as a value, not a label: digits, signs and a unit at most. */
const VALUE_LIKE = /^[-−－+]?[\d０-９][\d０-９.,，．\s]*[件个项次万元%]*$/u;

/**
 * How well published text matches a standard label: 2 for the same text once normalised, 1
 * for one character off (labels of two characters or more, never for text that reads as a
 * number), 0 for no match.
 */
export function labelScore(normalizedText: string, normalizedLabel: string): 0 | 1 | 2 {
  if (normalizedText === '' || normalizedLabel === '') return 0;
  if (normalizedText === normalizedLabel) return 2;
  if (normalizedLabel.length < 2 || VALUE_LIKE.test(normalizedText)) return 0;
  return withinOneEdit(normalizedText, normalizedLabel) ? 1 : 0;
}

/**
 * The best of `candidates` for a text: the exact match, or the only one-off match. Two
 * candidates equally close are no answer: the reader reports the label instead of guessing.
 */
export function bestLabel<T>(
  normalizedText: string,
  candidates: readonly T[],
  labelOf: (candidate: T) => string,
): { readonly match: T; readonly score: 1 | 2 } | undefined {
  let best: T | undefined;
  let bestScore = 0;
  let tied = false;
  for (const candidate of candidates) {
    const score = labelScore(normalizedText, labelOf(candidate));
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
      tied = false;
    } else if (score === bestScore && score > 0 && labelOf(candidate) !== labelOf(best as T)) {
      tied = true;
    }
  }
  return best !== undefined && !tied ? { match: best, score: bestScore as 1 | 2 } : undefined;
}
