/**
 * Which sequences of life-cycle events are possible (members.md). The rules are checked by replaying
 * a member's events in order, the same order and the same state changes as deriveMembership; each
 * event is checked against the state just before it.
 *
 * Order: the non-cancelled events sorted by date, then by entry order (id). A new event goes after
 * the events of its own date. An event may be entered with a date before later events, as long as
 * every later event stays possible: an exemption in 2010 for a member who died in 2020 is fine; a
 * death in 2010 before an exemption of 2015 is refused, because the exemption would then concern
 * someone off the list. Callers compare the problems before and after a change and refuse a change
 * that creates a problem (records kept before these rules may already hold some).
 *
 * Rules, by event:
 * - ADMIT: only for someone never admitted; decision date not after the ceremony.
 * - READMIT: only for someone off the list after leaving (left voluntarily, removed, expelled).
 * - RESTORE: only after expulsion or removal.
 * - TRANSFER_IN_PROVINCE: only for someone not on the province's list: transferred to another
 *   province earlier, or admitted in another province (an admission with no organisation here).
 * - TRANSFER_OUT_LOCAL must be followed at once by TRANSFER_IN_LOCAL of the same date (one transfer
 *   within the province is recorded as that pair, so each cell's tally counts its out and its in).
 * - Every other event needs the member on the list on its date: transfers out, death, expulsion,
 *   removal, leaving, exemption, suspension, temporary transfer, card, move by reorganisation.
 * - EXPEL: a probationary member is never expelled (only reprimanded or warned; removal otherwise).
 * - FULL: only for a probationary member (on the list, or admitted in another province), dated at
 *   least 12 months after the ceremony of the current admission (shared/members/plausibility.ts
 *   probationShort: refused when certainly short, partial dates standing for any of their days).
 * - CARD_ISSUE / CARD_REISSUE / CARD_REPLACE: full members only.
 * - EXEMPT, SUSPEND, TEMP_OUT: not while already in that state; EXEMPT_END, SUSPEND_END, TEMP_IN:
 *   only while in it.
 */
import { completeDate, formatVi } from '../kernel/dates/partialDate.ts';
import { ADMISSION_CODES, FULL_CODE, type ListEffect } from './membership.ts';
import { PROBATION_MONTHS, probationShort } from '../members/plausibility.ts';
import { EVENT } from '../kernel/eventTypes.ts';
import { kernelProblems, type Problem } from '../kernel/problems.ts';
import { sequenceProblemTexts as S } from './problems.ts';

export interface RuleEvent {
  /** Stored id (entry order); give new events ids above every stored one. */
  id: number;
  typeCode: string;
  eventDate: string;
  decisionDate: string | null;
  /** For admissions: null means admitted in another province. */
  orgToId: number | null;
  cancelled: boolean;
}

/** Probation before a probationary member can be recognised as full (Điều lệ Đảng): one rule, shared/members/plausibility.ts. */
export { PROBATION_MONTHS } from '../members/plausibility.ts';

export const LEAVING_CODES = new Set<string>([EVENT.QUIT, EVENT.REMOVE, EVENT.EXPEL]);
export const RESTORABLE_CODES = new Set<string>([EVENT.EXPEL, EVENT.REMOVE]);
export const CARD_CODES = new Set<string>([EVENT.CARD_ISSUE, EVENT.CARD_REISSUE, EVENT.CARD_REPLACE]);
/** Events that put the member in a cell of the province (the last one says where the member sits). */
export const PLACING_CODES = new Set<string>([EVENT.ADMIT, EVENT.READMIT, EVENT.RESTORE, EVENT.TRANSFER_IN_PROVINCE, EVENT.TRANSFER_IN_LOCAL, EVENT.MOVE_BY_REORGANISATION]);

