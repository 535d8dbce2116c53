import { Anchor, Badge, Breadcrumbs, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { Facts } from '../../components/Facts.tsx';
import { formatCount } from '../../format.ts';
import { nameOf, useCatalogueStore } from '../../stores/catalogueStore.ts';
import { useOrganisationStore } from './store.ts';
import type { OrgAction } from './orgAction.ts';
import { OrgHistory } from './OrgHistory.tsx';
import { useAppStore } from '../../stores/appStore.ts';
import { useMemberListStore } from '../members/store.ts';

/** "Xem đảng viên": the member list (Đảng viên tab) scoped to the organisation and everything under it. */
function showMembers(organisation: { id: number; name: string }): void {
  useMemberListStore.getState().setQuery({ organisation });
  useAppStore.getState().setTab('members');
}

/** The selected organisation: its facts, its place in the tree, its history and the actions on it. */
export function OrgDetailPanel({ onAction }: { onAction: (action: OrgAction) => void }) {
  const { t } = useTranslation();
  const detail = useOrganisationStore((s) => s.detail);
  const loading = useOrganisationStore((s) => s.detailLoading);
  const catalogues = useCatalogueStore((s) => s.catalogues);

  if (!detail) return loading ? <Loader size="sm" aria-label={t('common.loading')} /> : <Text c="dimmed">{t('org.chooseHint')}</Text>;
  const dissolved = detail.effectiveTo !== null;

  return (
    <Stack component="section" aria-labelledby="org-detail-title">
      {detail.ancestors.length > 0 ? (
        <Breadcrumbs separator="›">
          {detail.ancestors.map((a) => (
            <Anchor key={a.id} component="button" type="button" size="sm" onClick={() => void useOrganisationStore.getState().reveal(a.id)}>
              {a.name}
            </Anchor>
          ))}
          <Text size="sm">{detail.name}</Text>
        </Breadcrumbs>
      ) : null}
      <Group gap="sm">
        <Title order={2} size="h3" id="org-detail-title">
          {detail.name}
        </Title>
        {dissolved ? <Badge color="gray">{t('org.dissolved')}</Badge> : null}
      </Group>
      <Facts
        cols={3}
        items={[
          { label: t('org.fields.type'), value: nameOf(catalogues?.organisationTypes, detail.typeCode) },
          { label: t('org.fields.unitType'), value: nameOf(catalogues?.unitTypes, detail.unitTypeCode) },
          { label: t('org.fields.code'), value: detail.code ?? '' },
          { label: t('org.fields.shortName'), value: detail.shortName ?? '' },
          { label: t('org.fields.effectiveFrom'), value: formatVi(detail.effectiveFrom) },
          { label: t('org.fields.effectiveTo'), value: formatVi(detail.effectiveTo) },
          { label: t('org.fields.members'), value: formatCount(detail.memberCount) },
          { label: t('org.fields.directMembers'), value: formatCount(detail.directMemberCount) },
          { label: t('org.fields.children'), value: formatCount(detail.childCount) },
        ]}
      />
      <Group gap="xs">
        <Button variant="light" onClick={() => showMembers({ id: detail.id, name: detail.name })}>
          {t('org.actions.members')}
        </Button>
        <Button disabled={dissolved} onClick={() => onAction({ kind: 'create', parent: { id: detail.id, name: detail.name } })}>
          {t('org.actions.create')}
        </Button>
        <Button variant="default" disabled={dissolved} onClick={() => onAction({ kind: 'update', org: detail })}>
          {t('org.actions.update')}
        </Button>
        <Button variant="default" disabled={dissolved} onClick={() => onAction({ kind: 'rename', org: detail })}>
          {t('org.actions.rename')}
        </Button>
        <Button variant="default" disabled={dissolved || detail.parentId === null} onClick={() => onAction({ kind: 'move', org: detail })}>
          {t('org.actions.move')}
        </Button>
        <Button variant="default" disabled={dissolved} onClick={() => onAction({ kind: 'merge', org: detail })}>
          {t('org.actions.merge')}
        </Button>
        <Button variant="outline" color="red" disabled={dissolved} onClick={() => onAction({ kind: 'dissolve', org: detail })}>
          {t('org.actions.dissolve')}
        </Button>
      </Group>
      <Title order={3} size="h5">
        {t('org.history')}
      </Title>
      <OrgHistory history={detail.history} />
    </Stack>
  );
}
