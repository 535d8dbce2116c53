/**
 * The fields of audit values that hold an organisation's id: the history and the audit log show
 * the organisation's name for them (the read services send the names with each entry).
 */
export const ORGANISATION_ID_FIELDS = ['organisationId', 'parentId', 'successorId', 'orgFromId', 'orgToId'] as const;
export type OrganisationIdField = (typeof ORGANISATION_ID_FIELDS)[number];
