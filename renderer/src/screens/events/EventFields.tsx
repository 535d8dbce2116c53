import { Checkbox, Group, List, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogueSelect } from '../../components/CatalogueSelect.tsx';
import { DateField } from '../../components/DateField.tsx';
import { OrgPicker } from '../../components/OrgPicker.tsx';
import { requiredField } from '../../components/required.ts';
import { smallFormKeys } from '../../components/formKeys.ts';
import { useCatalogueStore } from '../../stores/catalogueStore.ts';
import { destinationKind, draftWarnings, offersGapMark, recordableTypes, type EventDraft, type FieldErrors } from './eventDraft.ts';
import { eventTypeName } from './eventText.ts';
import { EVENT } from '../../../../shared/events/eventTypes.ts';

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

/** Deadline warnings (a late transfer): shown while typing and after saving; never a refusal. */
export function WarningList({ warnings, label }: { warnings: readonly string[]; label: string }) {
  if (warnings.length === 0) return null;
  return (
    <div role="note" aria-label={label}>
      <Text size="sm" c="yellow.9" fw={500}>
        {label}
      </Text>
      <List size="sm" c="yellow.9">
        {warnings.map((w, i) => (
          <List.Item key={i}>{w}</List.Item>
        ))}
      </List>
    </div>
  );
}

/**
 * The boxes of an event: type, date, destination cell, decision (number, date, body, signer), note;
 * for a transfer in from another province, the transfer-gap mark. The transfer deadline warnings show
 * under the dates as they are typed.
 */
export function EventFields({ draft, onChange, errors, mode, inline = false }: EventFieldsProps) {
  const { t } = useTranslation();
  const keep = inline ? KEEP_DIALOG_OPEN : {};
  const catalogues = useCatalogueStore((s) => s.catalogues);
  // Names in the interface's language (events.types): `t` changes with it.
  const types = useMemo(() => recordableTypes(catalogues?.memberEvents).map((i) => ({ ...i, name: eventTypeName(i.code, i.name, t) })), [catalogues, t]);
  const set = (patch: Partial<EventDraft>) => onChange({ ...draft, ...patch });
  const destination = mode === 'record' ? destinationKind(draft.typeCode) : null;
  const destinationLabel =
    destination === 'required' ? t('events.fields.orgToId') : destination === 'optional' ? t('events.fields.orgToOptional') : t('events.fields.orgToTemporary');
  const warnings = draftWarnings(draft);
  const hint = mode !== 'record' ? null : draft.typeCode === EVENT.TRANSFER_OUT_LOCAL ? t('events.hints.localTransfer') : draft.typeCode === EVENT.TRANSFER_IN_PROVINCE ? t('events.hints.transferInProvince') : null;

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
            onChange={(typeCode) => set({ typeCode, orgTo: destinationKind(typeCode) === null ? null : draft.orgTo, interruptsPartyAge: offersGapMark(typeCode) && draft.interruptsPartyAge })}
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
      {offersGapMark(draft.typeCode) ? (
        <Checkbox
          {...keep}
          label={t('events.gap.label')}
          description={t('events.gap.description')}
          checked={draft.interruptsPartyAge}
          onChange={(e) => set({ interruptsPartyAge: e.currentTarget.checked })}
          error={errors.interruptsPartyAge}
        />
      ) : null}
      <div aria-live="polite">
        <WarningList warnings={warnings} label={t('events.warnings.live')} />
      </div>
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
      onKeyDown={(event) => smallFormKeys(event, { onSave, onCancel })}
    >
      {children}
    </form>
  );
}
