import { Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogueSelect } from '../../components/CatalogueSelect.tsx';
import { DateField } from '../../components/DateField.tsx';
import { OrgPicker } from '../../components/OrgPicker.tsx';
import { requiredField } from '../../components/required.ts';
import { advanceOnEnter } from '../../components/enterAdvances.ts';
import { isSaveKey } from '../../components/useSubmit.ts';
import { useCatalogueStore } from '../../stores/catalogueStore.ts';
import { destinationKind, recordableTypes, type EventDraft, type FieldErrors } from './eventDraft.ts';

interface EventFieldsProps {
  draft: EventDraft;
  onChange(draft: EventDraft): void;
  errors: FieldErrors;
  /** record: type, whole-day date and destination; correct: only the date (partial allowed), decision and note. */
  mode: 'record' | 'correct';
  /** Inside another dialog (the member file): Esc in a box closes this form only, not the dialog. */
  inline?: boolean;
}

/** Mantine's dialogs leave an Esc alone when its target carries this attribute. */
export const KEEP_DIALOG_OPEN = { 'data-mantine-stop-propagation': 'true' } as const;

/** The boxes of an event: type, date, destination cell, decision (number, date, body, signer), note. */
export function EventFields({ draft, onChange, errors, mode, inline = false }: EventFieldsProps) {
  const { t } = useTranslation();
  const keep = inline ? KEEP_DIALOG_OPEN : {};
  const catalogues = useCatalogueStore((s) => s.catalogues);
  const types = useMemo(() => recordableTypes(catalogues?.memberEvents), [catalogues]);
  const set = (patch: Partial<EventDraft>) => onChange({ ...draft, ...patch });
  const destination = mode === 'record' ? destinationKind(draft.typeCode) : null;
  const destinationLabel =
    destination === 'required' ? t('events.fields.orgToId') : destination === 'optional' ? t('events.fields.orgToOptional') : t('events.fields.orgToTemporary');
  const hint = mode !== 'record' ? null : draft.typeCode === 'TRANSFER_OUT_LOCAL' ? t('events.hints.localTransfer') : draft.typeCode === 'TRANSFER_IN_PROVINCE' ? t('events.hints.transferInProvince') : null;

  return (
    <Stack gap="xs">
      <Group grow align="flex-start">
        {mode === 'record' ? (
          <CatalogueSelect
            label={t('events.fields.typeCode')}
            {...requiredField}
            {...keep}
            data-autofocus
            items={types}
            value={draft.typeCode}
            onChange={(typeCode) => set({ typeCode, orgTo: destinationKind(typeCode) === null ? null : draft.orgTo })}
            error={errors.typeCode}
          />
        ) : null}
        <DateField
          label={t('events.fields.eventDate')}
          {...requiredField}
          {...keep}
          full={mode === 'record'}
          data-autofocus={mode === 'correct' ? true : undefined}
          value={draft.eventDate}
          onChange={(eventDate) => set({ eventDate })}
          error={errors.eventDate}
        />
      </Group>
      {destination !== null ? (
        <OrgPicker
          label={destinationLabel}
          {...(destination === 'required' ? requiredField : {})}
          {...keep}
          clearable={destination !== 'required'}
          value={draft.orgTo}
          onChange={(orgTo) => set({ orgTo })}
          error={errors.orgToId}
        />
      ) : null}
      {hint ? (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      ) : null}
      <Group grow align="flex-start">
        <TextInput {...keep} label={t('events.fields.decisionNo')} value={draft.decisionNo} onChange={(e) => set({ decisionNo: e.currentTarget.value })} error={errors.decisionNo} />
        <DateField {...keep} label={t('events.fields.decisionDate')} value={draft.decisionDate} onChange={(decisionDate) => set({ decisionDate })} error={errors.decisionDate} />
      </Group>
      <Group grow align="flex-start">
        <TextInput {...keep} label={t('events.fields.decisionBody')} value={draft.decisionBody} onChange={(e) => set({ decisionBody: e.currentTarget.value })} error={errors.decisionBody} />
        <TextInput {...keep} label={t('events.fields.decisionSigner')} value={draft.decisionSigner} onChange={(e) => set({ decisionSigner: e.currentTarget.value })} error={errors.decisionSigner} />
      </Group>
      <Textarea {...keep} label={t('events.fields.note')} autosize minRows={2} value={draft.note} onChange={(e) => set({ note: e.currentTarget.value })} error={errors.note} />
    </Stack>
  );
}

/** A keyboard-first form: Enter moves on, Ctrl+S saves, Esc goes back. */
export function EventFormShell({ children, onSave, onCancel, label }: { children: ReactNode; onSave(): void; onCancel(): void; label: string }) {
  return (
    <form
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
      onKeyDown={(event) => {
        if (isSaveKey(event)) {
          event.preventDefault();
          onSave();
        } else if (event.key === 'Escape' && !event.defaultPrevented && !(event.target instanceof HTMLElement && event.target.getAttribute('aria-expanded') === 'true')) {
          // Esc closes the form, not the member file around it.
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        } else {
          advanceOnEnter(event);
        }
      }}
    >
      {children}
    </form>
  );
}
