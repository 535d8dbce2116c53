import type { Messages } from '../vi.ts';

/** Messages of the ratings screens, Vietnamese first; English mirrors the keys (checked by the type). */
export const ratingsVi = {} as const;

export const ratingsEn: Messages<typeof ratingsVi> = {};
