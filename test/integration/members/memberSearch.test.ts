import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConnection, type Connection } from '../../../db/connection.ts';
import { SEARCH_CAP } from '../../../db/repositories/members/memberList.ts';
import { DB_FILE } from '../../../electron/core/compose.ts';
import { searchWords } from '../../../shared/kernel/text/normalise.ts';
import { matchRank, nameMatch } from '../../../shared/members/searchMatch.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';

let t: TestCore;
let raw: Connection;
let everyone: { id: number; sort_key: string; words: string[]; org_path: string; full_name: string; other_names: string | null }[];

beforeAll(async () => {
  t = await openTestCore();
  await t.must('system:demo', { members: 12_000, seed: 7 });
  raw = openConnection(join(t.dir, DB_FILE));
  const rows = raw.sqlite.prepare('SELECT id, sort_key, search_head, search_rest, org_path, full_name, other_names FROM member WHERE on_list = 1').all() as {
    id: number;
    full_name: string;
    other_names: string | null;
    sort_key: string;
    search_head: string;
    search_rest: string;
    org_path: string;
  }[];
  everyone = rows.map((r) => ({ id: r.id, sort_key: r.sort_key, org_path: r.org_path, full_name: r.full_name, other_names: r.other_names, words: `${r.search_head} ${r.search_rest}`.split(' ').filter((w) => w !== '') }));
}, 120_000);
afterAll(() => {
  raw.close();
  t.close();
});

/**
 * The answer by brute force: every word of the query starts some word of the name, in official order;
 * up to SEARCH_CAP matches are ranked (the exact full name, then name words, then other names).
 */
function expected(q: string, descending = false, orgPath: string | null = null): number[] {
  const words = searchWords(q);
  const matches = everyone.filter((m) => (orgPath === null || m.org_path.startsWith(orgPath)) && words.every((w) => m.words.some((n) => n.startsWith(w))));
  const ranked = words.length > 0 && matches.length <= SEARCH_CAP;
  const place = (m: (typeof everyone)[number]) => (ranked ? matchRank(nameMatch(words, m.full_name, m.other_names)) : 0);
  return matches
    .sort((a, b) => place(a) - place(b) || (a.sort_key < b.sort_key ? -1 : 1) * (descending ? -1 : 1))
    .map((m) => m.id);
}

describe('member search on a generated province, checked against brute force', () => {
  it.each(['nguyen', 'h', 'hung', 'thi', 'van', 'nguyen van', 'ng', 'd', 'anh', 'tran thi', 'minh', 'le van hung', 'xyzq'])(
    'finds the same page as brute force for "%s", at the start and deeper',
    async (q) => {
      const all = expected(q);
      for (const offset of [0, 120]) {
        const page = await t.must('member:list', { q, offset, limit: 50 });
        expect(page.rows.map((r) => r.id)).toEqual(all.slice(offset, offset + 50));
        if (all.length > SEARCH_CAP) expect(page).toMatchObject({ totalIsLowerBound: true });
        else expect(page).toMatchObject({ total: all.length, totalIsLowerBound: false });
      }
    },
  );

  it('answers broad searches in descending order too', async () => {
    const page = await t.must('member:list', { q: 'h', descending: true, limit: 50 });
    expect(page.rows.map((r) => r.id)).toEqual(expected('h', true).slice(0, 50));
  });

  it('searches within a subtree', async () => {
    const commune = raw.sqlite.prepare("SELECT id, path FROM organisation WHERE type_code = 'COMMUNE' ORDER BY id LIMIT 1").get() as { id: number; path: string };
    const page = await t.must('member:list', { q: 'nguyen', organisationId: commune.id, limit: 50 });
    const all = expected('nguyen', false, commune.path);
    expect(page.rows.map((r) => r.id)).toEqual(all.slice(0, 50));
    expect(page.total).toBe(all.length);
  });

  it('pages a subtree in official order with its exact total', async () => {
    const commune = raw.sqlite.prepare("SELECT id, path FROM organisation WHERE type_code = 'COMMUNE' ORDER BY id DESC LIMIT 1").get() as { id: number; path: string };
    const all = expected('', false, commune.path);
    const page = await t.must('member:list', { organisationId: commune.id, offset: 10, limit: 50 });
    expect(page.rows.map((r) => r.id)).toEqual(all.slice(10, 60));
    expect(page.total).toBe(all.length);
  });
});
