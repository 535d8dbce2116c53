/**
 * Byte-comparable sort keys for Vietnamese text, so SQLite can order by a plain TEXT column
 * (BINARY collation) and agree with Intl.Collator('vi').
 *
 * A component's key is its primary weights, a terminator, then one tone digit per letter or digit
 * (none, huyền, hỏi, ngã, sắc, nặng). Primary weights follow ICU's order with punctuation not
 * ignored (as Intl.Collator does by default): white space (one word gap for any run of it) <
 * punctuation and symbols (the common ones, in ICU's order: "H'Nghia" sorts before "Ha") < digits <
 * letters (alphabet a ă â b c d đ e ê … with f j w z in their Latin places).
 * Case is ignored. Other characters (emoji, other scripts, marks other than Vietnamese ones) are
 * skipped. Leading/trailing white space is ignored and inner runs count as one gap.
 *
 * Changing the weights changes stored keys: recompute every sort-key column in a migration.
 */

const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
/** Punctuation and symbols in the order ICU (Intl.Collator('vi')) gives them. */
const PUNCTUATION = "_-\u2013\u2014,;:!?.\u00b7'\"\u00ab\u00bb()[]{}\u00a7@*/\\&#%`^\u00b0+<=>|~$";
/**
 * Characters ICU weighs like others at the primary level (typographic quotes like straight ones, an
 * ellipsis like three full stops). ICU still tells them apart at a secondary level; the key, which
 * ignores case too, does not.
 */
const PRIMARY_EQUIVALENTS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2026': '...',
};
const TONES: Record<string, string> = {
  '\u0300': '1', // huyền
  '\u0309': '2', // hỏi
  '\u0303': '3', // ngã
  '\u0301': '4', // sắc
  '\u0323': '5', // nặng
};
const MODIFIERS = new Set(['\u0306', '\u0302', '\u031b']); // breve, circumflex, horn

const COMPONENT_GAP = ' '; // 0x20, between components: below everything else
const TERMINATOR = '!'; // 0x21, ends the primary part: below the word gap
const WORD_GAP = '"'; // 0x22, between words of one component: below every other weight
const PUNCTUATION_BASE = 0x23; // punctuation: 0x23..0x49
const DIGIT_BASE = PUNCTUATION_BASE + PUNCTUATION.length; // digits: 0x4a..0x53
const LETTER_BASE = DIGIT_BASE + 10; // letters: 0x54..0x74 (all printable ASCII)

function letterRank(letter: string): string | null {
  const i = ALPHABET.indexOf(letter);
  return i < 0 ? null : String.fromCharCode(LETTER_BASE + i);
}

/** The sort key of one text (a name part, an organisation name). */
export function sortKey(text: string): string {
  let primary = '';
  let secondary = '';
  const chars = text.normalize('NFC').toLowerCase();
  let pendingGap = false;
  for (const ch of chars) {
    if (/\s/.test(ch)) {
      pendingGap = primary !== '';
      continue;
    }
    if (ch >= '0' && ch <= '9') {
      if (pendingGap) primary += WORD_GAP;
      pendingGap = false;
      primary += String.fromCharCode(DIGIT_BASE + Number(ch));
      secondary += '0';
      continue;
    }
    const symbols = PRIMARY_EQUIVALENTS[ch] ?? ch;
    if (PUNCTUATION.includes(symbols.charAt(0))) {
      // No tone digit: equal primaries put punctuation at the same places, so tones still line up.
      if (pendingGap) primary += WORD_GAP;
      pendingGap = false;
      for (const symbol of symbols) primary += String.fromCharCode(PUNCTUATION_BASE + PUNCTUATION.indexOf(symbol));
      continue;
    }
    const parts = ch === 'đ' ? ['đ'] : [...ch.normalize('NFD')];
    const base = parts[0] ?? '';
    let letter = base;
    let tone = '0';
    for (const mark of parts.slice(1)) {
      if (MODIFIERS.has(mark)) letter = (letter + mark).normalize('NFC');
      else tone = TONES[mark] ?? tone;
    }
    const rank = letterRank(letter) ?? letterRank(base);
    if (rank === null) continue;
    if (pendingGap) primary += WORD_GAP;
    pendingGap = false;
    primary += rank;
    secondary += tone;
  }
  return primary + TERMINATOR + secondary;
}

export interface PersonNameParts {
  familyName: string;
  middleName: string;
  givenName: string;
}

/**
 * The official list order (names-and-dates.md): given name, then family name, then middle name,
 * then the older person first. `tieBreak` (the row id) keeps the order total.
 */
export function personSortKey(name: PersonNameParts, birthDate: string | null, tieBreak: number): string {
  return [
    sortKey(name.givenName),
    sortKey(name.familyName),
    sortKey(name.middleName),
    birthDate ?? '9999',
    String(tieBreak).padStart(10, '0'),
  ].join(COMPONENT_GAP);
}

/** The largest letter of the alphabet that folds to each plain letter (a ă â, d đ, e ê, o ô ơ, u ư). */
const LARGEST_VARIANT: Record<string, string> = { a: 'â', d: 'đ', e: 'ê', o: 'ơ', u: 'ư' };

function primaryPart(text: string): string {
  const key = sortKey(text);
  return key.slice(0, key.indexOf(TERMINATOR));
}

/**
 * The range of official-order keys (personSortKey) whose given name starts with a folded search
 * word: every spelling that folds to `word` ("hung": Hung, Hùng, Hưng, Hứng…) sorts inside it,
 * since the letters that fold together are neighbours in the alphabet. Rows in the range still need
 * the word checked; rows outside it cannot have a given name starting with the word.
 */
export function givenNamePrefixRange(word: string): { from: string; to: string } {
  const largest = [...word].map((ch) => LARGEST_VARIANT[ch] ?? ch).join('');
  return { from: primaryPart(word), to: `${primaryPart(largest)}\u007f` };
}
