import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useMemberListStore, toListInput } from './store.ts';
import { BulkEventModal } from '../events/BulkEventModal.tsx';

/** At most this many members get one event in one action (the core's limit). */
export const BULK_LIMIT = 500;

/**
 * One event for every member of the current list (scope, search and filters): e.g. a cell's
 * recognitions as full members under one decision. Offered while the list is small enough.
 */
export function BulkEventButton({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const total = useMemberListStore((s) => s.total);
  const lowerBound = useMemberListStore((s) => s.totalIsLowerBound);
  const [ids, setIds] = useState<number[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const usable = total !== null && total > 0 && total <= BULK_LIMIT && !lowerBound;

  async function start() {
    const input = { ...toListInput(useMemberListStore.getState().query, 0), limit: BULK_LIMIT };
    const r = await call('member:list', input);
    if (r.ok) {
      setError(null);
      setIds(r.value.rows.map((row) => row.id));
    } else setError(r.error.message);
  }

  return (
    <>
      <Button variant="default" disabled={!usable} onClick={() => void start()} title={error ?? t('members.bulkHint', { n: BULK_LIMIT })}>
        {t('members.bulkEvent')}
      </Button>
      {ids ? (
        <BulkEventModal
          memberIds={ids}
          opened
          onClose={() => setIds(null)}
          onDone={() => {
            setIds(null);
            onDone();
          }}
        />
      ) : null}
    </>
  );
}
