import { describe, expect, it } from 'vitest';
import { newProblems, sequenceProblems, type RuleEvent } from '../../../shared/events/rules.ts';
import type { ListEffect } from '../../../shared/events/membership.ts';
import { renderProblem } from '../../../shared/contract/problems.ts';

const effects = new Map<string, ListEffect>([
  ['ADMIT', 'add'],
  ['READMIT', 'add'],
  ['RESTORE', 'add'],
  ['TRANSFER_IN_PROVINCE', 'add'],
  ['TRANSFER_IN_LOCAL', 'add'],
  ['DEATH', 'remove'],
  ['EXPEL', 'remove'],
  ['REMOVE', 'remove'],
  ['QUIT', 'remove'],
  ['TRANSFER_OUT_PROVINCE', 'remove'],
  ['TRANSFER_OUT_LOCAL', 'remove'],
]);
const names = new Map([
  ['EXEMPT', 'Miễn công tác và sinh hoạt đảng'],
  ['CARD_ISSUE', 'Phát thẻ đảng viên'],
]);

let nextId = 0;
const ev = (typeCode: string, eventDate: string, more: Partial<RuleEvent> = {}): RuleEvent => ({ id: ++nextId, typeCode, eventDate, decisionDate: null, orgToId: 1, cancelled: false, ...more });
const problems = (events: RuleEvent[]) => [...sequenceProblems(events, effects, names).entries()].map(([id, p]) => [events.findIndex((e) => e.id === id), renderProblem(p)] as const);

