/** The member file beyond the card: sponsors, work history, training, family, awards, discipline, photo (issue 3). */
export const memberFileMethods = {} as const;
