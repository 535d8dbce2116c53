import { useEffect, useState } from 'react';
import type { CandidatesResult } from '../../../../shared/badges/schemas.ts';
import { call } from '../../api/client.ts';
import { CandidateExportButton } from '../badges/CandidateExportButton.tsx';

/**
 * "Xuất Excel" of the desk's badge list: the Khen thưởng tab's own export of the round (one sheet per
 * milestone, early and posthumous), so both files are the same. It needs the round's groups, read once.
 */
export function BadgeDeskExport({ roundDate }: { roundDate: string }) {
  const [candidates, setCandidates] = useState<CandidatesResult | null>(null);
  useEffect(() => {
    let live = true;
    void call('badge:candidates', { organisationId: null, roundDate }).then((r) => {
      if (live && r.ok) setCandidates(r.value);
    });
    return () => {
      live = false;
    };
  }, [roundDate]);
  return candidates ? <CandidateExportButton candidates={candidates} organisation={null} /> : null;
}
