import { Paper, Stack, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogueStore } from '../../stores/catalogueStore.ts';
import { ActionTypesPanel } from './ActionTypesPanel.tsx';
import { HolidaysPanel } from './HolidaysPanel.tsx';

/** Hệ thống → Danh mục: the catalogues an administrator keeps (action types, public holidays). */
export function CataloguesSection() {
  const { t } = useTranslation();
  useEffect(() => {
    void useCatalogueStore.getState().load();
  }, []);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={2} size="h4">
          {t('catalogues.title')}
        </Title>
        <ActionTypesPanel />
        <HolidaysPanel />
      </Stack>
    </Paper>
  );
}
