import type { Migration } from 'kysely/migration';
import * as m0000 from './0000_catalogues.ts';
import * as m0001 from './0001_initial.ts';
import * as m0002 from './0002_member_file.ts';
import * as m0003 from './0003_transfer_gap.ts';
import * as m0004 from './0004_name_order.ts';
import * as m0005 from './0005_member_list_filters.ts';
import * as m0006 from './0006_badge_indexes.ts';
import * as m0007 from './0007_cadres.ts';
import * as m0008 from './0008_holidays.ts';
import * as m0009 from './0009_decision_summary_key.ts';

/**
 * Every migration, in order, imported statically (bundle-safe). Append only; never edit or reorder.
 * A database that has applied a migration not listed here was written by a newer app.
 */
export const migrations: Record<string, Migration> = {
  '0000_catalogues': m0000,
  '0001_initial': m0001,
  '0002_member_file': m0002,
  '0003_transfer_gap': m0003,
  '0004_name_order': m0004,
  '0005_member_list_filters': m0005,
  '0006_badge_indexes': m0006,
  '0007_cadres': m0007,
  '0008_holidays': m0008,
  '0009_decision_summary_key': m0009,
};

export const schemaVersion = Object.keys(migrations).length;
