import { cleanText } from './normalise.ts';
import type { PersonNameParts } from './sortKey.ts';

/** Full name from its parts, never split back (names-and-dates.md): "Nguyễn Văn Nên", "Y Ngông Niê Kdăm". */
export function fullName(name: PersonNameParts): string {
  return cleanText([name.familyName, name.middleName, name.givenName].filter((p) => p.trim() !== '').join(' '));
}
