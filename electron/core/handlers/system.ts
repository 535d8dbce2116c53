import type { systemMethods } from '../../../shared/contract/parts/system.ts';
import * as audit from '../../services/audit.ts';
import * as system from '../../services/system.ts';
import type { PartHandlers } from './types.ts';

export const systemHandlers: PartHandlers<typeof systemMethods> = {
  'system:info': (_input, ctx) => system.info(ctx),
  'system:backup': (_input, ctx) => system.backup(ctx),
  'system:auditVerify': (_input, ctx) => audit.verifyAudit(ctx.db),
  'system:auditList': (input, ctx) => audit.listAudit(ctx.db, input),
  'system:demo': (input, ctx) => system.demo(ctx, input),
  'catalogue:all': (_input, ctx) => system.catalogues(ctx),
};
