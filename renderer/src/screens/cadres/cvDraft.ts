import { cadreUpdateInput, type CadreFile, type CvFields } from '../../../../shared/cadres/schemas.ts';
import type { Input } from '../../../../shared/contract/index.ts';
import { checkTypedDate, dateText } from '../../components/dates.ts';
import { i18n } from '../../i18n/index.ts';
import { draftFromPersonal, readPersonal, type PersonalDraft, type PersonalErrors } from './personalDraft.ts';

/** How a CV field is typed. */
export type CvKind = 'text' | 'long' | 'date' | 'number';
export type CvKey = keyof CvFields;

/** The CV fields of the two forms in groups, in the order of the printed forms (a box each). */
export const cvGroups: readonly { group: CvGroup; fields: readonly [CvKey, CvKind][] }[] = [
  { group: 'work', fields: [['currentResidence', 'text'], ['occupationWhenRecruited', 'text'], ['recruitedOn', 'date'], ['recruitedBy', 'text'], ['joinedCurrentBodyOn', 'date'], ['longestJob', 'text'], ['mainWork', 'long']] },
  { group: 'salary', fields: [['civilServiceRank', 'text'], ['rankCode', 'text'], ['salaryStep', 'number'], ['salaryCoefficient', 'number'], ['salarySince', 'date'], ['positionAllowance', 'number'], ['otherAllowances', 'text']] },
  { group: 'levels', fields: [['foreignLanguage', 'text'], ['itLevel', 'text'], ['academicTitleCode', 'text']] },
  { group: 'party', fields: [['joinedRevolutionOn', 'date'], ['joinedPartyOn', 'date'], ['fullPartyMemberOn', 'date'], ['socialOrganisationsOn', 'text'], ['currentCommittee', 'text'], ['concurrentCommittee', 'text'], ['appointedToCurrentPostOn', 'date'], ['reappointedOn', 'date']] },
  { group: 'army', fields: [['armyEnlistedOn', 'date'], ['armyDischargedOn', 'date'], ['armyHighestRank', 'text'], ['highestHonoraryTitle', 'text'], ['strengths', 'long']] },
  { group: 'health', fields: [['health', 'text'], ['heightCm', 'number'], ['weightKg', 'number'], ['bloodGroup', 'text'], ['warInvalidGrade', 'text'], ['policyFamily', 'text'], ['policyGroup', 'text'], ['familyBackground', 'text'], ['ownBackground', 'text'], ['minorityLanguage', 'text']] },
  { group: 'ids', fields: [['citizenIdIssuedOn', 'date'], ['citizenIdIssuedBy', 'text'], ['socialInsuranceNo', 'text'], ['healthInsuranceNo', 'text'], ['mobile', 'text'], ['socialMedia', 'text']] },
  { group: 'history', fields: [['arrestHistory', 'long'], ['oldRegimeWork', 'long'], ['foreignTies', 'long'], ['relativesAbroad', 'long']] },
  { group: 'economy', fields: [['familyIncome', 'text'], ['houseArea', 'text'], ['landArea', 'text']] },
  { group: 'assessment', fields: [['assessment', 'long']] },
];
export type CvGroup = 'work' | 'salary' | 'levels' | 'party' | 'army' | 'health' | 'ids' | 'history' | 'economy' | 'assessment';

const kindOf = new Map<CvKey, CvKind>(cvGroups.flatMap((g) => g.fields));

/** The file's own fields and the CV fields as typed. */
export interface CvDraft {
  personal: PersonalDraft;
  managementTier: CadreFile['managementTier'];
  status: CadreFile['status'];
  generalEducation: string;
  professionalCode: string | null;
  politicalTheoryCode: string | null;
  stateManagementCode: string | null;
  retirementAdjustMonths: string;
  cv: Partial<Record<CvKey, string>>;
}

export interface CvErrors {
  personal: PersonalErrors;
  own: Partial<Record<string, string>>;
  cv: Partial<Record<CvKey, string>>;
}

export function draftFromFile(file: CadreFile): CvDraft {
  const cv: CvDraft['cv'] = {};
  for (const [key, kind] of kindOf) {
    const v = file.cv[key];
    cv[key] = v === null || v === undefined ? '' : kind === 'date' ? dateText(String(v)) : String(v);
  }
  return {
    personal: draftFromPersonal(file.personal),
    managementTier: file.managementTier,
    status: file.status,
    generalEducation: file.generalEducation ?? '',
    professionalCode: file.professionalCode,
    politicalTheoryCode: file.politicalTheoryCode,
    stateManagementCode: file.stateManagementCode,
    retirementAdjustMonths: String(file.retirementAdjustMonths),
    cv,
  };
}

const number = (typed: string): number | null | 'bad' => {
  if (typed.trim() === '') return null;
  const n = Number(typed.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : 'bad';
};

export type ReadCv = { ok: true; input: Input<'cadre:update'> } | { ok: false; errors: CvErrors };

/** The draft as cadre:update's input, checked by the contract's schema (the core's messages, before the call). */
export function readCv(id: number, d: CvDraft): ReadCv {
  const errors: CvErrors = { personal: {}, own: {}, cv: {} };
  const personal = readPersonal(d.personal);
  if (!personal.ok) errors.personal = personal.errors;
  const cv: Record<string, unknown> = {};
  for (const [key, kind] of kindOf) {
    const typed = d.cv[key] ?? '';
    if (kind === 'date') {
      const check = checkTypedDate(typed);
      if (!check.ok) errors.cv[key] = check.message;
      cv[key] = check.ok ? check.iso : null;
    } else if (kind === 'number') {
      const n = number(typed);
      if (n === 'bad') errors.cv[key] = i18n.t('errors.number');
      cv[key] = n === 'bad' ? null : n;
    } else cv[key] = typed.trim() === '' ? null : typed.trim();
  }
  const adjust = number(d.retirementAdjustMonths);
  if (adjust === 'bad') errors.own.retirementAdjustMonths = i18n.t('errors.number');
  const input = {
    id,
    personal: personal.ok ? personal.value : undefined,
    managementTier: d.managementTier,
    status: d.status,
    generalEducation: d.generalEducation.trim() === '' ? null : d.generalEducation.trim(),
    professionalCode: d.professionalCode,
    politicalTheoryCode: d.politicalTheoryCode,
    stateManagementCode: d.stateManagementCode,
    retirementAdjustMonths: adjust === 'bad' || adjust === null ? 0 : adjust,
    cv,
  };
  const parsed = cadreUpdateInput.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, key] = issue.path;
      if (head === 'cv' && typeof key === 'string') errors.cv[key as CvKey] ??= issue.message;
      else if (head !== 'personal' && typeof head === 'string') errors.own[head] ??= issue.message;
    }
  }
  const failed = Object.keys(errors.personal).length + Object.keys(errors.own).length + Object.keys(errors.cv).length > 0;
  if (failed || !parsed.success || !personal.ok) return { ok: false, errors };
  return { ok: true, input: { ...input, personal: personal.value } };
}

/** The core's per-field messages ("cv.heightCm", "personal.birthDate", "status") put on the boxes. */
export function cvErrorsFromCore(fields: Record<string, string> | undefined): CvErrors {
  const errors: CvErrors = { personal: {}, own: {}, cv: {} };
  for (const [path, message] of Object.entries(fields ?? {})) {
    const [head, key] = path.split('.');
    if (head === 'cv' && key) errors.cv[key as CvKey] = message;
    else if (head === 'personal' && key) errors.personal[key as keyof PersonalDraft] = message;
    else if (head) errors.own[head] = message;
  }
  return errors;
}
