import { ok, type Api, type Catalogues } from '../../../shared/contract/index.ts';
import type { EventListResult, MemberEvent } from '../../../shared/events/schemas.ts';
import { useEventStore } from '../../../renderer/src/screens/events/store.ts';
import { fakeApi, type FakeApi } from '../fakeApi.ts';
import { catalogues } from '../fixtures.ts';

export const eventCatalogue: Catalogues = {
  ...catalogues,
  memberEvents: [
    { code: 'ADMIT', name: 'Kết nạp', kind: 'add' },
    { code: 'FULL', name: 'Công nhận đảng viên chính thức', kind: 'none' },
    { code: 'TRANSFER_OUT_LOCAL', name: 'Chuyển đi trong tỉnh', kind: 'remove' },
    { code: 'TRANSFER_IN_LOCAL', name: 'Chuyển đến trong tỉnh', kind: 'add' },
    { code: 'TRANSFER_OUT_PROVINCE', name: 'Chuyển đi tỉnh khác', kind: 'remove' },
    { code: 'TRANSFER_IN_PROVINCE', name: 'Chuyển đến từ tỉnh khác', kind: 'add' },
    { code: 'EXEMPT', name: 'Miễn công tác và sinh hoạt đảng', kind: 'none' },
    { code: 'DEATH', name: 'Từ trần', kind: 'remove' },
  ],
};

export function memberEvent(id: number, over: Partial<MemberEvent> = {}): MemberEvent {
  return {
    id,
    memberId: 7,
    typeCode: 'EXEMPT',
    typeName: 'Miễn công tác và sinh hoạt đảng',
    effect: 'none',
    eventDate: '2022-01-10',
    decisionNo: null,
    decisionDate: null,
    decisionBody: null,
    decisionSigner: null,
    orgFromId: 3,
    orgFromName: 'Chi bộ thôn Đồng Xuân',
    orgToId: 3,
    orgToName: 'Chi bộ thôn Đồng Xuân',
    note: null,
    cancelled: false,
    cancelReason: null,
    fromCard: false,
    outside: false,
    interruptsPartyAge: false,
    warnings: [],
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: null,
    ...over,
  };
}

export function eventList(events: MemberEvent[], over: Partial<EventListResult> = {}): EventListResult {
  return {
    memberId: 7,
    events,
    status: { onList: true, membership: 'full', exempted: false, suspended: false, temporarilyAway: false },
    partyAge: { months: 12 * 30 + 4, years: 30, approximate: false, running: true, anchor: '1996-07-10' },
    ...over,
  };
}

/** A fake api with the event catalogue; the event store starts empty (it is not in resetStores). */
export function eventsApi(over: Partial<Api> = {}): FakeApi {
  useEventStore.setState(useEventStore.getInitialState(), true);
  return fakeApi({ 'catalogue:all': async () => ok(eventCatalogue), ...over });
}
