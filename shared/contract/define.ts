import type { z } from 'zod';
import type { Role } from '../kernel/roles.ts';

/** One contract method: input schema, output schema (types only at run time), required role. */
export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  role: Role;
  /** true for methods that change data: the handler layer audits them and runs them in a write transaction. */
  writes: boolean;
  /** Short Vietnamese description, listed by `cli methods`. */
  summary: string;
}

export function method<I extends z.ZodType, O extends z.ZodType>(def: MethodDef<I, O>): MethodDef<I, O> {
  return def;
}
