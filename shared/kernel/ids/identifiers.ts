/** Identifiers on the member record card (members.md). */

/** Citizen ID (CCCD): exactly 12 digits. */
export const CITIZEN_ID = /^\d{12}$/;
/** Party card number: exactly 12 digits. */
export const CARD_NO = /^\d{12}$/;
/** Record number (số lý lịch): up to 10 digits (older files have fewer). */
export const RECORD_NO = /^\d{1,10}$/;

/** Strips the spaces and dots clerks type inside numbers ("001 085 012 345"). */
export function cleanDigits(text: string): string {
  return text.replace(/[\s.]/g, '');
}

export function isCitizenId(text: string): boolean {
  return CITIZEN_ID.test(text);
}

/**
 * The first three digits of a CCCD are the province code of birth registration, the fourth the
 * sex and century (0/1: 20th century male/female, 2/3: 21st century male/female).
 * Returns the sex and century the ID encodes, or null for codes outside 0-3 (older centuries).
 */
export function citizenIdSexCentury(id: string): { sex: 'M' | 'F'; century: 1900 | 2000 } | null {
  if (!isCitizenId(id)) return null;
  const c = Number(id[3]);
  if (c > 3) return null;
  return { sex: c % 2 === 0 ? 'M' : 'F', century: c < 2 ? 1900 : 2000 };
}
