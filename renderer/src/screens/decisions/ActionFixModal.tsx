import { SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionRecord } from '../../../../shared/decisions/schemas.ts';
import { call } from '../../api/client.ts';
import { advanceOnEnter } from '../../components/enterAdvances.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { requiredField } from '../../components/required.ts';
import { GuardedModal, useGuardedClose } from '../../components/UnsavedGuard.tsx';
import { isSaveKey, useSubmit } from '../../components/useSubmit.ts';

interface ActionFixModalProps {
  action: ActionRecord;
  mode: 'correct' | 'cancel';
  onClose(): void;
  onDone(): void;
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

function ActionFixForm({ action, mode, onClose, onDone }: ActionFixModalProps) {
  const { t } = useTranslation();
  const [postAfter, setPostAfter] = useState(action.postAfter ?? '');
  const [unitAfter, setUnitAfter] = useState(action.unitAfter ?? '');
  const [termMonths, setTermMonths] = useState(action.termMonths === null ? '' : String(action.termMonths));
  const [note, setNote] = useState(action.note ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, failure, run } = useSubmit();
  const dirty = reason !== '' || postAfter !== (action.postAfter ?? '') || unitAfter !== (action.unitAfter ?? '') || note !== (action.note ?? '');
  const cancel = useGuardedClose(dirty, onClose);

  async function save() {
    const own: Record<string, string> = {};
    if (reason.trim() === '') own.reason = t('errors.required');
    const months = termMonths.trim() === '' ? null : Number(termMonths);
    if (months !== null && (!Number.isInteger(months) || months < 1 || months > 240)) own['changes.termMonths'] = t('decisions.entry.errors.term');
    setErrors(own);
    if (Object.keys(own).length > 0) return;
    const r =
      mode === 'cancel'
        ? await run(() => call('action:cancel', { id: action.id, reason: reason.trim() }))
        : await run(() => call('action:correct', { id: action.id, reason: reason.trim(), changes: { postAfter: blankToNull(postAfter), unitAfter: blankToNull(unitAfter), termMonths: months, note: blankToNull(note) } }));
    if (r.ok) onDone();
    else setErrors(r.error.fields ?? {});
  }

  function keyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (isSaveKey(event)) {
      event.preventDefault();
      void save();
      return;
    }
    advanceOnEnter(event);
  }

  return (
    <form
      noValidate
      onKeyDown={keyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack gap="sm">
        {mode === 'correct' ? (
          <SimpleGrid cols={2}>
            <TextInput label={t('decisions.entry.columns.postAfter')} value={postAfter} onChange={(e) => setPostAfter(e.currentTarget.value)} error={errors['changes.postAfter']} data-autofocus />
            <TextInput label={t('decisions.entry.columns.unitAfter')} value={unitAfter} onChange={(e) => setUnitAfter(e.currentTarget.value)} error={errors['changes.unitAfter']} />
            <TextInput label={t('decisions.entry.columns.termMonths')} inputMode="numeric" value={termMonths} onChange={(e) => setTermMonths(e.currentTarget.value)} error={errors['changes.termMonths']} />
            <TextInput label={t('decisions.entry.columns.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors['changes.note']} />
          </SimpleGrid>
        ) : null}
        <Textarea label={t('decisions.register.reason')} {...requiredField} autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} data-autofocus={mode === 'cancel' || undefined} />
        <ErrorAlert message={failure?.message ?? null} />
        <FormButtons busy={busy} onCancel={cancel} />
      </Stack>
    </form>
  );
}

/** Correct one action (the fields given replace the stored ones) or cancel it; the reason is audited. */
export function ActionFixModal(props: ActionFixModalProps) {
  const { t } = useTranslation();
  const title = t(props.mode === 'correct' ? 'decisions.register.correctTitle' : 'decisions.register.cancelTitle', { name: props.action.fullName });
  return (
    <GuardedModal opened onClose={props.onClose} title={title} size="lg">
      <ActionFixForm {...props} />
    </GuardedModal>
  );
}
