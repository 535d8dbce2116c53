import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCadre, makeDecision } from '../../support/builders/index.ts';
import { openTestCore } from '../../support/core.ts';

describe('an action that takes effect after it was entered', () => {
  it('shows on the file from its day, when the app opens after that day with no decision written since', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sotochuc-derived-'));
    const t = await openTestCore({ dir, now: new Date('2026-11-20T03:00:00.000Z') });
    let cadreId: number;
    try {
      cadreId = (await makeCadre(t)).id;
      await makeDecision(t, { number: '40-QĐ/TU', issuedOn: '2026-11-15', effectiveOn: '2026-12-01', actions: [{ typeCode: 'APPOINT', cadreId, postAfter: 'Giám đốc', unitAfter: 'Sở Xây dựng' }] });
      expect((await t.must('cadre:get', { id: cadreId })).posts).toEqual([]);
    } finally {
      t.close();
    }
    const later = await openTestCore({ dir, now: new Date('2026-12-02T03:00:00.000Z') });
    try {
      expect((await later.must('cadre:get', { id: cadreId })).posts).toEqual([expect.objectContaining({ title: 'Giám đốc', since: '2026-12-01', termEnd: '2031-11-30' })]);
    } finally {
      later.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
