import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgRef } from '../../components/OrgPicker.tsx';
import { useMemberListStore } from './store.ts';
import { AdmitManyModal } from './AdmitManyModal.tsx';

/**
 * "Kết nạp theo quyết định": many new members of one cell under one admission decision. After saving
 * the list is reloaded and `onDone` gets the notice to show (with the count).
 */
export function AdmitManyButton({ defaultOrganisation, onDone }: { defaultOrganisation: OrgRef | null; onDone(notice: string): void }) {
  const { t } = useTranslation();
  const [serial, setSerial] = useState<number | null>(null);
  return (
    <>
      <Button variant="default" title={t('admissions.buttonHint')} onClick={() => setSerial((s) => (s ?? 0) + 1)}>
        {t('admissions.button')}
      </Button>
      {serial !== null ? (
        <AdmitManyModal
          key={serial}
          defaultOrganisation={defaultOrganisation}
          onClose={() => setSerial(null)}
          onDone={(result, number) => {
            setSerial(null);
            useMemberListStore.getState().invalidate();
            onDone(t('admissions.saved', { n: result.count, number }));
          }}
        />
      ) : null}
    </>
  );
}