describe('sequenceProblems', () => {
  it('accepts a whole life: admission, full membership, transfer pair, exemption and its end, temporary transfer, card, death', () => {
    expect(
      problems([
        ev('ADMIT', '2000-01-10', { decisionDate: '2000-01-01' }),
        ev('FULL', '2001-01-10'),
        ev('CARD_ISSUE', '2001-06-01'),
        ev('TRANSFER_OUT_LOCAL', '2005-01-01'),
        ev('TRANSFER_IN_LOCAL', '2005-01-01', { orgToId: 2 }),
        ev('TEMP_OUT', '2006-01-01'),
        ev('TEMP_IN', '2007-01-01'),
        ev('EXEMPT', '2020-01-01'),
        ev('EXEMPT_END', '2021-01-01'),
        ev('DEATH', '2022-01-01'),
      ]),
    ).toEqual([]);
  });

  it('sorts by date then entry order, whatever the input order, and skips cancelled events', () => {
    const admit = ev('ADMIT', '2000-01-10');
    const full = ev('FULL', '2001-01-10');
    const cancelledDeath = ev('DEATH', '2000-06-01', { cancelled: true });
    expect(problems([full, cancelledDeath, admit])).toEqual([]);
  });

  it('reports the event that breaks the sequence, once, with the state that makes it impossible', () => {
    const list = [ev('ADMIT', '2000-01-10'), ev('FULL', '2001-01-10'), ev('DEATH', '2010-01-01'), ev('EXEMPT', '2015-01-01'), ev('CARD_ISSUE', '2016-01-01')];
    expect(problems(list)).toEqual([
      [3, 'Ngày 01/01/2015 đảng viên đã từ trần (ngày 01/01/2010): không ghi được sự kiện “Miễn công tác và sinh hoạt đảng”.'],
      [4, 'Ngày 01/01/2016 đảng viên đã từ trần (ngày 01/01/2010): không ghi được sự kiện “Phát thẻ đảng viên”.'],
    ]);
  });

  it('refuses FULL before 12 months, twice, or for someone off the list; accepts it for someone admitted in another province', () => {
    expect(problems([ev('ADMIT', '2024-01-31'), ev('FULL', '2025-01-30')])[0]?.[1]).toMatch(/Chưa đủ 12 tháng dự bị: kết nạp ngày 31\/01\/2024, sớm nhất được công nhận chính thức từ ngày 31\/01\/2025/);
    expect(problems([ev('ADMIT', '2024-01-31'), ev('FULL', '2025-01-31')])).toEqual([]);
    // A partial ceremony date counts from the 1st.
    expect(problems([ev('ADMIT', '1975'), ev('FULL', '1976-01-01')])).toEqual([]);
    expect(problems([ev('ADMIT', '2000-01-01'), ev('FULL', '2001-01-01'), ev('FULL', '2002-01-01')])[0]?.[1]).toMatch(/đã là đảng viên chính thức từ ngày 01\/01\/2001/);
    expect(problems([ev('ADMIT', '2000-01-01', { orgToId: null }), ev('FULL', '2001-01-01'), ev('TRANSFER_IN_PROVINCE', '2005-01-01')])).toEqual([]);
    expect(problems([ev('ADMIT', '2000-01-01'), ev('QUIT', '2000-06-01'), ev('FULL', '2001-01-01')])[0]).toEqual([2, expect.stringMatching(/đã ra khỏi Đảng/)]);
  });

  it('starts probation again on re-admission, and only after leaving', () => {
    expect(problems([ev('ADMIT', '2000-01-01'), ev('FULL', '2001-01-01'), ev('REMOVE', '2005-01-01'), ev('READMIT', '2008-01-01'), ev('FULL', '2008-12-01')])[0]?.[1]).toMatch(
      /kết nạp ngày 01\/01\/2008/,
    );
    expect(problems([ev('ADMIT', '2000-01-01'), ev('FULL', '2001-01-01'), ev('TRANSFER_OUT_PROVINCE', '2005-01-01'), ev('READMIT', '2008-01-01')])[0]?.[1]).toMatch(/Chỉ kết nạp lại/);
    expect(problems([ev('ADMIT', '2000-01-01'), ev('FULL', '2001-01-01'), ev('EXPEL', '2005-01-01'), ev('READMIT', '2008-01-01')])).toEqual([]);
  });

  it('needs the two halves of a transfer within the province together, on the same day', () => {
    expect(problems([ev('ADMIT', '2000-01-01'), ev('TRANSFER_OUT_LOCAL', '2005-01-01')])[0]?.[1]).toMatch(/chuyển đi trong tỉnh phải đi liền/);
    expect(problems([ev('ADMIT', '2000-01-01'), ev('TRANSFER_IN_LOCAL', '2005-01-01')])[0]?.[1]).toMatch(/chuyển đến trong tỉnh phải đi liền/);
    expect(problems([ev('ADMIT', '2000-01-01'), ev('TRANSFER_OUT_LOCAL', '2005-01-01'), ev('TRANSFER_IN_LOCAL', '2005-01-02')]).length).toBe(2);
  });

  it('refuses a card for a probationary member and an expulsion of a probationary member', () => {
    expect(problems([ev('ADMIT', '2000-01-01'), ev('CARD_ISSUE', '2000-06-01')])[0]?.[1]).toMatch(/Chỉ đảng viên chính thức mới có thẻ/);
    expect(problems([ev('ADMIT', '2000-01-01'), ev('EXPEL', '2000-06-01')])[0]?.[1]).toMatch(/dự bị không bị khai trừ/);
  });

  it('blames a change only for what it breaks', () => {
    const legacy = [ev('ADMIT', '2000-01-01'), ev('FULL', '2000-06-01')];
    const before = sequenceProblems(legacy, effects);
    expect(before.size).toBe(1);
    const added = ev('EXEMPT', '2010-01-01');
    const after = sequenceProblems([...legacy, added], effects);
    expect(newProblems(before, after, [added.id])).toEqual([]);
    const death = ev('DEATH', '2005-01-01');
    const broken = sequenceProblems([...legacy, added, death], effects);
    expect(newProblems(sequenceProblems([...legacy, added], effects), broken, [death.id]).map(([id]) => id)).toEqual([added.id]);
  });
});
