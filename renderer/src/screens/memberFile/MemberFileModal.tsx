import { ActionIcon, Button, Checkbox, Group, Loader, Modal, Stack, Tabs, Text } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/contract/index.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Facts } from '../../components/Facts.tsx';
import { UnsavedPrompt, useUnsavedGuard } from '../../components/UnsavedGuard.tsx';
import { isSaveKey } from '../../components/useSubmit.ts';
import { formatCount } from '../../format.ts';
import { useAppStore } from '../../stores/appStore.ts';
import { dirtySections, memberAtIndex, useMemberFileStore, type FileSection } from './store.ts';
import { useMemberListStore } from '../members/store.ts';
import { MemberBadgesTab } from '../badges/MemberBadgesTab.tsx';
import { MemberEventsTab } from '../events/MemberEventsTab.tsx';
import { MemberForm } from '../members/MemberForm.tsx';
import { draftFromMember } from '../members/memberDraft.ts';
import { ProbationNote } from '../members/PlausibilityNotes.tsx';
import { MemberRatingsTab } from '../ratings/MemberRatingsTab.tsx';
import { DisciplineTab } from './DisciplineTab.tsx';
import { HistoryTab } from './HistoryTab.tsx';
import { PartyTab } from './PartyTab.tsx';
import { CadreFileModal } from '../cadres/CadreFileModal.tsx';
import { PhotoBox } from './PhotoBox.tsx';
import { TableEditor } from './TableEditor.tsx';
import { tableDefs } from './tables.ts';

export const fileTabs = ['card', 'party', 'workHistory', 'training', 'family', 'awards', 'discipline', 'badges', 'events', 'ratings', 'history'] as const;
export type FileTab = (typeof fileTabs)[number];
const isFileTab = (v: string | null): v is FileTab => fileTabs.some((tab) => tab === v);

type Pending = { kind: 'close' } | { kind: 'go'; delta: -1 | 1 } | { kind: 'new' };

interface MemberFileModalProps {
  memberId: number;
  /** The member's place in the member list (its current query), for previous / next; null when unknown. */
  listIndex: number | null;
  /** Another member of the list was chosen (previous / next). */
  onNavigate(memberId: number, listIndex: number): void;
  /** The card was saved (the list and the counts are refreshed by the screen). */
  onCardSaved(member: Member): void;
  /** Ctrl+Enter on the card: saved, now start a new record. */
  onNew(): void;
  onClose(): void;
  /**
   * Whether the member's cadre file (when she has one) may be opened from here: not when this file
   * was itself opened from the cadre file (one of each at a time).
   */
  cadreLink?: boolean;
}

