import { formatVi } from '../../../../../shared/kernel/dates/partialDate.ts';
import { today } from '../../../stores/today.ts';
import { checkTypedDate } from '../../../components/dates.ts';
import { i18n } from '../../../i18n/index.ts';

/** The date and decision every organisation change carries, as typed. */
export interface DecisionValues {
  date: string;
  decisionNo: string;
  note: string;
}

export type FieldErrors = Record<string, string>;

export function emptyDecision(): DecisionValues {
  return { date: formatVi(today()), decisionNo: '', note: '' };
}

export function blankToNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Reads the typed decision: the date must be a whole day. Errors are keyed by `dateKey`, the name the
 * method's input gives the date (effectiveFrom or effectiveDate), so the core's field errors line up.
 */
export function readDecision(
  values: DecisionValues,
  dateKey: string,
  errors: FieldErrors,
): { date: string; decisionNo: string | null; note: string | null } | null {
  const check = checkTypedDate(values.date, true);
  if (!check.ok) errors[dateKey] = check.message;
  else if (check.iso === null) errors[dateKey] = i18n.t('errors.required');
  if (!check.ok || check.iso === null) return null;
  return { date: check.iso, decisionNo: blankToNull(values.decisionNo), note: blankToNull(values.note) };
}
