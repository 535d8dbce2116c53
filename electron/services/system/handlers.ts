import type { systemMethods } from '../../../shared/system/contract.ts';
import * as audit from './audit.ts';
import { exportAudit } from './auditExport.ts';
import * as system from './system.ts';
import type { PartHandlers } from '../handlerTypes.ts';

export const systemHandlers: PartHandlers<typeof systemMethods> = {
  'system:info': (_input, ctx) => system.info(ctx),
  'system:backup': (_input, ctx) => system.backup(ctx),
  'system:auditVerify': (_input, ctx) => audit.verifyAudit(ctx.db),
  'system:auditList': (input, ctx) => audit.listAudit(ctx.db, input),
  'system:auditExport': (input, ctx) => exportAudit(ctx, input),
  'system:demo': (input, ctx) => system.demo(ctx, input),
};
