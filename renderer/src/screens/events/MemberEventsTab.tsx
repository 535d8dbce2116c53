import { Alert, Badge, Button, Group, List, Loader, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { yearsMonthsText } from '../../i18n/units.ts';
import type { MemberEvent } from '../../../../shared/events/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { requiredField } from '../../components/required.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import { UnsavedPrompt, useUnsavedGuard } from '../../components/UnsavedGuard.tsx';
import { useCatalogueStore } from '../../stores/catalogueStore.ts';
import { useEventStore, type MemberEvents } from './store.ts';
import { useSectionDirty } from '../memberFile/store.ts';
import { draftFromEvent, emptyDraft, readCorrect, readRecord, type EventDraft, type FieldErrors } from './eventDraft.ts';
import { EventFields, EventFormShell, KEEP_DIALOG_OPEN } from './EventFields.tsx';
import { decisionText, eventTypeName, moveText } from './eventText.ts';

/** Short headers and dates stay on one line ("Ghi chú", "16/01/2024"). */
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

type Mode = { kind: 'record' } | { kind: 'correct'; event: MemberEvent } | { kind: 'cancel'; event: MemberEvent } | null;

/** Trạng thái and tuổi Đảng as of today, derived from the events. */
function StatusLine({ data }: { data: MemberEvents }) {
  const { t } = useTranslation();
  const { status, partyAge } = data;
  const flags: string[] = [];
  if (status.exempted) flags.push(t('events.status.exempted'));
  if (status.suspended) flags.push(t('events.status.suspended'));
  if (status.temporarilyAway) flags.push(t('events.status.temporarilyAway'));
  const age =
    partyAge.anchor === null
      ? t('events.partyAge.none')
      : [
          yearsMonthsText(t, partyAge.months),
          t('events.partyAge.since', { date: formatVi(partyAge.anchor) }),
          partyAge.approximate ? t('events.partyAge.approximate') : null,
          partyAge.running ? null : t('events.partyAge.stopped'),
        ]
          .filter((x) => x !== null)
          .join(', ');
  return (
    <Group gap="xs" role="status" aria-label={t('events.title')}>
      <Badge variant="light" tt="none" color={status.membership === 'full' ? 'blue' : 'yellow'}>
        {t(`membership.${status.membership}`)}
      </Badge>
      <Badge variant="light" tt="none" color={status.onList ? 'green' : 'gray'}>
        {status.onList ? t('events.status.onList') : t('events.status.offList')}
      </Badge>
      {flags.map((f) => (
        <Badge key={f} variant="light" tt="none" color="orange">
          {f}
        </Badge>
      ))}
      <Text size="sm">
        {t('events.partyAge.label')}: {age}
      </Text>
    </Group>
  );
}

function EventRow({ event, onCorrect, onCancel, busy }: { event: MemberEvent; onCorrect(): void; onCancel(): void; busy: boolean }) {
  const { t } = useTranslation();
  const struck = event.cancelled ? { textDecoration: 'line-through', color: 'var(--mantine-color-dimmed)' } : undefined;
  const typeName = eventTypeName(event.typeCode, event.typeName);
  const labels = { name: typeName, date: formatVi(event.eventDate) };
  return (
    <Table.Tr data-cancelled={event.cancelled || undefined}>
      <Table.Td style={{ ...struck, ...NO_WRAP }}>{formatVi(event.eventDate)}</Table.Td>
      <Table.Td>
        <Text span size="sm" style={struck}>
          {typeName}
        </Text>
        {event.fromCard ? (
          <Text span size="xs" c="dimmed">
            {' '}
            ({t('events.fromCard')})
          </Text>
        ) : null}
        {event.outside ? (
          <Text span size="xs" c="dimmed">
            {' '}
            ({t('events.outside')})
          </Text>
        ) : null}
        {event.interruptsPartyAge ? (
          <Text span size="xs" c="orange.8" title={t('events.gap.markTitle')}>
            {' '}
            ({t('events.gap.mark')})
          </Text>
        ) : null}
        {event.warnings.map((w, i) => (
          <Text key={i} size="xs" c="yellow.9">
            {w}
          </Text>
        ))}
        {event.cancelled ? (
          <Text size="xs" c="red">
            {t('events.cancelledMark', { reason: event.cancelReason ?? '' })}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td style={struck}>{decisionText(event)}</Table.Td>
      <Table.Td style={struck}>{moveText(event)}</Table.Td>
      <Table.Td style={struck}>{event.note ?? ''}</Table.Td>
      <Table.Td>
        {event.cancelled ? null : (
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="subtle" disabled={busy} aria-label={t('events.actions.correctLabel', labels)} onClick={onCorrect}>
              {t('events.actions.correct')}
            </Button>
            <Button size="compact-xs" variant="subtle" color="red" disabled={busy} aria-label={t('events.actions.cancelLabel', labels)} onClick={onCancel}>
              {t('events.actions.cancel')}
            </Button>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Ghi sự kiện / sửa sự kiện: the form for one member. */
function EventForm({
  memberId,
  mode,
  onDone,
  onCancel,
}: {
  memberId: number;
  mode: { kind: 'record' } | { kind: 'correct'; event: MemberEvent };
  onDone(message: string, warnings: readonly string[]): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [initial] = useState<EventDraft>(() => (mode.kind === 'record' ? emptyDraft() : draftFromEvent(mode.event)));
  const [draft, setDraft] = useState<EventDraft>(initial);
  const typed = JSON.stringify(draft) !== JSON.stringify(initial);
  useSectionDirty('events', typed);
  // Esc or Hủy on a typed event asks first, as every form does (issue 8); the file around it stays open.
  const guard = useUnsavedGuard<'close'>(
    useCallback(() => typed, [typed]),
    useCallback(() => onCancel(), [onCancel]),
  );
  const requestCancel = () => (guard.asking ? guard.stay() : guard.request('close'));
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const { busy, failure, run } = useSubmit();
  const errors: FieldErrors = { ...failure?.fields, ...clientErrors };
  const catalogues = useCatalogueStore((s) => s.catalogues);

  async function save() {
    if (busy) return;
    const found: FieldErrors = {};
    if (mode.kind === 'record') {
      const input = readRecord(draft, found);
      setClientErrors(found);
      if (input === null) return;
      const r = await run(() => call('event:record', { ...input, memberIds: [memberId] }));
      if (r.ok) onDone(t('events.recorded', { name: eventTypeName(input.typeCode, catalogues?.memberEvents.find((e) => e.code === input.typeCode)?.name) }), r.value.warnings);
    } else {
      const input = readCorrect(draft, found);
      setClientErrors(found);
      if (input === null) return;
      const r = await run(() => call('event:correct', { ...input, eventId: mode.event.id }));
      if (r.ok) onDone(t('events.corrected', { name: eventTypeName(r.value.typeCode, r.value.typeName), date: formatVi(r.value.eventDate) }), r.value.warnings);
    }
  }

  const title = mode.kind === 'record' ? t('events.recordTitle') : t('events.correctTitle', { name: eventTypeName(mode.event.typeCode, mode.event.typeName) });
  return (
    <Paper withBorder p="sm" radius="md">
      <EventFormShell label={title} onSave={() => void save()} onCancel={requestCancel}>
        <Stack gap="xs">
          <Title order={4}>{title}</Title>
          <UnsavedPrompt opened={guard.asking} onStay={guard.stay} onDiscard={guard.discard} />
          {mode.kind === 'correct' ? (
            <Text size="sm" c="dimmed">
              {t('events.correctExplain')}
            </Text>
          ) : null}
          <EventFields draft={draft} onChange={setDraft} errors={errors} mode={mode.kind} inline />
          <ErrorAlert message={failure?.message} />
          <Text size="xs" c="dimmed">
            {t('events.keysHint')}
          </Text>
          <FormButtons busy={busy} onCancel={requestCancel} />
        </Stack>
      </EventFormShell>
    </Paper>
  );
}

/** Hủy sự kiện: asks for the reason and a confirmation. */
function CancelForm({ event, onDone, onCancel }: { event: MemberEvent; onDone(message: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  useSectionDirty('events', reason.trim() !== '');
  const [missing, setMissing] = useState(false);
  const { busy, failure, run } = useSubmit();
  const title = t('events.cancelTitle', { name: eventTypeName(event.typeCode, event.typeName), date: formatVi(event.eventDate) });

  async function confirm() {
    if (busy) return;
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    const r = await run(() => call('event:cancel', { eventId: event.id, reason: reason.trim() }));
    if (r.ok) onDone(t('events.cancelledDone', { name: eventTypeName(event.typeCode, event.typeName), date: formatVi(event.eventDate) }));
  }

  return (
    <Paper withBorder p="sm" radius="md">
      <EventFormShell label={title} onSave={() => void confirm()} onCancel={onCancel}>
        <Stack gap="xs">
          <Title order={4}>{title}</Title>
          <Text size="sm">{t('events.cancelExplain')}</Text>
          <Textarea
            label={t('events.fields.reason')}
            {...requiredField}
            {...KEEP_DIALOG_OPEN}
            data-autofocus
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => {
              setMissing(false);
              setReason(e.currentTarget.value);
            }}
            error={missing ? t('errors.required') : failure?.fields?.reason}
          />
          <ErrorAlert message={failure?.message} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel} disabled={busy}>
              {t('events.back')}
            </Button>
            <Button type="submit" color="red" loading={busy}>
              {t('events.confirmCancel')}
            </Button>
          </Group>
        </Stack>
      </EventFormShell>
    </Paper>
  );
}

/**
 * The member file's "Sự kiện" tab: the member's events as a timeline (cancelled ones struck through
 * with the reason), the status and party age derived from them, and the forms to record, correct and
 * cancel an event. `onChanged` tells the file around it that the member changed.
 */
export function MemberEventsTab({ memberId, onChanged }: { memberId: number; onChanged?: () => void }) {
  const { t } = useTranslation();
  const data = useEventStore((s) => s.byMember[memberId]);
  const loading = useEventStore((s) => s.loading[memberId] ?? false);
  const error = useEventStore((s) => s.errors[memberId] ?? null);
  const [mode, setMode] = useState<Mode>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** The deadline warnings the core returned with the last save (the event was written anyway). */
  const [warnings, setWarnings] = useState<readonly string[]>([]);
  const formRef = useRef<HTMLDivElement>(null);
  const recordButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void useEventStore.getState().load(memberId);
    void useCatalogueStore.getState().load();
  }, [memberId]);

  // A form that opens takes the focus (its first box); one that closes gives it back to "Ghi sự kiện".
  useEffect(() => {
    if (mode === null) return;
    const first = formRef.current?.querySelector<HTMLElement>('[data-autofocus]') ?? formRef.current?.querySelector<HTMLElement>('input, textarea');
    first?.focus();
  }, [mode]);

  function open(next: Mode) {
    setNotice(null);
    setWarnings([]);
    setMode(next);
  }

  function close() {
    setMode(null);
    requestAnimationFrame(() => recordButton.current?.focus());
  }

  async function done(message: string, saved: readonly string[] = []) {
    setMode(null);
    setNotice(message);
    setWarnings(saved);
    await useEventStore.getState().changed([memberId]);
    onChanged?.();
    recordButton.current?.focus();
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        {data ? <StatusLine data={data} /> : <span />}
        <Button ref={recordButton} onClick={() => open({ kind: 'record' })} disabled={mode !== null}>
          {t('events.record')}
        </Button>
      </Group>
      {notice ? (
        <Alert color="green" role="status" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      ) : null}
      {warnings.length > 0 ? (
        <Alert color="yellow" role="status" aria-label={t('events.warnings.saved')} title={t('events.warnings.saved')} withCloseButton onClose={() => setWarnings([])}>
          <List size="sm">
            {warnings.map((w, i) => (
              <List.Item key={i}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <div ref={formRef}>
        {mode?.kind === 'record' || mode?.kind === 'correct' ? (
          <EventForm key={mode.kind === 'correct' ? mode.event.id : 'new'} memberId={memberId} mode={mode} onDone={(m, w) => void done(m, w)} onCancel={close} />
        ) : null}
        {mode?.kind === 'cancel' ? <CancelForm key={mode.event.id} event={mode.event} onDone={(m) => void done(m)} onCancel={close} /> : null}
      </div>
      <ErrorAlert message={error} />
      {loading && !data ? <Loader size="sm" aria-label={t('events.loading')} /> : null}
      {data ? (
        data.events.length === 0 ? (
          <Text c="dimmed">{t('events.empty')}</Text>
        ) : (
          <Table striped highlightOnHover aria-label={t('events.list')}>
            <Table.Thead>
              <Table.Tr style={NO_WRAP}>
                <Table.Th w="7rem">{t('events.columns.date')}</Table.Th>
                <Table.Th w="22%">{t('events.columns.event')}</Table.Th>
                <Table.Th>{t('events.columns.decision')}</Table.Th>
                <Table.Th w="20%">{t('events.columns.move')}</Table.Th>
                <Table.Th w="12%">{t('events.columns.note')}</Table.Th>
                <Table.Th w="1%">{t('events.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.events.map((e) => (
                <EventRow key={e.id} event={e} busy={mode !== null} onCorrect={() => open({ kind: 'correct', event: e })} onCancel={() => open({ kind: 'cancel', event: e })} />
              ))}
            </Table.Tbody>
          </Table>
        )
      ) : null}
    </Stack>
  );
}
