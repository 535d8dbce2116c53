import { Alert, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/contract/index.ts';
import { call } from '../../api/client.ts';
import { advanceOnEnter } from '../../components/enterAdvances.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { useGuardedClose } from '../../components/UnsavedGuard.tsx';
import { isSaveKey, useSubmit } from '../../components/useSubmit.ts';
import { MemberFormFields, type SetField } from './MemberFormFields.tsx';
import { PlausibilityNotes } from './PlausibilityNotes.tsx';
import { mergeRecordChanges, readDraft, type FieldErrors, type MemberDraft } from './memberDraft.ts';

interface MemberFormProps {
  /** null: a new record (member:create); otherwise the record being edited (member:update). */
  memberId: number | null;
  initial: MemberDraft;
  /** A line to show at the top (e.g. the previous record was saved). */
  notice?: string | null;
  onSaved(member: Member, openNew: boolean): void;
  onCancel(): void;
  /** Told whether the boxes differ from `initial` (the member file warns before leaving unsaved edits). */
  onDirtyChange?(dirty: boolean): void;
}

/**
 * The member record form, keyboard first: Enter moves to the next box, Ctrl+S saves, Ctrl+Enter saves
 * and starts a new record. Errors (the form's or the core's) show under their boxes; the typed text stays.
 */
export function MemberForm({ memberId, initial, notice, onSaved, onCancel, onDirtyChange }: MemberFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const { busy, failure, run } = useSubmit();
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [focusInvalid, setFocusInvalid] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const errors: FieldErrors = { ...serverErrors, ...clientErrors };

  // The dialog may open before the record is loaded: put the cursor in the first box once the form is there.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);

  // The record can change under an open form (an event recorded on the file's other tab moves the
  // member or makes her full): boxes the clerk has not touched follow the record, her typing stays.
  const base = useRef(initial);
  useEffect(() => {
    const before = base.current;
    base.current = initial;
    if (JSON.stringify(before) === JSON.stringify(initial)) return;
    setDraft((d) => mergeRecordChanges(d, before, initial));
  }, [initial]);

  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);
  // In a guarded dialog (a new record), "Hủy" and Esc on typed data ask first.
  const cancel = useGuardedClose(dirty, onCancel);

  useEffect(() => {
    if (focusInvalid === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusInvalid]);

  const set: SetField = (key, value) => {
    setDraft((d) => ({ ...d, [key]: value }));
    const field = key === 'organisation' ? 'organisationId' : key;
    const drop = (e: FieldErrors): FieldErrors => (field in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== field)) : e);
    setClientErrors(drop);
    setServerErrors(drop);
  };

  async function save(openNew: boolean) {
    if (busy) return;
    const check = readDraft(draft);
    if (!check.ok) {
      setClientErrors(check.errors);
      setFocusInvalid((n) => n + 1);
      return;
    }
    setClientErrors({});
    const input = check.input;
    const r = await run(() => (memberId === null ? call('member:create', input) : call('member:update', { ...input, id: memberId })));
    if (r.ok) {
      onSaved(r.value, openNew);
      return;
    }
    setServerErrors(r.error.fields ?? {});
    if (r.error.fields) setFocusInvalid((n) => n + 1);
  }

  return (
    <form
      ref={form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save(false);
      }}
      onKeyDown={(event) => {
        if (isSaveKey(event)) {
          event.preventDefault();
          void save(false);
        } else if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
          event.preventDefault();
          void save(true);
        } else {
          advanceOnEnter(event);
        }
      }}
    >
      <Stack gap="sm">
        {notice ? (
          <Alert color="green" role="status">
            {notice}
          </Alert>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('memberForm.keysHint')}
        </Text>
        <MemberFormFields draft={draft} errors={errors} set={set} editing={memberId !== null} />
        <PlausibilityNotes draft={draft} initial={initial} memberId={memberId} />
        <ErrorAlert message={failure?.message} />
        <FormButtons busy={busy} onCancel={cancel} />
      </Stack>
    </form>
  );
}
