import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../../shared/contract/index.ts';
import type { MemberBadgesResult } from '../../../shared/badges/schemas.ts';
import { i18n } from '../../../renderer/src/i18n/index.ts';
import { yearsMonthsText } from '../../../renderer/src/i18n/units.ts';
import { MemberBadgesTab } from '../../../renderer/src/screens/badges/MemberBadgesTab.tsx';
import { MemberEventsTab } from '../../../renderer/src/screens/events/MemberEventsTab.tsx';
import { describeChanges } from '../../../renderer/src/screens/memberFile/historyFormat.ts';
import { fakeApi } from '../fakeApi.ts';
import { renderWith } from '../render.tsx';
import { eventList, eventsApi, memberEvent } from '../events/support.ts';

afterEach(() => act(() => i18n.changeLanguage('vi')));

/** The English interface translates units with proper plurals and event types by their code. */
describe('the English interface', () => {
  it('writes years and months with plurals ("40 years 1 month", "1 year 0 months"), Vietnamese unchanged', () => {
    const en = i18n.getFixedT('en');
    const vi = i18n.getFixedT('vi');
    expect(yearsMonthsText(en, 481)).toBe('40 years 1 month');
    expect(yearsMonthsText(en, 12)).toBe('1 year 0 months');
    expect(yearsMonthsText(en, 490)).toBe('40 years 10 months');
    expect(yearsMonthsText(vi, 481)).toBe('40 năm 1 tháng');
  });

  it('shows party age on the badge tab as "40 years 1 month"', async () => {
    const file: MemberBadgesResult = { badges: [], anchor: '1986-10-10', partyAgeMonths: 481, next: null, owed: [] };
    renderWith(fakeApi({ 'badge:member': async () => ok(file) }), <MemberBadgesTab memberId={9} />);
    await act(() => i18n.changeLanguage('en'));
    expect(await screen.findByText('Party age today: 40 years 1 month (counted from 10/10/1986).')).toBeInTheDocument();
  });

  it('names event types in English on the events tab, with party age in years and months', async () => {
    const api = eventsApi({ 'event:list': async () => ok(eventList([memberEvent(4), memberEvent(5, { typeCode: 'TEMP_OUT', typeName: 'Chuyển sinh hoạt tạm thời đi' })], { partyAge: { months: 361, years: 30, approximate: false, running: true, anchor: '1996-07-10' } })) });
    renderWith(api, <MemberEventsTab memberId={7} />);
    await act(() => i18n.changeLanguage('en'));
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Exempted from party work and activities')).toBeInTheDocument();
    expect(within(table).getByText('Temporary transfer out')).toBeInTheDocument();
    expect(table).not.toHaveTextContent('Miễn công tác');
    expect(screen.getByRole('status', { name: 'Party membership history' })).toHaveTextContent('30 years 1 month');
  });

  it('reads an event type in the audit log in English', () => {
    const en = i18n.getFixedT('en');
    const lines = describeChanges(en, { action: 'event.record', entity: 'member_event', oldValues: null, newValues: { typeCode: 'DEATH', eventDate: '2024-01-01' } }, null);
    expect(lines).toEqual(['Event type: Death', 'Event date: 01/01/2024']);
  });
});