/** Keys that go to the previous / next member, unless a box needs them (a text area, an open list). */
function navDelta(event: KeyboardEvent): -1 | 1 | null {
  if (event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (event.altKey) return event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : null;
  if (event.key !== 'PageUp' && event.key !== 'PageDown') return null;
  const target = event.target;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return null;
  if (target instanceof Element && (target.getAttribute('aria-expanded') === 'true' || target.closest('[role="listbox"]'))) return null;
  return event.key === 'PageUp' ? -1 : 1;
}

/**
 * The member file: the record card and the file's other parts as tabs, with the photo and the name
 * in the title, and previous / next within the member list without leaving the file. Unsaved edits
 * in any tab are kept until the clerk saves or discards them before leaving.
 */
export function MemberFileModal({ memberId, listIndex, onNavigate, onCardSaved, onNew, onClose, cadreLink = true }: MemberFileModalProps) {
  const { t } = useTranslation();
  const [member, setMember] = useState<Member | null>(null);
  const [photoUrl, setPhotoUrl] = useState<string | null>(null);
  const [navError, setNavError] = useState<string | null>(null);
  const [navBusy, setNavBusy] = useState(false);
  const total = useMemberListStore((s) => s.total);

  // Another member: forget the previous one's title and photo (the body below is keyed by member).
  const [shownId, setShownId] = useState(memberId);
  if (shownId !== memberId) {
    setShownId(memberId);
    setMember(null);
    setPhotoUrl(null);
  }

  useEffect(() => () => useMemberFileStore.getState().close(), []);
  async function perform(action: Pending) {
    if (action.kind === 'close') onClose();
    else if (action.kind === 'new') onNew();
    else {
      if (listIndex === null || navBusy) return;
      setNavBusy(true);
      setNavError(null);
      const target = await memberAtIndex(listIndex + action.delta);
      setNavBusy(false);
      if (target) onNavigate(target.id, target.index);
      else setNavError(t('memberFile.nav.notFound'));
    }
  }

  // Unsaved edits in any tab: leaving (closing, another member, a new record) asks first.
  const guard = useUnsavedGuard<Pending>(
    () => dirtySections(useMemberFileStore.getState().dirty).length > 0,
    (action) => void perform(action),
  );
  function request(action: Pending) {
    if (action.kind === 'go' && (listIndex === null || !canGo(action.delta))) return;
    guard.request(action);
  }

  function canGo(delta: -1 | 1): boolean {
    if (listIndex === null) return false;
    const next = listIndex + delta;
    return next >= 0 && (total === null || next < total);
  }

  // Ctrl+S outside a tab's boxes (on the tab list, the photo): not the browser's "save page".
  useWindowEvent('keydown', (event) => {
    if (isSaveKey(event) && !event.defaultPrevented) event.preventDefault();
  });
  // Caught on the way down, before the focused element: Alt+→ on the tab list moves to the next
  // member, not to the next tab.
  useWindowEvent(
    'keydown',
    (event) => {
      const delta = navDelta(event);
      if (delta === null || listIndex === null) return;
      event.preventDefault();
      event.stopPropagation();
      request({ kind: 'go', delta });
    },
    true,
  );

  const dirty = useMemberFileStore((s) => s.dirty);
  const dirtyNames = dirtySections(dirty)
    .map((s) => t(`memberFile.sections.${s}`))
    .join(', ');

  const title: ReactNode = (
    <Group gap="xs" wrap="nowrap">
      {photoUrl ? <img src={photoUrl} alt="" width={24} height={32} style={{ objectFit: 'cover', borderRadius: 2 }} /> : null}
      <span>{member ? t('memberFile.title', { name: member.fullName }) : t('common.loading')}</span>
    </Group>
  );

  return (
    <Modal opened onClose={() => (guard.asking ? guard.stay() : request({ kind: 'close' }))} title={title} size="80rem" closeOnClickOutside={false}>
      <Stack gap="sm">
        <UnsavedPrompt
          opened={guard.asking}
          onStay={guard.stay}
          onDiscard={guard.discard}
          title={t('memberFile.unsaved.title')}
          body={t('memberFile.unsaved.body', { sections: dirtyNames })}
          stayLabel={t('memberFile.unsaved.stay')}
          discardLabel={t('memberFile.unsaved.discard')}
        />
        <ErrorAlert message={navError} onClose={() => setNavError(null)} />
        <MemberFileBody
          key={memberId}
          memberId={memberId}
          cadreLink={cadreLink}
          nav={
            listIndex === null ? null : (
              <Group gap={4} wrap="nowrap">
                <ActionIcon variant="default" size="lg" aria-label={t('memberFile.nav.previous')} title="Alt+←" disabled={!canGo(-1) || navBusy} onClick={() => request({ kind: 'go', delta: -1 })}>
                  ‹
                </ActionIcon>
                <Text size="sm" miw="5rem" ta="center" aria-live="polite">
                  {t('memberFile.nav.position', { n: formatCount(listIndex + 1), total: total === null ? '?' : formatCount(total) })}
                </Text>
                <ActionIcon variant="default" size="lg" aria-label={t('memberFile.nav.next')} title="Alt+→" disabled={!canGo(1) || navBusy} onClick={() => request({ kind: 'go', delta: 1 })}>
                  ›
                </ActionIcon>
              </Group>
            )
          }
          onLoaded={setMember}
          onPhoto={setPhotoUrl}
          onCardSaved={(saved, openNew) => {
            setMember(saved);
            onCardSaved(saved);
            if (openNew) request({ kind: 'new' });
          }}
          onCancel={() => request({ kind: 'close' })}
        />
      </Stack>
    </Modal>
  );
}

interface BodyProps {
  memberId: number;
  cadreLink: boolean;
  nav: ReactNode;
  onLoaded(member: Member): void;
  onPhoto(url: string | null): void;
  onCardSaved(member: Member, openNew: boolean): void;
  onCancel(): void;
}

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; member: Member };

