import type { KeyboardEvent } from 'react';
import { advanceOnEnter } from './enterAdvances.ts';
import { isSaveKey } from './useSubmit.ts';

/**
 * The keys of a small form inside a larger dialog (an event, a year's rating): Ctrl+S saves, Esc
 * closes this form only (not the member file around it, whose other unsaved work stays), Enter moves
 * to the next box. Esc in an open option list is left to the list.
 */
export function smallFormKeys(event: KeyboardEvent<HTMLElement>, actions: { onSave(): void; onCancel(): void }): void {
  if (isSaveKey(event)) {
    event.preventDefault();
    actions.onSave();
  } else if (event.key === 'Escape' && !event.defaultPrevented && !(event.target instanceof HTMLElement && event.target.getAttribute('aria-expanded') === 'true')) {
    event.preventDefault();
    event.stopPropagation();
    actions.onCancel();
  } else {
    advanceOnEnter(event);
  }
}
