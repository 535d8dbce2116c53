import type { Input } from '../../../shared/contract/methods.ts';
import type { TestCore } from '../core.ts';

/** Builders go through the real dispatch (validation, services, cached columns, audit): never raw SQL. */

export type OrganisationInput = Input<'organisation:create'>;

/** An organisation through organisation:create; codes are the seed catalogue's (db/seed/csv). Returns its id. */
export async function makeOrganisation(t: TestCore, input: Partial<OrganisationInput> & Pick<OrganisationInput, 'name' | 'typeCode'>): Promise<number> {
  const created = await t.must('organisation:create', { parentId: null, effectiveFrom: '2025-07-01', ...input });
  return created.id;
}

/** A province root with one commune committee and one cell; returns their ids. */
export async function makeTree(t: TestCore) {
  const province = await makeOrganisation(t, { name: 'Đảng bộ tỉnh Phú Thọ', typeCode: 'PROVINCE' });
  const commune = await makeOrganisation(t, { parentId: province, name: 'Đảng bộ xã Thanh Sơn', typeCode: 'COMMUNE', unitTypeCode: 'XA' });
  const cell = await makeOrganisation(t, { parentId: commune, name: 'Chi bộ thôn Đồng Xuân', typeCode: 'CELL' });
  return { province, commune, cell };
}

export type Tree = Awaited<ReturnType<typeof makeTree>>;
