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
 *   least 12 months after the ceremony of the current admission.
 * - CARD_ISSUE / CARD_REISSUE / CARD_REPLACE: full members only.
 * - EXEMPT, SUSPEND, TEMP_OUT: not while already in that state; EXEMPT_END, SUSPEND_END, TEMP_IN:
 *   only while in it.
 */
import { completeDate, formatVi } from '../kernel/dates/partialDate.ts';
import { ADMISSION_CODES, FULL_CODE, type ListEffect } from './membership.ts';
import { addMonths } from '../members/partyAge.ts';
import { EVENT } from '../kernel/eventTypes.ts';

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

/** Probation before a probationary member can be recognised as full (Điều lệ Đảng). */
export const PROBATION_MONTHS = 12;

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
  exempted: { on: 'đang được miễn công tác và sinh hoạt đảng', off: 'không được miễn công tác và sinh hoạt đảng' },
  suspended: { on: 'đang bị đình chỉ sinh hoạt đảng', off: 'không bị đình chỉ sinh hoạt đảng' },
  away: { on: 'đang sinh hoạt tạm thời ở nơi khác', off: 'không sinh hoạt tạm thời ở nơi khác' },
} as const;

const OFF_TEXT: Record<string, string> = {
  DEATH: 'đã từ trần',
  EXPEL: 'đã bị khai trừ',
  REMOVE: 'đã bị xóa tên',
  QUIT: 'đã ra khỏi Đảng',
  TRANSFER_OUT_PROVINCE: 'đã chuyển đi tỉnh khác',
  TRANSFER_OUT_LOCAL: 'đang chuyển sinh hoạt trong tỉnh',
};

export function byDateThenId(a: { eventDate: string; id: number }, b: { eventDate: string; id: number }): number {
  if (a.eventDate < b.eventDate) return -1;
  if (a.eventDate > b.eventDate) return 1;
  return a.id - b.id;
}

type Phase = 'never' | 'outside' | 'on' | 'off';

/**
 * The problems of a member's events, keyed by event id (the first problem of each event).
 * `names` gives the events' Vietnamese names for the messages.
 */
