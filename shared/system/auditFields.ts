/**
 * The fields of audit values that hold an organisation's id: the history and the audit log show
 * the organisation's name for them (the read services send the names with each entry).
 */
export const ORGANISATION_ID_FIELDS = ['organisationId', 'parentId', 'successorId', 'orgFromId', 'orgToId'] as const;
export type OrganisationIdField = (typeof ORGANISATION_ID_FIELDS)[number];

/** Fields an entry keeps for the machine, never shown: the record's own id, the member an event or badge is on (the entry's subject names it), a photo's hash, the ids an export listed. */
export const HIDDEN_FIELDS: ReadonlySet<string> = new Set(['id', 'memberId', 'sha256', 'badgeIds']);
