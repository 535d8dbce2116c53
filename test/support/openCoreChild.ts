/**
 * A second process on a data folder, for the lock tests:
 * `node openCoreChild.ts DIR hold` opens the core, prints `OPEN` and keeps it open until killed or
 * until stdin closes; `node openCoreChild.ts DIR try` opens and closes it, printing one JSON line:
 * `{"ok":true}` or `{"ok":false,"kind":…,"message":…}`.
 */
import { CoreOpenError, openCore } from '../../electron/core/compose.ts';

const [dir, mode] = process.argv.slice(2);
if (!dir || (mode !== 'hold' && mode !== 'try')) {
  process.stderr.write('usage: openCoreChild.ts DIR hold|try\n');
  process.exit(64);
}
try {
  const core = await openCore({ dataDir: dir, dailyBackupDelay: null });
  if (mode === 'try') {
    core.close();
    process.stdout.write(`${JSON.stringify({ ok: true })}\n`);
  } else {
    process.stdout.write('OPEN\n');
    process.stdin.resume();
    process.stdin.on('end', () => {
      core.close();
      process.exit(0);
    });
  }
} catch (error) {
  if (!(error instanceof CoreOpenError)) throw error;
  process.stdout.write(`${JSON.stringify({ ok: false, kind: error.kind, message: error.message })}\n`);
  process.exitCode = 2;
}