const FLAGS: Record<string, { flag: 'exempted' | 'suspended' | 'away'; on: boolean }> = {
  EXEMPT: { flag: 'exempted', on: true },
  EXEMPT_END: { flag: 'exempted', on: false },
  SUSPEND: { flag: 'suspended', on: true },
  SUSPEND_END: { flag: 'suspended', on: false },
  TEMP_OUT: { flag: 'away', on: true },
  TEMP_IN: { flag: 'away', on: false },
};

const FLAG_TEXT = {
  exempted: { on: S.exemptedOn(), off: S.exemptedOff() },
  suspended: { on: S.suspendedOn(), off: S.suspendedOff() },
  away: { on: S.awayOn(), off: S.awayOff() },
} as const;

const OFF_TEXT: Record<string, Problem> = {
  DEATH: S.offDEATH(),
  EXPEL: S.offEXPEL(),
  REMOVE: S.offREMOVE(),
  QUIT: S.offQUIT(),
  TRANSFER_OUT_PROVINCE: S.offTRANSFER_OUT_PROVINCE(),
  TRANSFER_OUT_LOCAL: S.offTRANSFER_OUT_LOCAL(),
};

export function byDateThenId(a: { eventDate: string; id: number }, b: { eventDate: string; id: number }): number {
  if (a.eventDate < b.eventDate) return -1;
  if (a.eventDate > b.eventDate) return 1;
  return a.id - b.id;
}

type Phase = 'never' | 'outside' | 'on' | 'off';

/**
 * The problems of a member's events, keyed by event id (the first problem of each event), each a
 * sentence (`phraseOf` gives its phrase). `names` gives the events' names for the messages.
 */
