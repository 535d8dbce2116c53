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

describe('decision:create as scripts write it', () => {
  it('takes the decision fields flat beside the actions', async () => {
    const t = await openTestCore();
    try {
      const cadreId = (await makeCadre(t)).id;
      const r = await t.must('decision:create', {
        number: '77-QĐ/TU',
        issuedOn: '2024-03-01',
        effectiveOn: '2024-03-15',
        issuingBody: 'Ban Thường vụ Tỉnh ủy',
        actions: [{ typeCode: 'APPOINT', cadreId, postAfter: 'Phó Giám đốc', unitAfter: 'Sở Tư pháp' }],
      });
      const got = await t.must('decision:get', { id: r.id });
      expect(got).toMatchObject({ number: '77-QĐ/TU', effectiveOn: '2024-03-15', actions: [expect.objectContaining({ cadreId, termEnd: '2029-03-14' })] });
      const bad = await t.call('decision:create', { number: '78-QĐ/TU', issuedOn: '2024-02-30', effectiveOn: '2024-03-15', issuingBody: 'Ban Thường vụ Tỉnh ủy', actions: [{ typeCode: 'APPOINT', cadreId }] });
      expect(bad.ok).toBe(false);
      if (!bad.ok) expect(Object.keys(bad.error.fields ?? {})).toContain('decision.issuedOn');
    } finally {
      t.close();
    }
  });
});
