import type { OrgDetail } from '../../../../shared/contract/index.ts';
import type { OrgRef } from '../../components/OrgPicker.tsx';

/** The form open on the organisation tab. `create` with a null parent creates the root organisation. */
export type OrgAction =
  | { kind: 'create'; parent: OrgRef | null }
  | { kind: 'update' | 'rename' | 'move' | 'dissolve' | 'merge'; org: OrgDetail };
