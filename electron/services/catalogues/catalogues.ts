import type { Catalogues } from '../../../shared/catalogues/schemas.ts';
import { loadCatalogues } from '../../../db/repositories/catalogues/catalogues.ts';
import type { ServiceContext } from '../context.ts';

/** The code lists as the forms use them. */
export async function catalogues(ctx: ServiceContext): Promise<Catalogues> {
  const c = await loadCatalogues(ctx.db);
  const item = (r: { code: string; name: string }, kind: string | null = null) => ({ code: r.code, name: r.name, kind });
  return {
    ethnicGroups: c.ethnicGroups.map((r) => item(r)),
    religions: c.religions.map((r) => item(r)),
    organisationTypes: c.organisationTypes.map((r) => ({ ...item(r), grassroots: r.grassroots === 1 })),
    unitTypes: c.unitTypes.map((r) => item(r)),
    education: c.education.map((r) => item(r, r.kind)),
    occupations: c.occupations.map((r) => item(r, r.group)),
    memberEvents: c.memberEvents.map((r) => item(r, r.effect_on_list)),
    actionTypes: c.actionTypes.map((r) => ({ ...item(r, r.effect), termMonths: r.term_months === null ? null : Number(r.term_months), effect: r.effect, active: r.active === 1 })),
    ageBands: c.bands
      .filter((b) => b.kind === 'age' && b.from !== null)
      .map((b) => ({ code: b.code, label: b.label, from: Number(b.from), to: b.to === null ? null : Number(b.to) })),
  };
}
