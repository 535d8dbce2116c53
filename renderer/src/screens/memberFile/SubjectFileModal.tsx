import { MemberFileModal } from './MemberFileModal.tsx';

/**
 * Whose file a list row opens: a member today; a cadre once cadre files exist (add the kind and its
 * modal here, and the lists that name subjects open it unchanged).
 */
export type FileSubject = { kind: 'member'; id: number };

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
  }
}
