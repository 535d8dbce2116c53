import type { MethodName, Output, ParsedInput } from '../../shared/contract/methods.ts';
import * as audit from '../services/audit.ts';
import * as members from '../services/members.ts';
import * as organisations from '../services/organisations.ts';
import * as system from '../services/system.ts';
import type { ServiceContext } from '../services/context.ts';

export type Handler<K extends MethodName> = (input: ParsedInput<K>, ctx: ServiceContext) => Promise<Output<K>> | Output<K>;

/** One handler per contract method: the compiler refuses a method without one. */
export type HandlerMap = { [K in MethodName]: Handler<K> };

export const handlers: HandlerMap = {
  'system:info': (_input, ctx) => system.info(ctx),
  'system:backup': (_input, ctx) => system.backup(ctx),
  'system:auditVerify': (_input, ctx) => audit.verifyAudit(ctx.db),
  'system:auditList': (input, ctx) => audit.listAudit(ctx.db, input),
  'system:demo': (input, ctx) => system.demo(ctx, input),
  'catalogue:all': (_input, ctx) => system.catalogues(ctx),

  'organisation:children': (input, ctx) => organisations.children(ctx, input),
  'organisation:get': (input, ctx) => organisations.get(ctx, input.id),
  'organisation:search': (input, ctx) => organisations.search(ctx, input),
  'organisation:create': (input, ctx) => organisations.create(ctx, input),
  'organisation:update': (input, ctx) => organisations.update(ctx, input),
  'organisation:rename': (input, ctx) => organisations.rename(ctx, input),
  'organisation:move': (input, ctx) => organisations.move(ctx, input),
  'organisation:dissolve': (input, ctx) => organisations.dissolve(ctx, input),
  'organisation:merge': (input, ctx) => organisations.merge(ctx, input),

  'member:list': (input, ctx) => members.list(ctx, input),
  'member:get': (input, ctx) => members.get(ctx, input.id),
  'member:create': (input, ctx) => members.create(ctx, input),
  'member:update': (input, ctx) => members.update(ctx, input),
};
