import type { KeyboardEvent } from 'react';

const FIELDS =
  'input:not([type="hidden"]):not([disabled]):not([readonly]):not([tabindex="-1"]), textarea:not([disabled]):not([readonly]):not([tabindex="-1"])';

/** A form, a container marked `data-form-scope`, or a dialog: where Enter and a choice move the cursor on. */
const SCOPE = 'form, [data-form-scope], [role="dialog"]';

/**
 * Puts the cursor in the box after `from` (a dropdown just chosen in) within its form or dialog; it stays
 * when `from` is the last box, or is not in a form (a screen's filter or scope keeps the cursor).
 */
export function focusNextField(from: HTMLElement): void {
  const scope = from.closest<HTMLElement>(SCOPE);
  if (!scope) return;
  const fields = Array.from(scope.querySelectorAll<HTMLElement>(FIELDS));
  const index = fields.indexOf(from);
  if (index >= 0) fields[index + 1]?.focus();
}

/**
 * Keyboard-first forms: Enter in a one-line box moves to the next box of the container, in document
 * (Tab) order, and never submits the form (the browser's implicit submission is stopped: only Ctrl+S
 * or the save button save). Left alone: Enter with a modifier, in a text area, or when a component
 * already used it (a dropdown choosing its highlighted option, or refusing a text matching nothing).
 */
export function advanceOnEnter(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
  const target = event.target;
  if (!(target instanceof HTMLInputElement)) return;
  if (event.defaultPrevented) return;
  event.preventDefault();
  const fields = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(FIELDS));
  const index = fields.indexOf(target);
  if (index >= 0) fields[index + 1]?.focus();
}
