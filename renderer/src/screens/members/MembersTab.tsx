import { SegmentedControl, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RatingsScreen } from '../ratings/RatingsScreen.tsx';
import { MembersScreen } from './MembersScreen.tsx';

type View = 'list' | 'ratings';

/** The Đảng viên tab: the member list, or the yearly rating grid. */
export function MembersTab() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('list');
  return (
    <Stack gap="xs" h="100%">
      <SegmentedControl
        aria-label={t('membersTab.view')}
        value={view}
        onChange={(v) => setView(v === 'ratings' ? 'ratings' : 'list')}
        data={[
          { value: 'list', label: t('membersTab.list') },
          { value: 'ratings', label: t('ratings.title') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {view === 'list' ? <MembersScreen /> : <RatingsScreen />}
    </Stack>
  );
}
