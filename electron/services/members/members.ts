import { AppFailure } from '../../../shared/kernel/result.ts';
import { kernelProblems, type Problem } from '../../../shared/kernel/problems.ts';
import { memberProblems as P } from '../../../shared/members/problems.ts';
import { organisationProblems as O } from '../../../shared/organisations/problems.ts';
import type { Member, MemberFields, MemberListQuery, MemberListResult, MemberUpdate } from '../../../shared/members/schemas.ts';
import { cardPlausibility, keptAsWarnings, refusals, type CardDates, type CardFacts, type PlausibilityProblem } from '../../../shared/members/plausibility.ts';
import { anchorReaching, monthsBetween, partyAge, type PartyAge } from '../../../shared/members/partyAge.ts';
import { addYears, formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import { cleanDigits } from '../../../shared/kernel/ids/identifiers.ts';
import { fullName } from '../../../shared/kernel/text/names.ts';
import { cleanText, personSearchParts, searchWords } from '../../../shared/kernel/text/normalise.ts';
import { personSortKey } from '../../../shared/kernel/text/sortKey.ts';
import * as repo from '../../../db/repositories/members/members.ts';
import { listMembers } from '../../../db/repositories/members/memberList.ts';
import { identifierMatch, matchRank, nameMatch } from '../../../shared/members/searchMatch.ts';
import { getOrganisation } from '../../../db/repositories/organisations/organisations.ts';
import type { MemberRecord } from '../../../db/repositories/members/members.ts';
import type { MemberEventTable, MemberTable } from '../../../db/schema.ts';
import type { Insertable } from 'kysely';
import type { ServiceContext } from '../context.ts';
import { cachedColumns, deriveAll, eventCatalogue, partyAgeEventOf, partyAgeInfo, refreshStatus } from '../events/memberStatus.ts';
import { ageBand } from '../../../db/repositories/catalogues/catalogues.ts';
import { EVENT } from '../../../shared/events/eventTypes.ts';

/** Organisation types a member's record can sit in (a party cell of either kind). */
const MEMBER_HOLDING_TYPES = new Set(['GRASSROOTS_CELL', 'CELL']);

function toMember(row: MemberRecord & { organisation_name: string }): Member {
  return {
    id: row.id,
    familyName: row.family_name,
    middleName: row.middle_name,
    givenName: row.given_name,
    nameOrder: row.name_order,
    fullName: row.full_name,
    otherNames: row.other_names,
    sex: row.sex,
    birthDate: row.birth_date,
    birthPlace: row.birth_place,
    homeTown: row.home_town,
    residence: row.residence,
    temporaryResidence: row.temporary_residence,
    ethnicCode: row.ethnic_code,
    religionCode: row.religion_code,
    citizenId: row.citizen_id,
    cardNo: row.card_no,
    recordNo: row.record_no,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    admissionDate: row.admission_date,
    admissionDecisionDate: row.admission_decision_date,
    fullMemberDate: row.full_member_date,
    generalEducation: row.general_education,
    professionalCode: row.professional_code,
    politicalTheoryCode: row.political_theory_code,
    occupationCode: row.occupation_code,
    phone: row.phone,
    notes: row.notes,
    membership: row.membership,
    onList: row.on_list === 1,
    exempted: row.exempted === 1,
    suspended: row.suspended === 1,
    temporarilyAway: row.temporarily_away === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function mustGet(ctx: ServiceContext, id: number) {
  const row = await repo.getMember(ctx.db, id);
  if (!row) throw new AppFailure('NOT_FOUND', P.notFound());
  return row;
}

/** The record card with its party age as of today (`age`: already derived by the caller, as of today). */
export async function get(ctx: ServiceContext, id: number, age?: PartyAge): Promise<Member> {
  const member = toMember(await mustGet(ctx, id));
  if (age === undefined) {
    const events = await repo.eventsOf(ctx.db, id);
    age = partyAge(events.map(partyAgeEventOf), ctx.today);
  }
  return { ...member, partyAge: partyAgeInfo(age) };
}

/** The card's dates as the plausibility rules read them. */
const cardDatesOf = (f: Pick<MemberFields, 'birthDate' | 'admissionDate' | 'admissionDecisionDate' | 'fullMemberDate'>): CardDates => ({
  birthDate: f.birthDate,
  admissionDate: f.admissionDate,
  admissionDecisionDate: f.admissionDecisionDate,
  fullMemberDate: f.fullMemberDate,
});

/**
 * The date rules of the record card (shared/members/plausibility.ts) and the card number's: refused
 * with the message under each box. `stored`: the problems the record already had (an edit is not
 * refused for a date the clerk left as it was).
 */
function checkDates(f: MemberFields, today: string, facts: CardFacts = {}, stored: readonly PlausibilityProblem[] = []): void {
  const found = refusals(keptAsWarnings(cardPlausibility(cardDatesOf(f), facts, today), stored));
  const fields: Record<string, Problem> = Object.fromEntries(found.map((p) => [p.field, p.problem]));
  const summaries = found.map((p) => p.summary);
  if (f.cardNo !== null && f.fullMemberDate === null) {
    fields.cardNo = P.cardNeedsFull();
    summaries.push(P.cardNeedsFull());
  }
  const first = summaries[0];
  if (first !== undefined) throw new AppFailure('BAD_INPUT', kernelProblems.sentence({ text: first }), fields);
}

/** What the member's events say to the card's rules: the death, the status as of today. */
async function cardFacts(ctx: ServiceContext, row: MemberRecord): Promise<CardFacts> {
  const death = (await repo.eventsOf(ctx.db, row.id)).find((e) => e.type_code === EVENT.DEATH && e.cancelled === 0);
  return { deathDate: death?.event_date ?? null, onList: row.on_list === 1, suspended: row.suspended === 1, membership: row.membership };
}

async function checkCitizenIdFree(ctx: ServiceContext, citizenId: string | null, selfId: number | null): Promise<void> {
  if (citizenId === null) return;
  const other = await repo.findByCitizenId(ctx.db, citizenId);
  if (other && other.id !== selfId) {
    const problem = P.citizenIdTaken({ citizenId, name: other.full_name, birth: formatVi(other.birth_date), organisation: other.organisation_name });
    throw new AppFailure('CONFLICT', problem, { citizenId: P.citizenIdTakenField({ name: other.full_name }) });
  }
}

/** The cell a member's record may sit in; refuses a missing, closed or non-cell organisation (field organisationId). */
export async function holdingOrganisation(ctx: ServiceContext, id: number) {
  const org = await getOrganisation(ctx.db, id);
  if (!org) throw new AppFailure('BAD_INPUT', O.chosenNotFound(), { organisationId: O.chooseOrganisation() });
  if (org.effective_to !== null) throw new AppFailure('RULE', O.inactive({ name: org.name }), { organisationId: O.inactiveField() });
  if (!MEMBER_HOLDING_TYPES.has(org.type_code)) {
    throw new AppFailure('RULE', O.notACell({ name: org.name }), { organisationId: O.chooseACell() });
  }
  return org;
}

function searchColumns(names: { familyName: string; middleName: string; givenName: string }, otherNames: string | null) {
  const parts = personSearchParts({ ...names, otherNames });
  return { search_head: parts.head, search_rest: parts.rest };
}

function columns(f: MemberFields, org: { id: number; path: string }): Omit<Insertable<MemberTable>, 'membership' | 'on_list' | 'created_at' | 'updated_at' | 'sort_key'> {
  const names = { familyName: cleanText(f.familyName), middleName: cleanText(f.middleName), givenName: cleanText(f.givenName) };
  const otherNames = f.otherNames === null ? null : cleanText(f.otherNames);
  const full = fullName(names, f.nameOrder);
  const text = (v: string | null) => (v === null ? null : cleanText(v));
  return {
    family_name: names.familyName,
    middle_name: names.middleName,
    given_name: names.givenName,
    name_order: f.nameOrder,
    full_name: full,
    other_names: otherNames,
    ...searchColumns(names, otherNames),
    sex: f.sex,
    birth_date: f.birthDate,
    birth_place: text(f.birthPlace),
    home_town: text(f.homeTown),
    residence: text(f.residence),
    temporary_residence: text(f.temporaryResidence),
    ethnic_code: f.ethnicCode,
    religion_code: f.religionCode,
    citizen_id: f.citizenId,
    card_no: f.cardNo,
    record_no: f.recordNo,
    organisation_id: org.id,
    org_path: org.path,
    admission_date: f.admissionDate,
    admission_decision_date: f.admissionDecisionDate,
    full_member_date: f.fullMemberDate,
    general_education: text(f.generalEducation),
    professional_code: f.professionalCode,
    political_theory_code: f.politicalTheoryCode,
    occupation_code: f.occupationCode,
    phone: f.phone,
    notes: f.notes === null ? null : f.notes.normalize('NFC').trim(),
  };
}

function auditValues(m: Member): Record<string, unknown> {
  // Party age is computed for the day it is asked, not stored: it is not part of the trail.
  const { createdAt: _c, updatedAt: _u, organisationName: _o, partyAge: _p, ...rest } = m;
  return rest;
}

/** Details of the admission decision beyond its date (admission under one decision: member:admitMany). */
export interface AdmitDecisionDetails {
  number: string;
  body: string | null;
  signer: string | null;
}

/** An event recorded from the card's own dates (decision details only when the caller has them). */
function cardEvent(
  ctx: ServiceContext,
  memberId: number,
  orgId: number,
  typeCode: typeof EVENT.ADMIT | typeof EVENT.FULL,
  eventDate: string,
  decisionDate: string | null,
  details: AdmitDecisionDetails | null = null,
): Insertable<MemberEventTable> {
  return {
    member_id: memberId,
    type_code: typeCode,
    event_date: eventDate,
    decision_no: details?.number ? cleanText(details.number) : null,
    decision_date: decisionDate,
    decision_body: details?.body ? cleanText(details.body) : null,
    decision_signer: details?.signer ? cleanText(details.signer) : null,
    org_from_id: null,
    org_to_id: orgId,
    note: null,
    cancelled: 0,
    created_at: ctx.now,
  };
}

/**
 * The ADMIT and FULL events the card's dates stand for, kept in step with the card. `orgCorrected`:
 * the card's organisation was corrected (entered in the wrong cell, see update): the events' cells
 * follow it to `orgId`.
 */
async function syncCardEvents(ctx: ServiceContext, memberId: number, f: MemberFields, orgId: number, orgCorrected = false): Promise<void> {
  const events = await repo.eventsOf(ctx.db, memberId);
  const place = (e: { org_from_id: number | null; org_to_id: number | null }) => {
    if (!orgCorrected) return {};
    return {
      ...(e.org_to_id !== null && e.org_to_id !== orgId ? { org_to_id: orgId } : {}),
      ...(e.org_from_id !== null && e.org_from_id !== orgId ? { org_from_id: orgId } : {}),
    };
  };
  const admit = events.find((e) => e.type_code === EVENT.ADMIT && e.cancelled === 0);
  if (admit) {
    const datesChanged = admit.event_date !== f.admissionDate || admit.decision_date !== f.admissionDecisionDate;
    const changes = { ...(datesChanged ? { event_date: f.admissionDate, decision_date: f.admissionDecisionDate } : {}), ...place(admit) };
    if (Object.keys(changes).length > 0) await repo.updateEvent(ctx.db, admit.id, changes);
  } else {
    await repo.insertEvent(ctx.db, cardEvent(ctx, memberId, orgId, EVENT.ADMIT, f.admissionDate, f.admissionDecisionDate));
  }
  const full = events.find((e) => e.type_code === EVENT.FULL && e.cancelled === 0);
  if (f.fullMemberDate === null) {
    // A recognition made by decision is undone on the events tab, with a reason, not by clearing a box
    // (a card opened before the event was recorded must not cancel it on save).
    if (full?.decision_no) {
      throw new AppFailure(
        'RULE',
        P.fullByDecision({ date: formatVi(full.event_date), number: full.decision_no }),
        { fullMemberDate: P.fullByDecisionField() },
      );
    }
    if (full) await repo.updateEvent(ctx.db, full.id, { cancelled: 1, note: 'Hủy khi sửa phiếu đảng viên (bỏ ngày chính thức)' });
  } else if (!full) {
    await repo.insertEvent(ctx.db, cardEvent(ctx, memberId, orgId, EVENT.FULL, f.fullMemberDate, null));
  } else {
    const changes = { ...(full.event_date !== f.fullMemberDate ? { event_date: f.fullMemberDate } : {}), ...place(full) };
    if (Object.keys(changes).length > 0) await repo.updateEvent(ctx.db, full.id, changes);
  }
}

/**
 * A new record card with its ADMIT (and FULL) event. `admitDecision`: the admission decision's number,
 * body and signer, written on the ADMIT event and in the audit entry (admission under one decision).
 */
export async function create(ctx: ServiceContext, f: MemberFields, admitDecision: AdmitDecisionDetails | null = null): Promise<Member> {
  checkDates(f, ctx.today);
  await checkCitizenIdFree(ctx, f.citizenId, null);
  const org = await holdingOrganisation(ctx, f.organisationId);
  const values = columns(f, org);
  // The new record's status comes from the card's own events, written right after it: the row is
  // inserted once with its final cached columns (every later change goes through refreshStatus).
  const admit = cardEvent(ctx, 0, org.id, EVENT.ADMIT, f.admissionDate, f.admissionDecisionDate, admitDecision);
  const cardEvents = [admit];
  if (f.fullMemberDate !== null) cardEvents.push(cardEvent(ctx, 0, org.id, EVENT.FULL, f.fullMemberDate, null));
  const stored = cardEvents.map((e) => ({ type_code: e.type_code, event_date: e.event_date, decision_date: e.decision_date ?? null, cancelled: 0, org_to_id: e.org_to_id ?? null }));
  const derived = deriveAll(stored, (await eventCatalogue(ctx)).effects, ctx.today);
  const { age } = derived;
  const id = await repo.insertMember(
    ctx.db,
    {
      ...values,
      ...cachedColumns(derived),
      created_at: ctx.now,
      updated_at: ctx.now,
    },
    (newId) => personSortKey({ familyName: values.family_name, middleName: values.middle_name ?? '', givenName: values.given_name }, values.birth_date, newId),
  );
  await repo.insertEvents(ctx.db, cardEvents.map((e) => ({ ...e, member_id: id })));
  const created = await get(ctx, id, age);
  const admitted = admitDecision === null ? {} : { admissionDecision: { number: admit.decision_no, body: admit.decision_body, signer: admit.decision_signer } };
  ctx.audit({ action: 'member.create', entity: 'member', entityId: id, oldValues: null, newValues: { ...auditValues(created), ...admitted } });
  return created;
}

/**
 * The card may change the member's organisation only as a data-entry correction (entered in the wrong
 * cell): while the member's standing events are just the card's own admission and full membership.
 * After any other event (a transfer, a move by reorganisation, …) a move is a dated event recorded on
 * the Sự kiện tab, so the history of cells stays true: refused (RULE, field organisationId).
 */
async function checkOrganisationCorrection(ctx: ServiceContext, memberId: number): Promise<void> {
  const standing = (await repo.eventsOf(ctx.db, memberId)).filter((e) => e.cancelled === 0);
  const cardAdmit = standing.find((e) => e.type_code === EVENT.ADMIT);
  const cardFull = standing.find((e) => e.type_code === EVENT.FULL);
  const other = standing.find((e) => e !== cardAdmit && e !== cardFull);
  if (!other) return;
  const names = (await eventCatalogue(ctx)).names;
  const transfer = names.get(EVENT.TRANSFER_OUT_LOCAL) ?? 'Chuyển đi trong tỉnh';
  throw new AppFailure(
    'RULE',
    P.organisationByEvent({ event: names.get(other.type_code) ?? other.type_code, date: formatVi(other.event_date), transfer }),
    { organisationId: P.organisationByEventField() },
  );
}

export async function update(ctx: ServiceContext, update: MemberUpdate): Promise<Member> {
  const oldRow = await mustGet(ctx, update.id);
  const old = toMember(oldRow);
  // A card sent without its name order keeps the stored one.
  const input = { ...update, nameOrder: update.nameOrder ?? old.nameOrder };
  const facts = await cardFacts(ctx, oldRow);
  checkDates(input, ctx.today, facts, cardPlausibility(cardDatesOf(old), facts, ctx.today));
  await checkCitizenIdFree(ctx, input.citizenId, input.id);
  const orgCorrected = input.organisationId !== old.organisationId;
  if (orgCorrected) await checkOrganisationCorrection(ctx, input.id);
  const org = orgCorrected ? await holdingOrganisation(ctx, input.organisationId) : await getOrganisation(ctx.db, old.organisationId);
  if (!org) throw new AppFailure('NOT_FOUND', O.memberOrgNotFound());
  const values = columns(input, org);
  // Only the columns the card changes (and updated_at): an unchanged indexed column named in SET would
  // still cost its index entry, an unchanged name the full-text entry.
  await repo.updateMemberChanges(ctx.db, input.id, oldRow, {
    ...values,
    sort_key: personSortKey({ familyName: values.family_name, middleName: values.middle_name ?? '', givenName: values.given_name }, values.birth_date, input.id),
    updated_at: ctx.now,
  });
  await syncCardEvents(ctx, input.id, input, org.id, orgCorrected);
  const { age } = await refreshStatus(ctx, input.id);
  const updated = await get(ctx, input.id, age);
  const before = auditValues(old);
  const after = auditValues(updated);
  const changed = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  if (changed.length > 0) {
    ctx.audit({
      action: 'member.update',
      entity: 'member',
      entityId: input.id,
      oldValues: Object.fromEntries(changed.map((k) => [k, before[k]])),
      newValues: Object.fromEntries(changed.map((k) => [k, after[k]])),
    });
  }
  return updated;
}

/** Birth-date bounds for an age band as of a date: ages from..to means born in (asOf - (to+1) years, asOf - from years]. */
export function birthRangeForAges(asOf: string, from: number, to: number | null): { after: string | null; onOrBefore: string } {
  return { after: to === null ? null : addYears(asOf, -(to + 1)), onOrBefore: addYears(asOf, -from) };
}

export async function list(ctx: ServiceContext, q: MemberListQuery): Promise<MemberListResult> {
  let orgPath: string | null = null;
  if (q.organisationId !== null) {
    const org = await getOrganisation(ctx.db, q.organisationId);
    if (!org) throw new AppFailure('NOT_FOUND', O.chosenNotFound());
    orgPath = org.parent_id === null ? null : org.path;
  }
  const asOf = q.asOf ?? ctx.today;
  let birthAfter: string | null = null;
  let birthOnOrBefore: string | null = null;
  if (q.ageBand !== null) {
    const band = await ageBand(ctx.db, q.ageBand);
    if (!band || band.from === null) throw new AppFailure('BAD_INPUT', P.ageBandNotInCatalogue(), { ageBand: P.chooseAgeBand() });
    const range = birthRangeForAges(asOf, Number(band.from), band.to === null ? null : Number(band.to));
    birthAfter = range.after;
    birthOnOrBefore = range.onOrBefore;
  }
  if (q.minPartyAgeYears !== null && q.maxPartyAgeYears !== null && q.minPartyAgeYears > q.maxPartyAgeYears) {
    throw new AppFailure('BAD_INPUT', P.partyAgeRange(), { maxPartyAgeYears: P.partyAgeRangeField() });
  }
  // Party age >= n years exactly when the anchor is on or before anchorReaching(asOf, 12 n).
  const anchorOnOrBefore = q.minPartyAgeYears === null ? null : anchorReaching(asOf, 12 * q.minPartyAgeYears);
  const anchorAfter = q.maxPartyAgeYears === null ? null : anchorReaching(asOf, 12 * (q.maxPartyAgeYears + 1));
  const digits = cleanDigits(q.q.trim());
  const isDigits = /^\d{3,12}$/.test(digits);
  const words = isDigits ? [] : searchWords(q.q);
  const result = await listMembers(ctx.db, {
    orgPath,
    words,
    digits: isDigits ? digits : null,
    sort: q.sort,
    descending: q.descending,
    sex: q.sex,
    birthAfter,
    birthOnOrBefore,
    membership: q.membership,
    ethnicCode: q.ethnicCode,
    anchorOnOrBefore,
    anchorAfter,
    offset: q.offset,
    limit: q.limit,
    rank: (c) => matchRank(nameMatch(words, c.full_name, c.other_names)),
  });
  return {
    rows: result.rows.map((r) => ({
      id: r.id,
      fullName: r.full_name,
      familyName: r.family_name,
      middleName: r.middle_name,
      givenName: r.given_name,
      sex: r.sex,
      birthDate: r.birth_date,
      citizenId: r.citizen_id,
      cardNo: r.card_no,
      recordNo: r.record_no,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      admissionDate: r.admission_date,
      fullMemberDate: r.full_member_date,
      ethnicCode: r.ethnic_code,
      membership: r.membership,
      partyAgeMonths: r.party_age_anchor === null ? null : Math.max(0, monthsBetween(r.party_age_anchor, asOf)),
      otherNames: r.other_names,
      matchedBy: isDigits
        ? identifierMatch(digits, { citizenId: r.citizen_id, cardNo: r.card_no, recordNo: r.record_no })
        : words.length > 0
          ? (nameMatch(words, r.full_name, r.other_names) ?? 'name')
          : null,
    })),
    total: result.total,
    totalIsLowerBound: result.totalIsLowerBound,
  };
}
