import type { eventMethods } from '../../../shared/contract/parts/events.ts';
import type { PartHandlers } from './types.ts';

export const eventHandlers: PartHandlers<typeof eventMethods> = {};
