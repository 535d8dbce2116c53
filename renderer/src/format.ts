/** Number and time formatting for the screens: Vietnamese conventions (12.345; 08:30 12/03/2025). */

const counts = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimals = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** 12345 → "12.345". */
export function formatCount(n: number): string {
  return counts.format(n);
}

/** A size in bytes as "512 B", "12,5 KB", "3,2 MB" or "1,1 GB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? counts.format(value) : decimals.format(value)} ${units[unit] ?? 'B'}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO timestamp as local "HH:mm dd/mm/yyyy"; text that is not a timestamp is shown as it is. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}
