import type { Input } from '../../shared/contract/methods.ts';

export type MemberCreateInputShape = Input<'member:create'>;
