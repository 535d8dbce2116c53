import { Alert, Button, Fieldset, Group, SimpleGrid, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/contract/index.ts';
import { EXPULSION_LEVEL, type DisciplineLevel, type DisciplineRecord } from '../../../../shared/memberFile/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { call } from '../../api/client.ts';
import { CatalogueSelect } from '../../components/CatalogueSelect.tsx';
import { checkTypedDate, dateText } from '../../components/dates.ts';
import { DateField } from '../../components/DateField.tsx';
import { advanceOnEnter } from '../../components/enterAdvances.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { requiredField } from '../../components/required.ts';
import { isSaveKey, useSubmit } from '../../components/useSubmit.ts';
import { i18n } from '../../i18n/index.ts';
import { useMemberFileStore } from './store.ts';

interface Draft {
  levelCode: string | null;
  decidedOn: string;
  decisionNo: string;
  decisionBody: string;
  reason: string;
}
type Errors = Partial<Record<keyof Draft, string>>;

const emptyDraft: Draft = { levelCode: null, decidedOn: '', decisionNo: '', decisionBody: '', reason: '' };
const blankToNull = (s: string) => (s.trim() === '' ? null : s);

function draftOf(r: DisciplineRecord): Draft {
  return { levelCode: r.levelCode, decidedOn: dateText(r.decidedOn), decisionNo: r.decisionNo ?? '', decisionBody: r.decisionBody ?? '', reason: r.reason ?? '' };
}

interface DisciplineTabProps {
  member: Member;
  records: readonly DisciplineRecord[];
  levels: readonly DisciplineLevel[];
  readOnly: boolean;
}

/**
 * "Kỷ luật": the decisions on record (newest first, cancelled ones marked) and a form to record one
 * or correct one; a decision is cancelled with a reason, never deleted. The rules (probation, expulsion
 * as an event) are the core's; the form says them up front.
 */
export function DisciplineTab({ member, records, levels, readOnly }: DisciplineTabProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<number | null>(null);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [errors, setErrors] = useState<Errors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<{ id: number; reason: string; error: string | null } | null>(null);
  const { busy, failure, run, clearFailure } = useSubmit();
  const form = useRef<HTMLDivElement>(null);
  const [focusInvalid, setFocusInvalid] = useState(0);
  const setDirty = useMemberFileStore((s) => s.setDirty);
  const edited = editing === null ? undefined : records.find((r) => r.id === editing);
  const baseline = edited ? draftOf(edited) : emptyDraft;
  const dirty = JSON.stringify(draft) !== JSON.stringify(baseline) || (cancelling !== null && cancelling.reason.trim() !== '');

  useEffect(() => {
    setDirty('discipline', dirty);
  }, [dirty, setDirty]);

  useEffect(() => {
    if (focusInvalid > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusInvalid]);

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => (key in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== key)) : e));
    setNotice(null);
  }

  function startEdit(r: DisciplineRecord) {
    setEditing(r.id);
    setDraft(draftOf(r));
    setErrors({});
    clearFailure();
    setNotice(null);
    setCancelling(null);
    setTimeout(() => form.current?.querySelector<HTMLElement>('input')?.focus(), 0);
  }

  function stopEdit() {
    setEditing(null);
    setDraft(emptyDraft);
    setErrors({});
    clearFailure();
  }

  async function save() {
    if (busy || readOnly) return;
    const errs: Errors = {};
    const date = checkTypedDate(draft.decidedOn, true);
    if (!date.ok) errs.decidedOn = date.message;
    else if (date.iso === null) errs.decidedOn = i18n.t('errors.required');
    if (draft.levelCode === null) errs.levelCode = t('memberFile.discipline.chooseLevel');
    if (!date.ok || date.iso === null || draft.levelCode === null) {
      setErrors(errs);
      setFocusInvalid((n) => n + 1);
      return;
    }
    const fields = {
      memberId: member.id,
      levelCode: draft.levelCode,
      decidedOn: date.iso,
      decisionNo: blankToNull(draft.decisionNo),
      decisionBody: blankToNull(draft.decisionBody),
      reason: blankToNull(draft.reason),
    };
    const id = editing;
    const r = await run(() => (id === null ? call('memberfile:addDiscipline', fields) : call('memberfile:updateDiscipline', { ...fields, id })));
    if (!r.ok) {
      setErrors(r.error.fields ?? {});
      if (r.error.fields) setFocusInvalid((n) => n + 1);
      return;
    }
    const others = records.filter((x) => x.id !== r.value.id);
    const next = [...others, r.value].sort((a, b) => (a.decidedOn === b.decidedOn ? b.id - a.id : a.decidedOn < b.decidedOn ? 1 : -1));
    useMemberFileStore.getState().saved({ discipline: next });
    setNotice(t(id === null ? 'memberFile.discipline.added' : 'memberFile.discipline.updated'));
    setEditing(null);
    setDraft(emptyDraft);
  }

  async function confirmCancel() {
    if (!cancelling || busy) return;
    if (cancelling.reason.trim() === '') {
      setCancelling({ ...cancelling, error: i18n.t('errors.required') });
      return;
    }
    const r = await run(() => call('memberfile:cancelDiscipline', { memberId: member.id, id: cancelling.id, reason: cancelling.reason }));
    if (!r.ok) {
      setCancelling({ ...cancelling, error: r.error.fields?.reason ?? null });
      return;
    }
    useMemberFileStore.getState().saved({ discipline: records.map((x) => (x.id === r.value.id ? r.value : x)) });
    setCancelling(null);
    setNotice(t('memberFile.discipline.cancelledDone'));
    if (editing === r.value.id) stopEdit();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (isSaveKey(event)) {
      event.preventDefault();
      void save();
    } else {
      advanceOnEnter(event);
    }
  }

  return (
    <Stack gap="md">
      <Table withTableBorder striped aria-label={t('memberFile.discipline.list')}>
        <Table.Thead>
          <Table.Tr style={{ whiteSpace: 'nowrap' }}>
            <Table.Th>{t('memberFile.discipline.decidedOn')}</Table.Th>
            <Table.Th>{t('memberFile.discipline.level')}</Table.Th>
            <Table.Th>{t('memberFile.discipline.decisionNo')}</Table.Th>
            <Table.Th>{t('memberFile.discipline.decisionBody')}</Table.Th>
            <Table.Th>{t('memberFile.discipline.reason')}</Table.Th>
            <Table.Th>{t('memberFile.discipline.status')}</Table.Th>
            {readOnly ? null : <Table.Th>{t('memberFile.discipline.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((r) => (
            <Table.Tr key={r.id} c={r.cancelled ? 'dimmed' : undefined}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatVi(r.decidedOn)}</Table.Td>
              <Table.Td>{r.levelName}</Table.Td>
              <Table.Td>{r.decisionNo ?? ''}</Table.Td>
              <Table.Td>{r.decisionBody ?? ''}</Table.Td>
              <Table.Td>{r.reason ?? ''}</Table.Td>
              <Table.Td>
                {r.cancelled ? t('memberFile.discipline.cancelledBecause', { reason: r.cancelReason ?? '' }) : t('memberFile.discipline.inForce')}
              </Table.Td>
              {readOnly ? null : (
                <Table.Td>
                  {r.cancelled ? null : (
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-xs" variant="light" aria-label={t('memberFile.discipline.editRow', { date: formatVi(r.decidedOn) })} onClick={() => startEdit(r)}>
                        {t('memberFile.discipline.edit')}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="light"
                        color="red"
                        aria-label={t('memberFile.discipline.cancelRow', { date: formatVi(r.decidedOn) })}
                        onClick={() => setCancelling({ id: r.id, reason: '', error: null })}
                      >
                        {t('memberFile.discipline.cancel')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {records.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('memberFile.discipline.none')}
        </Text>
      ) : null}
      {notice ? (
        <Alert color="green" role="status" py={6}>
          {notice}
        </Alert>
      ) : null}

      {cancelling ? (
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('memberFile.discipline.cancelReason')}
            {...requiredField}
            style={{ flex: 1 }}
            autoFocus
            value={cancelling.reason}
            error={cancelling.error}
            onChange={(event) => setCancelling({ ...cancelling, reason: event.currentTarget.value, error: null })}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void confirmCancel();
              }
            }}
          />
          <Button color="red" loading={busy} onClick={() => void confirmCancel()}>
            {t('memberFile.discipline.confirmCancel')}
          </Button>
          <Button variant="default" onClick={() => setCancelling(null)}>
            {t('memberFile.discipline.keepIt')}
          </Button>
        </Group>
      ) : null}

      {readOnly ? null : (
        <Fieldset legend={t(editing === null ? 'memberFile.discipline.addTitle' : 'memberFile.discipline.editTitle')}>
          <div ref={form} onKeyDown={onKeyDown} data-form-scope>
            <Stack gap="sm">
              {member.membership === 'probationary' ? (
                <Text size="sm" c="orange.9">
                  {t('memberFile.discipline.probationaryNote')}
                </Text>
              ) : null}
              <SimpleGrid cols={{ base: 1, sm: 4 }}>
                <CatalogueSelect
                  label={t('memberFile.discipline.level')}
                  {...requiredField}
                  items={levels}
                  value={draft.levelCode}
                  onChange={(v) => set('levelCode', v)}
                  error={errors.levelCode}
                />
                <DateField
                  label={t('memberFile.discipline.decidedOn')}
                  {...requiredField}
                  full
                  value={draft.decidedOn}
                  onChange={(v) => set('decidedOn', v)}
                  error={errors.decidedOn}
                />
                <TextInput
                  label={t('memberFile.discipline.decisionNo')}
                  autoComplete="off"
                  value={draft.decisionNo}
                  onChange={(event) => set('decisionNo', event.currentTarget.value)}
                  error={errors.decisionNo}
                />
                <TextInput
                  label={t('memberFile.discipline.decisionBody')}
                  autoComplete="off"
                  value={draft.decisionBody}
                  onChange={(event) => set('decisionBody', event.currentTarget.value)}
                  error={errors.decisionBody}
                />
              </SimpleGrid>
              {draft.levelCode === EXPULSION_LEVEL ? (
                <Alert color="orange" role="note">
                  {t('memberFile.discipline.expulsionNote')}
                </Alert>
              ) : null}
              <Textarea
                label={t('memberFile.discipline.reason')}
                autosize
                minRows={2}
                value={draft.reason}
                onChange={(event) => set('reason', event.currentTarget.value)}
                error={errors.reason}
              />
              <ErrorAlert message={failure?.message} />
              <Group justify="flex-end">
                {editing === null ? null : (
                  <Button variant="default" onClick={stopEdit}>
                    {t('memberFile.discipline.stopEdit')}
                  </Button>
                )}
                <Button onClick={() => void save()} loading={busy} title="Ctrl+S">
                  {t(editing === null ? 'memberFile.discipline.add' : 'memberFile.discipline.saveEdit')}
                </Button>
              </Group>
            </Stack>
          </div>
        </Fieldset>
      )}
    </Stack>
  );
}
