import { useWindowEvent } from '@mantine/hooks';
import { useAppStore } from './stores/appStore.ts';
import { tabIds } from './stores/tabs.ts';

/** The tab position a key press asks for: Ctrl+1 … Ctrl+7 (digit row or keypad), else null. */
export function tabNumber(event: KeyboardEvent): number | null {
  if (!event.ctrlKey || event.altKey || event.shiftKey || event.metaKey) return null;
  const digit = /^[1-9]$/.test(event.key) ? event.key : /^(?:Digit|Numpad)([1-9])$/.exec(event.code)?.[1];
  if (digit === undefined) return null;
  const n = Number(digit);
  return n <= tabIds.length ? n : null;
}

/** Ctrl+number switches tabs, except while a dialog (an open form) has the focus. */
export function useTabHotkeys(): void {
  useWindowEvent('keydown', (event) => {
    const n = tabNumber(event);
    if (n === null) return;
    if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
    const tab = tabIds[n - 1];
    if (!tab) return;
    event.preventDefault();
    useAppStore.getState().setTab(tab);
  });
}