export function sequenceProblems(events: readonly RuleEvent[], effects: ReadonlyMap<string, ListEffect>, names: ReadonlyMap<string, string> = new Map()): Map<number, Problem> {
  const problems = new Map<number, Problem>();
  const ordered = events.filter((e) => !e.cancelled).sort(byDateThenId);
  const nameOf = (code: string) => names.get(code) ?? code;
  let phase: Phase = 'never';
  let offBy: { code: string; date: string } | null = null;
  let membership: 'probationary' | 'full' = 'probationary';
  let admittedOn: string | null = null;
  let fullSince: string | null = null;
  const flags = { exempted: null as string | null, suspended: null as string | null, away: null as string | null };

  const stateText = (): Problem => {
    if (phase === 'never') return S.neverAdmitted();
    if (phase === 'outside') return S.outside();
    if (offBy) return S.offSince({ state: OFF_TEXT[offBy.code] ?? S.offOther(), date: formatVi(offBy.date) });
    return S.offList();
  };

  for (let i = 0; i < ordered.length; i++) {
    const e = ordered[i] as RuleEvent;
    const code = e.typeCode;
    const date = formatVi(e.eventDate);
    const effect = effects.get(code) ?? 'none';
    const outside = ADMISSION_CODES.has(code) && e.orgToId === null;
    let problem: Problem | null = null;
    const needOnList = () => {
      if (phase !== 'on') problem = S.notOnList({ date, state: stateText(), event: nameOf(code) });
    };

    if (code === EVENT.ADMIT) {
      if (phase !== 'never') problem = admittedOn ? S.alreadyAdmittedOn({ date: formatVi(admittedOn) }) : S.alreadyAdmitted();
    } else if (code === EVENT.READMIT) {
      if (phase !== 'off' || offBy === null || !LEAVING_CODES.has(offBy.code)) {
        problem = S.readmitOnly({ date, state: phase === 'on' ? S.onList() : stateText() });
      }
    } else if (code === EVENT.RESTORE) {
      if (phase !== 'off' || offBy === null || !RESTORABLE_CODES.has(offBy.code)) {
        problem = S.restoreOnly({ date, state: phase === 'on' ? S.onList() : stateText() });
      }
    } else if (code === EVENT.TRANSFER_IN_PROVINCE) {
      const away = phase === 'outside' || (phase === 'off' && offBy?.code === EVENT.TRANSFER_OUT_PROVINCE);
      if (!away) {
        problem = S.transferInOnly({ date, state: phase === 'on' ? S.onProvinceList() : stateText() });
      }
    } else if (code === EVENT.TRANSFER_IN_LOCAL) {
      const prev = ordered[i - 1];
      if (!(phase === 'off' && offBy?.code === EVENT.TRANSFER_OUT_LOCAL && prev && prev.typeCode === EVENT.TRANSFER_OUT_LOCAL && prev.eventDate === e.eventDate)) {
        problem = S.localInAfterOut();
      }
    } else if (code === FULL_CODE) {
      if (phase !== 'on' && phase !== 'outside') needOnList();
      else if (membership === 'full') problem = fullSince ? S.alreadyFullSince({ date: formatVi(fullSince) }) : S.alreadyFull();
      else if (admittedOn !== null) {
        // Refused only when certainly short: partial dates stand for every day of their month or year.
        const { certainty, due } = probationShort(admittedOn, e.eventDate);
        if (certainty === 'certain') {
          problem = S.probationShort({ months: PROBATION_MONTHS, admitted: formatVi(admittedOn), due: formatVi(due) });
        }
      }
    } else {
      needOnList();
      if (problem === null) {
        if (code === EVENT.EXPEL && membership === 'probationary') {
          problem = S.expelProbationary();
        } else if (CARD_CODES.has(code) && membership !== 'full') {
          problem = S.cardNeedsFull({ date });
        } else {
          const f = FLAGS[code];
          if (f) {
            const since = flags[f.flag];
            if (f.on && since !== null) problem = S.flagAlready({ flag: FLAG_TEXT[f.flag].on, date: formatVi(since) });
            if (!f.on && since === null) problem = S.flagNot({ date, flag: FLAG_TEXT[f.flag].off, event: nameOf(code) });
          }
        }
      }
    }
    if (problem === null && ADMISSION_CODES.has(code) && e.decisionDate !== null && completeDate(e.decisionDate).iso > completeDate(e.eventDate).iso) {
      problem = S.decisionAfterAdmission({ decision: formatVi(e.decisionDate), ceremony: date });
    }
    if (problem === null && code === EVENT.TRANSFER_OUT_LOCAL) {
      const next = ordered[i + 1];
      if (!next || next.typeCode !== EVENT.TRANSFER_IN_LOCAL || next.eventDate !== e.eventDate) {
        problem = S.localOutBeforeIn();
      }
    }
    if (problem !== null && !problems.has(e.id)) problems.set(e.id, kernelProblems.sentence({ text: problem }));

    // The state changes, exactly as deriveMembership makes them.
    if (ADMISSION_CODES.has(code)) {
      membership = 'probationary';
      admittedOn = e.eventDate;
      fullSince = null;
    }
    if (code === FULL_CODE) {
      membership = 'full';
      fullSince = e.eventDate;
    }
    const f = FLAGS[code];
    if (f) flags[f.flag] = f.on ? e.eventDate : null;
    if (effect === 'add' && !outside) {
      phase = 'on';
      offBy = null;
    } else if (effect === 'remove') {
      phase = 'off';
      offBy = { code, date: e.eventDate };
      flags.exempted = null;
      flags.suspended = null;
      flags.away = null;
    } else if (outside && phase !== 'on') {
      phase = 'outside';
    }
  }
  return problems;
}

/**
 * The problems a change creates: any problem of the events it wrote or changed (`changedIds`), and
 * any problem of another event that it did not have before (records kept before these rules may hold
 * some; a change is not blamed for them).
 */
export function newProblems<P>(before: ReadonlyMap<number, P>, after: ReadonlyMap<number, P>, changedIds: readonly number[]): [number, P][] {
  const changed = new Set(changedIds);
  return [...after].filter(([id]) => changed.has(id) || !before.has(id));
}
