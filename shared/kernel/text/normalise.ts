/**
 * Vietnamese text normalisation (names-and-dates.md): NFC for storage, a folded search key
 * (lowercase, no marks, đ→d) for search columns.
 */

const COMBINING = /[\u0300-\u036f]/g;
const NON_WORD = /[^a-z0-9]+/g;

/** Trims, collapses inner white space and composes to NFC. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Lowercase, without diacritics, with đ→d, words separated by one space. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .trim();
}

/** Search words of a query: folded, split on spaces, empties dropped. */
export function searchWords(query: string): string[] {
  const key = searchKey(query);
  return key === '' ? [] : key.split(' ');
}

/** Upper case as printed on official documents ("NGUYỄN VĂN A"). */
export function upperVi(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi');
}

/**
 * The two search columns of a person: the first word of the given name (where the official order
 * starts) and every other name word (family, middle, the rest of the given name, other names).
 */
export function personSearchParts(name: { familyName: string; middleName: string; givenName: string; otherNames?: string | null }): { head: string; rest: string } {
  const given = searchWords(name.givenName);
  const rest = [name.familyName, name.middleName, given.slice(1).join(' '), name.otherNames ?? ''].join(' ');
  return { head: given[0] ?? '', rest: searchKey(rest) };
}
