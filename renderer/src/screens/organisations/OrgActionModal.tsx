import { useTranslation } from 'react-i18next';
import { GuardedModal } from '../../components/UnsavedGuard.tsx';
import { OrgCreateForm } from './forms/OrgCreateForm.tsx';
import { OrgDissolveForm } from './forms/OrgDissolveForm.tsx';
import { OrgMergeForm } from './forms/OrgMergeForm.tsx';
import { OrgMoveForm } from './forms/OrgMoveForm.tsx';
import { OrgRenameForm } from './forms/OrgRenameForm.tsx';
import { OrgUpdateForm } from './forms/OrgUpdateForm.tsx';
import type { OrgAction } from './orgAction.ts';

interface OrgActionModalProps {
  action: OrgAction | null;
  onClose(): void;
  /** Called after a successful change, with a message worth showing (or null). */
  onDone(message: string | null): void;
}

function useTitle(action: OrgAction | null): string {
  const { t } = useTranslation();
  if (action === null) return '';
  if (action.kind === 'create') return action.parent ? t('org.titles.create', { name: action.parent.name }) : t('org.titles.createRoot');
  return t(`org.titles.${action.kind}`, { name: action.org.name });
}

function ActionForm({ action, onClose, onDone }: { action: OrgAction; onClose: () => void; onDone: (message: string | null) => void }) {
  const done = () => onDone(null);
  switch (action.kind) {
    case 'create':
      return <OrgCreateForm parent={action.parent} onDone={done} onCancel={onClose} />;
    case 'update':
      return <OrgUpdateForm org={action.org} onDone={done} onCancel={onClose} />;
    case 'rename':
      return <OrgRenameForm org={action.org} onDone={done} onCancel={onClose} />;
    case 'move':
      return <OrgMoveForm org={action.org} onDone={done} onCancel={onClose} />;
    case 'dissolve':
      return <OrgDissolveForm org={action.org} onDone={done} onCancel={onClose} />;
    case 'merge':
      return <OrgMergeForm org={action.org} onDone={onDone} onCancel={onClose} />;
  }
}

/** The modal holding the form of the chosen organisation action; closing it with typed data asks first. */
export function OrgActionModal({ action, onClose, onDone }: OrgActionModalProps) {
  const title = useTitle(action);
  return (
    <GuardedModal opened={action !== null} onClose={onClose} title={title} size="lg">
      {action ? <ActionForm action={action} onClose={onClose} onDone={onDone} /> : null}
    </GuardedModal>
  );
}
