import { Alert, Button, Group, Loader, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Facts } from '../../components/Facts.tsx';
import { formatBytes, formatCount, formatDateTime } from '../../format.ts';
import { selectShowWelcome, useAppStore } from '../../stores/appStore.ts';
import { useSystemStore } from '../system/store.ts';
import { FirstRunPanel } from '../system/FirstRunPanel.tsx';
import { RemindersPanel } from '../events/RemindersPanel.tsx';
import { DeskPanel, type RenderCadreFile } from './DeskPanel.tsx';

/**
 * Tổng quan: the clerk's desk (what is due, from every register), the register's figures and backup,
 * and the members' reminders. `renderCadreFile` opens a cadre's file from the desk (the app shell
 * passes the Cán bộ tab's file; without it the cadre rows do not open).
 */
export function OverviewScreen({ renderCadreFile }: { renderCadreFile?: RenderCadreFile } = {}) {
  const { t } = useTranslation();
  const info = useAppStore((s) => s.info);
  const infoLoading = useAppStore((s) => s.infoLoading);
  const showWelcome = useAppStore(selectShowWelcome);
  const demoDone = useAppStore((s) => s.demoDone);
  const backupRunning = useSystemStore((s) => s.backupRunning);
  const backupDone = useSystemStore((s) => s.backupDone);
  const backupError = useSystemStore((s) => s.backupError);

  if (!info) return infoLoading ? <Loader aria-label={t('common.loading')} /> : null;

  return (
    <Stack maw={900}>
      {showWelcome ? <FirstRunPanel /> : null}
      {demoDone && !showWelcome ? (
        <Alert color="green" role="status">
          {t('firstRun.demoDone', { organisations: formatCount(demoDone.organisations), members: formatCount(demoDone.members) })}
        </Alert>
      ) : null}
      <Paper withBorder p="md" radius="md">
        <Facts
          items={[
            { label: t('overview.organisations'), value: formatCount(info.counts.organisations) },
            { label: t('overview.members'), value: formatCount(info.counts.members) },
            { label: t('overview.dataDir'), value: info.dataDir },
            { label: t('overview.lastBackup'), value: info.lastBackup ? formatDateTime(info.lastBackup) : t('overview.never') },
          ]}
        />
        <Group mt="md">
          <Button onClick={() => void useSystemStore.getState().backup()} loading={backupRunning}>
            {t('overview.backupNow')}
          </Button>
        </Group>
      </Paper>
      {backupDone ? (
        <Alert color="green" role="status">
          {t('backup.done', { file: backupDone.file, size: formatBytes(backupDone.bytes) })}
        </Alert>
      ) : null}
      <ErrorAlert message={backupError} />
      {/* Cadre files may come before the organisation tree: the desk shows once past the first-run choice. */}
      {!showWelcome ? <DeskPanel renderCadreFile={renderCadreFile} /> : null}
      {info.counts.organisations > 0 ? <RemindersPanel /> : null}
    </Stack>
  );
}
