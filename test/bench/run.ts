/**
 * `npm run bench -- [--members N] [--data-dir D] [--reuse] …`: the performance harness (not a test).
 * Prints one JSON object on stdout with p50 / p95 / max in ms and the targets:
 * demo generation (≤ 60 s for 500,000 members), name search (p95 ≤ 20 ms), a 50-row page of a
 * subtree in official order (p95 ≤ 30 ms), saving a member (p95 ≤ 5 ms) and the browser host's cold
 * start to the first page over HTTP (≤ 2 s); the cadre files (issue 9: open a file ≤ 100 ms, the Tổng quan
 * digest ≤ 500 ms, a decision of 40 actions saved ≤ 50 ms, cadre search p95 ≤ 20 ms); and, without a target, how long the main thread is held up
 * while the backup worker copies the database; and the screens in Chromium ("ui": list filter, tab
 * switches, rating grid, search, from the key or click to the settled screen). Progress goes to stderr.
 * `--only ui` (report keys, comma-separated) runs only those scenarios, after the database check.
 * A scenario whose app piece is missing reports an error instead of a number; the exit status is
 * then 1 (also with --strict when a target is missed).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_USAGE, parseBenchArgs, type BenchArgs, type BenchScenario } from './args.ts';
import { DB_FILE, loadOpenCore, openBenchCore, type OpenCore } from './core.ts';
import { note } from './measure.ts';
import { openReadOnly } from './sample.ts';
import { coldStart } from './scenarios/coldStart.ts';
import { generation } from './scenarios/generate.ts';
import { subtreePages } from './scenarios/subtree.ts';
import { saves } from './scenarios/save.ts';
import { search } from './scenarios/search.ts';
import { badgeCandidates } from './scenarios/badges.ts';
import { ratings } from './scenarios/ratings.ts';
import { statusAsOf } from './scenarios/statusAsOf.ts';
import { backupOffThread } from './scenarios/backup.ts';
import { demoJob, duringJobs } from './scenarios/jobs.ts';
import { ui } from './scenarios/ui.ts';
import { cadreOpen, cadreSearch, decisionSave, digest } from './scenarios/cadres.ts';

type Outcome = Record<string, unknown> | { error: string };

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function attempt(name: string, errors: string[], fn: () => Promise<Record<string, unknown>>): Promise<Outcome> {
  try {
    note(`${name}…`);
    return await fn();
  } catch (error) {
    const text = errorText(error);
    errors.push(`${name}: ${text}`);
    note(`${name} failed: ${text}`);
    return { error: text };
  }
}

async function runBench(args: BenchArgs): Promise<{ report: Record<string, unknown>; failed: boolean }> {
  const errors: string[] = [];
  const wanted = (key: BenchScenario) => args.only === null || args.only.has(key);
  const notAsked = { error: 'skipped: not in --only' };
  /** Runs the scenario when --only asks for it (or there is no --only), else reports it as skipped. */
  const run = async (key: BenchScenario, name: string, fn: () => Promise<Record<string, unknown>>): Promise<Outcome> => (wanted(key) ? attempt(name, errors, fn) : notAsked);
  const ownDir = args.dataDir === null;
  const dataDir = ownDir ? mkdtempSync(path.join(os.tmpdir(), 'so-to-chuc-bench-')) : path.resolve(args.dataDir as string);
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DB_FILE);
  const report: Record<string, unknown> = {
    startedAt: new Date().toISOString(),
    machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, memoryBytes: os.totalmem() },
    members: args.members,
    seed: args.seed,
    dataDir: ownDir ? `${dataDir} (temporary, removed)` : dataDir,
  };

  try {
    let openCore: OpenCore | null = null;
    try {
      openCore = await loadOpenCore();
    } catch (error) {
      errors.push(`service API: ${errorText(error)}`);
    }

    const missingCore = { error: 'skipped: the service API (electron/core/compose.ts openCore) is not available' };
    const core = openCore;
    report['generation'] = core ? await attempt('generation', errors, async () => ({ ...(await generation(core, dataDir, args.members, args.seed, args.reuse)) })) : missingCore;
    const generated = !('error' in (report['generation'] as Outcome));

    const inThread: BenchScenario[] = ['search', 'subtreePage', 'save', 'statusAsOf', 'badges', 'ratings', 'backup', 'cadreOpen', 'digest', 'decisionSave', 'cadreSearch'];
    if (core && generated) {
      if (inThread.some(wanted)) {
        const app = await openBenchCore(core, dataDir);
        const conn = openReadOnly(file);
        try {
          report['search'] = await run('search', 'search', async () => ({ ...(await search(app, conn, args.seed, args.searches)) }));
          report['subtreePage'] = await run('subtreePage', 'subtree page', async () => ({ ...(await subtreePages(app, conn, args.seed, args.pages)) }));
          report['save'] = await run('save', 'save', async () => ({ ...(await saves(app, conn, args.seed, args.saves)) }));
          report['statusAsOf'] = await run('statusAsOf', 'status as of', async () => ({ ...(await statusAsOf(app, conn, args.seed, 10)) }));
          report['badges'] = await run('badges', 'badge candidates', async () => ({ ...(await badgeCandidates(app, conn)) }));
          report['ratings'] = await run('ratings', 'ratings', async () => ({ ...(await ratings(app, conn, args.seed, 20)) }));
          report['cadreOpen'] = await run('cadreOpen', 'open a cadre file', async () => ({ ...(await cadreOpen(app, conn, args.seed, 50)) }));
          report['digest'] = await run('digest', 'Tổng quan digest', async () => ({ ...(await digest(app, 10)) }));
          report['decisionSave'] = await run('decisionSave', 'save a decision of 40 actions', async () => ({ ...(await decisionSave(app, conn, args.seed, 20)) }));
          report['cadreSearch'] = await run('cadreSearch', 'cadre search', async () => ({ ...(await cadreSearch(app, conn, args.seed, 300)) }));
          report['backup'] = await run('backup', 'backup off the main thread', async () => ({ ...(await backupOffThread(app, dataDir, file)) }));
        } finally {
          conn.close();
          await app.close();
        }
      } else {
        for (const key of inThread) report[key] = notAsked;
      }
      // The core in its worker, as the doors run it (the in-thread core above holds the folder's lock until closed).
      report['duringJobs'] = await run('duringJobs', 'calls during jobs', async () => ({ ...(await duringJobs(dataDir, 2026)) }));
    } else {
      const skipped = core ? { error: 'skipped: no demo database' } : missingCore;
      report['search'] = skipped;
      report['subtreePage'] = skipped;
      report['save'] = skipped;
      report['statusAsOf'] = skipped;
      report['badges'] = skipped;
      report['ratings'] = skipped;
      report['backup'] = skipped;
      for (const key of ['cadreOpen', 'digest', 'decisionSave', 'cadreSearch'] as const) report[key] = skipped;
      report['duringJobs'] = skipped;
    }
    report['demoJob'] = core && !args.skipDemoJob ? await run('demoJob', 'demo as a job', async () => ({ ...(await demoJob(dataDir, args.members, args.seed)) })) : { error: 'skipped' };

    report['coldStart'] = generated
      ? await run('coldStart', 'cold start', async () => ({ ...(await coldStart(dataDir, args.coldStarts)) }))
      : { error: 'skipped: no demo database' };
    // The screens in Chromium, through the browser host (it takes the folder's lock: every core above is closed).
    report['ui'] = generated
      ? await run('ui', 'screens in Chromium', async () => {
          const conn = openReadOnly(file);
          try {
            const result = await ui(dataDir, conn, args.seed, args.uiRuns);
            // An interaction that could not be measured is an error of the run (exit status 1), with the others still measured.
            for (const [key, part] of Object.entries(result)) {
              if (typeof part === 'object' && part !== null && 'error' in part) errors.push(`ui.${key}: ${String(part.error)}`);
            }
            return { ...result };
          } finally {
            conn.close();
          }
        })
      : { error: 'skipped: no demo database' };
  } finally {
    if (ownDir) rmSync(dataDir, { recursive: true, force: true });
  }

  const targets = ['generation', 'search', 'subtreePage', 'save', 'statusAsOf', 'badges', 'ratings', 'cadreOpen', 'digest', 'decisionSave', 'cadreSearch', 'duringJobs', 'demoJob', 'coldStart', 'ui'].map((k) => [k, (report[k] as { pass?: boolean | null } | undefined)?.pass] as const);
  report['targetsMet'] = Object.fromEntries(targets.map(([k, pass]) => [k, pass ?? null]));
  report['errors'] = errors;
  const missed = targets.some(([, pass]) => pass === false);
  return { report, failed: errors.length > 0 || (args.strict && missed) };
}

async function main(): Promise<void> {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24) {
    process.stderr.write(`The bench needs Node 24 (better-sqlite3 is built for it); this is ${process.version}. Run it with \`npm run bench\`.\n`);
    process.exit(1);
  }
  let args: BenchArgs;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof Error && error.message === BENCH_USAGE ? 0 : 64);
  }
  const { report, failed } = await runBench(args);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.exitCode = failed ? 1 : 0;
}

await main();
