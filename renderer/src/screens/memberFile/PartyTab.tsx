import { Fieldset, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/contract/index.ts';
import type { SponsorRow } from '../../../../shared/memberFile/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { Facts } from '../../components/Facts.tsx';
import { TableEditor } from './TableEditor.tsx';
import { tableDefs } from './tables.ts';

/** "Đảng": the membership dates (kept on the card, shown here) and the sponsors of each admission. */
export function PartyTab({ member, sponsors, readOnly }: { member: Member; sponsors: readonly SponsorRow[]; readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Fieldset legend={t('memberFile.party.dates')}>
        <Facts
          cols={4}
          items={[
            { label: t('memberForm.fields.admissionDate'), value: formatVi(member.admissionDate) },
            { label: t('memberForm.fields.admissionDecisionDate'), value: formatVi(member.admissionDecisionDate) },
            { label: t('memberForm.fields.fullMemberDate'), value: formatVi(member.fullMemberDate) },
            { label: t('memberForm.fields.organisationId'), value: member.organisationName },
          ]}
        />
      </Fieldset>
      <Fieldset legend={t('memberFile.party.sponsors')}>
        <TableEditor ownerId={member.id} def={tableDefs.sponsors} rows={sponsors} readOnly={readOnly} />
      </Fieldset>
    </Stack>
  );
}
