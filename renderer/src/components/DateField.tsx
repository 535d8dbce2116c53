import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkTypedDate, dateText } from './dates.ts';

interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'error'> {
  value: string;
  onChange(value: string): void;
  /** An error from the form or the core; shown instead of the box's own check. */
  error?: string | null | undefined;
  /** Only a whole day is accepted (organisation events). */
  full?: boolean;
}

/**
 * A date typed as text ("1965", "03/1965", "12/03/1965"). On leaving the box the text is checked:
 * a wrong date shows "Ngày không hợp lệ", a good one is rewritten in the usual form (3/1965 → 03/1965).
 */
export function DateField({ value, onChange, error, full = false, onBlur, placeholder, ...rest }: DateFieldProps) {
  const { t } = useTranslation();
  const [ownError, setOwnError] = useState<string | null>(null);
  return (
    <TextInput
      {...rest}
      value={value}
      placeholder={placeholder ?? (full ? t('common.datePlaceholder') : undefined)}
      autoComplete="off"
      inputMode="numeric"
      error={error ?? ownError}
      onChange={(event) => {
        setOwnError(null);
        onChange(event.currentTarget.value);
      }}
      onBlur={(event) => {
        const check = checkTypedDate(event.currentTarget.value, full);
        if (!check.ok) setOwnError(check.message);
        else if (check.iso !== null && dateText(check.iso) !== value) onChange(dateText(check.iso));
        onBlur?.(event);
      }}
    />
  );
}
