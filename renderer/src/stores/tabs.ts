/** The main window's tabs, in order: Ctrl+1 … Ctrl+7 pick them by position. */
export const tabIds = ['overview', 'organisations', 'members', 'cadres', 'awards', 'statistics', 'system'] as const;
export type TabId = (typeof tabIds)[number];

/** Tabs whose feature is not built yet: they say so in one line. */
export const unfinishedTabs: ReadonlySet<TabId> = new Set<TabId>(['cadres', 'awards', 'statistics']);

export function isTabId(value: unknown): value is TabId {
  return tabIds.some((id) => id === value);
}
