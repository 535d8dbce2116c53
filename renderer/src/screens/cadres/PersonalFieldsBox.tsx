import { SimpleGrid, TextInput } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogueSelect } from '../../components/CatalogueSelect.tsx';
import { DateField } from '../../components/DateField.tsx';
import { requiredField } from '../../components/required.ts';
import { useCatalogueStore } from '../../stores/catalogueStore.ts';
import type { PersonalDraft, PersonalErrors, PersonalTextKey } from './personalDraft.ts';

interface Props {
  draft: PersonalDraft;
  errors: PersonalErrors;
  set<K extends keyof PersonalDraft>(key: K, value: PersonalDraft[K]): void;
  readOnly?: boolean;
  /** Put the cursor in the family name when the form opens. */
  autofocus?: boolean;
}

/** The personal boxes of a cadre (the member card's labels and order), for a new file and the CV tab. */
export const PersonalFieldsBox = memo(function PersonalFieldsBox({ draft, errors, set, readOnly = false, autofocus = false }: Props) {
  const { t } = useTranslation();
  const catalogues = useCatalogueStore((s) => s.catalogues);
  const sexItems = useMemo(() => (['M', 'F'] as const).map((code) => ({ code, name: t(`sex.${code}`) })), [t]);
  const text = (key: PersonalTextKey, required = false) => (
    <TextInput
      label={t(`memberForm.fields.${key}`)}
      {...(required ? requiredField : {})}
      data-autofocus={autofocus && key === 'familyName' ? true : undefined}
      autoComplete="off"
      readOnly={readOnly}
      value={draft[key]}
      onChange={(event) => set(key, event.currentTarget.value)}
      error={errors[key]}
    />
  );
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" verticalSpacing={6}>
      {text('familyName', true)}
      {text('middleName')}
      {text('givenName', true)}
      <CatalogueSelect
        label={t('memberForm.fields.sex')}
        {...requiredField}
        items={sexItems}
        readOnly={readOnly}
        value={draft.sex}
        onChange={(v) => set('sex', v === 'M' || v === 'F' ? v : null)}
        error={errors.sex}
      />
      <DateField
        label={t('memberForm.fields.birthDate')}
        {...requiredField}
        placeholder={t('memberForm.placeholders.date')}
        readOnly={readOnly}
        value={draft.birthDate}
        onChange={(v) => set('birthDate', v)}
        error={errors.birthDate}
      />
      {text('otherNames')}
      <CatalogueSelect label={t('memberForm.fields.ethnicCode')} items={catalogues?.ethnicGroups} readOnly={readOnly} value={draft.ethnicCode} onChange={(v) => set('ethnicCode', v)} error={errors.ethnicCode} />
      <CatalogueSelect label={t('memberForm.fields.religionCode')} items={catalogues?.religions} readOnly={readOnly} value={draft.religionCode} onChange={(v) => set('religionCode', v)} error={errors.religionCode} />
      {text('birthPlace')}
      {text('homeTown')}
      {text('residence')}
      {text('citizenId')}
    </SimpleGrid>
  );
});
