import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fail } from '../../../shared/contract/index.ts';
import { renderProblem } from '../../../shared/contract/problems.ts';
import { kernelProblems } from '../../../shared/kernel/problems.ts';
import { sequenceProblemTexts as S } from '../../../shared/events/problems.ts';
import { MemberEventsTab } from '../../../renderer/src/screens/events/MemberEventsTab.tsx';
import { i18n } from '../../../renderer/src/i18n/index.ts';
import { renderWith } from '../render.tsx';
import { eventList, eventsApi, memberEvent } from './support.ts';

afterEach(() => act(() => i18n.changeLanguage('vi')));

/** The core's refusal of an event after a death, as the event rules say it. */
const afterDeath = kernelProblems.sentence({
  text: S.notOnList({ date: '01/02/2024', state: S.offSince({ state: S.offDEATH(), date: '01/01/2024' }), event: 'Miễn công tác và sinh hoạt đảng' }),
});

describe('an event refused by the core, in English', () => {
  it('says it in Vietnamese word for word as before the catalogue', () => {
    expect(renderProblem(afterDeath)).toBe('Ngày 01/02/2024 đảng viên đã từ trần (ngày 01/01/2024): không ghi được sự kiện “Miễn công tác và sinh hoạt đảng”.');
  });

  it('shows the refusal in English when the interface is in English', async () => {
    const api = eventsApi({ 'event:list': async () => ({ ok: true, value: eventList([memberEvent(4)]) }), 'event:record': async () => fail('RULE', afterDeath) });
    const { user } = renderWith(api, <MemberEventsTab memberId={7} />);
    await screen.findByRole('table');
    await act(() => i18n.changeLanguage('en'));
    await user.click(screen.getByRole('button', { name: 'Record an event' }));
    await user.click(screen.getByRole('combobox', { name: 'Event type' }));
    await user.click(await screen.findByRole('option', { name: 'Exempted from party work and activities' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('On 01/02/2024 the member has died (on 01/01/2024): the event “Miễn công tác và sinh hoạt đảng” cannot be recorded.');
    expect(alert).not.toHaveTextContent('không ghi được');
  });
});
