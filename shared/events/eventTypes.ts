/** The event-type codes (ARCHITECTURE.md, "One rule, one place"); defined in the kernel for the repositories' sake. */
export { EVENT, eventTypeCodes, type EventTypeCode } from '../kernel/eventTypes.ts';
