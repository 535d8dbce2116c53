import { formatVi, isIsoFullDate, parseTyped } from '../../../shared/kernel/dates/partialDate.ts';
import { i18n } from '../i18n/index.ts';

export type DateCheck = { ok: true; iso: string | null } | { ok: false; message: string };

/**
 * Checks what the clerk typed in a date box: "1965", "03/1965" or "12/03/1965" (or, with `full`,
 * only a whole day). Empty text is fine here (null); required-ness is checked by the form.
 */
export function checkTypedDate(text: string, full = false): DateCheck {
  if (text.trim() === '') return { ok: true, iso: null };
  const iso = parseTyped(text);
  if (iso === null) return { ok: false, message: i18n.t('errors.invalidDate') };
  if (full && !isIsoFullDate(iso)) return { ok: false, message: i18n.t('errors.fullDateRequired') };
  return { ok: true, iso };
}

/** The text a stored date is shown as in a date box. */
export function dateText(iso: string | null | undefined): string {
  return formatVi(iso);
}
