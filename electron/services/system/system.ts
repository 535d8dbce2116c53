import { join } from 'node:path';
import { AppFailure } from '../../../shared/kernel/result.ts';
import { systemProblems as P } from '../../../shared/system/problems.ts';
import type { SystemInfo } from '../../../shared/system/schemas.ts';
import { listBackups } from '../../../db/backup.ts';
import { countMembersOnList } from '../../../db/repositories/members/members.ts';
import { countOrganisations } from '../../../db/repositories/organisations/organisations.ts';
import { DEMO_BUILT_ON, getSetting, setSetting } from '../../../db/repositories/system/settings.ts';
import { getUser } from '../../../db/repositories/system/users.ts';
import { schemaVersion } from '../../../db/migrations/registry.ts';
import { generateDemo } from './demo/index.ts';
import { BackupError, runBackupInWorker } from '../../workers/runBackup.ts';
import type { ServiceContext } from '../context.ts';

export function backupDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

export async function info(ctx: ServiceContext): Promise<SystemInfo> {
  const user = await getUser(ctx.db, ctx.user.id);
  if (!user) throw new AppFailure('FORBIDDEN', P.noAccount());
  const latest = listBackups(backupDir(ctx.dataDir))[0] ?? null;
  return {
    appVersion: ctx.appVersion,
    schemaVersion,
    dataDir: ctx.dataDir,
    user: { id: user.id, username: user.username, displayName: user.display_name, role: user.role },
    counts: { organisations: await countOrganisations(ctx.db), members: await countMembersOnList(ctx.db) },
    lastBackup: latest,
    today: ctx.today,
    demo: await getSetting(ctx.db, DEMO_BUILT_ON),
  };
}

/**
 * A backup made by a worker thread with its own read-only connection (the main thread keeps answering
 * calls meanwhile). `system:backup` is not a write: the dispatcher holds no transaction while this
 * awaits, and writes the audit entry afterwards in a short transaction of its own.
 */
export async function backup(ctx: ServiceContext, kind = 'manual'): Promise<{ file: string; bytes: number }> {
  let result: { file: string; bytes: number };
  try {
    result = await runBackupInWorker({ dbFile: ctx.dbFile, dir: backupDir(ctx.dataDir), kind, now: new Date(ctx.now), keep: 10 });
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    throw new AppFailure(error.code === 'SQLITE_FULL' || error.code === 'ENOSPC' ? 'DISK_FULL' : 'INTERNAL', error.problem);
  }
  ctx.audit({ action: 'system.backup', entity: 'system', entityId: null, oldValues: null, newValues: { ...result } });
  return result;
}


export async function demo(ctx: ServiceContext, input: { members: number; seed: number }): Promise<{ organisations: number; members: number }> {
  if ((await countOrganisations(ctx.db)) > 0) {
    throw new AppFailure('RULE', P.notEmpty());
  }
  const result = generateDemo(ctx.bulk, {
    members: input.members,
    seed: input.seed,
    today: ctx.today,
    progress: (share, line) => ctx.progress(share, line),
  });
  // The file now holds sample data: the header says so until it is replaced.
  await setSetting(ctx.db, DEMO_BUILT_ON, ctx.today);
  ctx.progress(1, 'Đang lưu vào tệp dữ liệu');
  ctx.audit({ action: 'system.demo', entity: 'system', entityId: null, oldValues: null, newValues: { ...input, ...result } });
  return result;
}
