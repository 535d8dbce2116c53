import { Alert, List, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/contract/index.ts';
import type { Problem } from '../../../../shared/kernel/problems.ts';
import { cardPlausibility, keptAsWarnings, noteOf, type CardDates, type CardFacts, type PlausibilityProblem } from '../../../../shared/members/plausibility.ts';
import { call } from '../../api/client.ts';
import { problemText } from '../../api/problems.ts';
import { checkTypedDate } from '../../components/dates.ts';
import { today } from '../../stores/today.ts';
import type { MemberDraft } from './memberDraft.ts';

export interface NoteLine {
  problem: Problem;
  /** The core will refuse it (shown first, in red). */
  refuse: boolean;
}

/** Kept in sight at the bottom of a scrolling dialog while the clerk types further up. */
const STICKY = { position: 'sticky', bottom: 0, zIndex: 2, background: 'var(--mantine-color-body)' } as const;

/**
 * A short list of dates worth a look (shared/members/plausibility.ts), as a status region named
 * `label`: what will be refused, then what is only a warning. Nothing when there is nothing to say.
 * `sticky`: stays at the bottom of the dialog's scrolling body (a long form).
 */
export function PlausibilityList({ label, lines, sticky = false }: { label: string; lines: readonly NoteLine[]; sticky?: boolean }) {
  const { t } = useTranslation();
  if (lines.length === 0) return null;
  const refusing = lines.some((l) => l.refuse);
  const ordered = [...lines.filter((l) => l.refuse), ...lines.filter((l) => !l.refuse)];
  return (
    <div style={sticky ? STICKY : undefined}>
      <Alert role="status" aria-label={label} color={refusing ? 'red' : 'yellow'} title={label} p="xs">
        <List size="sm" spacing={2}>
          {ordered.map((line, i) => (
            <List.Item key={i}>
              <Text span size="sm" fw={600}>
                {t(line.refuse ? 'admissions.plausibility.refused' : 'admissions.plausibility.warning')}
              </Text>{' '}
              {problemText(line.problem)}
            </List.Item>
          ))}
        </List>
      </Alert>
    </div>
  );
}

const linesOf = (problems: readonly PlausibilityProblem[]): NoteLine[] => problems.map((p) => ({ problem: noteOf(p), refuse: p.severity === 'refuse' }));

/** The card's dates as typed: a box that is empty or not (yet) a date counts as empty. */
function datesOf(draft: Pick<MemberDraft, keyof CardDates>): CardDates {
  const iso = (text: string) => {
    const check = checkTypedDate(text);
    return check.ok ? check.iso : null;
  };
  return { birthDate: iso(draft.birthDate), admissionDate: iso(draft.admissionDate), admissionDecisionDate: iso(draft.admissionDecisionDate), fullMemberDate: iso(draft.fullMemberDate) };
}

/** What the record's events say, as member:get reports it. */
const factsOf = (m: Member): CardFacts => ({ onList: m.onList, suspended: m.suspended ?? false, membership: m.membership });

interface PlausibilityNotesProps {
  draft: MemberDraft;
  /** The record as loaded (its own problems are kept as warnings, as the core does). */
  initial: MemberDraft;
  /** null: a new record. */
  memberId: number | null;
}

/**
 * The record card's plausibility notes, computed while the clerk types with the rules the core
 * enforces: a refusal is told before saving (the core then puts it under its box), a warning
 * (probationary for more than 24 months, a partial date that may break a rule) is only told.
 */
export function PlausibilityNotes({ draft, initial, memberId }: PlausibilityNotesProps) {
  const { t } = useTranslation();
  // The record's status (on the list, suspended, full) for the 24-month warning; a new record has none.
  const [facts, setFacts] = useState<CardFacts | null>(memberId === null ? {} : null);
  useEffect(() => {
    if (memberId === null) return;
    let live = true;
    void call('member:get', { id: memberId }).then((r) => {
      if (live && r.ok) setFacts(factsOf(r.value));
    });
    return () => {
      live = false;
    };
  }, [memberId]);

  // A microsecond's work: computed at each render (each key typed).
  const day = today();
  // Until the record's status is known, nothing is said about its probation.
  const known = facts ?? { onList: false };
  const now = cardPlausibility(datesOf(draft), known, day);
  const problems = memberId === null ? now : keptAsWarnings(now, cardPlausibility(datesOf(initial), known, day));
  return <PlausibilityList label={t('admissions.plausibility.title')} lines={linesOf(problems)} sticky />;
}

/** The member file's header: probationary for more than 24 months with nothing explaining it. */
export function ProbationNote({ member }: { member: Member }) {
  const { t } = useTranslation();
  const dates: CardDates = { birthDate: member.birthDate, admissionDate: member.admissionDate, admissionDecisionDate: member.admissionDecisionDate, fullMemberDate: member.fullMemberDate };
  const overdue = cardPlausibility(dates, factsOf(member), today()).filter((p) => p.rule === 'probationOverdue');
  return <PlausibilityList label={t('admissions.plausibility.probation')} lines={overdue.map((p) => ({ problem: noteOf(p), refuse: false }))} />;
}
