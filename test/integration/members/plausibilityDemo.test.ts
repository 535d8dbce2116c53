import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bulkHandle } from '../../../db/bulk.ts';
import { openConnection, type Connection } from '../../../db/connection.ts';
import { migrate } from '../../../db/migrate.ts';
import { generateDemo } from '../../../electron/services/system/demo/index.ts';
import { cardPlausibility, lifeEventPlausibility, refusals, type PlausibilityProblem } from '../../../shared/members/plausibility.ts';

/**
 * The demo province (Tạo tỉnh mẫu) must pass the refusing rules of shared/members/plausibility.ts, so
 * a clerk trying the app can edit any demo member and save: every card, every recognition and death.
 */
const TODAY = '2026-11-20';
let conn: Connection | null = null;
let dir = '';

afterAll(() => {
  conn?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Row {
  id: number;
  birth_date: string;
  admission_date: string;
  admission_decision_date: string | null;
  full_member_date: string | null;
  on_list: number;
  suspended: number;
  membership: 'probationary' | 'full';
}
interface EventRow {
  member_id: number;
  type_code: string;
  event_date: string;
}

describe('the demo province and the plausibility rules', () => {
  it('has no card, recognition or death the rules would refuse', async () => {
    dir = mkdtempSync(join(tmpdir(), 'so-to-chuc-plausible-demo-'));
    conn = openConnection(join(dir, 'so-to-chuc.db'));
    await migrate(conn.db);
    generateDemo(bulkHandle(conn), { members: 3000, seed: 11, today: TODAY });
    const members = conn.sqlite.prepare('SELECT id, birth_date, admission_date, admission_decision_date, full_member_date, on_list, suspended, membership FROM member').all() as Row[];
    const events = conn.sqlite.prepare("SELECT member_id, type_code, event_date FROM member_event WHERE cancelled = 0 AND type_code IN ('ADMIT', 'READMIT', 'FULL', 'DEATH') ORDER BY member_id, event_date, id").all() as EventRow[];
    const byMember = new Map<number, EventRow[]>();
    for (const e of events) byMember.set(e.member_id, [...(byMember.get(e.member_id) ?? []), e]);
    expect(members.length).toBe(3000);

    const refused: [number, PlausibilityProblem][] = [];
    let warned = 0;
    for (const m of members) {
      const own = byMember.get(m.id) ?? [];
      const death = own.find((e) => e.type_code === 'DEATH')?.event_date ?? null;
      const found = cardPlausibility(
        { birthDate: m.birth_date, admissionDate: m.admission_date, admissionDecisionDate: m.admission_decision_date, fullMemberDate: m.full_member_date },
        { deathDate: death, onList: m.on_list === 1, suspended: m.suspended === 1, membership: m.membership },
        TODAY,
      );
      for (const p of refusals(found)) refused.push([m.id, p]);
      warned += found.filter((p) => p.severity === 'warn').length;
      for (const e of own) {
        if (e.type_code !== 'FULL' && e.type_code !== 'DEATH') continue;
        const admissions = own.filter((a) => (a.type_code === 'ADMIT' || a.type_code === 'READMIT') && a.event_date <= e.event_date);
        const inForce = admissions.at(-1)?.event_date ?? own.find((a) => a.type_code === 'ADMIT')?.event_date ?? null;
        for (const p of refusals(lifeEventPlausibility({ kind: e.type_code === 'FULL' ? 'full' : 'death', eventDate: e.event_date }, inForce))) refused.push([m.id, p]);
      }
    }
    expect(refused).toEqual([]);
    // The demo's probationary members were admitted within the last year: nothing to warn about either.
    expect(warned).toBe(0);
  });
});
