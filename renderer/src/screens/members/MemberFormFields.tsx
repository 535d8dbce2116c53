import { Fieldset, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogueSelect } from '../../components/CatalogueSelect.tsx';
import { DateField } from '../../components/DateField.tsx';
import { OrgPicker } from '../../components/OrgPicker.tsx';
import { useCatalogueStore } from '../../stores/catalogueStore.ts';
import { nameOrders, type NameOrder } from '../../../../shared/contract/index.ts';
import { draftFullName, type CodeKey, type DateKey, type FieldErrors, type MemberDraft, type TextKey } from './memberDraft.ts';
import { requiredField } from '../../components/required.ts';

export type SetField = <K extends keyof MemberDraft>(key: K, value: MemberDraft[K]) => void;

interface FieldsProps {
  draft: MemberDraft;
  errors: FieldErrors;
  set: SetField;
  /** An existing record: the organisation box is for correcting a wrong entry only (moves are events). */
  editing?: boolean;
}

/** The record card's boxes, in the order the clerk fills them (Tab and Enter follow it). */
export function MemberFormFields({ draft, errors, set, editing = false }: FieldsProps) {
  const { t } = useTranslation();
  const catalogues = useCatalogueStore((s) => s.catalogues);
  const professional = useMemo(() => catalogues?.education.filter((e) => e.kind === 'professional'), [catalogues]);
  const politicalTheory = useMemo(() => catalogues?.education.filter((e) => e.kind === 'political_theory'), [catalogues]);
  const sexItems = useMemo(() => (['M', 'F'] as const).map((code) => ({ code, name: t(`sex.${code}`) })), [t]);
  const nameOrderItems = useMemo(() => nameOrders.map((order) => ({ code: order, name: t(`memberForm.nameOrders.${order}`) })), [t]);

  const text = (key: TextKey, extra: { required?: boolean; autofocus?: boolean; placeholder?: string; inputMode?: 'numeric' | 'tel' } = {}) => (
    <TextInput
      label={t(`memberForm.fields.${key}`)}
      {...(extra.required ? requiredField : {})}
      data-autofocus={extra.autofocus ? true : undefined}
      placeholder={extra.placeholder}
      inputMode={extra.inputMode}
      autoComplete="off"
      value={draft[key]}
      onChange={(event) => set(key, event.currentTarget.value)}
      error={errors[key]}
    />
  );
  const date = (key: DateKey, required = false) => (
    <DateField
      label={t(`memberForm.fields.${key}`)}
      {...(required ? requiredField : {})}
      placeholder={t('memberForm.placeholders.date')}
      value={draft[key]}
      onChange={(value) => set(key, value)}
      error={errors[key]}
    />
  );
  const code = (key: CodeKey, items: readonly { code: string; name: string }[] | undefined) => (
    <CatalogueSelect label={t(`memberForm.fields.${key}`)} items={items} value={draft[key]} onChange={(value) => set(key, value)} error={errors[key]} />
  );

  const isNameOrder = (value: string | null): value is NameOrder => nameOrders.some((o) => o === value);
  const printedName = draftFullName(draft);

  return (
    <>
      <Fieldset legend={t('memberForm.sections.name')}>
        <SimpleGrid cols={{ base: 1, sm: 5 }}>
          {text('familyName', { required: true, autofocus: true })}
          {text('middleName')}
          {text('givenName', { required: true })}
          <CatalogueSelect
            label={t('memberForm.fields.nameOrder')}
            required
            withAsterisk={false}
            items={nameOrderItems}
            value={draft.nameOrder}
            onChange={(value) => {
              if (isNameOrder(value)) set('nameOrder', value);
            }}
            error={errors.nameOrder}
            comboboxProps={{ width: 'max-content', position: 'bottom-start' }}
          />
          {text('otherNames')}
        </SimpleGrid>
        {/* The full name as the lists and documents will print it, in the chosen order. */}
        <Text size="sm" mt="xs">
          {`${t('members.columns.fullName')}: ${printedName === '' ? t('common.none') : printedName}`}
        </Text>
      </Fieldset>
      <Fieldset legend={t('memberForm.sections.personal')}>
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          {date('birthDate', true)}
          <CatalogueSelect
            label={t('memberForm.fields.sex')}
            {...requiredField}
            items={sexItems}
            value={draft.sex}
            onChange={(value) => set('sex', value === 'M' || value === 'F' ? value : null)}
            error={errors.sex}
          />
          {code('ethnicCode', catalogues?.ethnicGroups)}
          {code('religionCode', catalogues?.religions)}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('memberForm.sections.places')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('birthPlace')}
          {text('homeTown')}
          {text('residence')}
          {text('temporaryResidence')}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('memberForm.sections.papers')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {text('citizenId', { inputMode: 'numeric' })}
          {text('cardNo', { inputMode: 'numeric' })}
          {text('recordNo', { inputMode: 'numeric' })}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('memberForm.sections.party')}>
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <OrgPicker
            label={t('memberForm.fields.organisationId')}
            {...requiredField}
            description={editing ? t('memberForm.organisationCorrectionOnly') : undefined}
            value={draft.organisation}
            onChange={(value) => set('organisation', value)}
            error={errors.organisationId}
          />
          {date('admissionDate', true)}
          {date('admissionDecisionDate')}
          {date('fullMemberDate')}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('memberForm.sections.education')}>
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          {text('generalEducation', { placeholder: t('memberForm.placeholders.generalEducation') })}
          {code('professionalCode', professional)}
          {code('politicalTheoryCode', politicalTheory)}
          {code('occupationCode', catalogues?.occupations)}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('memberForm.sections.contact')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {text('phone', { inputMode: 'tel' })}
        </SimpleGrid>
        <Textarea
          mt="sm"
          label={t('memberForm.fields.notes')}
          autosize
          minRows={2}
          value={draft.notes}
          onChange={(event) => set('notes', event.currentTarget.value)}
          error={errors.notes}
        />
      </Fieldset>
    </>
  );
}
