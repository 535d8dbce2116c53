import { z } from 'zod';
import { code, fullDate } from '../kernel/schemas.ts';
import { actionEffects } from '../decisions/effects.ts';

/** The official code lists the forms pick from (seeded from the catalogues' CSVs). */
export const catalogueItem = z.object({ code, name: z.string(), kind: z.string().nullable() });
export type CatalogueItem = z.infer<typeof catalogueItem>;

export const catalogues = z.object({
  ethnicGroups: z.array(catalogueItem),
  religions: z.array(catalogueItem),
  organisationTypes: z.array(catalogueItem.extend({ grassroots: z.boolean() })),
  unitTypes: z.array(catalogueItem),
  education: z.array(catalogueItem),
  occupations: z.array(catalogueItem),
  memberEvents: z.array(catalogueItem),
  /** Personnel action types (editable: boards add their own) with their default term and effect on the file. */
  actionTypes: z.array(z.lazy(() => actionTypeRow)),
  ageBands: z.array(z.object({ code: z.string(), label: z.string(), from: z.number().int(), to: z.number().int().nullable() })),
});
export type Catalogues = z.infer<typeof catalogues>;

/** What an action type does to the cadre file: the decisions domain's effects (shared/decisions/effects.ts). */
export { actionEffects, type ActionEffect } from '../decisions/effects.ts';

/**
 * A personnel action type, added by the board or edited: a new code is upper-case letters, digits
 * and "_"; a built-in type keeps its effect (the law's meaning) but its name, default term and
 * whether it is offered can change.
 */
export const saveActionTypeInput = z.object({
  code: z.string().trim().toUpperCase().regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'Mã gồm chữ in hoa, chữ số và dấu _ (2-40 ký tự)'),
  name: z.string().trim().min(1, 'Không được để trống').max(200, 'Tối đa 200 ký tự'),
  termMonths: z.number().int().min(1).max(240).nullable().default(null),
  effect: z.enum(actionEffects, 'Chọn tác động của loại hành động'),
  active: z.boolean().default(true),
});
export const actionTypeRow = catalogueItem.extend({ termMonths: z.number().int().nullable(), effect: z.string(), active: z.boolean() });

/** The public holidays of one year (the 90-working-day notice counts on them). */
export const holiday = z.object({
  date: fullDate,
  name: z.string().trim().min(1, 'Không được để trống').max(200, 'Tối đa 200 ký tự'),
});
export const holidaysInput = z.object({ year: z.number().int().min(2000).max(2100) });
export const saveHolidaysInput = z.object({ year: z.number().int().min(2000).max(2100), rows: z.array(holiday).max(60, 'Tối đa 60 ngày') });
export const holidaysResult = z.object({ year: z.number(), rows: z.array(holiday) });
