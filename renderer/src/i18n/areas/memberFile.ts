import type { Messages } from '../vi.ts';

/** Messages of the memberFile screens, Vietnamese first; English mirrors the keys (checked by the type). */
export const memberFileVi = {} as const;

export const memberFileEn: Messages<typeof memberFileVi> = {};
