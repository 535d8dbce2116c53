import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../support/core.ts';
import { catalogues } from '../../renderer/fixtures.ts';

describe('the renderer fixtures speak the seed catalogues', () => {
  it('every code (with its name) of the fake catalogue:all is in the real one', async () => {
    const t = await openTestCore();
    try {
      const real = await t.must('catalogue:all', {});
      for (const [list, rows] of Object.entries(catalogues)) {
        const known = real[list as keyof typeof real] as readonly { code: string | null; name?: string; label?: string; kind?: string | null }[];
        for (const row of rows as readonly { code: string | null; name?: string; label?: string; kind?: string | null }[]) {
          // Education codes repeat across kinds (BACHELOR: a degree, or the political-theory bachelor).
          const same = known.find((k) => k.code === row.code && (list !== 'education' || k.kind === row.kind));
          expect(same, `${list}: ${String(row.code)}`).toBeDefined();
          expect(same?.name ?? same?.label, `${list}: ${String(row.code)}`).toBe(row.name ?? row.label);
        }
      }
    } finally {
      t.close();
    }
  });
});
