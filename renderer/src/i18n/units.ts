import type { TFunction } from 'i18next';

/**
 * A duration in years and months in the interface's language, with proper plurals
 * ("40 năm 1 tháng"; "40 years 1 month", "1 year 0 months"): units.* in vi.ts and en.ts.
 */
export function yearsMonthsText(t: TFunction, totalMonths: number): string {
  const years = Math.floor(totalMonths / 12);
  const months = totalMonths % 12;
  return t('units.yearsMonths', { years: t('units.years', { count: years }), months: t('units.months', { count: months }) });
}
