import type { CadreListRow } from '../../../../shared/cadres/schemas.ts';
import { call } from '../../api/client.ts';
import type { Found, PersonRef } from './decisionDraft.ts';

/** Cadres shown under a person box (the clerk picks among them with the arrows and Enter). */
export const PICK_LIMIT = 8;

/** What tells two namesakes apart in a pick list: the birth year and the current main post. */
export function personRef(row: CadreListRow): PersonRef {
  const year = /^\d{4}/.exec(row.birthDate)?.[0] ?? null;
  const post = [row.mainPost, row.mainUnit].filter((p) => p !== null && p !== '').join(', ');
  return { id: row.id, fullName: row.fullName, detail: [year, post === '' ? null : post].filter((p) => p !== null).join(' · ') };
}

/** Cadres whose name (or citizen ID) matches `text`, any status (old decisions concern retired people too). */
export async function searchCadres(text: string, limit = PICK_LIMIT): Promise<Found | { error: string }> {
  const query = text.trim();
  if (query === '') return { rows: [], total: 0 };
  const r = await call('cadre:list', { query, post: '', tier: null, status: 'all', sex: null, ageFrom: null, ageTo: null, politicalTheoryCode: null, planning: 'any', retiringWithinMonths: null, offset: 0, limit });
  if (!r.ok) return { error: r.error.message };
  return { rows: r.value.rows.map(personRef), total: r.value.total };
}
