import { useEffect, useMemo, useRef, useState } from 'react';
import { call } from '../../api/client.ts';
import { checkTypedDate } from '../../components/dates.ts';
import { isCompleteRow, isPlanningType, type DecisionRow, type RowCheck } from './decisionDraft.ts';

/** How long typing may pause before the rows are checked (one call for every complete row). */
export const CHECK_MS = 300;

/**
 * Asks decision:check about the complete rows (a type and a person) once the clerk pauses: the posts
 * before, the term end and the warnings (60-month rule, discipline wait, rotation). Answers come keyed
 * by row key; an answer to an older question is dropped. `onAnswer` fills the "before" boxes.
 */
export function useDecisionCheck(rows: readonly DecisionRow[], effectiveOnText: string, receivedOnText: string, onAnswer: (checks: Record<number, RowCheck>) => void, issuedOnText = '') {
  const [checks, setChecks] = useState<Record<number, RowCheck>>({});
  const answer = useRef(onAnswer);
  useEffect(() => {
    answer.current = onAnswer;
  }, [onAnswer]);
  const effective = checkTypedDate(effectiveOnText, true);
  const received = checkTypedDate(receivedOnText, true);
  const effectiveOn = effective.ok ? effective.iso : null;
  const receivedOn = received.ok ? received.iso : null;
  // The 60-month rule counts from the date the proposal was received, else the date of signing.
  const issued = checkTypedDate(issuedOnText, true);
  const issuedOn = issued.ok ? issued.iso : null;

  // What the check depends on, as one string: typing in a note asks nothing. The new post counts: a row
  // without it is refused (and so not warned about), and planning limits count posts by name.
  const question = useMemo(() => {
    const complete = rows.filter(isCompleteRow);
    if (effectiveOn === null || complete.length === 0) return null;
    return JSON.stringify({
      effectiveOn,
      receivedOn,
      issuedOn,
      rows: complete.map((r) => ({
        key: r.key,
        typeCode: r.typeCode,
        cadreId: r.person.id,
        postKind: r.postKind,
        postAfter: r.postAfter.trim() === '' ? null : r.postAfter.trim(),
        unitAfter: r.unitAfter.trim() === '' ? null : r.unitAfter.trim(),
        termMonths: /^\d+$/.test(r.termMonths.trim()) ? Number(r.termMonths.trim()) : null,
        planningCycle: isPlanningType(r.typeCode) && r.planningCycle.trim() !== '' ? r.planningCycle.trim() : null,
      })),
    });
  }, [rows, effectiveOn, receivedOn, issuedOn]);

  const serial = useRef(0);
  useEffect(() => {
    if (question === null) return;
    const mine = ++serial.current;
    const timer = setTimeout(() => {
      const q = JSON.parse(question) as { effectiveOn: string; receivedOn: string | null; issuedOn: string | null; rows: { key: number; typeCode: string; cadreId: number; postKind: DecisionRow['postKind']; postAfter: string | null; unitAfter: string | null; termMonths: number | null; planningCycle: string | null }[] };
      void call('decision:check', {
        effectiveOn: q.effectiveOn,
        receivedOn: q.receivedOn,
        issuedOn: q.issuedOn,
        actions: q.rows.map(({ key: _key, ...a }) => ({ ...a, termMonths: a.termMonths !== null && a.termMonths >= 1 && a.termMonths <= 240 ? a.termMonths : null })),
      }).then((r) => {
        if (mine !== serial.current || !r.ok) return;
        const out: Record<number, RowCheck> = {};
        q.rows.forEach((row, i) => {
          const c = r.value.rows[i];
          if (c) out[row.key] = c;
        });
        setChecks(out);
        answer.current(out);
      });
    }, CHECK_MS);
    return () => clearTimeout(timer);
  }, [question]);

  return checks;
}
