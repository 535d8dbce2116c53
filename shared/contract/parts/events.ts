/** Life-cycle events, status as of a date, reminders (issue 3). */
export const eventMethods = {} as const;
