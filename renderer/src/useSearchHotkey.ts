import { useWindowEvent } from '@mantine/hooks';

/** The attribute that marks a screen's search box: Ctrl+F and "/" put the cursor there, a tab switch lands there. */
export const SEARCH_BOX_ATTRIBUTE = 'data-search-box';
/** Spread on a screen's search input. */
export const searchBoxProps = { [SEARCH_BOX_ATTRIBUTE]: true, 'aria-keyshortcuts': 'Control+F /' } as const;

/** A box that takes typed characters ("/" is a character there, not a shortcut). */
export function isTextBox(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(target.type);
  const role = target.getAttribute('role');
  return role === 'textbox' || role === 'combobox' || role === 'spinbutton';
}

/** Ctrl+F anywhere, or "/" without modifiers outside a text box. */
export function isSearchKey(event: KeyboardEvent): boolean {
  if (event.altKey || event.metaKey) return false;
  if (event.ctrlKey) return !event.shiftKey && (event.key.toLowerCase() === 'f' || event.code === 'KeyF');
  return event.key === '/' && !isTextBox(event.target);
}

const inDialog = (el: Element) => el.closest('[role="dialog"]') !== null;

/** The search box of what is on screen (outside dialogs) under `root`, if there is one. */
export function searchBoxIn(root: ParentNode = document): HTMLInputElement | null {
  for (const el of root.querySelectorAll<HTMLInputElement>(`[${SEARCH_BOX_ATTRIBUTE}]`)) {
    if (!inDialog(el)) return el;
  }
  return null;
}

/** Puts the cursor in the box with its text selected (typing replaces it, arrows keep it). */
export function focusSearchBox(box: HTMLInputElement): void {
  box.focus();
  box.select();
}

/**
 * Ctrl+F and "/" put the cursor in the current screen's search box (instead of the browser's find).
 * Inside a dialog (an open form, the member file) the keys are left alone.
 */
export function useSearchHotkey(): void {
  useWindowEvent('keydown', (event) => {
    if (event.defaultPrevented || !isSearchKey(event)) return;
    if (event.target instanceof Element && inDialog(event.target)) return;
    const box = searchBoxIn();
    if (!box) return;
    event.preventDefault();
    focusSearchBox(box);
  });
}
