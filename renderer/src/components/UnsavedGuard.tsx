import { Alert, Button, Group, Modal, Stack, Text, type ModalProps } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Leaving typed work: `request(action)` performs the action at once when nothing is typed, otherwise
 * holds it and asks (`pending`); `discard()` then performs it, `stay()` forgets it and gives the cursor
 * back to where it was.
 */
export function useUnsavedGuard<A>(isDirty: () => boolean, perform: (action: A) => void) {
  const [pending, setPending] = useState<{ action: A } | null>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const request = useCallback(
    (action: A) => {
      if (!isDirty()) {
        perform(action);
        return;
      }
      const active = document.activeElement;
      returnTo.current = active instanceof HTMLElement && active !== document.body ? active : null;
      setPending({ action });
    },
    [isDirty, perform],
  );
  const stay = useCallback(() => {
    setPending(null);
    const back = returnTo.current;
    returnTo.current = null;
    if (back?.isConnected) setTimeout(() => back.focus(), 0);
  }, []);
  const discard = useCallback(() => {
    if (!pending) return;
    setPending(null);
    returnTo.current = null;
    perform(pending.action);
  }, [pending, perform]);
  return { pending: pending?.action ?? null, asking: pending !== null, request, stay, discard };
}

interface UnsavedPromptProps {
  opened: boolean;
  onStay(): void;
  onDiscard(): void;
  /** The texts; by default the common ones ("Bỏ những gì đã nhập?"). */
  title?: string;
  body?: ReactNode;
  stayLabel?: string;
  discardLabel?: string;
}

/** The question asked before typed work is dropped: "Ở lại" has the cursor (Enter stays). */
export function UnsavedPrompt({ opened, onStay, onDiscard, title, body, stayLabel, discardLabel }: UnsavedPromptProps) {
  const { t } = useTranslation();
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (opened) stay.current?.focus();
  }, [opened]);
  if (!opened) return null;
  const heading = title ?? t('common.unsaved.title');
  return (
    <Alert color="orange" title={heading} role="alertdialog" aria-label={heading}>
      <Text size="sm">{body ?? t('common.unsaved.body')}</Text>
      <Group mt="xs" gap="xs">
        <Button ref={stay} size="xs" onClick={onStay}>
          {stayLabel ?? t('common.unsaved.stay')}
        </Button>
        <Button size="xs" variant="default" color="red" onClick={onDiscard}>
          {discardLabel ?? t('common.unsaved.discard')}
        </Button>
      </Group>
    </Alert>
  );
}

interface GuardContextValue {
  /** The form inside tells whether it holds typed, unsaved data. */
  setDirty(dirty: boolean): void;
  /** Closing from inside (the form's "Hủy"): asks first when there is typed data. */
  requestClose(): void;
}

const GuardContext = createContext<GuardContextValue | null>(null);

/**
 * For a form inside a GuardedModal: reports whether it holds typed data, and returns the close that
 * asks first (for its "Hủy"). Outside a GuardedModal it returns `fallback`.
 */
export function useGuardedClose(dirty: boolean, fallback: () => void): () => void {
  const guard = useContext(GuardContext);
  const setDirty = guard?.setDirty;
  useEffect(() => {
    if (!setDirty) return;
    setDirty(dirty);
    return () => setDirty(false);
  }, [dirty, setDirty]);
  return guard ? guard.requestClose : fallback;
}

interface GuardedModalProps extends Omit<ModalProps, 'onClose'> {
  /** Closes the dialog (after the question, when there was typed data). */
  onClose(): void;
  /** Typed data the dialog holds, besides what its forms report through useGuardedClose. */
  dirty?: boolean;
  prompt?: Omit<UnsavedPromptProps, 'opened' | 'onStay' | 'onDiscard'>;
}

/**
 * A dialog that does not drop typed work by surprise: Esc, × or the form's "Hủy" on a form with typed
 * data ask first ("Ở lại" / "Bỏ những gì đã nhập"); Esc on the question means stay.
 */
export function GuardedModal({ onClose, dirty = false, prompt, children, ...rest }: GuardedModalProps) {
  const [reported, setReported] = useState(false);
  const anyDirty = dirty || reported;
  const isDirty = useCallback(() => anyDirty, [anyDirty]);
  const perform = useCallback(() => onClose(), [onClose]);
  const guard = useUnsavedGuard<'close'>(isDirty, perform);
  const { request, stay, asking } = guard;
  const requestClose = useCallback(() => request('close'), [request]);
  // The forms inside get one context object for the dialog's life; its close is always the latest.
  const latestClose = useRef(requestClose);
  useLayoutEffect(() => {
    latestClose.current = requestClose;
  }, [requestClose]);
  const value = useMemo<GuardContextValue>(() => ({ setDirty: setReported, requestClose: () => latestClose.current() }), []);
  return (
    <Modal closeOnClickOutside={false} {...rest} onClose={() => (asking ? stay() : requestClose())}>
      <Stack gap="sm">
        <UnsavedPrompt {...prompt} opened={asking} onStay={stay} onDiscard={guard.discard} />
        <GuardContext.Provider value={value}>{children}</GuardContext.Provider>
      </Stack>
    </Modal>
  );
}

/** Whether `value` differs from what it was when the form opened (compared as JSON). */
export function useChangedSinceOpened(value: unknown): boolean {
  const [opened] = useState(() => JSON.stringify(value));
  return JSON.stringify(value) !== opened;
}
