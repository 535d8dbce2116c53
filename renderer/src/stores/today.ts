import { todayIso } from '../../../shared/kernel/dates/partialDate.ts';
import { useAppStore } from './appStore.ts';

/**
 * Today for the screens (default dates of forms, the rating year, the badge round): the core's
 * today from system:info, so a pinned clock (`--now`, tests) reaches them; the machine's date only
 * until system:info has answered.
 */
export function today(): string {
  return useAppStore.getState().today ?? todayIso();
}

/**
 * Calls `listener` when the core's today first becomes known (after start, or after the stores were
 * reset), so state set up at module load from the machine's date can follow it.
 */
export function whenTodayKnown(listener: (today: string) => void): void {
  useAppStore.subscribe((state, previous) => {
    if (state.today !== null && previous.today === null) listener(state.today);
  });
}
