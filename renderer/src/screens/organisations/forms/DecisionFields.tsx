import { TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField.tsx';
import type { DecisionValues, FieldErrors } from './decision.ts';
import { requiredField } from '../../../components/required.ts';

interface DecisionFieldsProps {
  values: DecisionValues;
  onChange(values: DecisionValues): void;
  errors: FieldErrors;
  /** The input's name for the date: effectiveFrom (create) or effectiveDate. */
  dateKey: string;
}

/** Ngày hiệu lực, số quyết định, ghi chú. */
export function DecisionFields({ values, onChange, errors, dateKey }: DecisionFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <DateField
        label={t('org.fields.effectiveDate')}
        {...requiredField}
        full
        value={values.date}
        onChange={(date) => onChange({ ...values, date })}
        error={errors[dateKey]}
      />
      <TextInput
        label={t('org.fields.decisionNo')}
        value={values.decisionNo}
        onChange={(event) => onChange({ ...values, decisionNo: event.currentTarget.value })}
        error={errors.decisionNo}
      />
      <Textarea
        label={t('org.fields.note')}
        autosize
        minRows={2}
        value={values.note}
        onChange={(event) => onChange({ ...values, note: event.currentTarget.value })}
        error={errors.note}
      />
    </>
  );
}
