import { fail, type Result } from '../../shared/kernel/result.ts';
import type { BatchCall } from '../core/types.ts';
import type { CliCommand } from './args.ts';
import { EXIT_OK, EXIT_RESULT_FAILED, EXIT_USAGE, openFor, type CliDeps } from './deps.ts';

/** Calls sent to the core per message when each call is its own transaction: answers print as they come. */
const CHUNK = 100;

type Line = { ok: true; call: BatchCall } | { ok: false; answer: Result<never> };

/** One JSON line `{"method": "…", "input": …}`; blank lines are skipped by the caller. */
export function parseBatchLine(text: string, lineNo: number): Line {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, answer: fail('BAD_INPUT', `Dòng ${lineNo}: không phải JSON hợp lệ.`) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('method' in value) || typeof value.method !== 'string') {
    return { ok: false, answer: fail('BAD_INPUT', `Dòng ${lineNo}: cần dạng {"method": "…", "input": {…}}.`) };
  }
  return { ok: true, call: { method: value.method, input: 'input' in value ? value.input : {} } };
}

/**
 * `batch [FILE|-] [--atomic]`: JSON lines in, one JSON answer per line out, in one process. Each call
 * is its own transaction; with --atomic all run in one (the first refusal keeps nothing), and a line
 * that is not a call refuses the whole batch before anything runs.
 */
export async function runBatch(command: Extract<CliCommand, { command: 'batch' }>, dataDir: string, deps: CliDeps, now: Date | null = null): Promise<number> {
  if (!deps.readText) {
    deps.stderr('Không đọc được đầu vào.\n');
    return EXIT_USAGE;
  }
  let text: string;
  try {
    text = await deps.readText(command.file);
  } catch {
    deps.stderr(`Không đọc được tệp ${command.file}.\n`);
    return EXIT_USAGE;
  }
  const lines = text
    .split(/\r?\n/)
    .map((t, i) => ({ t, n: i + 1 }))
    .filter(({ t }) => t.trim() !== '')
    .map(({ t, n }) => parseBatchLine(t, n));
  const print = (answer: Result<unknown>) => deps.stdout(`${JSON.stringify(answer)}\n`);
  if (command.atomic && lines.some((l) => !l.ok)) {
    for (const l of lines) print(l.ok ? fail('CANCELLED', 'Không chạy: có dòng không hợp lệ trong lô (--atomic).') : l.answer);
    deps.stderr('Lô có dòng không hợp lệ nên không lệnh nào được chạy.\n');
    return EXIT_RESULT_FAILED;
  }
  const core = await openFor(deps, dataDir, now);
  if (typeof core === 'number') return core;
  let failed = 0;
  try {
    const ctx = core.defaultContext('cli');
    if (command.atomic) {
      const answers = await core.batch(lines.flatMap((l) => (l.ok ? [l.call] : [])), ctx, { atomic: true });
      answers.forEach(print);
      failed = answers.filter((a) => !a.ok).length;
    } else {
      for (let start = 0; start < lines.length; start += CHUNK) {
        const part = lines.slice(start, start + CHUNK);
        const answers = await core.batch(part.flatMap((l) => (l.ok ? [l.call] : [])), ctx, { atomic: false });
        let k = 0;
        for (const l of part) {
          const answer = l.ok ? (answers[k++] ?? fail('INTERNAL', 'Không có kết quả.')) : l.answer;
          if (!answer.ok) failed++;
          print(answer);
        }
      }
    }
  } finally {
    await core.close();
  }
  deps.stderr(`${lines.length - failed}/${lines.length} lệnh thành công${command.atomic && failed > 0 ? '; không lệnh nào được lưu' : ''}.\n`);
  return failed === 0 ? EXIT_OK : EXIT_RESULT_FAILED;
}
