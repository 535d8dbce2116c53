import type { Input, Output } from '../../../shared/contract/methods.ts';
import type { TestCore } from '../core.ts';

export type MemberCreateInputShape = Input<'member:create'>;

let seq = 0;
const yearsLater = (iso: string, years: number) => `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`;
const DEFAULT_BIRTH = '1965-03-12';

/**
 * A valid member form for `organisationId`, overridable field by field; citizen IDs are unique per call.
 * An admission date given without a birth date that would make the member younger than 18 on it
 * (shared/members/plausibility.ts) moves the default birth date 25 years before the admission.
 */
export function memberInput(organisationId: number, overrides: Partial<MemberCreateInputShape> = {}): MemberCreateInputShape {
  seq += 1;
  const admission = overrides.admissionDate;
  const young = admission !== undefined && overrides.birthDate === undefined && yearsLater(DEFAULT_BIRTH, 18) > admission;
  return {
    familyName: 'Nguyễn',
    middleName: 'Văn',
    givenName: 'Nên',
    sex: 'M',
    birthDate: young ? `${yearsLater(admission, -25).slice(0, 4)}-03-12` : DEFAULT_BIRTH,
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

export interface MemberSetup extends Partial<MemberCreateInputShape> {
  /**
   * The day party age counts from (the cached party_age_anchor): the admission decision and the
   * ceremony are that day, recognition a year later (when that is not after the core's today).
   * A default birth date that would make the member younger than 18 then moves 25 years before it.
   */
  partyAgeFrom?: string;
  /** Marked gravely ill through memberfile:setGravelyIll. */
  gravelyIll?: boolean;
}

/** A member through member:create (and memberfile:setGravelyIll), so every cached column is the services' own. */
export async function makeMember(t: TestCore, organisationId: number, setup: MemberSetup = {}): Promise<Output<'member:create'>> {
  const { partyAgeFrom, gravelyIll, ...overrides } = setup;
  const input = memberInput(organisationId, overrides);
  if (partyAgeFrom !== undefined) {
    const today = t.clock.now.toISOString().slice(0, 10);
    const full = yearsLater(partyAgeFrom, 1);
    Object.assign(input, { admissionDate: partyAgeFrom, admissionDecisionDate: partyAgeFrom, fullMemberDate: full <= today ? full : null, ...overrides });
    if (overrides.birthDate === undefined && yearsLater(input.birthDate, 18) > partyAgeFrom) input.birthDate = yearsLater(partyAgeFrom, -25);
  }
  const member = await t.must('member:create', input);
  if (gravelyIll) await t.must('memberfile:setGravelyIll', { memberId: member.id, gravelyIll: true });
  return member;
}
