import type { MethodName } from '../../shared/contract/methods.ts';
import { badgeHandlers } from '../services/badges/handlers.ts';
import { cadreHandlers } from '../services/cadres/handlers.ts';
import { catalogueHandlers } from '../services/catalogues/handlers.ts';
import { decisionHandlers } from '../services/decisions/handlers.ts';
import { eventHandlers } from '../services/events/handlers.ts';
import { jobHandlers } from '../services/jobs/handlers.ts';
import { memberFileHandlers } from '../services/memberFile/handlers.ts';
import { memberHandlers } from '../services/members/handlers.ts';
import { organisationHandlers } from '../services/organisations/handlers.ts';
import { ratingHandlers } from '../services/ratings/handlers.ts';
import { reminderHandlers } from '../services/reminders/handlers.ts';
import { systemHandlers } from '../services/system/handlers.ts';
import type { Handler } from '../services/handlerTypes.ts';

export type { Handler } from '../services/handlerTypes.ts';

/** One handler per contract method: the compiler refuses a method without one. */
export type HandlerMap = { [K in MethodName]: Handler<K> };

/** The registry of handler maps, one per domain (electron/services/<domain>/handlers.ts). */
export const handlers: HandlerMap = {
  ...systemHandlers,
  ...catalogueHandlers,
  ...organisationHandlers,
  ...memberHandlers,
  ...eventHandlers,
  ...ratingHandlers,
  ...badgeHandlers,
  ...memberFileHandlers,
  ...cadreHandlers,
  ...decisionHandlers,
  ...reminderHandlers,
  ...jobHandlers,
};
