import type { Messages } from '../vi.ts';

/** Messages of the events screens, Vietnamese first; English mirrors the keys (checked by the type). */
export const eventsVi = {} as const;

export const eventsEn: Messages<typeof eventsVi> = {};
