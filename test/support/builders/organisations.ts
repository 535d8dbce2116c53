import type { MemberCreateInputShape } from './types.ts';
import type { TestCore } from './core.ts';

let seq = 0;

/** A province root with one commune committee and one cell; returns their ids. */
export async function makeTree(t: TestCore) {
  const province = await t.must('organisation:create', { parentId: null, name: 'Đảng bộ tỉnh Phú Thọ', typeCode: 'PROVINCE', effectiveFrom: '2025-07-01' });
  const commune = await t.must('organisation:create', {
    parentId: province.id,
    name: 'Đảng bộ xã Thanh Sơn',
    typeCode: 'COMMUNE',
    unitTypeCode: 'XA',
    effectiveFrom: '2025-07-01',
  });
  const cell = await t.must('organisation:create', { parentId: commune.id, name: 'Chi bộ thôn Đồng Xuân', typeCode: 'CELL', effectiveFrom: '2025-07-01' });
  return { province: province.id, commune: commune.id, cell: cell.id };
}

/** A valid member form for `organisationId`, overridable field by field; citizen IDs are unique per call. */
export function memberInput(organisationId: number, overrides: Partial<MemberCreateInputShape> = {}): MemberCreateInputShape {
  seq += 1;
  return {
    familyName: 'Nguyễn',
    middleName: 'Văn',
    givenName: 'Nên',
    sex: 'M',
    birthDate: '1965-03-12',
    citizenId: `0250650${String(seq).padStart(5, '0')}`,
    organisationId,
    admissionDate: '1990-05-19',
    admissionDecisionDate: '1990-05-10',
    fullMemberDate: '1991-05-19',
    ethnicCode: '1',
    religionCode: 'NONE',
    ...overrides,
  };
}
