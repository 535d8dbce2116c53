/**
 * A whole number with Vietnamese digit grouping (2162 → "2.162"), as the screens show counts
 * (renderer/src/format.ts formatCount) — for text written outside the screens: Excel headings,
 * progress lines. Independent of the runtime's locale data.
 */
export function groupDigitsVi(n: number): string {
  const whole = Math.trunc(n);
  const digits = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return whole < 0 ? `-${digits}` : digits;
}
