import { useWindowEvent } from '@mantine/hooks';
import { useEffect } from 'react';
import { useAppStore } from './stores/appStore.ts';
import { tabIds, type TabId } from './stores/tabs.ts';
import { focusSearchBox, searchBoxIn } from './useSearchHotkey.ts';

/** The attribute on each tab's panel naming its tab, so focus can be put inside the one just opened. */
export const TAB_PANEL_ATTRIBUTE = 'data-tab-panel';

/** The tab position a key press asks for: Ctrl+1 … Ctrl+7 (digit row or keypad), else null. */
export function tabNumber(event: KeyboardEvent): number | null {
  if (!event.ctrlKey || event.altKey || event.shiftKey || event.metaKey) return null;
  const digit = /^[1-9]$/.test(event.key) ? event.key : /^(?:Digit|Numpad)([1-9])$/.exec(event.code)?.[1];
  if (digit === undefined) return null;
  const n = Number(digit);
  return n <= tabIds.length ? n : null;
}

const CONTROLS = 'input:not([disabled]):not([type="hidden"]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex="0"]';

/** The screen's first useful control: its search box, else its first control. */
export function firstControlIn(panel: ParentNode): HTMLElement | null {
  const box = searchBoxIn(panel);
  if (box) return box;
  for (const el of panel.querySelectorAll<HTMLElement>(CONTROLS)) {
    if (el.closest('[role="dialog"]') === null && el.getClientRects().length > 0) return el;
  }
  return null;
}

/** How long a screen may take to draw its first control (some wait for their first answer). */
const FOCUS_WAIT_MS = 2000;
const FOCUS_STEP_MS = 20;

/**
 * Puts the focus on the first useful control of the tab just opened, once its screen has drawn it,
 * unless the clerk has put the focus somewhere in the meantime.
 */
/** The wait for the last tab opened (a newer switch, or the app closing, ends it). */
let pending: ReturnType<typeof setTimeout> | null = null;

export function stopFocusWait(): void {
  if (pending !== null) clearTimeout(pending);
  pending = null;
}

export function focusTabScreen(tab: TabId): void {
  stopFocusWait();
  const started = Date.now();
  const attempt = () => {
    pending = null;
    const active = document.activeElement;
    const idle = active === null || active === document.body || active.closest('[role="tablist"]') !== null;
    if (!idle) return;
    const panel = document.querySelector(`[${TAB_PANEL_ATTRIBUTE}="${tab}"]`);
    const target = panel ? firstControlIn(panel) : null;
    if (target) {
      if (target instanceof HTMLInputElement && target === searchBoxIn(panel ?? document)) focusSearchBox(target);
      else target.focus();
      return;
    }
    if (Date.now() - started < FOCUS_WAIT_MS) pending = setTimeout(attempt, FOCUS_STEP_MS);
  };
  pending = setTimeout(attempt, 0);
}

/** Ctrl+number switches tabs, except while a dialog (an open form) has the focus; the focus goes into the new screen. */
export function useTabHotkeys(): void {
  useEffect(() => stopFocusWait, []);
  useWindowEvent('keydown', (event) => {
    const n = tabNumber(event);
    if (n === null) return;
    if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
    const tab = tabIds[n - 1];
    if (!tab) return;
    event.preventDefault();
    // The control that had the focus belongs to the screen being left: let go of it first.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    useAppStore.getState().setTab(tab);
    focusTabScreen(tab);
  });
}
