import { Alert, Badge, Button, Group, Tabs, Text, Title } from '@mantine/core';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BadgesScreen } from './screens/badges/BadgesScreen.tsx';
import { CadresScreen } from './screens/cadres/CadresScreen.tsx';
import { MembersTab } from './screens/members/MembersTab.tsx';
import { OrganisationsScreen } from './screens/organisations/OrganisationsScreen.tsx';
import { OverviewScreen } from './screens/overview/OverviewScreen.tsx';
import { ComingSoon } from './screens/placeholder/ComingSoon.tsx';
import { SystemScreen } from './screens/system/SystemScreen.tsx';
import { formatVi } from '../../shared/kernel/dates/partialDate.ts';
import { useAppStore } from './stores/appStore.ts';
import { useCatalogueStore } from './stores/catalogueStore.ts';
import { isTabId, tabIds, type TabId } from './stores/tabs.ts';
import { useSearchHotkey } from './useSearchHotkey.ts';
import { TAB_PANEL_ATTRIBUTE, useTabHotkeys } from './useTabHotkeys.ts';

/**
 * Screens kept once visited, hidden with display: none (their state, drawn rows and effects stay; they
 * are told whether they are shown), so coming back does not draw them again: the badge lists held
 * Khen thưởng for seconds. (React's Activity, Mantine's default, runs every effect of the screen again
 * when it is shown: a second at 500,000 members.) A kept screen must not listen to window keys.
 */
const keptTabs: ReadonlySet<TabId> = new Set(['awards']);

/**
 * One tab's screen. Memoised: a kept, hidden screen (Khen thưởng) is not drawn again at every tab
 * switch of the app around it, only when it is shown or hidden.
 */
const TabScreen = memo(function TabScreen({ tab, active }: { tab: TabId; active: boolean }) {
  switch (tab) {
    case 'overview':
      return <OverviewScreen />;
    case 'organisations':
      return <OrganisationsScreen />;
    case 'members':
      return <MembersTab />;
    case 'system':
      return <SystemScreen />;
    case 'awards':
      return <BadgesScreen active={active} />;
    case 'cadres':
      return <CadresScreen />;
    case 'statistics':
      return <ComingSoon />;
  }
});

/** The main window: a header and the seven tabs; only the active tab's screen is mounted. */
export function App() {
  const { t } = useTranslation();
  const activeTab = useAppStore((s) => s.activeTab);
  const setTab = useAppStore((s) => s.setTab);
  const user = useAppStore((s) => s.info?.user ?? null);
  const demo = useAppStore((s) => s.info?.demo ?? null);
  const infoError = useAppStore((s) => s.infoError);
  const catalogueError = useCatalogueStore((s) => s.error);
  useTabHotkeys();
  useSearchHotkey();
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(() => new Set([activeTab]));
  if (!visited.has(activeTab)) setVisited(new Set([...visited, activeTab]));

  useEffect(() => {
    void useAppStore.getState().loadInfo();
    void useCatalogueStore.getState().load();
  }, []);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <Group component="header" justify="space-between" px="md" py={6} bg="red.8" c="white">
        <Group gap="sm">
          <Title order={1} size="h4">
            {t('app.title')}
          </Title>
          {/* A province built by "Tạo tỉnh mẫu" says so until it is replaced (system:info demo). */}
          {demo ? (
            <Badge color="yellow" c="dark" variant="filled" tt="none" title={t('firstRun.badgeTitle', { date: formatVi(demo) })}>
              {t('firstRun.badge')}
            </Badge>
          ) : null}
        </Group>
        {user ? <Text size="sm">{t('app.user', { name: user.displayName })}</Text> : null}
      </Group>
      {infoError ? (
        <Alert color="red" title={t('common.errorTitle')} role="alert" m="xs">
          <Group justify="space-between">
            <span>{infoError}</span>
            <Button size="xs" variant="light" onClick={() => void useAppStore.getState().loadInfo()}>
              {t('app.retry')}
            </Button>
          </Group>
        </Alert>
      ) : null}
      {catalogueError ? (
        <Alert color="red" title={t('common.errorTitle')} role="alert" m="xs">
          {catalogueError}
        </Alert>
      ) : null}
      <Tabs
        value={activeTab}
        onChange={(value) => {
          if (isTabId(value)) setTab(value);
        }}
        keepMounted={false}
        keepMountedMode="display-none"
        style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
      >
        <Tabs.List px="md">
          {tabIds.map((id, index) => (
            <Tabs.Tab key={id} value={id} title={`Ctrl+${index + 1}`}>
              {t(`tabs.${id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabIds.map((id) => (
          <Tabs.Panel
            key={id}
            value={id}
            keepMounted={keptTabs.has(id) && visited.has(id)}
            {...{ [TAB_PANEL_ATTRIBUTE]: id }}
            p="md"
            style={{ flex: 1, minHeight: 0, overflow: 'auto' }}
          >
            <TabScreen tab={id} active={id === activeTab} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </div>
  );
}
