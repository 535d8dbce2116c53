import type { Input } from '../../../../shared/contract/index.ts';
import type { MemberEvent } from '../../../../shared/events/schemas.ts';
import { formatVi, parseTyped } from '../../../../shared/kernel/dates/partialDate.ts';
import { today } from '../../stores/today.ts';
import { GAP_EVENT_CODE, transferWarnings } from '../../../../shared/events/transferRules.ts';
import { checkTypedDate } from '../../components/dates.ts';
import { problemText } from '../../api/problems.ts';
import type { OrgRef } from '../../components/OrgPicker.tsx';
import { i18n } from '../../i18n/index.ts';
import { EVENT } from '../../../../shared/events/eventTypes.ts';

/** An event form as typed: dates are text (dd/mm/yyyy), the destination a chosen organisation. */
export interface EventDraft {
  typeCode: string | null;
  eventDate: string;
  orgTo: OrgRef | null;
  decisionNo: string;
  decisionDate: string;
  decisionBody: string;
  decisionSigner: string;
  note: string;
  /** Only for a transfer in from another province: the time from the transfer letter to presenting it was an interruption. */
  interruptsPartyAge: boolean;
}

export type FieldErrors = Record<string, string>;

/** Events whose destination cell is required (the member moves there). */
export const NEEDS_DESTINATION: ReadonlySet<string> = new Set<string>([EVENT.TRANSFER_OUT_LOCAL, EVENT.TRANSFER_IN_LOCAL, EVENT.TRANSFER_IN_PROVINCE, EVENT.MOVE_BY_REORGANISATION]);
/** Events that may name a cell (by default the member's own). */
export const MAY_PLACE: ReadonlySet<string> = new Set<string>([EVENT.READMIT, EVENT.RESTORE]);
export const LOCAL_TRANSFER = EVENT.TRANSFER_OUT_LOCAL;

/**
 * Event types offered in the record form: the card's own admission is entered on the record card,
 * and a transfer within the province is one action (its "in" half is written with it).
 */
export function recordableTypes<T extends { code: string }>(items: readonly T[] | undefined): T[] {
  return (items ?? []).filter((i) => i.code !== EVENT.ADMIT && i.code !== EVENT.TRANSFER_IN_LOCAL);
}

/** The transfer-gap mark is offered only for a transfer in from another province. */
export function offersGapMark(typeCode: string | null): boolean {
  return typeCode === GAP_EVENT_CODE;
}

/** The deadline warnings of the draft as typed so far (the core's own rule; none while a date is incomplete). */
export function draftWarnings(d: EventDraft): string[] {
  if (d.typeCode === null) return [];
  return transferWarnings({ typeCode: d.typeCode, eventDate: parseTyped(d.eventDate), decisionDate: parseTyped(d.decisionDate) }).map(problemText);
}

export function destinationKind(typeCode: string | null): 'required' | 'optional' | 'temporary' | null {
  if (typeCode === null) return null;
  if (NEEDS_DESTINATION.has(typeCode)) return 'required';
  if (MAY_PLACE.has(typeCode)) return 'optional';
  if (typeCode === EVENT.TEMP_OUT) return 'temporary';
  return null;
}

export function emptyDraft(typeCode: string | null = null): EventDraft {
  return { typeCode, eventDate: formatVi(today()), orgTo: null, decisionNo: '', decisionDate: '', decisionBody: '', decisionSigner: '', note: '', interruptsPartyAge: false };
}

export function draftFromEvent(e: MemberEvent): EventDraft {
  return {
    typeCode: e.typeCode,
    eventDate: formatVi(e.eventDate),
    orgTo: null,
    decisionNo: e.decisionNo ?? '',
    decisionDate: formatVi(e.decisionDate),
    decisionBody: e.decisionBody ?? '',
    decisionSigner: e.decisionSigner ?? '',
    note: e.note ?? '',
    interruptsPartyAge: e.interruptsPartyAge,
  };
}

function blankToNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** The decision fields as the contract takes them; errors keyed by the input's field names. */
function readDecision(d: EventDraft, errors: FieldErrors) {
  const decisionDate = checkTypedDate(d.decisionDate);
  if (!decisionDate.ok) errors.decisionDate = decisionDate.message;
  return {
    decisionNo: blankToNull(d.decisionNo),
    decisionDate: decisionDate.ok ? decisionDate.iso : null,
    decisionBody: blankToNull(d.decisionBody),
    decisionSigner: blankToNull(d.decisionSigner),
    note: blankToNull(d.note),
  };
}

/** The mark as the contract takes it: sent only where it is offered (elsewhere the core's default, not marked). */
function readGapMark(d: EventDraft, decisionDate: string | null, errors: FieldErrors): { interruptsPartyAge?: boolean } {
  if (!offersGapMark(d.typeCode)) return {};
  if (d.interruptsPartyAge && decisionDate === null && errors.decisionDate === undefined) errors.decisionDate = i18n.t('events.gap.needsLetterDate');
  return { interruptsPartyAge: d.interruptsPartyAge };
}

/** The record input without the members, or null when the draft is not ready (errors filled in). */
export function readRecord(d: EventDraft, errors: FieldErrors): Omit<Input<'event:record'>, 'memberIds'> | null {
  if (d.typeCode === null) errors.typeCode = i18n.t('errors.required');
  const date = checkTypedDate(d.eventDate, true);
  if (!date.ok) errors.eventDate = date.message;
  else if (date.iso === null) errors.eventDate = i18n.t('errors.required');
  if (destinationKind(d.typeCode) === 'required' && d.orgTo === null) errors.orgToId = i18n.t('errors.chooseOrganisation');
  const decision = readDecision(d, errors);
  const gap = readGapMark(d, decision.decisionDate, errors);
  if (Object.keys(errors).length > 0 || d.typeCode === null || !date.ok || date.iso === null) return null;
  return { typeCode: d.typeCode, eventDate: date.iso, orgToId: destinationKind(d.typeCode) === null ? null : (d.orgTo?.id ?? null), ...decision, ...gap };
}

/** The correction input without the event id (a partial date is kept as it is). */
export function readCorrect(d: EventDraft, errors: FieldErrors): Omit<Input<'event:correct'>, 'eventId'> | null {
  const date = checkTypedDate(d.eventDate);
  if (!date.ok) errors.eventDate = date.message;
  else if (date.iso === null) errors.eventDate = i18n.t('errors.required');
  const decision = readDecision(d, errors);
  const gap = readGapMark(d, decision.decisionDate, errors);
  if (Object.keys(errors).length > 0 || !date.ok || date.iso === null) return null;
  return { eventDate: date.iso, ...decision, ...gap };
}
