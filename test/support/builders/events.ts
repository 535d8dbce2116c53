import type { Input } from '../../shared/contract/methods.ts';
import type { TestCore } from './core.ts';

export type RecordInput = Input<'event:record'>;

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
