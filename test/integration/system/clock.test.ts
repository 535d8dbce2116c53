import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../support/core.ts';

describe('the pinned clock reaches the screens through system:info', () => {
  it('answers today from the core clock, and follows it when it moves', async () => {
    const t = await openTestCore({ now: new Date('2030-01-02T03:00:00Z') });
    try {
      expect((await t.must('system:info', {})).today).toBe('2030-01-02');
      t.clock.now = new Date('2030-03-04T03:00:00Z');
      expect((await t.must('system:info', {})).today).toBe('2030-03-04');
    } finally {
      t.close();
    }
  });
});
