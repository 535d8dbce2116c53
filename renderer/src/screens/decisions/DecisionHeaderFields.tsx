import { Fieldset, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.tsx';
import { requiredField } from '../../components/required.ts';
import type { DecisionHeader, FieldErrors } from './decisionDraft.ts';

interface DecisionHeaderFieldsProps {
  header: DecisionHeader;
  errors: FieldErrors;
  onField(key: keyof DecisionHeader, value: string): void;
}

/**
 * The decision's own boxes (number, dates, issuing body, signer, summary). Drawn again only when they or
 * the errors change: a key typed in the grid below does not redraw them (40 rows stay quick to type in).
 */
export const DecisionHeaderFields = memo(function DecisionHeaderFields({ header, errors, onField }: DecisionHeaderFieldsProps) {
  const { t } = useTranslation();
  const box = (key: 'number' | 'issuingBody' | 'signer', required = false, placeholder?: string) => (
    <TextInput
      label={t(`decisions.entry.${key}`)}
      {...(required ? requiredField : {})}
      autoComplete="off"
      placeholder={placeholder}
      value={header[key]}
      onChange={(e) => onField(key, e.currentTarget.value)}
      error={errors[`decision.${key}`]}
      data-autofocus={key === 'number' || undefined}
    />
  );
  const date = (key: 'issuedOn' | 'effectiveOn' | 'receivedOn', required: boolean) => (
    <DateField
      label={t(`decisions.entry.${key}`)}
      {...(required ? requiredField : {})}
      description={key === 'receivedOn' ? t('decisions.entry.receivedHint') : undefined}
      full
      value={header[key]}
      onChange={(v) => onField(key, v)}
      error={errors[`decision.${key}`]}
    />
  );
  return (
    <Fieldset legend={t('decisions.entry.legend')}>
      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        {box('number', true, t('decisions.entry.numberPlaceholder'))}
        {date('issuedOn', true)}
        {date('effectiveOn', true)}
        {date('receivedOn', false)}
        {box('issuingBody', true)}
        {box('signer')}
      </SimpleGrid>
      <Textarea mt="xs" label={t('decisions.entry.summary')} autosize minRows={1} maxRows={3} value={header.summary} onChange={(e) => onField('summary', e.currentTarget.value)} error={errors['decision.summary']} />
    </Fieldset>
  );
});
