/** The main window's tabs, in order: Ctrl+1 … Ctrl+7 pick them by position. */
export const tabIds = ['overview', 'organisations', 'members', 'cadres', 'awards', 'statistics', 'system'] as const;
export type TabId = (typeof tabIds)[number];

export function isTabId(value: unknown): value is TabId {
  return tabIds.some((id) => id === value);
}
