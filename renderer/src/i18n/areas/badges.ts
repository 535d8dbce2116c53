import type { Messages } from '../vi.ts';

/** Messages of the badges screens, Vietnamese first; English mirrors the keys (checked by the type). */
export const badgesVi = {} as const;

export const badgesEn: Messages<typeof badgesVi> = {};
