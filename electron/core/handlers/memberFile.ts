import type { memberFileMethods } from '../../../shared/contract/parts/memberFile.ts';
import type { PartHandlers } from './types.ts';

export const memberFileHandlers: PartHandlers<typeof memberFileMethods> = {};
