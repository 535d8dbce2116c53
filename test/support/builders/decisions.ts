import type { Input, Output } from '../../../shared/contract/methods.ts';
import type { TestCore } from '../core.ts';

type CreateShape = Input<'decision:create'>;
export type ActionShape = CreateShape['actions'][number];
export type DecisionShape = Extract<CreateShape, { decision: unknown }>['decision'];

let seq = 0;

/** A valid decision heading: numbers are unique per call ("1001-QĐ/TU"…), issued and effective on 01/01/2021. */
export function decisionHeading(overrides: Partial<DecisionShape> = {}): DecisionShape {
  seq += 1;
  const issuedOn = overrides.issuedOn ?? '2021-01-01';
  return {
    number: `${1000 + seq}-QĐ/TU`,
    issuedOn,
    effectiveOn: issuedOn,
    issuingBody: 'Ban Thường vụ Tỉnh ủy',
    signer: 'Nguyễn Văn Ký',
    summary: 'Bổ nhiệm cán bộ',
    ...overrides,
  };
}

export interface DecisionSetup extends Partial<DecisionShape> {
  /** The rows (type and cadre at least; an appointment needs its new post). */
  actions: ActionShape[];
}

/** A personnel decision through decision:create, so the derived posts, planning and audit are the services' own. */
export async function makeDecision(t: TestCore, setup: DecisionSetup): Promise<Output<'decision:create'>> {
  const { actions, ...heading } = setup;
  return t.must('decision:create', { decision: decisionHeading(heading), actions });
}
