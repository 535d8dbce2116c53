/**
 * `--now <ISO>` for the browser host and the CLI: pins the core's clock at one instant, so end-to-end
 * tests do not depend on the day they run. For tests only: refused unless the environment sets
 * SOTOCHUC_ALLOW_NOW=1, so a clerk cannot start the app on a wrong date by accident (a wrong today
 * would date audit entries, backups and every "as of today" rule).
 */

export const ALLOW_NOW_ENV = 'SOTOCHUC_ALLOW_NOW';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export type PinnedNow = { ok: true; now: Date | null } | { ok: false; message: string };

/**
 * The instant `--now` names (null when not given): `YYYY-MM-DD` (noon, local time) or a full ISO
 * instant with its offset (`2026-11-20T03:00:00Z`).
 */
export function pinnedNow(text: string | undefined, env: Readonly<Record<string, string | undefined>>): PinnedNow {
  if (text === undefined) return { ok: true, now: null };
  if (env[ALLOW_NOW_ENV] !== '1') {
    return { ok: false, message: `--now chỉ dùng khi kiểm thử (cần đặt biến môi trường ${ALLOW_NOW_ENV}=1).` };
  }
  const day = DAY.exec(text);
  let now: Date | null = null;
  if (day) {
    now = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12);
    if (now.getFullYear() !== Number(day[1]) || now.getMonth() !== Number(day[2]) - 1 || now.getDate() !== Number(day[3])) now = null;
  } else if (INSTANT.test(text)) {
    now = new Date(text);
  }
  if (now === null || Number.isNaN(now.getTime())) {
    return { ok: false, message: `--now không hợp lệ: ${text} (dạng 2026-11-20 hoặc 2026-11-20T03:00:00Z).` };
  }
  return { ok: true, now };
}
