import { Alert, Button, Group, Loader, Paper, SegmentedControl, Stack, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Facts } from '../../components/Facts.tsx';
import { formatBytes, formatCount, formatDateTime } from '../../format.ts';
import { isLanguage, setLanguage } from '../../i18n/index.ts';
import { useAppStore } from '../../stores/appStore.ts';
import { useSystemStore } from './store.ts';
import { AuditTable } from './AuditTable.tsx';
import { CataloguesSection } from '../catalogues/CataloguesSection.tsx';

export function SystemScreen() {
  const { t, i18n } = useTranslation();
  const info = useAppStore((s) => s.info);
  const s = useSystemStore();

  useEffect(() => {
    void useSystemStore.getState().loadAudit();
  }, []);

  return (
    <Stack maw={1000}>
      {info ? (
        <Paper withBorder p="md" radius="md">
          <Facts
            items={[
              { label: t('system.user'), value: `${info.user.displayName} (${info.user.username})` },
              { label: t('system.role'), value: t(`system.roles.${info.user.role}`) },
              { label: t('system.appVersion'), value: info.appVersion },
              { label: t('system.schemaVersion'), value: String(info.schemaVersion) },
              { label: t('system.dataDir'), value: info.dataDir },
              { label: t('overview.lastBackup'), value: info.lastBackup ? formatDateTime(info.lastBackup) : t('overview.never') },
            ]}
          />
        </Paper>
      ) : null}

      <Group>
        <Button onClick={() => void s.backup()} loading={s.backupRunning}>
          {t('system.backup')}
        </Button>
        <Button variant="default" onClick={() => void s.verify()} loading={s.verifyRunning}>
          {t('system.verify')}
        </Button>
        <SegmentedControl
          aria-label={t('system.language')}
          value={isLanguage(i18n.language) ? i18n.language : 'vi'}
          onChange={(value) => {
            if (isLanguage(value)) void setLanguage(value);
          }}
          data={[
            { value: 'vi', label: 'Tiếng Việt' },
            { value: 'en', label: 'English' },
          ]}
        />
      </Group>

      {s.backupDone ? (
        <Alert color="green" role="status">
          {t('backup.done', { file: s.backupDone.file, size: formatBytes(s.backupDone.bytes) })}
        </Alert>
      ) : null}
      <ErrorAlert message={s.backupError} />
      {s.verifyOutcome ? (
        <Alert color={s.verifyOutcome.ok ? 'green' : 'red'} role="status">
          {s.verifyOutcome.ok
            ? t('system.verifyOk', { n: formatCount(s.verifyOutcome.entries) })
            : t('system.verifyBad', { id: s.verifyOutcome.firstBadId ?? '?', n: formatCount(s.verifyOutcome.entries) })}
        </Alert>
      ) : null}
      <ErrorAlert message={s.verifyError} />

      {info?.user.role === 'admin' ? <CataloguesSection /> : null}

      <Title order={2} size="h4">
        {t('system.audit')}
      </Title>
      <ErrorAlert message={s.auditError} />
      {s.audit ? <AuditTable entries={s.audit} /> : s.auditError ? null : <Loader size="sm" aria-label={t('common.loading')} />}
    </Stack>
  );
}
