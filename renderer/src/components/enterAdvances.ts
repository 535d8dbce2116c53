import type { KeyboardEvent } from 'react';

const FIELDS = 'input:not([type="hidden"]):not([disabled]):not([readonly]), textarea:not([disabled]):not([readonly])';

/**
 * Keyboard-first forms: Enter in a one-line box moves to the next box of the container, in document
 * (Tab) order. Left alone: Enter with a modifier, in a text area, in an open option list, or when a
 * component already used it (a Select picking an option).
 */
export function advanceOnEnter(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || event.defaultPrevented) return;
  if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
  const target = event.target;
  if (!(target instanceof HTMLInputElement)) return;
  if (target.getAttribute('aria-expanded') === 'true') return;
  const fields = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(FIELDS));
  const index = fields.indexOf(target);
  if (index < 0) return;
  const next = fields[index + 1];
  event.preventDefault();
  next?.focus();
}
