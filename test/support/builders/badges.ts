import type { Output } from '../../../shared/contract/methods.ts';
import type { BadgeKind } from '../../../shared/badges/schemas.ts';
import type { TestCore } from '../core.ts';

export interface BadgeSetup {
  memberId: number;
  milestone: number;
  /** A round day (03/02, 19/05, 02/09 or 07/11) in which the member is due the milestone. */
  roundDate: string;
  kind?: BadgeKind;
  /** Awarded: the decision and the badge's number (badge:decide); otherwise the badge stays proposed. */
  awarded?: { badgeNo: string; decisionNo?: string; decisionDate?: string };
}

/** A Huy hiệu Đảng through badge:propose (and badge:decide), as the badge screens make them. */
export async function makeBadge(t: TestCore, s: BadgeSetup): Promise<Output<'badge:propose'>[number]> {
  const [proposed] = await t.must('badge:propose', { roundDate: s.roundDate, items: [{ memberId: s.memberId, milestone: s.milestone, kind: s.kind ?? 'REGULAR' }] });
  if (!proposed) throw new Error('badge:propose returned no badge');
  if (!s.awarded) return proposed;
  const [decided] = await t.must('badge:decide', {
    roundDate: s.roundDate,
    decisionNo: s.awarded.decisionNo ?? '1-QĐ/TU',
    decisionDate: s.awarded.decisionDate ?? s.roundDate,
    numbers: [{ badgeId: proposed.id, badgeNo: s.awarded.badgeNo }],
  });
  if (!decided) throw new Error('badge:decide returned no badge');
  return decided;
}
