import type { badgeMethods } from '../../../shared/contract/parts/badges.ts';
import type { PartHandlers } from './types.ts';

export const badgeHandlers: PartHandlers<typeof badgeMethods> = {};
