/**
 * The audit entries of event changes (members.md): an event's values as audited, and the entry for the
 * member's own fields an event changes (cell, admission and full-membership dates: 'member.byEvent').
 * Every change of an event is audited with its old and new values.
 */
import type { MemberEventRow } from '../../../db/repositories/members/members.ts';
import type { ServiceContext } from '../context.ts';

export function eventAudit(
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

export function auditMember(ctx: ServiceContext, memberId: number, changes: Record<string, [unknown, unknown]>): void {
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
