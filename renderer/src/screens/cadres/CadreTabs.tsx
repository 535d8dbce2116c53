import { Stack, Title } from '@mantine/core';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CadreFile, CadreTableName } from '../../../../shared/cadres/schemas.ts';
import { TableEditor } from '../memberFile/TableEditor.tsx';
import type { SavedRow } from '../memberFile/tables.ts';
import { cadreTableDefs } from './cadreTables.ts';
import { CvTab } from './CvTab.tsx';
import { TrainingForm } from './TrainingForm.tsx';
import { PerusalPanel } from './PerusalPanel.tsx';
import { DerivedHistory, TrainingList } from './ReadOnlyLists.tsx';
import { useCadreFileStore, type CadreSection } from './store.ts';

export const cadreFileTabs = ['cv', 'posts', 'training', 'family', 'salary', 'awards', 'assessments', 'documents'] as const;
export type CadreFileTab = (typeof cadreFileTabs)[number];

/** The sections whose unsaved edits a tab holds (its title gets a dot). */
export const tabSections: Record<CadreFileTab, readonly CadreSection[]> = {
  cv: ['cv'],
  posts: ['workHistory'],
  training: ['training'],
  family: ['family'],
  salary: ['salary'],
  awards: ['awards', 'discipline'],
  assessments: ['assessments', 'assetDeclarations'],
  documents: ['documents', 'perusal'],
};

/** One table of the cadre file, saved whole with cadre:saveTable. */
function CadreTable({ file, table, readOnly, onSaved, heading = false }: { file: CadreFile; table: CadreTableName; readOnly: boolean; onSaved(): void; heading?: boolean }) {
  const { t } = useTranslation();
  const setDirty = useCadreFileStore((s) => s.setDirty);
  const dirtyChange = useCallback((dirty: boolean) => setDirty(table, dirty), [setDirty, table]);
  const saved = (rows: SavedRow[]) => {
    const current = useCadreFileStore.getState().file;
    if (current) useCadreFileStore.getState().saved({ tables: { ...current.tables, [table]: rows } });
    onSaved();
  };
  return (
    <Stack gap={4}>
      {heading ? <Title order={4}>{t(`cadres.file.sections.${table}`)}</Title> : null}
      <TableEditor ownerId={file.id} def={cadreTableDefs[table]} rows={file.tables[table] as unknown as readonly SavedRow[]} readOnly={readOnly} onDirtyChange={dirtyChange} onSaved={saved} />
    </Stack>
  );
}

interface PanelProps {
  tab: CadreFileTab;
  file: CadreFile;
  readOnly: boolean;
  onSaved(): void;
}

/** The content of one tab of the cadre file. */
export function CadreTabPanel({ tab, file, readOnly, onSaved }: PanelProps) {
  const table = (name: CadreTableName, heading = false) => <CadreTable file={file} table={name} readOnly={readOnly} onSaved={onSaved} heading={heading} />;
  const two = (a: ReactNode, b: ReactNode) => (
    <Stack gap="lg">
      {a}
      {b}
    </Stack>
  );
  switch (tab) {
    case 'cv':
      return <CvTab file={file} readOnly={readOnly} onSaved={onSaved} />;
    case 'posts':
      return two(<DerivedHistory file={file} />, table('workHistory', true));
    case 'training':
      return two(<TrainingList file={file} />, readOnly ? null : <TrainingForm cadreId={file.id} />);
    case 'family':
      return table('family');
    case 'salary':
      return table('salary');
    case 'awards':
      return two(table('awards', true), table('discipline', true));
    case 'assessments':
      return two(table('assessments', true), table('assetDeclarations', true));
    case 'documents':
      return two(table('documents', true), <PerusalPanel cadreId={file.id} readOnly={readOnly} />);
  }
}
