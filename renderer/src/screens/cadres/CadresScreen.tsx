import { Alert, SegmentedControl, Stack, Text } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { CadreListView } from './CadreListView.tsx';
import { DecisionsView } from '../decisions/DecisionsView.tsx';
import { OpinionsView } from '../decisions/OpinionsView.tsx';
import { PlanningView } from '../decisions/PlanningView.tsx';
import { TrainingView } from '../decisions/TrainingView.tsx';

export const cadreViews = ['file', 'decisions', 'opinions', 'training', 'planning'] as const;
export type CadreView = (typeof cadreViews)[number];

/**
 * The screen of each part of the tab: the files here; the decisions register and entry, opinions,
 * training and planning in screens/decisions/. A part without a screen (null) says so.
 */
export const cadreViewScreens: Record<CadreView, ComponentType | null> = {
  file: CadreListView,
  decisions: DecisionsView,
  opinions: OpinionsView,
  training: TrainingView,
  planning: PlanningView,
};

/** Alt+1 … Alt+5 (digit row or keypad) picks a part of the tab, outside dialogs. */
function viewOf(event: KeyboardEvent): CadreView | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const digit = /^[1-9]$/.test(event.key) ? event.key : /^(?:Digit|Numpad)([1-9])$/.exec(event.code)?.[1];
  return digit === undefined ? null : (cadreViews[Number(digit) - 1] ?? null);
}

/** A part whose screen is not in this build says so (and stays reachable, so the nav does not shift). */
function NotYet({ view }: { view: CadreView }) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" role="status">
      {t('cadres.notYet', { view: t(`cadres.views.${view}`) })}
    </Alert>
  );
}

/** The Cán bộ tab: a small nav (Hồ sơ cán bộ, Quyết định, Tham gia ý kiến, Đào tạo, Quy hoạch) over the part shown. */
export function CadresScreen() {
  const { t } = useTranslation();
  const [view, setView] = useState<CadreView>('file');
  useWindowEvent('keydown', (event) => {
    const next = viewOf(event);
    if (next === null) return;
    if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
    event.preventDefault();
    setView(next);
  });
  const Screen = cadreViewScreens[view];
  return (
    <Stack gap="xs" h="100%">
      <Stack gap={2} style={{ alignSelf: 'flex-start' }}>
        <SegmentedControl
          aria-label={t('cadres.viewNav')}
          value={view}
          onChange={(v) => setView(cadreViews.find((c) => c === v) ?? 'file')}
          data={cadreViews.map((v) => ({ value: v, label: t(`cadres.views.${v}`) }))}
        />
        <Text size="xs" c="dimmed">
          {t('cadres.viewHint')}
        </Text>
      </Stack>
      {Screen ? <Screen /> : <NotYet view={view} />}
    </Stack>
  );
}
