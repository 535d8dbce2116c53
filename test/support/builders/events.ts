import type { Input, Output } from '../../../shared/contract/methods.ts';
import type { TestCore } from '../core.ts';

export type RecordInput = Input<'event:record'>;

/** A life-cycle event through event:record (the member's cached status follows, as in the app). */
export async function makeEvent(t: TestCore, memberIds: number | number[], typeCode: string, eventDate: string, more: Partial<RecordInput> = {}): Promise<Output<'event:record'>> {
  return t.must('event:record', { memberIds: Array.isArray(memberIds) ? memberIds : [memberIds], typeCode, eventDate, ...more });
}

/**
 * event:record for the given members: `rec` returns the envelope, `mustRec` the result (failing the test
 * when refused). `core` is read at each call, so a per-test core can be handed in as a getter.
 */
export function eventRecorder(core: () => TestCore) {
  const input = (memberIds: number[], typeCode: string, eventDate: string, more: Partial<RecordInput>): RecordInput => ({ memberIds, typeCode, eventDate, ...more });
  return {
    rec: (memberIds: number[], typeCode: string, eventDate: string, more: Partial<RecordInput> = {}) => core().call('event:record', input(memberIds, typeCode, eventDate, more)),
    mustRec: (memberIds: number[], typeCode: string, eventDate: string, more: Partial<RecordInput> = {}) => core().must('event:record', input(memberIds, typeCode, eventDate, more)),
  };
}