export function sequenceProblems(events: readonly RuleEvent[], effects: ReadonlyMap<string, ListEffect>, names: ReadonlyMap<string, string> = new Map()): Map<number, string> {
  const problems = new Map<number, string>();
  const ordered = events.filter((e) => !e.cancelled).sort(byDateThenId);
  const nameOf = (code: string) => `“${names.get(code) ?? code}”`;
  let phase: Phase = 'never';
  let offBy: { code: string; date: string } | null = null;
  let membership: 'probationary' | 'full' = 'probationary';
  let admittedOn: string | null = null;
  let fullSince: string | null = null;
  const flags = { exempted: null as string | null, suspended: null as string | null, away: null as string | null };

  const stateText = (): string => {
    if (phase === 'never') return 'chưa được kết nạp';
    if (phase === 'outside') return 'được kết nạp ở tỉnh khác và chưa chuyển đến tỉnh';
    if (offBy) return `${OFF_TEXT[offBy.code] ?? 'không còn trong danh sách'} (ngày ${formatVi(offBy.date)})`;
    return 'không có trong danh sách';
  };

  for (let i = 0; i < ordered.length; i++) {
    const e = ordered[i] as RuleEvent;
    const code = e.typeCode;
    const on = `Ngày ${formatVi(e.eventDate)}`;
    const effect = effects.get(code) ?? 'none';
    const outside = ADMISSION_CODES.has(code) && e.orgToId === null;
    let problem: string | null = null;
    const needOnList = () => {
      if (phase !== 'on') problem = `${on} đảng viên ${stateText()}: không ghi được sự kiện ${nameOf(code)}.`;
    };

    if (code === EVENT.ADMIT) {
      if (phase !== 'never') problem = `Đảng viên đã được kết nạp${admittedOn ? ` (ngày ${formatVi(admittedOn)})` : ''}; người đã ra khỏi Đảng được kết nạp lại thì ghi sự kiện “Kết nạp lại”.`;
    } else if (code === EVENT.READMIT) {
      if (phase !== 'off' || offBy === null || !LEAVING_CODES.has(offBy.code)) {
        problem = `Chỉ kết nạp lại người đã ra khỏi Đảng (xin ra khỏi Đảng, bị xóa tên hoặc khai trừ); ${on.toLowerCase()} đảng viên ${phase === 'on' ? 'đang có trong danh sách' : stateText()}.`;
      }
    } else if (code === EVENT.RESTORE) {
      if (phase !== 'off' || offBy === null || !RESTORABLE_CODES.has(offBy.code)) {
        problem = `Chỉ phục hồi đảng tịch cho người đã bị khai trừ hoặc xóa tên; ${on.toLowerCase()} đảng viên ${phase === 'on' ? 'đang có trong danh sách' : stateText()}.`;
      }
    } else if (code === EVENT.TRANSFER_IN_PROVINCE) {
      const away = phase === 'outside' || (phase === 'off' && offBy?.code === EVENT.TRANSFER_OUT_PROVINCE);
      if (!away) {
        problem = `Chỉ ghi chuyển đến từ tỉnh khác cho đảng viên đã chuyển đi tỉnh khác hoặc được kết nạp ở tỉnh khác; ${on.toLowerCase()} đảng viên ${phase === 'on' ? 'đang có trong danh sách của tỉnh' : stateText()}.`;
      }
    } else if (code === EVENT.TRANSFER_IN_LOCAL) {
      const prev = ordered[i - 1];
      if (!(phase === 'off' && offBy?.code === EVENT.TRANSFER_OUT_LOCAL && prev && prev.typeCode === EVENT.TRANSFER_OUT_LOCAL && prev.eventDate === e.eventDate)) {
        problem = 'Sự kiện chuyển đến trong tỉnh phải đi liền sau sự kiện chuyển đi trong tỉnh cùng ngày (ghi một lần chuyển sinh hoạt trong tỉnh).';
      }
    } else if (code === FULL_CODE) {
      if (phase !== 'on' && phase !== 'outside') needOnList();
      else if (membership === 'full') problem = `Đảng viên đã là đảng viên chính thức${fullSince ? ` từ ngày ${formatVi(fullSince)}` : ''}.`;
      else if (admittedOn !== null) {
        const due = addMonths(completeDate(admittedOn).iso, PROBATION_MONTHS);
        if (completeDate(e.eventDate).iso < due) {
          problem = `Chưa đủ ${PROBATION_MONTHS} tháng dự bị: kết nạp ngày ${formatVi(admittedOn)}, sớm nhất được công nhận chính thức từ ngày ${formatVi(due)}.`;
        }
      }
    } else {
      needOnList();
      if (problem === null) {
        if (code === EVENT.EXPEL && membership === 'probationary') {
          problem = 'Đảng viên dự bị không bị khai trừ (chỉ bị khiển trách hoặc cảnh cáo; nếu không đủ tư cách thì xóa tên).';
        } else if (CARD_CODES.has(code) && membership !== 'full') {
          problem = `Chỉ đảng viên chính thức mới có thẻ đảng viên; ${on.toLowerCase()} đảng viên đang là đảng viên dự bị.`;
        } else {
          const f = FLAGS[code];
          if (f) {
            const since = flags[f.flag];
            if (f.on && since !== null) problem = `Đảng viên ${FLAG_TEXT[f.flag].on} từ ngày ${formatVi(since)}.`;
            if (!f.on && since === null) problem = `${on} đảng viên ${FLAG_TEXT[f.flag].off}: không ghi được sự kiện ${nameOf(code)}.`;
          }
        }
      }
    }
    if (problem === null && ADMISSION_CODES.has(code) && e.decisionDate !== null && completeDate(e.decisionDate).iso > completeDate(e.eventDate).iso) {
      problem = `Ngày quyết định kết nạp (${formatVi(e.decisionDate)}) không được sau ngày kết nạp (${formatVi(e.eventDate)}).`;
    }
    if (problem === null && code === EVENT.TRANSFER_OUT_LOCAL) {
      const next = ordered[i + 1];
      if (!next || next.typeCode !== EVENT.TRANSFER_IN_LOCAL || next.eventDate !== e.eventDate) {
        problem = 'Sự kiện chuyển đi trong tỉnh phải đi liền với sự kiện chuyển đến chi bộ mới cùng ngày (ghi một lần chuyển sinh hoạt trong tỉnh).';
      }
    }
    if (problem !== null && !problems.has(e.id)) problems.set(e.id, problem);

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
export function newProblems(before: ReadonlyMap<number, string>, after: ReadonlyMap<number, string>, changedIds: readonly number[]): [number, string][] {
  const changed = new Set(changedIds);
  return [...after].filter(([id]) => changed.has(id) || !before.has(id));
}
