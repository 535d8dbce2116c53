import type { z } from 'zod';
import { personalFields, type PersonalFields } from '../../../../shared/cadres/schemas.ts';
import { checkTypedDate, dateText } from '../../components/dates.ts';
import { i18n } from '../../i18n/index.ts';

/**
 * The personal fields of a cadre (member:create's names) as typed in the boxes, and their reading
 * through the contract's own schema, so the form shows the core's messages before the call.
 */
export const personalTextKeys = ['familyName', 'middleName', 'givenName', 'otherNames', 'birthPlace', 'homeTown', 'residence', 'citizenId'] as const;
export type PersonalTextKey = (typeof personalTextKeys)[number];

export interface PersonalDraft extends Record<PersonalTextKey, string> {
  nameOrder: PersonalFields['nameOrder'];
  sex: 'M' | 'F' | null;
  birthDate: string;
  ethnicCode: string | null;
  religionCode: string | null;
}

export type PersonalErrors = Partial<Record<keyof PersonalDraft, string>>;

export const emptyPersonal: PersonalDraft = {
  familyName: '',
  middleName: '',
  givenName: '',
  nameOrder: 'familyFirst',
  otherNames: '',
  sex: null,
  birthDate: '',
  birthPlace: '',
  homeTown: '',
  residence: '',
  ethnicCode: null,
  religionCode: null,
  citizenId: '',
};

export function draftFromPersonal(p: PersonalFields): PersonalDraft {
  return {
    familyName: p.familyName,
    middleName: p.middleName,
    givenName: p.givenName,
    nameOrder: p.nameOrder,
    otherNames: p.otherNames ?? '',
    sex: p.sex,
    birthDate: dateText(p.birthDate),
    birthPlace: p.birthPlace ?? '',
    homeTown: p.homeTown ?? '',
    residence: p.residence ?? '',
    ethnicCode: p.ethnicCode,
    religionCode: p.religionCode,
    citizenId: p.citizenId ?? '',
  };
}

export type ReadPersonal = { ok: true; value: z.input<typeof personalFields> } | { ok: false; errors: PersonalErrors };

/** The draft as cadre:create / cadre:update's `personal`, or the messages of its wrong boxes. */
export function readPersonal(d: PersonalDraft): ReadPersonal {
  const errors: PersonalErrors = {};
  const birth = checkTypedDate(d.birthDate);
  if (!birth.ok) errors.birthDate = birth.message;
  else if (birth.iso === null) errors.birthDate = i18n.t('errors.required');
  const opt = (v: string) => (v.trim() === '' ? null : v.trim());
  const value = {
    familyName: d.familyName,
    middleName: d.middleName,
    givenName: d.givenName,
    nameOrder: d.nameOrder,
    otherNames: opt(d.otherNames),
    sex: d.sex ?? undefined,
    birthDate: birth.ok && birth.iso !== null ? birth.iso : '',
    birthPlace: opt(d.birthPlace),
    homeTown: opt(d.homeTown),
    residence: opt(d.residence),
    ethnicCode: d.ethnicCode,
    religionCode: d.religionCode,
    citizenId: opt(d.citizenId),
  };
  const parsed = personalFields.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (typeof key === 'string' && key in d) errors[key as keyof PersonalDraft] ??= issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: { ...value, sex: parsed.data.sex } };
}
