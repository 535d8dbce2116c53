import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openConnection, scheduleCheckpoints, type Connection } from '../../../db/connection.ts';

let dir: string;
let conn: Connection;
afterEach(() => {
  conn.close();
  rmSync(dir, { recursive: true, force: true });
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('WAL checkpoints off the commit path', () => {
  it('never checkpoints inside a commit, and checkpoints after a pause in the writes', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sotochuc-ckpt-'));
    const file = join(dir, 'x.db');
    conn = openConnection(file);
    expect(conn.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const scheduler = scheduleCheckpoints(conn.sqlite, { delayMs: 30, maxWrites: 1000 });
    conn.sqlite.exec('CREATE TABLE t (v TEXT)');
    const insert = conn.sqlite.prepare('INSERT INTO t (v) VALUES (?)');
    const sizeBefore = statSync(file).size;
    for (let i = 0; i < 300; i += 1) {
      insert.run('x'.repeat(500));
      scheduler.wrote();
    }
    // 300 commits of ~150 kB: all in the WAL, none copied into the database file yet.
    expect(statSync(file).size).toBe(sizeBefore);
    await pause(120);
    expect(statSync(file).size).toBeGreaterThan(sizeBefore + 100_000);
  });

  it('checkpoints at once after many writes without a pause', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sotochuc-ckpt-'));
    const file = join(dir, 'y.db');
    conn = openConnection(file);
    const scheduler = scheduleCheckpoints(conn.sqlite, { delayMs: 60_000, maxWrites: 10 });
    conn.sqlite.exec('CREATE TABLE t (v TEXT)');
    const sizeBefore = statSync(file).size;
    for (let i = 0; i < 20; i += 1) {
      conn.sqlite.prepare('INSERT INTO t (v) VALUES (?)').run('y'.repeat(4000));
      scheduler.wrote();
    }
    await pause(30);
    expect(statSync(file).size).toBeGreaterThan(sizeBefore + 40_000);
    scheduler.cancel();
  });
});
