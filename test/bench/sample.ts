/** Read-only look-ups that pick realistic inputs for the scenarios (not measured). */
import { openConnection, type Connection } from '../../db/connection.ts';
import type { Random } from '../../electron/services/system/demo/random.ts';
import { BENCH_NOTE } from './core.ts';

export function openReadOnly(file: string): Connection {
  return openConnection(file, { readonly: true });
}

export function counts(conn: Connection): { organisations: number; demoMembers: number; benchMembers: number } {
  const get = (sql: string, ...p: unknown[]) => conn.sqlite.prepare(sql).pluck().get(...p) as number;
  return {
    organisations: get('SELECT count(*) FROM organisation'),
    demoMembers: get('SELECT count(*) FROM member WHERE notes IS NULL OR notes <> ?', BENCH_NOTE),
    benchMembers: get('SELECT count(*) FROM member WHERE notes = ?', BENCH_NOTE),
  };
}

export interface NameSample {
  id: number;
  familyName: string;
  middleName: string;
  givenName: string;
  fullName: string;
}

/** `n` members picked uniformly by id. */
export function sampleMembers(conn: Connection, rng: Random, n: number): NameSample[] {
  const maxId = conn.sqlite.prepare('SELECT max(id) FROM member').pluck().get() as number | null;
  if (!maxId) return [];
  const stmt = conn.sqlite.prepare(
    'SELECT id, family_name AS familyName, middle_name AS middleName, given_name AS givenName, full_name AS fullName FROM member WHERE id >= ? ORDER BY id LIMIT 1',
  );
  const out: NameSample[] = [];
  while (out.length < n) out.push(stmt.get(rng.int(1, maxId)) as NameSample);
  return out;
}

/** Members with a family or given name that starts with Đ (the "d finds đ" case). */
export function sampleDMembers(conn: Connection, rng: Random, n: number): NameSample[] {
  const pool = conn.sqlite
    .prepare(
      `SELECT id, family_name AS familyName, middle_name AS middleName, given_name AS givenName, full_name AS fullName
       FROM member WHERE family_name LIKE 'Đ%' OR given_name LIKE 'Đ%' LIMIT 20000`,
    )
    .all() as NameSample[];
  return pool.length === 0 ? [] : Array.from({ length: n }, () => rng.pick(pool));
}

export type OrgLevel = 'province' | 'upper' | 'grassroots' | 'cell';

export function organisationsByLevel(conn: Connection): Record<OrgLevel, number[]> {
  const ids = (sql: string) => conn.sqlite.prepare(sql).pluck().all() as number[];
  return {
    province: ids('SELECT id FROM organisation WHERE parent_id IS NULL'),
    upper: ids(`SELECT id FROM organisation WHERE type_code IN ('COMMUNE', 'UPPER')`),
    grassroots: ids(`SELECT id FROM organisation WHERE type_code IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL')`),
    cell: ids(`SELECT id FROM organisation WHERE type_code IN ('CELL', 'SUB_COMMITTEE')`),
  };
}

/** Organisations that can hold members (the save scenario puts new members there). */
export function holderIds(conn: Connection): number[] {
  return conn.sqlite.prepare(`SELECT id FROM organisation WHERE type_code IN ('CELL', 'GRASSROOTS_CELL') AND effective_to IS NULL`).pluck().all() as number[];
}

export function citizenIdExists(conn: Connection): (id: string) => boolean {
  const stmt = conn.sqlite.prepare('SELECT 1 FROM member WHERE citizen_id = ?').pluck();
  return (id) => stmt.get(id) !== undefined;
}
