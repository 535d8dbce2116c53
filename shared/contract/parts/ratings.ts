/** Yearly quality ratings of members and organisations (issue 3). */
export const ratingMethods = {} as const;