/** One member's file: loads the card (member:get) and the file (memberfile:get), then the tabs. */
function MemberFileBody({ memberId, cadreLink, nav, onLoaded, onPhoto, onCardSaved, onCancel }: BodyProps) {
  const [cadreOpen, setCadreOpen] = useState<number | null>(null);
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [tab, setTab] = useState<FileTab>('card');
  const [visited, setVisited] = useState<ReadonlySet<FileTab>>(() => new Set(['card']));
  const [formKey, setFormKey] = useState(0);
  const [cardNotice, setCardNotice] = useState<string | null>(null);
  const [headerError, setHeaderError] = useState<string | null>(null);
  const [illBusy, setIllBusy] = useState(false);
  const file = useMemberFileStore((s) => s.file);
  const fileError = useMemberFileStore((s) => s.error);
  const setDirty = useMemberFileStore((s) => s.setDirty);
  const readOnly = useAppStore((s) => s.info?.user.role === 'viewer');
  const dirty = useMemberFileStore((s) => s.dirty);

  useEffect(() => {
    let live = true;
    void useMemberFileStore.getState().open(memberId);
    void call('member:get', { id: memberId }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setLoaded({ state: 'ready', member: r.value });
        onLoaded(r.value);
      } else {
        setLoaded({ state: 'failed', message: r.error.message });
      }
    });
    return () => {
      live = false;
    };
  }, [memberId, onLoaded]);

  // An event (made full, a transfer…) changes the record: the header and the card follow it, so a later
  // save of the card does not write back the cell or the full-member date as they were before. Boxes
  // the clerk is editing stay as typed.
  const memberChanged = useCallback(() => {
    void call('member:get', { id: memberId }).then((r) => {
      if (!r.ok) return;
      setLoaded({ state: 'ready', member: r.value });
      onLoaded(r.value);
      if (!useMemberFileStore.getState().dirty.card) setFormKey((k) => k + 1);
    });
  }, [memberId, onLoaded]);

  const cardDirty = useCallback((d: boolean) => setDirty('card', d), [setDirty]);
  const member = loaded.state === 'ready' ? loaded.member : null;
  const initial = useMemo(() => (member ? draftFromMember(member) : null), [member]);

  if (loaded.state === 'loading') return <Loader size="sm" aria-label={t('common.loading')} />;
  if (loaded.state === 'failed' || member === null || initial === null) return <ErrorAlert message={loaded.state === 'failed' ? loaded.message : null} />;

  async function setGravelyIll(value: boolean) {
    setIllBusy(true);
    setHeaderError(null);
    const r = await call('memberfile:setGravelyIll', { memberId, gravelyIll: value });
    setIllBusy(false);
    if (r.ok) useMemberFileStore.getState().saved({ gravelyIll: r.value.gravelyIll });
    else setHeaderError(r.error.message);
  }

  const fileMissing = fileError ? <ErrorAlert message={t('memberFile.loadFailed', { message: fileError })} /> : <Loader size="sm" aria-label={t('common.loading')} />;
  const panel = (value: FileTab, content: () => ReactNode) => (
    <Tabs.Panel value={value} pt="sm">
      {visited.has(value) ? content() : null}
    </Tabs.Panel>
  );
  const sectionOf: Partial<Record<FileTab, FileSection>> = {
    card: 'card',
    party: 'sponsors',
    workHistory: 'workHistory',
    training: 'training',
    family: 'family',
    awards: 'awards',
    discipline: 'discipline',
    events: 'events',
    ratings: 'ratings',
  };

  return (
    <Stack gap="sm">
      <Group align="flex-start" wrap="nowrap" gap="md">
        <PhotoBox memberId={memberId} name={member.fullName} readOnly={readOnly} onPhoto={onPhoto} onError={setHeaderError} />
        <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
          <Facts
            cols={4}
            items={[
              { label: t('memberForm.fields.organisationId'), value: member.organisationName },
              { label: t('memberForm.fields.birthDate'), value: formatVi(member.birthDate) },
              { label: t('memberForm.fields.admissionDate'), value: formatVi(member.admissionDate) },
              { label: t('members.columns.membership'), value: t(`membership.${member.membership}`) },
            ]}
          />
          <ProbationNote member={member} />
          <Checkbox
            label={t('memberFile.gravelyIll')}
            description={t('memberFile.gravelyIllHint')}
            checked={file?.gravelyIll ?? false}
            disabled={file === null || readOnly || illBusy}
            onChange={(event) => void setGravelyIll(event.currentTarget.checked)}
          />
          {file?.cadreId != null && cadreLink ? (
            <Button variant="light" size="compact-sm" style={{ alignSelf: 'flex-start' }} onClick={() => setCadreOpen(file.cadreId)}>
              {t('memberFile.openCadreFile')}
            </Button>
          ) : null}
          {cadreOpen !== null ? <CadreFileModal cadreId={cadreOpen} memberLink={false} onClose={() => setCadreOpen(null)} /> : null}
          <ErrorAlert message={headerError} onClose={() => setHeaderError(null)} />
        </Stack>
        {nav ? (
          <Stack gap={4} align="flex-end">
            {nav}
            <Text size="xs" c="dimmed" maw="14rem" ta="right">
              {t('memberFile.nav.hint')}
            </Text>
          </Stack>
        ) : null}
      </Group>

      <Tabs
        value={tab}
        keepMountedMode="display-none"
        onChange={(v) => {
          if (!isFileTab(v)) return;
          setTab(v);
          setVisited((s) => (s.has(v) ? s : new Set([...s, v])));
        }}
      >
        <Tabs.List>
          {fileTabs.map((value) => {
            const section = sectionOf[value];
            return (
              <Tabs.Tab key={value} value={value} px="sm">
                {t(`memberFile.tabs.${value}`)}
                {section && dirty[section] ? <span aria-hidden="true"> •</span> : null}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {panel('card', () => (
          <MemberForm
            key={formKey}
            memberId={memberId}
            initial={initial}
            notice={cardNotice}
            onDirtyChange={cardDirty}
            onSaved={(saved, openNew) => {
              setCardNotice(t('memberForm.saved', { name: saved.fullName }));
              setLoaded({ state: 'ready', member: saved });
              setFormKey((k) => k + 1);
              setDirty('card', false);
              useMemberFileStore.getState().saved({});
              onCardSaved(saved, openNew);
            }}
            onCancel={onCancel}
          />
        ))}
        {panel('party', () => (file ? <PartyTab member={member} sponsors={file.sponsors} readOnly={readOnly} /> : fileMissing))}
        {panel('workHistory', () => (file ? <TableEditor ownerId={memberId} def={tableDefs.workHistory} rows={file.workHistory} readOnly={readOnly} /> : fileMissing))}
        {panel('training', () => (file ? <TableEditor ownerId={memberId} def={tableDefs.training} rows={file.training} readOnly={readOnly} /> : fileMissing))}
        {panel('family', () => (file ? <TableEditor ownerId={memberId} def={tableDefs.family} rows={file.family} readOnly={readOnly} /> : fileMissing))}
        {panel('awards', () => (file ? <TableEditor ownerId={memberId} def={tableDefs.awards} rows={file.awards} readOnly={readOnly} /> : fileMissing))}
        {panel('discipline', () =>
          file ? <DisciplineTab member={member} records={file.discipline} levels={file.disciplineLevels} readOnly={readOnly} /> : fileMissing,
        )}
        {panel('badges', () => <MemberBadgesTab memberId={memberId} />)}
        {panel('events', () => <MemberEventsTab memberId={memberId} onChanged={memberChanged} />)}
        {panel('ratings', () => <MemberRatingsTab memberId={memberId} />)}
        {panel('history', () => <HistoryTab memberId={memberId} />)}
      </Tabs>
    </Stack>
  );
}
