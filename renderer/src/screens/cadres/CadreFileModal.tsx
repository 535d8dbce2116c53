import { Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { GuardedModal } from '../../components/UnsavedGuard.tsx';
import { isSaveKey } from '../../components/useSubmit.ts';
import { useAppStore } from '../../stores/appStore.ts';
import { MemberFileModal } from '../memberFile/MemberFileModal.tsx';
import { CadreHeader } from './CadreHeader.tsx';
import { CadreTabPanel, cadreFileTabs, tabSections, type CadreFileTab } from './CadreTabs.tsx';
import { dirtyCadreSections, useCadreFileStore } from './store.ts';

const isFileTab = (v: string | null): v is CadreFileTab => cadreFileTabs.some((tab) => tab === v);

/** Ctrl+1 … Ctrl+8 inside the file: its tabs (the app's Ctrl+number leaves a dialog alone). */
function fileTabOf(event: KeyboardEvent): CadreFileTab | null {
  if (!event.ctrlKey || event.altKey || event.shiftKey || event.metaKey) return null;
  const digit = /^[1-9]$/.test(event.key) ? event.key : /^(?:Digit|Numpad)([1-9])$/.exec(event.code)?.[1];
  return digit === undefined ? null : (cadreFileTabs[Number(digit) - 1] ?? null);
}

interface Props {
  cadreId: number;
  /** Something in the file was saved: the list may reload. */
  onSaved?(): void;
  onClose(): void;
  /** Whether "Mở phiếu đảng viên" opens the member file: not when this file was opened from it. */
  memberLink?: boolean;
}

/**
 * The cadre file: photo, name, retirement date and current posts on top, the CV forms' parts as tabs
 * (Ctrl+1 … Ctrl+8). Each tab saves itself (Ctrl+S); closing with unsaved edits in any tab asks first.
 */
export function CadreFileModal({ cadreId, onSaved, onClose, memberLink = true }: Props) {
  const { t } = useTranslation();
  const file = useCadreFileStore((s) => s.file);
  const error = useCadreFileStore((s) => s.error);
  const dirty = useCadreFileStore((s) => s.dirty);
  const readOnly = useAppStore((s) => s.info?.user.role === 'viewer');
  const [tab, setTab] = useState<CadreFileTab>('cv');
  const [visited, setVisited] = useState<ReadonlySet<CadreFileTab>>(() => new Set(['cv']));
  const [photoUrl, setPhotoUrl] = useState<string | null>(null);
  const [memberOpen, setMemberOpen] = useState<number | null>(null);

  useEffect(() => {
    void useCadreFileStore.getState().open(cadreId);
    return () => useCadreFileStore.getState().close();
  }, [cadreId]);

  function show(next: CadreFileTab) {
    setTab(next);
    setVisited((s) => (s.has(next) ? s : new Set([...s, next])));
  }

  useWindowEvent('keydown', (event) => {
    if (memberOpen !== null) return;
    // Ctrl+S outside a tab's boxes (the tab list, the photo): not the browser's "save page".
    if (isSaveKey(event) && !event.defaultPrevented) event.preventDefault();
    const next = fileTabOf(event);
    if (next === null) return;
    event.preventDefault();
    show(next);
    // The tab itself takes the focus, so the arrows and Tab go on from there.
    setTimeout(() => document.querySelector<HTMLElement>(`[role="tab"][data-cadre-tab="${next}"]`)?.focus(), 0);
  });

  const dirtyNames = dirtyCadreSections(dirty)
    .map((s) => t(`cadres.file.sections.${s}`))
    .join(', ');
  const title: ReactNode = (
    <Group gap="xs" wrap="nowrap">
      {photoUrl ? <img src={photoUrl} alt="" width={24} height={36} style={{ objectFit: 'cover', borderRadius: 2 }} /> : null}
      <span>{file ? t('cadres.file.title', { name: file.fullName }) : t('common.loading')}</span>
    </Group>
  );

  return (
    <>
      <GuardedModal
        opened
        onClose={onClose}
        title={title}
        size="80rem"
        // Mantine's modals each listen for Esc on the window: while the member record is open on top, Esc is its.
        closeOnEscape={memberOpen === null}
        dirty={dirtyNames !== ''}
        prompt={{
          title: t('cadres.file.unsaved.title'),
          body: t('cadres.file.unsaved.body', { sections: dirtyNames }),
          stayLabel: t('cadres.file.unsaved.stay'),
          discardLabel: t('cadres.file.unsaved.discard'),
        }}
      >
        {error ? <ErrorAlert message={error} /> : null}
        {file === null ? (
          error ? null : <Loader size="sm" aria-label={t('common.loading')} />
        ) : (
          <Stack gap="sm">
            <CadreHeader file={file} readOnly={readOnly} onPhoto={setPhotoUrl} onOpenMember={memberLink ? setMemberOpen : null} />
            <Text size="xs" c="dimmed">
              {t('cadres.file.tabHint')}
            </Text>
            <Tabs value={tab} keepMountedMode="display-none" onChange={(v) => (isFileTab(v) ? show(v) : undefined)}>
              <Tabs.List>
                {cadreFileTabs.map((value, i) => (
                  <Tabs.Tab key={value} value={value} px="sm" title={`Ctrl+${i + 1}`} data-cadre-tab={value}>
                    {t(`cadres.file.tabs.${value}`)}
                    {tabSections[value].some((s) => dirty[s]) ? <span aria-hidden="true"> •</span> : null}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {cadreFileTabs.map((value) => (
                <Tabs.Panel key={value} value={value} pt="sm">
                  {visited.has(value) ? <CadreTabPanel tab={value} file={file} readOnly={readOnly} onSaved={() => onSaved?.()} /> : null}
                </Tabs.Panel>
              ))}
            </Tabs>
          </Stack>
        )}
      </GuardedModal>
      {/* Beside the cadre file, not inside it: React events bubble through portals to the file's handlers. */}
      {memberOpen !== null ? (
        <MemberFileModal cadreLink={false} memberId={memberOpen} listIndex={null} onNavigate={() => undefined} onCardSaved={() => void useCadreFileStore.getState().refresh()} onNew={() => setMemberOpen(null)} onClose={() => setMemberOpen(null)} />
      ) : null}
    </>
  );
}
