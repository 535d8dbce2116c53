import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCadre, makeDecision } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);

describe('the scan of a decision', () => {
  it('attaches a PDF, shows it on the decision, replaces it, opens it, and audits each step (a hash, not the bytes)', async () => {
    const cadreId = (await makeCadre(t)).id;
    const d = await makeDecision(t, { actions: [{ typeCode: 'APPOINT', cadreId, postAfter: 'Giám đốc', unitAfter: 'Sở Y tế' }] });
    expect((await t.must('decision:get', { id: d.id })).scan).toBeNull();
    await t.must('decision:setScan', { decisionId: d.id, fileName: 'QĐ 15.pdf', mime: 'application/pdf', base64: pdf.toString('base64') });
    expect((await t.must('decision:get', { id: d.id })).scan).toMatchObject({ fileName: 'QĐ 15.pdf', mime: 'application/pdf', bytes: pdf.length });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    await t.must('decision:setScan', { decisionId: d.id, fileName: 'trang1.png', mime: 'image/png', base64: png.toString('base64') });
    const got = await t.must('decision:getScan', { id: d.id });
    expect(got).toMatchObject({ fileName: 'trang1.png', mime: 'image/png', bytes: png.length });
    expect(Buffer.from(got?.base64 ?? '', 'base64').equals(png)).toBe(true);
    expect((t.sqlite.prepare(`SELECT count(*) AS n FROM cadre_scan WHERE owner = 'decision' AND owner_id = ?`).get(d.id) as { n: number }).n).toBe(1);
    const audit = t.sqlite.prepare(`SELECT action, new_values FROM audit_log WHERE action LIKE 'decision.scan.%' ORDER BY id`).all() as { action: string; new_values: string | null }[];
    expect(audit.map((a) => a.action)).toEqual(['decision.scan.set', 'decision.scan.set', 'decision.scan.view']);
    expect(JSON.parse(audit[0]?.new_values ?? '{}')).toMatchObject({ fileName: 'QĐ 15.pdf', bytes: pdf.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(audit[0]?.new_values).not.toContain(pdf.toString('base64').slice(0, 20));
  });

  it('refuses a file that is not what it says (a renamed Word file), and keeps the scan it had', async () => {
    const cadreId = (await makeCadre(t)).id;
    const d = await makeDecision(t, { actions: [{ typeCode: 'APPOINT', cadreId, postAfter: 'Giám đốc', unitAfter: 'Sở Y tế' }] });
    await t.must('decision:setScan', { decisionId: d.id, fileName: 'a.pdf', mime: 'application/pdf', base64: pdf.toString('base64') });
    const doc = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const r = await t.call('decision:setScan', { decisionId: d.id, fileName: 'b.pdf', mime: 'application/pdf', base64: doc.toString('base64') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('PDF, JPEG hay PNG');
    expect((await t.must('decision:get', { id: d.id })).scan?.fileName).toBe('a.pdf');
    const missing = await t.call('decision:setScan', { decisionId: 9999, fileName: 'a.pdf', mime: 'application/pdf', base64: pdf.toString('base64') });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('NOT_FOUND');
  });
});
