import type { RatingCategoryOut } from '../../../../shared/ratings/schemas.ts';

/** Short codes typed for the categories, best first (1 = XS, 2 = T, 3 = HT, 4 = K), whatever the regime. */
export const SHORT_CODES = ['XS', 'T', 'HT', 'K'] as const;

/** How long a half-typed short code ("X", "H") waits for its next letter. */
export const TYPE_AHEAD_MS = 1200;

export interface KeyToken {
  token: string;
  code: string;
}

/** The tokens that choose each category: its position (1–4) and its short code. */
export function categoryTokens(categories: readonly RatingCategoryOut[]): KeyToken[] {
  return categories.flatMap((c, i) => {
    const short = SHORT_CODES[i];
    return [{ token: String(i + 1), code: c.code }, ...(short ? [{ token: short, code: c.code }] : [])];
  });
}

export type KeyMatch = { kind: 'category'; code: string } | { kind: 'wait' } | { kind: 'none' };

/**
 * What a typed sequence means: a category when it is a whole token that no longer token starts with,
 * 'wait' while it is the start of a token, 'none' otherwise ("HT" is Hoàn thành nhiệm vụ at once; "H" waits).
 */
export function matchKeys(typed: string, tokens: readonly KeyToken[]): KeyMatch {
  const t = typed.toUpperCase();
  const exact = tokens.find((k) => k.token === t);
  const longer = tokens.some((k) => k.token !== t && k.token.startsWith(t));
  if (exact && !longer) return { kind: 'category', code: exact.code };
  if (longer) return { kind: 'wait' };
  return { kind: 'none' };
}

/** The short label shown for a category in the grid and the legend. */
export function shortLabel(categories: readonly RatingCategoryOut[], code: string | null): string {
  if (code === null) return '';
  const i = categories.findIndex((c) => c.code === code);
  return i >= 0 ? `${i + 1} · ${SHORT_CODES[i] ?? code}` : code;
}
