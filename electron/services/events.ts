/**
 * Life-cycle events of members (members.md): recording (one member or many at once, all or
 * nothing), correcting, cancelling, reminders and the status of a subtree as of a date.
 *
 * Decisions taken here (see also shared/domain/eventRules.ts for the order of events):
 * - Events are never dated after today, so the cached status (as of today) cannot go stale.
 * - A transfer within the province is recorded as two events of the same date, TRANSFER_OUT_LOCAL
 *   then TRANSFER_IN_LOCAL, both with org_from = the old cell and org_to = the new one, so the old
 *   cell's tally counts an "out" and the new cell's an "in". They are corrected and cancelled together.
 * - Events that move the member (transfers in, moves by reorganisation, re-admission or restoration
 *   into another cell) update member.organisation_id / org_path, and may not be dated before the
 *   member's latest placement; only the latest one can be cancelled, which puts the member back in
 *   the cell the event took them from (refused when that cell no longer exists).
 * - A member entered from the record card who actually joined the party in another province: when a
 *   transfer in from another province is recorded and the member's only events are the card's
 *   admission (and full membership) dated before it, that admission is marked as having taken place
 *   in another province (org_to_id NULL) so the member enters the list on the transfer date. Cancelling
 *   that transfer marks it as admitted here again.
 * - The card's admission (first ADMIT) and full-membership date (first FULL) stay in step with the
 *   record card: correcting them changes the card; the card's admission cannot be cancelled.
 * - After any change the cached status flags and the party-age anchor are recomputed in the same
 *   transaction; every change is audited with its old and new values.
 * - Transfer deadlines (60 working days from the decision to the transfer, 30 to present the transfer
 *   letter) are warnings, not refusals: record and correct return them (shared/domain/transferRules.ts).
 * - A transfer in from another province may be marked "the time from the transfer letter to presenting
 *   it was an interruption of party life" (interrupts_party_age): only that event, only with the
 *   letter's date (the decision date). Party age and its cached anchor then leave that time out.
 */
import { AppFailure } from '../../shared/contract/result.ts';
import type { ParsedInput } from '../../shared/contract/methods.ts';
import type { EventListResult, MemberEvent, RemindersResult, StatusAsOfResult } from '../../shared/contract/schemas/events.ts';
import { completeDate, formatVi } from '../../shared/dates/partialDate.ts';
import { ADMISSION_CODES, FULL_CODE } from '../../shared/domain/membership.ts';
import { byDateThenId, newProblems, PLACING_CODES, sequenceProblems, type RuleEvent } from '../../shared/domain/eventRules.ts';
import { addMonths, monthsBetween } from '../../shared/domain/partyAge.ts';
import { transferGapProblem, transferWarnings } from '../../shared/domain/transferRules.ts';
import * as repo from '../../db/repositories/events.ts';
import * as members from '../../db/repositories/members.ts';
import { getOrganisation, type OrganisationRow } from '../../db/repositories/organisations.ts';
import type { MemberEventRow } from '../../db/repositories/members.ts';
import type { MemberEventTable } from '../../db/schema.ts';
import type { Insertable } from 'kysely';
import type { ServiceContext } from './context.ts';
import { deriveAll, eventCatalogue, partyAgeInfo, refreshStatus, type EventCatalogue } from './memberStatus.ts';

/** Organisation types a member's record can sit in (a party cell of either kind). */
const MEMBER_HOLDING_TYPES = new Set(['GRASSROOTS_CELL', 'CELL']);
const LOCAL_OUT = 'TRANSFER_OUT_LOCAL';
const LOCAL_IN = 'TRANSFER_IN_LOCAL';
/** Events that need the destination cell: the member moves there. */
const NEEDS_DESTINATION = new Set([LOCAL_OUT, LOCAL_IN, 'TRANSFER_IN_PROVINCE', 'MOVE_BY_REORGANISATION']);
/** Events that may name a cell (by default the member's own). */
const MAY_PLACE = new Set(['READMIT', 'RESTORE']);
/** Events whose org_to is the member's cell afterwards, and org_from the cell before (statusAsOf reads them). */
const MOVING = new Set([LOCAL_IN, 'TRANSFER_IN_PROVINCE', 'MOVE_BY_REORGANISATION', 'READMIT', 'RESTORE']);
/** The only events a card entered for someone admitted in another province has before the transfer in. */
const CARD_ONLY = new Set(['ADMIT', FULL_CODE]);
/** Ids given to events not yet written, above every stored id (they go last among events of their date). */
const NEW_ID = 2 ** 52;

// ---- helpers ------------------------------------------------------------------------------------

function ruleEvent(e: Pick<MemberEventRow, 'id' | 'type_code' | 'event_date' | 'decision_date' | 'org_to_id' | 'cancelled'>): RuleEvent {
  return { id: e.id, typeCode: e.type_code, eventDate: e.event_date, decisionDate: e.decision_date, orgToId: e.org_to_id, cancelled: e.cancelled === 1 };
}

