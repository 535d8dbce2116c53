/**
 * Test data builders, one file per domain (ARCHITECTURE.md, "One home per domain"). Each goes through
 * the real dispatch, so cached columns, audit entries and validation are the app's own; codes are the
 * seed catalogues' (db/seed/csv/*.csv).
 */
export * from './badges.ts';
export * from './cadres.ts';
export * from './decisions.ts';
export * from './events.ts';
export * from './memberFile.ts';
export * from './members.ts';
export * from './organisations.ts';
export * from './ratings.ts';
