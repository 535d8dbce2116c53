import type { Input, Output } from '../../../shared/contract/methods.ts';
import type { TestCore } from '../core.ts';

export type CadreCreateInputShape = Input<'cadre:create'>;
type PersonalShape = NonNullable<Extract<CadreCreateInputShape, { personal?: unknown }>['personal']>;

let seq = 0;

/** Valid personal fields of someone who is not a party member; citizen IDs are unique per call. */
export function cadrePersonal(overrides: Partial<PersonalShape> = {}): PersonalShape {
  seq += 1;
  return {
    familyName: 'Trần',
    middleName: 'Văn',
    givenName: 'Bình',
    sex: 'M',
    birthDate: '1970-06-15',
    citizenId: `0380700${String(seq).padStart(5, '0')}`,
    ethnicCode: '1',
    religionCode: 'NONE',
    ...overrides,
  };
}

export interface CadreSetup extends Partial<Omit<CadreCreateInputShape, 'personal'>> {
  /** Personal fields (of a non-member) overriding cadrePersonal's; ignored when memberId is given. */
  personal?: Partial<PersonalShape>;
}

/**
 * A cadre file through cadre:create: linked to `memberId` when given, otherwise a non-member with
 * cadrePersonal's fields (overridable). Answers `{ id }` (no cadre:get: opening a file is logged).
 */
export async function makeCadre(t: TestCore, setup: CadreSetup = {}): Promise<Output<'cadre:create'>> {
  const { personal, memberId, ...own } = setup;
  const input: CadreCreateInputShape =
    memberId !== undefined && memberId !== null ? { ...own, memberId, personal: null } : { ...own, memberId: null, personal: cadrePersonal(personal) };
  return t.must('cadre:create', input);
}
