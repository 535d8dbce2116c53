import type { MethodName } from '../../shared/contract/methods.ts';
import { badgeHandlers } from './handlers/badges.ts';
import { eventHandlers } from './handlers/events.ts';
import { memberFileHandlers } from './handlers/memberFile.ts';
import { memberHandlers } from './handlers/members.ts';
import { organisationHandlers } from './handlers/organisations.ts';
import { ratingHandlers } from './handlers/ratings.ts';
import { systemHandlers } from './handlers/system.ts';
import type { Handler } from './handlers/types.ts';

export type { Handler } from './handlers/types.ts';

/** One handler per contract method: the compiler refuses a method without one. */
export type HandlerMap = { [K in MethodName]: Handler<K> };

export const handlers: HandlerMap = {
  ...systemHandlers,
  ...organisationHandlers,
  ...memberHandlers,
  ...eventHandlers,
  ...ratingHandlers,
  ...badgeHandlers,
  ...memberFileHandlers,
};
