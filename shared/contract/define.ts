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
  /**
   * Long work that may also run as a job (`job:start` with this method as its kind), in a worker of
   * its own: 'read' on a read-only connection, 'write' on its own connection, all or nothing
   * (ARCHITECTURE.md, "How a job flows").
   */
  job?: 'read' | 'write';
}

export function method<I extends z.ZodType, O extends z.ZodType>(def: MethodDef<I, O>): MethodDef<I, O> {
  return def;
}
