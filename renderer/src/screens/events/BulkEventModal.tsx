import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/contract/index.ts';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { GuardedModal, useChangedSinceOpened, useGuardedClose } from '../../components/UnsavedGuard.tsx';
import { useSubmit } from '../../components/useSubmit.ts';
import { formatCount } from '../../format.ts';
import { useCatalogueStore } from '../../stores/catalogueStore.ts';
import { useEventStore } from './store.ts';
import { emptyDraft, readRecord, type EventDraft, type FieldErrors } from './eventDraft.ts';
import { EventFields, EventFormShell } from './EventFields.tsx';

type Recorded = Output<'event:record'>;

interface BulkEventModalProps {
  memberIds: readonly number[];
  opened: boolean;
  onClose(): void;
  /**
   * After the event was recorded for every member (the list is already invalidated); when the core
   * returned deadline warnings, once the clerk has read them and closed the dialog.
   */
  onDone(result: Recorded): void;
}

/** The form inside the modal: mounted at each opening, so it always starts empty. */
function BulkEventForm({ memberIds, onClose, onDone, title }: Omit<BulkEventModalProps, 'opened'> & { title: string }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<EventDraft>(() => emptyDraft());
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const { busy, failure, run } = useSubmit();
  // Per-member refusals are in the message (it names the member); the boxes show only their own.
  const fieldErrors = Object.fromEntries(Object.entries(failure?.fields ?? {}).filter(([k]) => !k.startsWith('memberIds')));
  const errors: FieldErrors = { ...fieldErrors, ...clientErrors };
  // The typed event is not lost by a stray Esc, × or Hủy: closing asks first.
  const cancel = useGuardedClose(useChangedSinceOpened(draft), onClose);

  async function save() {
    if (busy || memberIds.length === 0) return;
    const found: FieldErrors = {};
    const input = readRecord(draft, found);
    setClientErrors(found);
    if (input === null) return;
    const r = await run(() => call('event:record', { ...input, memberIds: [...memberIds] }));
    if (!r.ok) return;
    await useEventStore.getState().changed(memberIds);
    onDone(r.value);
  }

  return (
    <EventFormShell label={title} onSave={() => void save()} onCancel={cancel}>
      <Stack gap="xs">
        <Text size="sm">{memberIds.length === 0 ? t('events.bulk.none') : t('events.bulk.explain')}</Text>
        <EventFields draft={draft} onChange={setDraft} errors={errors} mode="record" />
        <ErrorAlert message={failure?.message} />
        <Text size="xs" c="dimmed">
          {t('events.keysHint')}
        </Text>
        <FormButtons busy={busy} onCancel={cancel} />
      </Stack>
    </EventFormShell>
  );
}

/** Recorded, with the deadline warnings (each naming its member) to read before closing. */
function RecordedWithWarnings({ result, onClose }: { result: Recorded; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text size="sm">{t('events.bulk.done', { n: formatCount(result.recorded) })}</Text>
      <Alert color="yellow" role="status" aria-label={t('events.warnings.saved')} title={t('events.warnings.saved')}>
        <List size="sm">
          {result.warnings.map((w, i) => (
            <List.Item key={i}>{w}</List.Item>
          ))}
        </List>
      </Alert>
      <Group justify="flex-end">
        <Button data-autofocus onClick={onClose}>
          {t('events.bulk.close')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * One event for many members at once (one decision: twelve recognitions of a cell, exemptions,
 * transfers to another cell). All or nothing: when the core refuses one member, its message names
 * that member and nothing is recorded.
 */
export function BulkEventModal({ memberIds, opened, onClose, onDone }: BulkEventModalProps) {
  const { t } = useTranslation();
  useEffect(() => {
    if (opened) void useCatalogueStore.getState().load();
  }, [opened]);
  // Recorded with warnings: the dialog stays open on them until the clerk closes it.
  const [saved, setSaved] = useState<Recorded | null>(null);
  const finish = (result: Recorded) => {
    setSaved(null);
    onDone(result);
  };
  const title = t('events.bulk.title', { n: formatCount(memberIds.length) });
  return (
    <GuardedModal opened={opened} onClose={saved ? () => finish(saved) : onClose} title={title} size="lg">
      {saved ? (
        <RecordedWithWarnings result={saved} onClose={() => finish(saved)} />
      ) : (
        <BulkEventForm memberIds={memberIds} onClose={onClose} onDone={(result) => (result.warnings.length > 0 ? setSaved(result) : onDone(result))} title={title} />
      )}
    </GuardedModal>
  );
}