const live = <T extends { cancelled: number }>(events: readonly T[]) => events.filter((e) => e.cancelled === 0);

const sorted = <T extends { event_date: string; id: number }>(events: readonly T[]) =>
  [...events].sort((a, b) => byDateThenId({ eventDate: a.event_date, id: a.id }, { eventDate: b.event_date, id: b.id }));

/** The record card's own events: the first admission and the first full membership still standing. */
function cardEventIds(events: readonly MemberEventRow[]): { admit: number | null; full: number | null } {
  const standing = sorted(live(events));
  return { admit: standing.find((e) => e.type_code === 'ADMIT')?.id ?? null, full: standing.find((e) => e.type_code === FULL_CODE)?.id ?? null };
}

/** The other half of a transfer within the province (same member, date, cells and cancelled state). */
function partnerOf(event: MemberEventRow, events: readonly MemberEventRow[]): MemberEventRow | undefined {
  const other = event.type_code === LOCAL_OUT ? LOCAL_IN : event.type_code === LOCAL_IN ? LOCAL_OUT : null;
  if (other === null) return undefined;
  const candidates = events.filter(
    (e) => e.type_code === other && e.event_date === event.event_date && e.org_from_id === event.org_from_id && e.org_to_id === event.org_to_id && e.cancelled === event.cancelled,
  );
  // The nearest entry: the pair is written one after the other.
  return candidates.sort((a, b) => Math.abs(a.id - event.id) - Math.abs(b.id - event.id))[0];
}

