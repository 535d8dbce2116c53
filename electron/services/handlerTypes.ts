import type { MethodName, Output, ParsedInput } from '../../shared/contract/methods.ts';
import type { ServiceContext } from './context.ts';

export type Handler<K extends MethodName> = (input: ParsedInput<K>, ctx: ServiceContext) => Promise<Output<K>> | Output<K>;

/** The handlers of one part of the contract. */
export type PartHandlers<P> = { [K in keyof P & MethodName]: Handler<K> };
