import { Alert, Grid, Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAppStore } from '../../stores/appStore.ts';
import { useOrganisationStore } from './store.ts';
import type { OrgAction } from './orgAction.ts';
import { OrgActionModal } from './OrgActionModal.tsx';
import { OrgDetailPanel } from './OrgDetailPanel.tsx';
import { OrgTree } from './OrgTree.tsx';
import { OrgTreeSearch } from './OrgTreeSearch.tsx';

/** Tổ chức đảng: the lazy tree with its search on the left, the chosen organisation on the right. */
export function OrganisationsScreen() {
  const error = useOrganisationStore((s) => s.error);
  const [action, setAction] = useState<OrgAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Paper withBorder p="sm" radius="md">
            <Stack gap="sm">
              <OrgTreeSearch />
              <OrgTree onCreateRoot={() => setAction({ kind: 'create', parent: null })} />
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack>
            <ErrorAlert message={error} onClose={() => useOrganisationStore.getState().clearError()} />
            {notice ? (
              <Alert color="green" role="status" withCloseButton onClose={() => setNotice(null)}>
                {notice}
              </Alert>
            ) : null}
            <OrgDetailPanel
              onAction={(next) => {
                setNotice(null);
                setAction(next);
              }}
            />
          </Stack>
        </Grid.Col>
      </Grid>
      <OrgActionModal
        action={action}
        onClose={() => setAction(null)}
        onDone={(message) => {
          setAction(null);
          setNotice(message);
          // Counts on the overview follow organisation changes.
          void useAppStore.getState().loadInfo();
        }}
      />
    </>
  );
}
