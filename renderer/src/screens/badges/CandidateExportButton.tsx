import { useTranslation } from 'react-i18next';
import { candidateExportColumns, type CandidateExportInput, type CandidatesResult } from '../../../../shared/badges/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { ExportButton } from '../../components/ExportButton.tsx';
import { exportColumnsOf, filtersLine } from '../../components/exportColumns.ts';
import { formatCount } from '../../format.ts';
import { candidateColumns, usePartyAge } from './CandidateTable.tsx';

interface CandidateExportButtonProps {
  candidates: CandidatesResult;
  organisation: { id: number; name: string } | null;
}

/**
 * "Xuất Excel" of the round's candidates: one sheet per table the screen shows, with its title and
 * columns (the tick boxes aside); the core reads the lists again for the same round and scope.
 */
export function CandidateExportButton({ candidates: c, organisation }: CandidateExportButtonProps) {
  const { t } = useTranslation();
  const partyAge = usePartyAge();
  const columns = (show: Parameters<typeof candidateColumns>[2]) => exportColumnsOf(candidateColumns(t, partyAge, show), candidateExportColumns);
  const input = (): CandidateExportInput => ({
    organisationId: organisation?.id ?? null,
    roundDate: c.roundDate,
    title: t('badges.candidates'),
    filters: filtersLine([organisation?.name ?? t('badges.wholeProvince'), `${t('badges.round')} ${formatVi(c.roundDate)}`]),
    sheets: [
      ...c.regular.map((g) => ({ group: 'regular' as const, milestone: g.milestone, title: t('badges.group', { years: g.milestone, n: formatCount(g.rows.length) }), columns: columns({}) })),
      { group: 'early' as const, title: t('badges.sections.early', { n: formatCount(c.early.length) }), columns: columns({ milestone: true }) },
      { group: 'posthumous' as const, title: t('badges.sections.posthumous', { n: formatCount(c.posthumous.length) }), columns: columns({ milestone: true, death: true }) },
      { group: 'blocked' as const, title: t('badges.sections.blocked', { n: formatCount(c.blocked.length) }), columns: columns({ milestone: true, blocked: true }) },
    ],
  });
  return <ExportButton kind="badge:candidateExport" input={input} />;
}
