import { memberCreateInput, type Member, type MemberFields, type NameOrder } from '../../../../shared/contract/index.ts';
import { fullName } from '../../../../shared/kernel/text/names.ts';
import { checkTypedDate, dateText } from '../../components/dates.ts';
import type { OrgRef } from '../../components/OrgPicker.tsx';
import { i18n } from '../../i18n/index.ts';

/** One-line text boxes of the member form. */
export const textKeys = [
  'familyName',
  'middleName',
  'givenName',
  'otherNames',
  'birthPlace',
  'homeTown',
  'residence',
  'temporaryResidence',
  'citizenId',
  'cardNo',
  'recordNo',
  'generalEducation',
  'phone',
  'notes',
] as const;
/** Dates typed as "1965", "03/1965" or "12/03/1965". */
export const dateKeys = ['birthDate', 'admissionDate', 'admissionDecisionDate', 'fullMemberDate'] as const;
/** Catalogue choices (the value is the code). */
export const codeKeys = ['ethnicCode', 'religionCode', 'professionalCode', 'politicalTheoryCode', 'occupationCode'] as const;

export type TextKey = (typeof textKeys)[number];
export type DateKey = (typeof dateKeys)[number];
export type CodeKey = (typeof codeKeys)[number];

/** The form as typed: text stays text until saving, so nothing typed is lost on an error. */
export interface MemberDraft extends Record<TextKey | DateKey, string>, Record<CodeKey, string | null> {
  /** Where the family name stands in the full name ('familyLast': "Y Ngông Niê Kdăm"). */
  nameOrder: NameOrder;
  sex: 'M' | 'F' | null;
  organisation: OrgRef | null;
}

/** Messages per input field ('citizenId', 'organisationId', …), from the form's checks or the core. */
export type FieldErrors = Record<string, string>;

const REQUIRED_DATES: readonly DateKey[] = ['birthDate', 'admissionDate'];

export function emptyDraft(organisation: OrgRef | null = null): MemberDraft {
  return {
    familyName: '',
    middleName: '',
    givenName: '',
    otherNames: '',
    birthPlace: '',
    homeTown: '',
    residence: '',
    temporaryResidence: '',
    citizenId: '',
    cardNo: '',
    recordNo: '',
    generalEducation: '',
    phone: '',
    notes: '',
    birthDate: '',
    admissionDate: '',
    admissionDecisionDate: '',
    fullMemberDate: '',
    ethnicCode: null,
    religionCode: null,
    professionalCode: null,
    politicalTheoryCode: null,
    occupationCode: null,
    nameOrder: 'familyFirst',
    sex: null,
    organisation,
  };
}

export function draftFromMember(m: Member): MemberDraft {
  return {
    familyName: m.familyName,
    middleName: m.middleName,
    givenName: m.givenName,
    otherNames: m.otherNames ?? '',
    birthPlace: m.birthPlace ?? '',
    homeTown: m.homeTown ?? '',
    residence: m.residence ?? '',
    temporaryResidence: m.temporaryResidence ?? '',
    citizenId: m.citizenId ?? '',
    cardNo: m.cardNo ?? '',
    recordNo: m.recordNo ?? '',
    generalEducation: m.generalEducation ?? '',
    phone: m.phone ?? '',
    notes: m.notes ?? '',
    birthDate: dateText(m.birthDate),
    admissionDate: dateText(m.admissionDate),
    admissionDecisionDate: dateText(m.admissionDecisionDate),
    fullMemberDate: dateText(m.fullMemberDate),
    ethnicCode: m.ethnicCode,
    religionCode: m.religionCode,
    professionalCode: m.professionalCode,
    politicalTheoryCode: m.politicalTheoryCode,
    occupationCode: m.occupationCode,
    nameOrder: m.nameOrder,
    sex: m.sex,
    organisation: { id: m.organisationId, name: m.organisationName },
  };
}

/**
 * A three-way merge when the record changed under an open form: each box the clerk left as it was
 * (`draft` equal to `before`) takes the record's new value, each box she changed keeps her text.
 */
export function mergeRecordChanges(draft: MemberDraft, before: MemberDraft, after: MemberDraft): MemberDraft {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const next: MemberDraft = { ...draft };
  const take = <K extends keyof MemberDraft>(key: K) => {
    next[key] = after[key];
  };
  for (const key of Object.keys(after) as (keyof MemberDraft)[]) {
    if (same(draft[key], before[key])) take(key);
  }
  return next;
}

/** The full name as it will be printed, from the name boxes as typed (empty while they are). */
export function draftFullName(draft: Pick<MemberDraft, 'familyName' | 'middleName' | 'givenName' | 'nameOrder'>): string {
  return fullName({ familyName: draft.familyName, middleName: draft.middleName, givenName: draft.givenName }, draft.nameOrder);
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text);

export type DraftCheck = { ok: true; input: MemberFields } | { ok: false; errors: FieldErrors };

/**
 * Turns the draft into the input of member:create / member:update, checked by the contract's own
 * schema so the clerk sees the same rules at once; dates are parsed from what was typed.
 */
export function readDraft(draft: MemberDraft): DraftCheck {
  const errors: FieldErrors = {};
  const dates: Partial<Record<DateKey, string | null>> = {};
  for (const key of dateKeys) {
    const check = checkTypedDate(draft[key]);
    if (check.ok) dates[key] = check.iso;
    else errors[key] = check.message;
  }
  for (const key of REQUIRED_DATES) if (draft[key].trim() === '') errors[key] = i18n.t('errors.required');
  if (draft.organisation === null) errors.organisationId = i18n.t('errors.chooseOrganisation');

  const parsed = memberCreateInput.safeParse({
    familyName: draft.familyName,
    middleName: draft.middleName,
    givenName: draft.givenName,
    nameOrder: draft.nameOrder,
    otherNames: blankToNull(draft.otherNames),
    sex: draft.sex,
    birthDate: dates.birthDate ?? '',
    birthPlace: blankToNull(draft.birthPlace),
    homeTown: blankToNull(draft.homeTown),
    residence: blankToNull(draft.residence),
    temporaryResidence: blankToNull(draft.temporaryResidence),
    ethnicCode: draft.ethnicCode,
    religionCode: draft.religionCode,
    citizenId: blankToNull(draft.citizenId),
    cardNo: blankToNull(draft.cardNo),
    recordNo: blankToNull(draft.recordNo),
    organisationId: draft.organisation?.id ?? null,
    admissionDate: dates.admissionDate ?? '',
    admissionDecisionDate: dates.admissionDecisionDate ?? null,
    fullMemberDate: dates.fullMemberDate ?? null,
    generalEducation: blankToNull(draft.generalEducation),
    professionalCode: draft.professionalCode,
    politicalTheoryCode: draft.politicalTheoryCode,
    occupationCode: draft.occupationCode,
    phone: blankToNull(draft.phone),
    notes: blankToNull(draft.notes),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join('.');
      errors[key] ??= issue.message;
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}
