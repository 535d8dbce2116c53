import { cleanText } from './normalise.ts';
import type { PersonNameParts } from './sortKey.ts';

/**
 * Where the family name (họ) stands in a person's full name (names-and-dates.md): first for most
 * names ("Nguyễn Văn Nên", J'rai "Ksor Ní"), last for Ê Đê names, which put the gender marker first
 * ("Y Ngông Niê Kdăm": middle "Y", given "Ngông", family "Niê Kdăm"; "H'Nghia Êban").
 */
export const nameOrders = ['familyFirst', 'familyLast'] as const;
export type NameOrder = (typeof nameOrders)[number];

/**
 * Full name from its parts, never split back (names-and-dates.md): family + middle + given
 * ("Nguyễn Văn Nên"), or with `familyLast` middle + given + family ("Y Ngông Niê Kdăm").
 */
export function fullName(name: PersonNameParts, order: NameOrder = 'familyFirst'): string {
  const parts = order === 'familyLast' ? [name.middleName, name.givenName, name.familyName] : [name.familyName, name.middleName, name.givenName];
  return cleanText(parts.filter((p) => p.trim() !== '').join(' '));
}
