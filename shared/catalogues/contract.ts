import { z } from 'zod';
import { method } from '../contract/define.ts';
import * as s from './schemas.ts';

/** Catalogue methods: the code lists every form picks from. */
export const catalogueMethods = {
  'catalogue:all': method({ input: z.object({}).strict(), output: s.catalogues, role: 'viewer', writes: false, summary: 'Các danh mục dùng chung' }),
} as const;
