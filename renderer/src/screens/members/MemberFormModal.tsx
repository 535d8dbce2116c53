import { Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/contract/index.ts';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { OrgRef } from '../../components/OrgPicker.tsx';
import { GuardedModal } from '../../components/UnsavedGuard.tsx';
import { MemberForm } from './MemberForm.tsx';
import { draftFromMember, emptyDraft } from './memberDraft.ts';

interface MemberFormModalProps {
  memberId: number | null;
  /** The organisation a new record starts in (the list's scope). */
  defaultOrganisation: OrgRef | null;
  notice: string | null;
  onSaved(member: Member, openNew: boolean): void;
  onClose(): void;
}

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; member: Member | null };

/** Opens the member form: empty for a new record, filled from member:get for an edit. Esc closes (asking first when something was typed). */
export function MemberFormModal({ memberId, defaultOrganisation, notice, onSaved, onClose }: MemberFormModalProps) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>(memberId === null ? { state: 'ready', member: null } : { state: 'loading' });

  useEffect(() => {
    if (memberId === null) return;
    let live = true;
    void call('member:get', { id: memberId }).then((r) => {
      if (!live) return;
      setLoaded(r.ok ? { state: 'ready', member: r.value } : { state: 'failed', message: r.error.message });
    });
    return () => {
      live = false;
    };
  }, [memberId]);

  const title =
    loaded.state === 'ready' && loaded.member ? t('memberForm.titleEdit', { name: loaded.member.fullName }) : t('memberForm.titleNew');

  return (
    <GuardedModal opened onClose={onClose} title={title} size="80rem">
      {loaded.state === 'loading' ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
      {loaded.state === 'failed' ? <ErrorAlert message={loaded.message} /> : null}
      {loaded.state === 'ready' ? (
        <MemberForm
          memberId={memberId}
          initial={loaded.member ? draftFromMember(loaded.member) : emptyDraft(defaultOrganisation)}
          notice={notice}
          onSaved={onSaved}
          onCancel={onClose}
        />
      ) : null}
    </GuardedModal>
  );
}