function isFuture(ctx: ServiceContext, iso: string | null): boolean {
  return iso !== null && completeDate(iso).iso > ctx.today;
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

async function holdingCell(ctx: ServiceContext, id: number, field: string): Promise<OrganisationRow> {
  const org = await getOrganisation(ctx.db, id);
  if (!org) throw new AppFailure('BAD_INPUT', 'Không tìm thấy tổ chức đảng đã chọn.', { [field]: 'Chọn chi bộ' });
  if (org.effective_to !== null) throw new AppFailure('RULE', `${org.name} đã thôi hoạt động (từ ngày ${formatVi(org.effective_to)}).`, { [field]: 'Tổ chức đã thôi hoạt động' });
  if (!MEMBER_HOLDING_TYPES.has(org.type_code)) {
    throw new AppFailure('RULE', `Đảng viên phải sinh hoạt ở một chi bộ; ${org.name} không phải là chi bộ.`, { [field]: 'Chọn một chi bộ' });
  }
  return org;
}

async function scopePath(ctx: ServiceContext, organisationId: number | null): Promise<string | null> {
  if (organisationId === null) return null;
  const org = await getOrganisation(ctx.db, organisationId);
  if (!org) throw new AppFailure('NOT_FOUND', 'Không tìm thấy tổ chức đảng đã chọn.');
  return org.parent_id === null ? null : org.path;
}

function eventAudit(
  e: Pick<MemberEventRow, 'member_id' | 'type_code' | 'event_date' | 'decision_no' | 'decision_date' | 'decision_body' | 'decision_signer' | 'org_from_id' | 'org_to_id' | 'note' | 'interrupts_party_age'>,
) {
  return {
    memberId: e.member_id,
    typeCode: e.type_code,
    eventDate: e.event_date,
    decisionNo: e.decision_no,
    decisionDate: e.decision_date,
    decisionBody: e.decision_body,
    decisionSigner: e.decision_signer,
    orgFromId: e.org_from_id,
    orgToId: e.org_to_id,
    note: e.note,
    interruptsPartyAge: e.interrupts_party_age === 1,
  };
}

/** Refuses the transfer-gap mark where it does not apply (shared/domain/transferRules.ts). */
function checkGapMark(typeCode: string, eventDate: string, decisionDate: string | null, interruptsPartyAge: boolean): void {
  const problem = transferGapProblem({ typeCode, eventDate, decisionDate, interruptsPartyAge });
  if (problem === null) return;
  const fieldText = problem.field === 'decisionDate' ? 'Nhập ngày của giấy giới thiệu' : 'Chỉ đánh dấu cho sự kiện chuyển đến từ tỉnh khác';
  throw new AppFailure('BAD_INPUT', problem.message, { [problem.field]: fieldText });
}

function toEvent(row: repo.EventRowWithNames, card: { admit: number | null; full: number | null }): MemberEvent {
  return {
    id: row.id,
    memberId: row.member_id,
    typeCode: row.type_code,
    typeName: row.type_name,
    effect: row.effect_on_list === 'add' || row.effect_on_list === 'remove' ? row.effect_on_list : 'none',
    eventDate: row.event_date,
    decisionNo: row.decision_no,
    decisionDate: row.decision_date,
    decisionBody: row.decision_body,
    decisionSigner: row.decision_signer,
    orgFromId: row.org_from_id,
    orgFromName: row.org_from_name,
    orgToId: row.org_to_id,
    orgToName: row.org_to_name,
    note: row.note,
    cancelled: row.cancelled === 1,
    cancelReason: row.cancel_reason,
    fromCard: row.id === card.admit || row.id === card.full,
    outside: ADMISSION_CODES.has(row.type_code) && row.org_to_id === null,
    interruptsPartyAge: row.interrupts_party_age === 1,
    warnings: row.cancelled === 1 ? [] : transferWarnings({ typeCode: row.type_code, eventDate: row.event_date, decisionDate: row.decision_date }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function eventOut(ctx: ServiceContext, memberId: number, eventId: number): Promise<MemberEvent> {
  const rows = await repo.eventsWithNames(ctx.db, memberId);
  const row = rows.find((r) => r.id === eventId);
  if (!row) throw new AppFailure('NOT_FOUND', 'Không tìm thấy sự kiện này.');
  return toEvent(row, cardEventIds(rows));
}

/**
 * Refuses a change whose replay shows a new problem. `changed` are the events written or edited (their
 * own problems always count); the message names the later event that would no longer hold.
 */
function checkReplay(before: readonly RuleEvent[], after: readonly RuleEvent[], changed: readonly number[], catalogue: EventCatalogue, lead: string): void {
  const found = newProblems(sequenceProblems(before, catalogue.effects, catalogue.names), sequenceProblems(after, catalogue.effects, catalogue.names), changed);
  const first = found.sort(([a], [b]) => {
    const ea = after.find((e) => e.id === a) as RuleEvent;
    const eb = after.find((e) => e.id === b) as RuleEvent;
    return byDateThenId(ea, eb);
  })[0];
  if (!first) return;
  const [id, message] = first;
  if (changed.includes(id)) throw new AppFailure('RULE', message);
  const other = after.find((e) => e.id === id) as RuleEvent;
  throw new AppFailure('RULE', `${lead}: sự kiện “${catalogue.names.get(other.typeCode) ?? other.typeCode}” ngày ${formatVi(other.eventDate)} sẽ không còn hợp lệ (${message.replace(/\.$/, '')}).`);
}

/** The placements (events putting the member in a cell) still standing, in order. */
function placements(events: readonly MemberEventRow[]): MemberEventRow[] {
  return sorted(live(events)).filter((e) => PLACING_CODES.has(e.type_code));
}

// ---- reads --------------------------------------------------------------------------------------

export async function list(ctx: ServiceContext, memberId: number): Promise<EventListResult> {
  const [head] = await repo.memberHeads(ctx.db, [memberId]);
  if (!head) throw new AppFailure('NOT_FOUND', 'Không tìm thấy đảng viên này.');
  const rows = await repo.eventsWithNames(ctx.db, memberId);
  const catalogue = await eventCatalogue(ctx);
  const { status, age } = deriveAll(rows, catalogue.effects, ctx.today);
  const card = cardEventIds(rows);
  return {
    memberId,
    events: rows.map((r) => toEvent(r, card)),
    status: { onList: status.onList, membership: status.membership, exempted: status.exempted, suspended: status.suspended, temporarilyAway: status.temporarilyAway },
    partyAge: partyAgeInfo(age),
  };
}

// ---- record -------------------------------------------------------------------------------------

type RecordInput = ParsedInput<'event:record'>;
/** An event about to be written (every column given). */
type NewEvent = Omit<Required<Insertable<MemberEventTable>>, 'id' | 'member_id' | 'created_at'>;

/** Checks one member's event and writes it; throws AppFailure (before writing anything) when refused. */
async function recordOne(ctx: ServiceContext, head: repo.MemberHead, input: RecordInput, destination: OrganisationRow | null, catalogue: EventCatalogue): Promise<number[]> {
  const type = input.typeCode;
  const effect = catalogue.effects.get(type) ?? 'none';
  const events = await members.eventsOf(ctx.db, head.id);
  if (input.eventDate <= head.birth_date) throw new AppFailure('RULE', `Ngày sự kiện phải sau ngày sinh của đảng viên (${formatVi(head.birth_date)}).`, { eventDate: 'Ngày sự kiện trước ngày sinh' });

  const from = head.organisation_id;
  const decision = {
    decision_no: input.decisionNo,
    decision_date: input.decisionDate,
    decision_body: input.decisionBody,
    decision_signer: input.decisionSigner,
    note: input.note,
    interrupts_party_age: input.interruptsPartyAge ? 1 : 0,
    cancelled: 0,
    cancel_reason: null,
    updated_at: null,
  };
  const base = { type_code: type, event_date: input.eventDate, ...decision };
  const rows: NewEvent[] = [];
  let moveTo: OrganisationRow | null = null;
  const converted: MemberEventRow[] = [];

  if (type === LOCAL_OUT || type === LOCAL_IN || type === 'MOVE_BY_REORGANISATION') {
    const to = destination as OrganisationRow;
    if (to.id === from) throw new AppFailure('RULE', `Đảng viên đang sinh hoạt ở ${to.name}.`, { orgToId: 'Chọn chi bộ khác chi bộ hiện tại' });
    if (type === 'MOVE_BY_REORGANISATION') rows.push({ ...base, org_from_id: from, org_to_id: to.id });
    else {
      rows.push({ ...base, type_code: LOCAL_OUT, org_from_id: from, org_to_id: to.id });
      rows.push({ ...base, type_code: LOCAL_IN, org_from_id: from, org_to_id: to.id });
    }
    moveTo = to;
  } else if (type === 'TRANSFER_IN_PROVINCE') {
    const to = destination as OrganisationRow;
    rows.push({ ...base, org_from_id: null, org_to_id: to.id });
    if (to.id !== from) moveTo = to;
    // A card entered for someone admitted in another province: that admission took place outside.
    const standing = live(events);
    const admits = standing.filter((e) => e.type_code === 'ADMIT');
    const arrival =
      standing.length > 0 && standing.every((e) => CARD_ONLY.has(e.type_code) && e.event_date <= input.eventDate) && admits.length === 1 && (admits[0] as MemberEventRow).org_to_id !== null;
    if (arrival) converted.push(admits[0] as MemberEventRow);
  } else if (MAY_PLACE.has(type)) {
    const to = destination ?? (await holdingCell(ctx, from, 'orgToId').catch(() => {
      throw new AppFailure('RULE', 'Chi bộ cũ của đảng viên không còn hoạt động: chọn chi bộ sinh hoạt.', { orgToId: 'Chọn chi bộ sinh hoạt' });
    }));
    rows.push({ ...base, org_from_id: from, org_to_id: to.id });
    if (to.id !== from) moveTo = to;
  } else if (type === 'TEMP_OUT') {
    rows.push({ ...base, org_from_id: from, org_to_id: destination?.id ?? null });
  } else if (type === 'ADMIT') {
    rows.push({ ...base, org_from_id: null, org_to_id: from });
  } else if (effect === 'remove') {
    rows.push({ ...base, org_from_id: from, org_to_id: null });
  } else {
    rows.push({ ...base, org_from_id: from, org_to_id: from });
  }

  // A move may not be dated before the member's latest placement (the chain of cells stays in order).
  if (moveTo !== null || MOVING.has(type)) {
    const last = placements(events).at(-1);
    if (last && last.event_date > input.eventDate) {
      throw new AppFailure('RULE', `Ngày ${formatVi(last.event_date)} đảng viên đã được ${(catalogue.names.get(last.type_code) ?? last.type_code).toLowerCase()} vào chi bộ hiện tại: không ghi được lần chuyển sinh hoạt có ngày trước đó.`, {
        eventDate: `Không được trước ngày ${formatVi(last.event_date)}`,
      });
    }
  }

  const before = events.map(ruleEvent);
  const convertedIds = new Set(converted.map((e) => e.id));
  const after = [
    ...events.map((e) => ruleEvent(convertedIds.has(e.id) ? { ...e, org_to_id: null } : e)),
    ...rows.map((r, k) => ruleEvent({ id: NEW_ID + k, type_code: r.type_code, event_date: r.event_date, decision_date: r.decision_date ?? null, org_to_id: r.org_to_id ?? null, cancelled: 0 })),
  ];
  checkReplay(before, after, rows.map((_, k) => NEW_ID + k), catalogue, 'Không ghi được');

  // Checked: write.
  for (const e of converted) {
    await members.updateEvent(ctx.db, e.id, { org_to_id: null, updated_at: ctx.now });
    ctx.audit({ action: 'event.admittedElsewhere', entity: 'member_event', entityId: e.id, oldValues: { memberId: head.id, orgToId: e.org_to_id }, newValues: { memberId: head.id, orgToId: null } });
  }
  const ids: number[] = [];
  for (const r of rows) {
    const row = { ...r, member_id: head.id, created_at: ctx.now };
    const id = await members.insertEvent(ctx.db, row);
    ids.push(id);
    ctx.audit({ action: 'event.record', entity: 'member_event', entityId: id, oldValues: null, newValues: eventAudit(row) });
  }
  const memberChanges: Record<string, [unknown, unknown]> = {};
  if (moveTo !== null) {
    await members.updateMember(ctx.db, head.id, { organisation_id: moveTo.id, org_path: moveTo.path, updated_at: ctx.now });
    memberChanges.organisationId = [from, moveTo.id];
  }
  if (type === FULL_CODE && !live(events).some((e) => e.type_code === FULL_CODE) && head.full_member_date !== input.eventDate) {
    // The first recognition as a full member is the card's ngày chính thức.
    await members.updateMember(ctx.db, head.id, { full_member_date: input.eventDate, updated_at: ctx.now });
    memberChanges.fullMemberDate = [head.full_member_date, input.eventDate];
  }
  auditMember(ctx, head.id, memberChanges);
  await refreshStatus(ctx, head.id, catalogue.effects);
  return ids;
}

function auditMember(ctx: ServiceContext, memberId: number, changes: Record<string, [unknown, unknown]>): void {
  const keys = Object.keys(changes);
  if (keys.length === 0) return;
  ctx.audit({
    action: 'member.byEvent',
    entity: 'member',
    entityId: memberId,
    oldValues: Object.fromEntries(keys.map((k) => [k, (changes[k] as [unknown, unknown])[0]])),
    newValues: Object.fromEntries(keys.map((k) => [k, (changes[k] as [unknown, unknown])[1]])),
  });
}

function describe(head: repo.MemberHead): string {
  return `${head.full_name} (sinh ${formatVi(head.birth_date)}, ${head.organisation_name})`;
}

/**
 * Records one event for one or many members (one decision). All or nothing: every member is checked;
 * when any is refused nothing is written and the message names the member.
 */
export async function record(ctx: ServiceContext, input: RecordInput): Promise<{ recorded: number; eventIds: number[]; warnings: string[] }> {
  const catalogue = await eventCatalogue(ctx);
  const type = input.typeCode;
  if (!catalogue.names.has(type)) throw new AppFailure('BAD_INPUT', 'Loại sự kiện không có trong danh mục.', { typeCode: 'Chọn loại sự kiện trong danh mục' });
  if (isFuture(ctx, input.eventDate)) throw new AppFailure('BAD_INPUT', 'Ngày sự kiện ở tương lai: chỉ ghi sự kiện đã diễn ra.', { eventDate: 'Ngày ở tương lai' });
  if (isFuture(ctx, input.decisionDate)) throw new AppFailure('BAD_INPUT', 'Ngày quyết định ở tương lai.', { decisionDate: 'Ngày ở tương lai' });
  checkGapMark(type, input.eventDate, input.decisionDate, input.interruptsPartyAge);

  let destination: OrganisationRow | null = null;
  if (NEEDS_DESTINATION.has(type) && input.orgToId === null) {
    throw new AppFailure('BAD_INPUT', 'Chọn chi bộ nơi đảng viên chuyển đến.', { orgToId: 'Chọn chi bộ chuyển đến' });
  }
  if (input.orgToId !== null) {
    if (!NEEDS_DESTINATION.has(type) && !MAY_PLACE.has(type) && type !== 'TEMP_OUT') {
      throw new AppFailure('BAD_INPUT', `Sự kiện “${catalogue.names.get(type)}” không chuyển đảng viên sang chi bộ khác: bỏ chọn chi bộ chuyển đến.`, { orgToId: 'Không chọn chi bộ cho sự kiện này' });
    }
    destination = await holdingCell(ctx, input.orgToId, 'orgToId');
  }

  const heads = new Map((await repo.memberHeads(ctx.db, input.memberIds)).map((h) => [h.id, h]));
  const missing = input.memberIds.filter((id) => !heads.has(id));
  if (missing.length > 0) throw new AppFailure('NOT_FOUND', `Không tìm thấy ${missing.length} đảng viên đã chọn (mã ${missing.slice(0, 5).join(', ')}).`);

  const bulk = input.memberIds.length > 1;
  const refused: { index: number; head: repo.MemberHead; failure: AppFailure }[] = [];
  const eventIds: number[] = [];
  for (const [index, id] of input.memberIds.entries()) {
    const head = heads.get(id) as repo.MemberHead;
    try {
      eventIds.push(...(await recordOne(ctx, head, input, destination, catalogue)));
    } catch (error) {
      if (!(error instanceof AppFailure) || error.code === 'INTERNAL') throw error;
      refused.push({ index, head, failure: error });
    }
  }
  const first = refused[0];
  if (first) {
    // Thrown inside the write transaction: whatever was written for the others is rolled back.
    if (!bulk) throw first.failure;
    const more = refused.length > 1 ? ` (và ${refused.length - 1} đảng viên khác cũng không ghi được)` : '';
    const fields = Object.fromEntries(refused.map((r) => [`memberIds.${r.index}`, `${r.head.full_name}: ${r.failure.message}`]));
    throw new AppFailure('RULE', `Không ghi được cho đảng viên ${describe(first.head)}: ${first.failure.message.replace(/\.$/, '')}${more}. Chưa ghi sự kiện cho đảng viên nào.`, fields);
  }
  // Written anyway: the deadlines are reminders (every member of one decision has the same dates).
  const found = transferWarnings({ typeCode: type, eventDate: input.eventDate, decisionDate: input.decisionDate });
  const warnings = bulk ? input.memberIds.flatMap((id) => found.map((w) => `${(heads.get(id) as repo.MemberHead).full_name}: ${w}`)) : found;
  return { recorded: input.memberIds.length, eventIds, warnings };
}

// ---- correct ------------------------------------------------------------------------------------

async function mustGetEvent(ctx: ServiceContext, eventId: number) {
  const ev = await repo.getEvent(ctx.db, eventId);
  if (!ev) throw new AppFailure('NOT_FOUND', 'Không tìm thấy sự kiện này.');
  const [head] = await repo.memberHeads(ctx.db, [ev.member_id]);
  if (!head) throw new AppFailure('NOT_FOUND', 'Không tìm thấy đảng viên của sự kiện này.');
  return { ev, head, events: await members.eventsOf(ctx.db, ev.member_id) };
}

/**
 * Corrects the date, the decision fields, the note and the transfer-gap mark of an event (and of its
 * pair, for a transfer within the province); returns it with its deadline warnings.
 */
export async function correct(ctx: ServiceContext, input: ParsedInput<'event:correct'>): Promise<MemberEvent> {
  const catalogue = await eventCatalogue(ctx);
  const { ev, head, events } = await mustGetEvent(ctx, input.eventId);
  if (ev.cancelled === 1) throw new AppFailure('RULE', 'Sự kiện này đã bị hủy: không sửa được.');
  if (isFuture(ctx, input.eventDate)) throw new AppFailure('BAD_INPUT', 'Ngày sự kiện ở tương lai.', { eventDate: 'Ngày ở tương lai' });
  if (isFuture(ctx, input.decisionDate)) throw new AppFailure('BAD_INPUT', 'Ngày quyết định ở tương lai.', { decisionDate: 'Ngày ở tương lai' });
  if (input.eventDate <= head.birth_date) throw new AppFailure('RULE', `Ngày sự kiện phải sau ngày sinh của đảng viên (${formatVi(head.birth_date)}).`, { eventDate: 'Ngày sự kiện trước ngày sinh' });
  checkGapMark(ev.type_code, input.eventDate, input.decisionDate, input.interruptsPartyAge);

  const partner = partnerOf(ev, events);
  const targets = partner ? [ev, partner] : [ev];
  const targetIds = new Set(targets.map((e) => e.id));
  const values = {
    event_date: input.eventDate,
    decision_no: input.decisionNo,
    decision_date: input.decisionDate,
    decision_body: input.decisionBody,
    decision_signer: input.decisionSigner,
    note: input.note,
    interrupts_party_age: input.interruptsPartyAge ? 1 : 0,
  };
  const changedEvents = events.map((e) => (targetIds.has(e.id) ? { ...e, ...values } : e));

  // Placements keep their order (the chain of cells the member went through).
  const order = (list: readonly MemberEventRow[]) => placements(list).map((e) => e.id).join(',');
  if (PLACING_CODES.has(ev.type_code) || ev.type_code === LOCAL_OUT) {
    if (order(events) !== order(changedEvents)) {
      throw new AppFailure('RULE', 'Không sửa được ngày: thứ tự các lần kết nạp, chuyển sinh hoạt của đảng viên sẽ thay đổi. Hãy hủy sự kiện ghi sai rồi ghi lại.', { eventDate: 'Ngày này đảo thứ tự các lần chuyển sinh hoạt' });
    }
  }
  checkReplay(events.map(ruleEvent), changedEvents.map(ruleEvent), [...targetIds], catalogue, 'Không sửa được');

  const keys = ['event_date', 'decision_no', 'decision_date', 'decision_body', 'decision_signer', 'note', 'interrupts_party_age'] as const;
  const camel: Record<(typeof keys)[number], string> = {
    event_date: 'eventDate',
    decision_no: 'decisionNo',
    decision_date: 'decisionDate',
    decision_body: 'decisionBody',
    decision_signer: 'decisionSigner',
    note: 'note',
    interrupts_party_age: 'interruptsPartyAge',
  };
  // The mark is audited as a yes/no, the other fields as stored.
  const audited = (k: (typeof keys)[number], v: unknown) => (k === 'interrupts_party_age' ? v === 1 : v);
  for (const target of targets) {
    const changed = keys.filter((k) => target[k] !== values[k]);
    if (changed.length === 0) continue;
    await members.updateEvent(ctx.db, target.id, { ...values, updated_at: ctx.now });
    ctx.audit({
      action: 'event.correct',
      entity: 'member_event',
      entityId: target.id,
      oldValues: { memberId: head.id, typeCode: target.type_code, ...Object.fromEntries(changed.map((k) => [camel[k], audited(k, target[k])])) },
      newValues: { memberId: head.id, typeCode: target.type_code, ...Object.fromEntries(changed.map((k) => [camel[k], audited(k, values[k])])) },
    });
  }

  // The card follows its own events.
  const memberChanges: Record<string, [unknown, unknown]> = {};
  const cardBefore = cardEventIds(events);
  const cardAfter = cardEventIds(changedEvents);
  if (ev.id === cardBefore.admit) {
    const current = await members.getMember(ctx.db, head.id);
    if (current && (current.admission_date !== input.eventDate || current.admission_decision_date !== input.decisionDate)) {
      await members.updateMember(ctx.db, head.id, { admission_date: input.eventDate, admission_decision_date: input.decisionDate, updated_at: ctx.now });
      if (current.admission_date !== input.eventDate) memberChanges.admissionDate = [current.admission_date, input.eventDate];
      if (current.admission_decision_date !== input.decisionDate) memberChanges.admissionDecisionDate = [current.admission_decision_date, input.decisionDate];
    }
  }
  if (ev.type_code === FULL_CODE) {
    const first = changedEvents.find((e) => e.id === cardAfter.full);
    const date = first?.event_date ?? null;
    if (date !== head.full_member_date) {
      await members.updateMember(ctx.db, head.id, { full_member_date: date, updated_at: ctx.now });
      memberChanges.fullMemberDate = [head.full_member_date, date];
    }
  }
  auditMember(ctx, head.id, memberChanges);
  await refreshStatus(ctx, head.id, catalogue.effects);
  return eventOut(ctx, head.id, ev.id);
}

// ---- cancel -------------------------------------------------------------------------------------

/**
 * Cancels an event recorded by mistake, with the reason (kept, struck through). The member's status,
 * party age and, for the latest move, cell are put back as if the event had never been recorded.
 */
export async function cancel(ctx: ServiceContext, input: ParsedInput<'event:cancel'>): Promise<MemberEvent> {
  const catalogue = await eventCatalogue(ctx);
  const { ev, head, events } = await mustGetEvent(ctx, input.eventId);
  if (ev.cancelled === 1) throw new AppFailure('RULE', 'Sự kiện này đã bị hủy trước đó.');
  const card = cardEventIds(events);
  if (ev.id === card.admit) {
    throw new AppFailure('RULE', 'Không hủy được sự kiện kết nạp của phiếu đảng viên (ngày vào Đảng là thông tin bắt buộc của phiếu): hãy sửa ngày của sự kiện, hoặc sửa phiếu.');
  }
  if (ev.id === card.full && head.card_no !== null) {
    throw new AppFailure('RULE', `Đảng viên có số thẻ đảng viên ${head.card_no}; chỉ đảng viên chính thức mới có thẻ: hãy xóa số thẻ trên phiếu trước khi hủy sự kiện công nhận chính thức.`);
  }
  const partner = partnerOf(ev, events);
  const targets = partner ? [ev, partner] : [ev];
  const targetIds = new Set(targets.map((e) => e.id));
  const moving = targets.find((e) => MOVING.has(e.type_code));
  if (moving) {
    const later = placements(events).filter((e) => !targetIds.has(e.id) && byDateThenId({ eventDate: e.event_date, id: e.id }, { eventDate: moving.event_date, id: moving.id }) > 0)[0];
    if (later) {
      throw new AppFailure('RULE', `Sau sự kiện này, ngày ${formatVi(later.event_date)} đảng viên còn được ${(catalogue.names.get(later.type_code) ?? later.type_code).toLowerCase()}: hãy hủy sự kiện đó trước.`);
    }
  }
  let changedEvents = events.map((e) => (targetIds.has(e.id) ? { ...e, cancelled: 1 } : e));

  // A cancelled arrival: an admission marked as elsewhere with nothing bringing the member here is ours again.
  const reverted: MemberEventRow[] = [];
  if (ev.type_code === 'TRANSFER_IN_PROVINCE') {
    const standing = live(changedEvents);
    const admits = standing.filter((e) => e.type_code === 'ADMIT');
    const addsHere = standing.some((e) => catalogue.effects.get(e.type_code) === 'add' && !(ADMISSION_CODES.has(e.type_code) && e.org_to_id === null));
    if (admits.length === 1 && (admits[0] as MemberEventRow).org_to_id === null && !addsHere && standing.every((e) => CARD_ONLY.has(e.type_code))) {
      reverted.push(admits[0] as MemberEventRow);
      changedEvents = changedEvents.map((e) => (e.id === admits[0]?.id ? { ...e, org_to_id: head.organisation_id } : e));
    }
  }
  checkReplay(events.map(ruleEvent), changedEvents.map(ruleEvent), reverted.map((e) => e.id), catalogue, 'Không hủy được');

  // Back to the cell the cancelled move came from.
  const memberChanges: Record<string, [unknown, unknown]> = {};
  if (moving && moving.org_from_id !== null && moving.org_from_id !== moving.org_to_id && head.organisation_id === moving.org_to_id) {
    const back = await getOrganisation(ctx.db, moving.org_from_id);
    if (!back || back.effective_to !== null) {
      throw new AppFailure(
        'RULE',
        `Không hủy được: chi bộ trước khi chuyển (${back?.name ?? 'không rõ'}) đã thôi hoạt động, không đưa đảng viên về đó được. Hãy ghi chuyển sinh hoạt sang một chi bộ đang hoạt động.`,
      );
    }
    await members.updateMember(ctx.db, head.id, { organisation_id: back.id, org_path: back.path, updated_at: ctx.now });
    memberChanges.organisationId = [head.organisation_id, back.id];
  }
  for (const target of targets) {
    await members.updateEvent(ctx.db, target.id, { cancelled: 1, cancel_reason: input.reason, updated_at: ctx.now });
    ctx.audit({
      action: 'event.cancel',
      entity: 'member_event',
      entityId: target.id,
      oldValues: { ...eventAudit(target), cancelled: false, cancelReason: null },
      newValues: { memberId: head.id, typeCode: target.type_code, cancelled: true, cancelReason: input.reason },
    });
  }
  for (const e of reverted) {
    await members.updateEvent(ctx.db, e.id, { org_to_id: head.organisation_id, updated_at: ctx.now });
    ctx.audit({ action: 'event.admittedHere', entity: 'member_event', entityId: e.id, oldValues: { memberId: head.id, orgToId: null }, newValues: { memberId: head.id, orgToId: head.organisation_id } });
  }
  if (ev.id === card.full) {
    const next = cardEventIds(changedEvents).full;
    const date = changedEvents.find((e) => e.id === next)?.event_date ?? null;
    if (date !== head.full_member_date) {
      await members.updateMember(ctx.db, head.id, { full_member_date: date, updated_at: ctx.now });
      memberChanges.fullMemberDate = [head.full_member_date, date];
    }
  }
  auditMember(ctx, head.id, memberChanges);
  await refreshStatus(ctx, head.id, catalogue.effects);
  return eventOut(ctx, head.id, ev.id);
}

// ---- reminders ----------------------------------------------------------------------------------

/** Probationary members due for recognition (within `withinDays`, and overdue) and temporary transfers older than a year. */
export async function reminders(ctx: ServiceContext, input: ParsedInput<'event:reminders'>): Promise<RemindersResult> {
  const path = await scopePath(ctx, input.organisationId);
  const today = ctx.today;
  const due = (await repo.probationaryMembers(ctx.db, path))
    .filter((r) => r.admitted !== null)
    .map((r) => {
      const probationEnds = addMonths(completeDate(r.admitted as string).iso, 12);
      return { row: r, probationEnds, daysLeft: daysBetween(today, probationEnds) };
    })
    .filter((d) => d.daysLeft <= input.withinDays)
    .sort((a, b) => (a.probationEnds < b.probationEnds ? -1 : a.probationEnds > b.probationEnds ? 1 : a.row.sort_key < b.row.sort_key ? -1 : 1));
  const yearAgo = addMonths(today, -12);
  const away = (await repo.temporarilyAwayMembers(ctx.db, path))
    .filter((r) => r.since !== null && completeDate(r.since).iso <= yearAgo)
    .sort((a, b) => ((a.since as string) < (b.since as string) ? -1 : (a.since as string) > (b.since as string) ? 1 : a.sort_key < b.sort_key ? -1 : 1));
  const person = (r: { id: number; full_name: string; birth_date: string; organisation_id: number; organisation_name: string }) => ({
    memberId: r.id,
    fullName: r.full_name,
    birthDate: r.birth_date,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
  });
  return {
    asOf: today,
    withinDays: input.withinDays,
    probation: {
      total: due.length,
      rows: due.slice(0, input.limit).map((d) => ({ ...person(d.row), admissionDate: d.row.admitted as string, probationEnds: d.probationEnds, daysLeft: d.daysLeft })),
    },
    temporary: {
      total: away.length,
      rows: away.slice(0, input.limit).map((r) => ({ ...person(r), since: r.since as string, months: monthsBetween(completeDate(r.since as string).iso, today), hostName: r.host_name })),
    },
  };
}

// ---- status as of a date ------------------------------------------------------------------------

/** Counts of a subtree (or the province) on a past date, derived from the events. */
export async function statusAsOf(ctx: ServiceContext, input: ParsedInput<'event:statusAsOf'>): Promise<StatusAsOfResult> {
  const path = await scopePath(ctx, input.organisationId);
  const { effects } = await eventCatalogue(ctx);
  const codes = [...effects];
  const counts = await repo.statusAsOf(ctx.db, input.asOf, path, {
    adds: codes.filter(([, e]) => e === 'add').map(([c]) => c),
    removes: codes.filter(([, e]) => e === 'remove').map(([c]) => c),
    moves: [...MOVING],
  });
  return {
    organisationId: input.organisationId,
    asOf: input.asOf,
    onList: counts.on_list,
    probationary: counts.probationary,
    full: counts.full,
    exempted: counts.exempted,
    suspended: counts.suspended,
    temporarilyAway: counts.temporarily_away,
  };
}
