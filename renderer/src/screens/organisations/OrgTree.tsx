import { Badge, Button, Group, Loader, Text, UnstyledButton } from '@mantine/core';
import { useEffect, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../format.ts';
import { keyOf, useOrganisationStore } from './store.ts';

function focusItem(el: Element | null | undefined) {
  if (el instanceof HTMLElement) el.focus();
}

/** Arrow keys move between visible items, Right/Left open and close, Enter or Space selects. */
function onTreeKeyDown(event: KeyboardEvent<HTMLDivElement>) {
  const target = event.target;
  if (!(target instanceof HTMLElement) || target.getAttribute('role') !== 'treeitem') return;
  const id = Number(target.dataset.id);
  const store = useOrganisationStore.getState();
  const items = Array.from(event.currentTarget.querySelectorAll('[role="treeitem"]'));
  const index = items.indexOf(target);
  const expanded = target.getAttribute('aria-expanded');
  switch (event.key) {
    case 'ArrowDown':
      focusItem(items[index + 1]);
      break;
    case 'ArrowUp':
      focusItem(items[index - 1]);
      break;
    case 'ArrowRight':
      if (expanded === 'false') void store.toggle(id);
      else if (expanded === 'true') focusItem(target.querySelector('[role="treeitem"]'));
      break;
    case 'ArrowLeft':
      if (expanded === 'true') void store.toggle(id);
      else focusItem(target.parentElement?.closest('[role="treeitem"]'));
      break;
    case 'Enter':
    case ' ':
      void store.select(id);
      break;
    default:
      return;
  }
  event.preventDefault();
}

function OrgTreeItem({ id, level, first }: { id: number; level: number; first: boolean }) {
  const { t } = useTranslation();
  const node = useOrganisationStore((s) => s.nodes[id]);
  const expanded = useOrganisationStore((s) => s.expanded[id] ?? false);
  const childIds = useOrganisationStore((s) => s.children[keyOf(id)]);
  const loading = useOrganisationStore((s) => s.loading[keyOf(id)] ?? false);
  const selected = useOrganisationStore((s) => s.selectedId === id);
  const anySelected = useOrganisationStore((s) => s.selectedId !== null);
  if (!node) return null;
  const hasChildren = node.childCount > 0;
  const labelId = `org-node-${id}`;
  const countId = `org-node-${id}-count`;
  return (
    <div
      role="treeitem"
      data-id={id}
      aria-level={level}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-selected={selected}
      aria-labelledby={labelId}
      aria-describedby={countId}
      tabIndex={selected || (!anySelected && first) ? 0 : -1}
      style={{ outlineOffset: -2 }}
    >
      <Group
        gap={4}
        wrap="nowrap"
        pl={(level - 1) * 18}
        py={2}
        bg={selected ? 'red.0' : undefined}
        style={{ cursor: 'pointer', borderRadius: 4 }}
        onClick={() => void useOrganisationStore.getState().select(id)}
        onDoubleClick={() => hasChildren && void useOrganisationStore.getState().toggle(id)}
      >
        <UnstyledButton
          aria-hidden
          tabIndex={-1}
          w={18}
          ta="center"
          style={{ visibility: hasChildren ? 'visible' : 'hidden', flexShrink: 0 }}
          onClick={(event) => {
            event.stopPropagation();
            void useOrganisationStore.getState().toggle(id);
          }}
        >
          {expanded ? '▾' : '▸'}
        </UnstyledButton>
        <Text id={labelId} size="sm" fw={selected ? 600 : 400} td={node.effectiveTo ? 'line-through' : undefined} truncate style={{ minWidth: 0 }}>
          {node.name}
        </Text>
        <Badge id={countId} size="sm" variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>
          {t('org.memberCount', { n: formatCount(node.memberCount) })}
        </Badge>
        {loading ? <Loader size={12} /> : null}
      </Group>
      {expanded && childIds ? (
        <div role="group">
          {childIds.map((childId) => (
            <OrgTreeItem key={childId} id={childId} level={level + 1} first={false} />
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** The organisation tree, loaded level by level (organisation:children) as nodes are opened. */
export function OrgTree({ onCreateRoot }: { onCreateRoot: () => void }) {
  const { t } = useTranslation();
  const rootIds = useOrganisationStore((s) => s.children.root);

  useEffect(() => {
    if (useOrganisationStore.getState().children.root === undefined) void useOrganisationStore.getState().loadChildren(null);
  }, []);

  if (rootIds === undefined) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (rootIds.length === 0) {
    return (
      <div>
        <Text c="dimmed" mb="sm">
          {t('org.empty')}
        </Text>
        <Button onClick={onCreateRoot}>{t('org.createRoot')}</Button>
      </div>
    );
  }
  return (
    <div role="tree" aria-label={t('org.tree')} onKeyDown={onTreeKeyDown}>
      {rootIds.map((id, index) => (
        <OrgTreeItem key={id} id={id} level={1} first={index === 0} />
      ))}
    </div>
  );
}
