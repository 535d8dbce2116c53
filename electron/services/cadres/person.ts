import type { Updateable } from 'kysely';
import { AppFailure } from '../../../shared/kernel/result.ts';
import { formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import { fullName } from '../../../shared/kernel/text/names.ts';
import { cleanText, personSearchParts } from '../../../shared/kernel/text/normalise.ts';
import { personSortKey } from '../../../shared/kernel/text/sortKey.ts';
import { cadreProblems as P } from '../../../shared/cadres/problems.ts';
import type { PersonalFields } from '../../../shared/cadres/schemas.ts';
import type { MemberUpdate } from '../../../shared/members/schemas.ts';
import type { CadreTable } from '../../../db/schema.ts';
import * as cadres from '../../../db/repositories/cadres/cadres.ts';
import * as memberRepo from '../../../db/repositories/members/members.ts';
import type { ServiceContext } from '../context.ts';
import * as members from '../members/members.ts';

/**
 * The person of a cadre file. A file linked to a member has no copy of the personal data: it is read
 * from the member row and written through the members service (its rules and audit apply). A file of
 * someone who is not a member keeps the same fields in its own columns.
 */

const text = (v: string | null): string | null => {
  if (v === null) return null;
  const c = cleanText(v);
  return c === '' ? null : c;
};

/** The personal columns of a file not linked to a member (NFC, full name, folded words). */
export function personalColumns(p: PersonalFields): Omit<Updateable<CadreTable>, 'sort_key'> & { family_name: string; middle_name: string; given_name: string; birth_date: string } {
  const names = { familyName: cleanText(p.familyName), middleName: cleanText(p.middleName), givenName: cleanText(p.givenName) };
  const otherNames = text(p.otherNames);
  const parts = personSearchParts({ ...names, otherNames });
  return {
    family_name: names.familyName,
    middle_name: names.middleName,
    given_name: names.givenName,
    name_order: p.nameOrder,
    full_name: fullName(names, p.nameOrder),
    other_names: otherNames,
    search_text: `${parts.head} ${parts.rest}`.trim(),
    sex: p.sex,
    birth_date: p.birthDate,
    birth_place: text(p.birthPlace),
    home_town: text(p.homeTown),
    residence: text(p.residence),
    ethnic_code: p.ethnicCode,
    religion_code: p.religionCode,
    citizen_id: p.citizenId,
  };
}

export function sortKeyOf(c: { family_name: string; middle_name: string; given_name: string; birth_date: string }, id: number): string {
  return personSortKey({ familyName: c.family_name, middleName: c.middle_name, givenName: c.given_name }, c.birth_date, id);
}

/** The personal fields as stored on a file not linked to a member. */
export function personalOfCadre(c: cadres.CadreRecord): PersonalFields {
  return {
    familyName: c.family_name ?? '',
    middleName: c.middle_name ?? '',
    givenName: c.given_name ?? '',
    nameOrder: c.name_order ?? 'familyFirst',
    otherNames: c.other_names,
    sex: c.sex ?? 'M',
    birthDate: c.birth_date ?? '',
    birthPlace: c.birth_place,
    homeTown: c.home_town,
    residence: c.residence,
    ethnicCode: c.ethnic_code,
    religionCode: c.religion_code,
    citizenId: c.citizen_id,
  };
}

export function personalOfMember(m: memberRepo.MemberRecord): PersonalFields {
  return {
    familyName: m.family_name,
    middleName: m.middle_name,
    givenName: m.given_name,
    nameOrder: m.name_order,
    otherNames: m.other_names,
    sex: m.sex,
    birthDate: m.birth_date,
    birthPlace: m.birth_place,
    homeTown: m.home_town,
    residence: m.residence,
    ethnicCode: m.ethnic_code,
    religionCode: m.religion_code,
    citizenId: m.citizen_id,
  };
}

/** The person of a file and the full name shown: from the member row when linked. */
export async function personOf(ctx: ServiceContext, c: cadres.CadreRecord): Promise<{ personal: PersonalFields; fullName: string }> {
  if (c.member_id === null) return { personal: personalOfCadre(c), fullName: c.full_name ?? '' };
  const m = await memberRepo.getMember(ctx.db, c.member_id);
  if (!m) throw new AppFailure('NOT_FOUND', P.memberNotFound());
  return { personal: personalOfMember(m), fullName: m.full_name };
}

/**
 * A citizen ID is on one cadre file at most; a file of a non-member may not take a member's ID
 * (that person's file links the member instead).
 */
export async function checkCitizenId(ctx: ServiceContext, citizenId: string | null, selfId: number | null, nonMember: boolean): Promise<void> {
  if (citizenId === null) return;
  const other = await cadres.cadreByCitizenId(ctx.db, citizenId);
  if (other && other.id !== selfId) {
    const name = other.full_name ?? '';
    throw new AppFailure('CONFLICT', P.citizenIdTaken({ citizenId, name, birth: formatVi(other.birth_date) }), { 'personal.citizenId': P.citizenIdTakenField({ name }) });
  }
  if (!nonMember) return;
  const member = await memberRepo.findByCitizenId(ctx.db, citizenId);
  if (member) {
    throw new AppFailure(
      'CONFLICT',
      P.citizenIdOfMember({ citizenId, name: member.full_name, birth: formatVi(member.birth_date), organisation: member.organisation_name }),
      { 'personal.citizenId': P.citizenIdOfMemberField({ name: member.full_name }) },
    );
  }
}

const samePersonal = (a: PersonalFields, b: PersonalFields) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes a linked file's personal fields to the member record: the card is read and only its
 * personal fields replaced, so member:update's rules and audit entry apply. Nothing when unchanged.
 */
export async function writeToMember(ctx: ServiceContext, memberId: number, before: PersonalFields, personal: PersonalFields): Promise<void> {
  if (samePersonal(before, personal)) return;
  const m = await members.get(ctx, memberId);
  const card: MemberUpdate = {
    id: m.id,
    familyName: personal.familyName,
    middleName: personal.middleName,
    givenName: personal.givenName,
    nameOrder: personal.nameOrder,
    otherNames: personal.otherNames,
    sex: personal.sex,
    birthDate: personal.birthDate,
    birthPlace: personal.birthPlace,
    homeTown: personal.homeTown,
    residence: personal.residence,
    temporaryResidence: m.temporaryResidence,
    ethnicCode: personal.ethnicCode,
    religionCode: personal.religionCode,
    citizenId: personal.citizenId,
    cardNo: m.cardNo,
    recordNo: m.recordNo,
    organisationId: m.organisationId,
    admissionDate: m.admissionDate,
    admissionDecisionDate: m.admissionDecisionDate,
    fullMemberDate: m.fullMemberDate,
    generalEducation: m.generalEducation,
    professionalCode: m.professionalCode,
    politicalTheoryCode: m.politicalTheoryCode,
    occupationCode: m.occupationCode,
    phone: m.phone,
    notes: m.notes,
  };
  try {
    await members.update(ctx, card);
  } catch (error) {
    // The member's rules name the card's boxes; on the cadre file they are the personal ones.
    if (!(error instanceof AppFailure) || error.fieldProblems === undefined) throw error;
    const fields = Object.fromEntries(Object.entries(error.fieldProblems).map(([k, v]) => [`personal.${k}`, v]));
    throw new AppFailure(error.code, error.problem, fields);
  }
}
