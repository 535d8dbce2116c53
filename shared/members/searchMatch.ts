import { searchKey } from '../kernel/text/normalise.ts';

/**
 * How a member matched a search, best first: the whole full name typed, words of the name, words of
 * the other names (Tên gọi khác); a number search names the identifier it matched.
 */
export const searchMatchKinds = ['fullName', 'name', 'otherNames', 'citizenId', 'cardNo', 'recordNo'] as const;
export type SearchMatch = (typeof searchMatchKinds)[number];

/** Each character's folding (searchKey of that character alone), learnt as met. */
const foldedChars = new Map<string, string>();

/**
 * The folded words of a stored (NFC) name, as searchWords gives them, a character at a time: ranking
 * folds every match of a search (up to 2,000), and normalising each whole name costs ten times more.
 */
export function nameWords(text: string): string[] {
  let folded = '';
  for (const ch of text) {
    let f = foldedChars.get(ch);
    if (f === undefined) {
      // A lone combining mark folds away (a name typed decomposed); any other non-letter separates words.
      f = searchKey(ch) || (/[\u0300-\u036f]/.test(ch) ? '' : ' ');
      foldedChars.set(ch, f);
    }
    folded += f;
  }
  return folded.split(' ').filter((w) => w !== '');
}

const everyWordStarts = (query: readonly string[], words: readonly string[]) => query.every((q) => words.some((w) => w.startsWith(q)));

/**
 * How a name matched the folded query words (each query word starts some word): the exact full name,
 * the name's own words, or only with the other names' words; null when it does not match at all.
 */
export function nameMatch(query: readonly string[], fullName: string, otherNames: string | null): 'fullName' | 'name' | 'otherNames' | null {
  if (query.length === 0) return null;
  const name = nameWords(fullName);
  if (name.join(' ') === query.join(' ')) return 'fullName';
  if (everyWordStarts(query, name)) return 'name';
  if (otherNames !== null && everyWordStarts(query, [...name, ...nameWords(otherNames)])) return 'otherNames';
  return null;
}

/** The place of a match in the list: exact full names first, then name words, then other names. */
export function matchRank(match: SearchMatch | null): number {
  return match === 'fullName' ? 0 : match === 'otherNames' ? 2 : 1;
}

/** Which identifier starts with the typed digits (citizen ID, then card, then record number). */
export function identifierMatch(digits: string, row: { citizenId: string | null; cardNo: string | null; recordNo: string | null }): SearchMatch | null {
  if (row.citizenId?.startsWith(digits)) return 'citizenId';
  if (row.cardNo?.startsWith(digits)) return 'cardNo';
  if (row.recordNo?.startsWith(digits)) return 'recordNo';
  return null;
}
