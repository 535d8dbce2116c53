import { CadreFileModal } from '../cadres/CadreFileModal.tsx';
import { MemberFileModal } from './MemberFileModal.tsx';

/**
 * Whose file a list row opens: a member's, or a cadre's (the lists that name subjects, such as the
 * Tổng quan digest, open either unchanged).
 */
export type FileSubject = { kind: 'member'; id: number } | { kind: 'cadre'; id: number };

interface SubjectFileModalProps {
  subject: FileSubject;
  /** Something in the file was saved: the list that opened it may reload. */
  onSaved?(): void;
  onClose(): void;
}

/**
 * The file of a subject opened from a list outside its own screen (Nhắc việc on the overview): the
 * member file with no list to step through; Ctrl+Enter after saving the card closes it.
 */
export function SubjectFileModal({ subject, onSaved, onClose }: SubjectFileModalProps) {
  switch (subject.kind) {
    case 'member':
      return (
        <MemberFileModal
          memberId={subject.id}
          listIndex={null}
          onNavigate={() => undefined}
          onCardSaved={() => onSaved?.()}
          onNew={onClose}
          onClose={onClose}
        />
      );
    case 'cadre':
      return <CadreFileModal cadreId={subject.id} onSaved={() => onSaved?.()} onClose={onClose} />;
  }
}
