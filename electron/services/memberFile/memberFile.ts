import { createHash } from 'node:crypto';
import type { ParsedInput } from '../../../shared/contract/methods.ts';
import { AppFailure } from '../../../shared/kernel/result.ts';
import { kernelProblems, type Problem } from '../../../shared/kernel/problems.ts';
import { memberFileProblems as P } from '../../../shared/memberFile/problems.ts';
import { memberProblems } from '../../../shared/members/problems.ts';
import {
  EXPULSION_LEVEL,
  MAX_PHOTO_BYTES,
  PROBATIONARY_DISCIPLINE_LEVELS,
  type AwardFields,
  type AwardRow,
  type DisciplineRecord,
  type FamilyFields,
  type FamilyRow,
  type FileTable,
  type MemberFile,
  type Photo,
  type PhotoMime,
  type SponsorFields,
  type SponsorRow,
  type TrainingFields,
  type TrainingRow,
  type WorkHistoryFields,
  type WorkHistoryRow,
} from '../../../shared/memberFile/schemas.ts';
import { formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import { deriveMembership, membershipEventOf, type ListEffect } from '../../../shared/events/membership.ts';
import { cleanText } from '../../../shared/kernel/text/normalise.ts';
import * as members from '../../../db/repositories/members/members.ts';
import * as repo from '../../../db/repositories/memberFile/memberFile.ts';
import type { ServiceContext } from '../context.ts';
import { eventCatalogue } from '../events/memberStatus.ts';
import { organisationNamesOf } from '../system/auditNames.ts';

/**
 * The member file beyond the card. Every write records an audit entry with entity 'member' and
 * entityId = the member's id, so one query (memberfile:history) shows the card and all its tables.
 */

async function mustGetMember(ctx: ServiceContext, memberId: number) {
  const row = await members.getMember(ctx.db, memberId);
  if (!row) throw new AppFailure('NOT_FOUND', memberProblems.notFound());
  return row;
}

const clean = (v: string | null): string | null => {
  if (v === null) return null;
  const c = cleanText(v);
  return c === '' ? null : c;
};
const cleanRequired = (v: string): string => cleanText(v);
/** Multi-line text keeps its line breaks. */
const cleanNote = (v: string | null): string | null => {
  if (v === null) return null;
  const c = v.normalize('NFC').trim();
  return c === '' ? null : c;
};

function badDates(fields: Record<string, Problem>): void {
  const first = Object.values(fields)[0];
  if (first !== undefined) throw new AppFailure('BAD_INPUT', P.badData({ detail: first }), fields);
}

/** Dates later than today (partial dates compare on their own precision). */
function inFuture(iso: string | null, today: string): boolean {
  return iso !== null && iso > today.slice(0, iso.length);
}

function checkNotFuture(rows: readonly Record<string, unknown>[], keys: readonly string[], today: string): void {
  const fields: Record<string, Problem> = {};
  rows.forEach((row, i) => {
    for (const key of keys) {
      const v = row[key];
      if (typeof v === 'string' && inFuture(v, today)) fields[`rows.${i}.${key}`] ??= kernelProblems.futureDate();
    }
  });
  badDates(fields);
}

// ---- mapping rows ----------------------------------------------------------------------------

const sponsorOut = (r: repo.SponsorRecord): SponsorRow => ({ id: r.id, admission: r.admission === 2 ? 2 : 1, fullName: r.full_name, position: r.position, unit: r.unit });
const workOut = (r: repo.WorkHistoryRecord): WorkHistoryRow => ({ id: r.id, fromDate: r.from_date, toDate: r.to_date, description: r.description });
const trainingOut = (r: repo.TrainingRecord): TrainingRow => ({
  id: r.id,
  school: r.school,
  subject: r.subject,
  fromDate: r.from_date,
  toDate: r.to_date,
  mode: r.mode,
  qualification: r.qualification,
});
const familyOut = (r: repo.FamilyRecord): FamilyRow => ({
  id: r.id,
  relation: r.relation,
  fullName: r.full_name,
  birthYear: r.birth_year,
  homeTown: r.home_town,
  residence: r.residence,
  occupation: r.occupation,
  position: r.position,
  unit: r.unit,
});
const awardOut = (r: repo.AwardRecord): AwardRow => ({ id: r.id, awardedOn: r.awarded_on, title: r.title, decisionNo: r.decision_no, decidingBody: r.deciding_body, note: r.note });
const disciplineOut = (r: repo.DisciplineRecord): DisciplineRecord => ({
  id: r.id,
  levelCode: r.level_code,
  levelName: r.level_name,
  decidedOn: r.decided_on,
  decisionNo: r.decision_no,
  decisionBody: r.decision_body,
  reason: r.reason,
  cancelled: r.cancelled === 1,
  cancelReason: r.cancel_reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** A row as the audit log keeps it: the contract's fields without the database id. */
function withoutId<T extends { id: number }>(rows: readonly T[]): Omit<T, 'id'>[] {
  return rows.map(({ id: _id, ...rest }) => rest);
}

/** Audits a whole-table save when the rows changed: old → new rows, in order. */
function auditTable<T extends { id: number }>(ctx: ServiceContext, memberId: number, table: FileTable, before: readonly T[], after: readonly T[]): void {
  const oldRows = withoutId(before);
  const newRows = withoutId(after);
  if (JSON.stringify(oldRows) === JSON.stringify(newRows)) return;
  ctx.audit({ action: `member.${table}.save`, entity: 'member', entityId: memberId, oldValues: { rows: oldRows }, newValues: { rows: newRows } });
}

// ---- reading ---------------------------------------------------------------------------------

export async function get(ctx: ServiceContext, memberId: number): Promise<MemberFile> {
  const member = await mustGetMember(ctx, memberId);
  const file: MemberFile = {
    memberId,
    gravelyIll: member.gravely_ill === 1,
    hasPhoto: await repo.hasPhoto(ctx.db, memberId),
    cadreId: await repo.cadreIdOf(ctx.db, memberId),
    sponsors: (await repo.sponsorsOf(ctx.db, memberId)).map(sponsorOut),
    workHistory: (await repo.workHistoryOf(ctx.db, memberId)).map(workOut),
    training: (await repo.trainingOf(ctx.db, memberId)).map(trainingOut),
    family: (await repo.familyOf(ctx.db, memberId)).map(familyOut),
    awards: (await repo.awardsOf(ctx.db, memberId)).map(awardOut),
    discipline: (await repo.disciplineOf(ctx.db, memberId)).map(disciplineOut),
    disciplineLevels: await repo.memberDisciplineLevels(ctx.db),
  };
  // Party member files are classified material: opening one is logged (data-protection.md).
  ctx.audit({ action: 'member.file.view', entity: 'member', entityId: memberId, oldValues: null, newValues: null });
  return file;
}

// ---- the tables ------------------------------------------------------------------------------

export async function saveSponsors(ctx: ServiceContext, input: { memberId: number; rows: SponsorFields[] }): Promise<SponsorRow[]> {
  await mustGetMember(ctx, input.memberId);
  const before = (await repo.sponsorsOf(ctx.db, input.memberId)).map(sponsorOut);
  // Shown and stored grouped: the first admission's sponsors, then the re-admission's.
  const rows = [...input.rows].sort((a, b) => a.admission - b.admission);
  await repo.replaceSponsors(
    ctx.db,
    input.memberId,
    rows.map((r) => ({ admission: r.admission, full_name: cleanRequired(r.fullName), position: clean(r.position), unit: clean(r.unit) })),
  );
  const after = (await repo.sponsorsOf(ctx.db, input.memberId)).map(sponsorOut);
  auditTable(ctx, input.memberId, 'sponsors', before, after);
  return after;
}

export async function saveWorkHistory(ctx: ServiceContext, input: { memberId: number; rows: WorkHistoryFields[] }): Promise<WorkHistoryRow[]> {
  await mustGetMember(ctx, input.memberId);
  checkNotFuture(input.rows, ['fromDate', 'toDate'], ctx.today);
  const before = (await repo.workHistoryOf(ctx.db, input.memberId)).map(workOut);
  await repo.replaceWorkHistory(
    ctx.db,
    input.memberId,
    input.rows.map((r) => ({ from_date: r.fromDate, to_date: r.toDate, description: cleanNote(r.description) ?? '' })),
  );
  const after = (await repo.workHistoryOf(ctx.db, input.memberId)).map(workOut);
  auditTable(ctx, input.memberId, 'workHistory', before, after);
  return after;
}

export async function saveTraining(ctx: ServiceContext, input: { memberId: number; rows: TrainingFields[] }): Promise<TrainingRow[]> {
  await mustGetMember(ctx, input.memberId);
  checkNotFuture(input.rows, ['fromDate'], ctx.today);
  const before = (await repo.trainingOf(ctx.db, input.memberId)).map(trainingOut);
  await repo.replaceTraining(
    ctx.db,
    input.memberId,
    input.rows.map((r) => ({
      school: cleanRequired(r.school),
      subject: clean(r.subject),
      from_date: r.fromDate,
      to_date: r.toDate,
      mode: clean(r.mode),
      qualification: clean(r.qualification),
    })),
  );
  const after = (await repo.trainingOf(ctx.db, input.memberId)).map(trainingOut);
  auditTable(ctx, input.memberId, 'training', before, after);
  return after;
}

export async function saveFamily(ctx: ServiceContext, input: { memberId: number; rows: FamilyFields[] }): Promise<FamilyRow[]> {
  await mustGetMember(ctx, input.memberId);
  checkNotFuture(input.rows, ['birthYear'], ctx.today);
  const before = (await repo.familyOf(ctx.db, input.memberId)).map(familyOut);
  await repo.replaceFamily(
    ctx.db,
    input.memberId,
    input.rows.map((r) => ({
      relation: cleanRequired(r.relation),
      full_name: cleanRequired(r.fullName),
      birth_year: r.birthYear,
      home_town: clean(r.homeTown),
      residence: clean(r.residence),
      occupation: clean(r.occupation),
      position: clean(r.position),
      unit: clean(r.unit),
    })),
  );
  const after = (await repo.familyOf(ctx.db, input.memberId)).map(familyOut);
  auditTable(ctx, input.memberId, 'family', before, after);
  return after;
}

export async function saveAwards(ctx: ServiceContext, input: { memberId: number; rows: AwardFields[] }): Promise<AwardRow[]> {
  await mustGetMember(ctx, input.memberId);
  checkNotFuture(input.rows, ['awardedOn'], ctx.today);
  const before = (await repo.awardsOf(ctx.db, input.memberId)).map(awardOut);
  await repo.replaceAwards(
    ctx.db,
    input.memberId,
    input.rows.map((r) => ({
      awarded_on: r.awardedOn,
      title: cleanRequired(r.title),
      decision_no: clean(r.decisionNo),
      deciding_body: clean(r.decidingBody),
      note: cleanNote(r.note),
    })),
  );
  const after = (await repo.awardsOf(ctx.db, input.memberId)).map(awardOut);
  auditTable(ctx, input.memberId, 'awards', before, after);
  return after;
}

// ---- discipline ------------------------------------------------------------------------------

type DisciplineInput = ParsedInput<'memberfile:addDiscipline'>;

async function effects(ctx: ServiceContext): Promise<Map<string, ListEffect>> {
  return (await eventCatalogue(ctx)).effects;
}

/**
 * The rules of a discipline decision: a level for members from the catalogue; expulsion is the
 * "Khai trừ" event, not a record here; a member on probation on the day of the decision can only be
 * reprimanded or warned (members.md); the date lies between admission and today.
 */
/** The same decision entered twice (same level and date, and the same number when it has one) is refused. */
async function checkNotTwice(ctx: ServiceContext, member: members.MemberRecord, input: Omit<DisciplineInput, 'memberId'>, levelName: string, selfId: number | null): Promise<void> {
  const number = clean(input.decisionNo);
  const twin = (await repo.disciplineOf(ctx.db, member.id)).find(
    (d) => d.id !== selfId && d.cancelled === 0 && d.level_code === input.levelCode && d.decided_on === input.decidedOn && (number === null || d.decision_no === null || d.decision_no === number),
  );
  if (!twin) return;
  const numbered = twin.decision_no ? P.numbered({ number: twin.decision_no }) : '';
  throw new AppFailure('CONFLICT', P.disciplineTwice({ level: levelName.toLowerCase(), numbered, date: formatVi(twin.decided_on), name: member.full_name }), {
    decidedOn: P.disciplineTwiceField(),
  });
}

async function checkDiscipline(ctx: ServiceContext, member: members.MemberRecord, input: Omit<DisciplineInput, 'memberId'>, selfId: number | null = null): Promise<void> {
  if (input.levelCode === EXPULSION_LEVEL) {
    throw new AppFailure(
      'RULE',
      P.expulsionIsEvent(),
      { levelCode: P.expulsionIsEventField() },
    );
  }
  const level = await repo.disciplineLevel(ctx.db, input.levelCode);
  if (!level) throw new AppFailure('BAD_INPUT', P.levelNotInCatalogue(), { levelCode: P.chooseLevel() });
  if (!level.applies_to.split(',').map((s) => s.trim()).includes('member')) {
    throw new AppFailure('RULE', P.levelForOrganisations({ level: level.name }), { levelCode: P.levelForOrganisationsField() });
  }
  await checkNotTwice(ctx, member, input, level.name, selfId);
  const fields: Record<string, Problem> = {};
  if (input.decidedOn > ctx.today) fields.decidedOn = P.decisionInFuture();
  else if (input.decidedOn < member.admission_date) fields.decidedOn = P.decisionBeforeAdmission({ date: formatVi(member.admission_date) });
  badDates(fields);

  const events = await members.eventsOf(ctx.db, member.id);
  const status = deriveMembership(
    events.map(membershipEventOf),
    await effects(ctx),
    input.decidedOn,
  );
  if (status.membership === 'probationary' && !PROBATIONARY_DISCIPLINE_LEVELS.includes(level.code)) {
    throw new AppFailure(
      'RULE',
      P.probationaryLevel({ date: formatVi(input.decidedOn), name: member.full_name }),
      { levelCode: P.probationaryLevelField() },
    );
  }
}

function disciplineAudit(r: DisciplineRecord): Record<string, unknown> {
  return {
    levelCode: r.levelCode,
    levelName: r.levelName,
    decidedOn: r.decidedOn,
    decisionNo: r.decisionNo,
    decisionBody: r.decisionBody,
    reason: r.reason,
    cancelled: r.cancelled,
    cancelReason: r.cancelReason,
  };
}

async function mustGetDiscipline(ctx: ServiceContext, memberId: number, id: number): Promise<DisciplineRecord> {
  const row = await repo.getDiscipline(ctx.db, id);
  if (!row || row.member_id !== memberId) throw new AppFailure('NOT_FOUND', P.disciplineNotFound());
  return disciplineOut(row);
}

export async function addDiscipline(ctx: ServiceContext, input: DisciplineInput): Promise<DisciplineRecord> {
  const member = await mustGetMember(ctx, input.memberId);
  await checkDiscipline(ctx, member, input);
  const id = await repo.insertDiscipline(ctx.db, {
    member_id: member.id,
    level_code: input.levelCode,
    decided_on: input.decidedOn,
    decision_no: clean(input.decisionNo),
    decision_body: clean(input.decisionBody),
    reason: cleanNote(input.reason),
    cancelled: 0,
    cancel_reason: null,
    created_at: ctx.now,
    updated_at: ctx.now,
  });
  const created = await mustGetDiscipline(ctx, member.id, id);
  ctx.audit({ action: 'member.discipline.add', entity: 'member', entityId: member.id, oldValues: null, newValues: { id, ...disciplineAudit(created) } });
  return created;
}

export async function updateDiscipline(ctx: ServiceContext, input: ParsedInput<'memberfile:updateDiscipline'>): Promise<DisciplineRecord> {
  const member = await mustGetMember(ctx, input.memberId);
  const old = await mustGetDiscipline(ctx, member.id, input.id);
  if (old.cancelled) throw new AppFailure('RULE', P.disciplineCancelled());
  await checkDiscipline(ctx, member, input, old.id);
  await repo.updateDiscipline(ctx.db, old.id, {
    level_code: input.levelCode,
    decided_on: input.decidedOn,
    decision_no: clean(input.decisionNo),
    decision_body: clean(input.decisionBody),
    reason: cleanNote(input.reason),
    updated_at: ctx.now,
  });
  const updated = await mustGetDiscipline(ctx, member.id, old.id);
  const before = disciplineAudit(old);
  const after = disciplineAudit(updated);
  const changed = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  if (changed.length > 0) {
    ctx.audit({
      action: 'member.discipline.update',
      entity: 'member',
      entityId: member.id,
      oldValues: { id: old.id, ...Object.fromEntries(changed.map((k) => [k, before[k]])) },
      newValues: { id: old.id, ...Object.fromEntries(changed.map((k) => [k, after[k]])) },
    });
  }
  return updated;
}

export async function cancelDiscipline(ctx: ServiceContext, input: ParsedInput<'memberfile:cancelDiscipline'>): Promise<DisciplineRecord> {
  const member = await mustGetMember(ctx, input.memberId);
  const old = await mustGetDiscipline(ctx, member.id, input.id);
  if (old.cancelled) throw new AppFailure('RULE', P.disciplineCancelledBefore());
  const reason = cleanNote(input.reason) ?? '';
  await repo.updateDiscipline(ctx.db, old.id, { cancelled: 1, cancel_reason: reason, updated_at: ctx.now });
  const cancelled = await mustGetDiscipline(ctx, member.id, old.id);
  ctx.audit({
    action: 'member.discipline.cancel',
    entity: 'member',
    entityId: member.id,
    oldValues: { id: old.id, levelName: old.levelName, decidedOn: old.decidedOn, cancelled: false },
    newValues: { id: old.id, levelName: old.levelName, decidedOn: old.decidedOn, cancelled: true, cancelReason: reason },
  });
  return cancelled;
}

// ---- photo -----------------------------------------------------------------------------------

/** The image type told by the file's first bytes (magic numbers), whatever its name or declared type. */
export function sniffImage(bytes: Uint8Array): PhotoMime | null {
  const starts = (sig: readonly number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}

function photoAudit(p: { mime: string; data: Uint8Array }): Record<string, unknown> {
  return { mime: p.mime, bytes: p.data.length, sha256: createHash('sha256').update(p.data).digest('hex') };
}

export async function setPhoto(ctx: ServiceContext, input: ParsedInput<'memberfile:setPhoto'>): Promise<{ mime: PhotoMime; bytes: number; updatedAt: string }> {
  await mustGetMember(ctx, input.memberId);
  const data = Buffer.from(input.base64, 'base64');
  if (data.length > MAX_PHOTO_BYTES) {
    const mb = (data.length / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
    throw new AppFailure('BAD_INPUT', P.photoTooLarge({ mb }), { base64: P.photoTooLargeField() });
  }
  const kind = sniffImage(data);
  if (kind === null) throw new AppFailure('BAD_INPUT', P.notAnImage(), { base64: P.notAnImageField() });
  // The bytes decide the type: a PNG named .jpg is stored as the PNG it is.
  const old = await repo.getPhoto(ctx.db, input.memberId);
  await repo.putPhoto(ctx.db, { member_id: input.memberId, mime: kind, data, updated_at: ctx.now });
  ctx.audit({
    action: 'member.photo.set',
    entity: 'member',
    entityId: input.memberId,
    oldValues: old ? photoAudit(old) : null,
    newValues: photoAudit({ mime: kind, data }),
  });
  return { mime: kind, bytes: data.length, updatedAt: ctx.now };
}

export async function getPhoto(ctx: ServiceContext, memberId: number): Promise<Photo | null> {
  await mustGetMember(ctx, memberId);
  const row = await repo.getPhoto(ctx.db, memberId);
  if (!row) return null;
  const data = Buffer.from(row.data);
  return { mime: row.mime, bytes: data.length, updatedAt: row.updated_at, base64: data.toString('base64') };
}

export async function removePhoto(ctx: ServiceContext, memberId: number): Promise<{ removed: boolean }> {
  await mustGetMember(ctx, memberId);
  const old = await repo.getPhoto(ctx.db, memberId);
  if (!old) return { removed: false };
  await repo.deletePhoto(ctx.db, memberId);
  ctx.audit({ action: 'member.photo.remove', entity: 'member', entityId: memberId, oldValues: photoAudit(old), newValues: null });
  return { removed: true };
}

// ---- flag and history ------------------------------------------------------------------------

export async function setGravelyIll(ctx: ServiceContext, input: { memberId: number; gravelyIll: boolean }): Promise<{ gravelyIll: boolean }> {
  const member = await mustGetMember(ctx, input.memberId);
  const before = member.gravely_ill === 1;
  if (before !== input.gravelyIll) {
    await repo.setGravelyIll(ctx.db, member.id, input.gravelyIll, ctx.now);
    ctx.audit({ action: 'member.gravelyIll.set', entity: 'member', entityId: member.id, oldValues: { gravelyIll: before }, newValues: { gravelyIll: input.gravelyIll } });
  }
  return { gravelyIll: input.gravelyIll };
}

function parseValues(v: string | null): Record<string, unknown> | null {
  if (v === null) return null;
  const parsed: unknown = JSON.parse(v);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.fromEntries(Object.entries(parsed)) : { value: parsed };
}

export async function history(ctx: ServiceContext, input: { memberId: number; offset: number; limit: number }) {
  await mustGetMember(ctx, input.memberId);
  const rows = await repo.memberHistory(ctx.db, input.memberId, input.offset, input.limit + 1);
  const entries = rows.slice(0, input.limit).map((r) => ({
    id: r.id,
    at: r.at,
    username: r.username,
    userDisplayName: r.display_name,
    action: r.action,
    oldValues: parseValues(r.old_values),
    newValues: parseValues(r.new_values),
  }));
  const names = await organisationNamesOf(ctx.db, entries);
  return { entries: entries.map((e, i) => ({ ...e, orgNames: names[i] ?? {} })), hasMore: rows.length > input.limit };
}
