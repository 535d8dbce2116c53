import { z } from 'zod';
import { code } from '../kernel/schemas.ts';

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
  actionTypes: z.array(catalogueItem.extend({ termMonths: z.number().int().nullable(), effect: z.string(), active: z.boolean() })),
  ageBands: z.array(z.object({ code: z.string(), label: z.string(), from: z.number().int(), to: z.number().int().nullable() })),
});
export type Catalogues = z.infer<typeof catalogues>;
