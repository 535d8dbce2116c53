/** Huy hiệu Đảng: rounds, proposals, decisions, register (issue 3). */
export const badgeMethods = {} as const;
