import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core.ts';
import { makeTree } from '../../support/builders/index.ts';

/** A province built as a demo says so (system:info `demo`), so the header can warn that the data is sample data. */
let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

describe('the sample-province flag', () => {
  it('is set by system:demo, with the day the sample was built', async () => {
    expect((await t.must('system:info', {})).demo).toBeNull();
    await t.must('system:demo', { members: 40, seed: 3 });
    const info = await t.must('system:info', {});
    expect(info.counts.members).toBeGreaterThan(0);
    expect(info.demo).toBe(info.today);
  });

  it('stays unset for a province entered by hand', async () => {
    await makeTree(t);
    expect((await t.must('system:info', {})).demo).toBeNull();
  });
});
