/**
 * The audit log labels every field a cadre file's entries can hold (issue 9): the personal fields (as
 * on the member card), the file's own fields, every CV field of the two forms, and the columns of its
 * tables. Read from the contract's schemas, so a field added there without a label fails here.
 */
import { describe, expect, it } from 'vitest';
import { cadreOwnFields, cadreTables, cvFields, personalFields } from '../../../shared/cadres/schemas.ts';
import { en } from '../../../renderer/src/i18n/en.ts';
import { vi } from '../../../renderer/src/i18n/vi.ts';
import { fieldLabelPath } from '../../../renderer/src/screens/system/auditFields.ts';
import { leaf } from '../../../renderer/src/screens/system/auditLabels.ts';

function missing(entity: string, keys: readonly string[], inTable: boolean): string[] {
  const out: string[] = [];
  for (const key of keys) {
    const at = fieldLabelPath(entity, key, inTable);
    for (const [lang, tree] of [['vi', vi], ['en', en]] as const) {
      const label = at ? leaf(tree, [...at.root.split('.'), ...at.path]) : null;
      if (label === null || label.trim() === '') out.push(`${lang} ${key}`);
    }
  }
  return out;
}

describe('labels of a cadre file’s audited fields', () => {
  it('covers the personal, own and CV fields', () => {
    const keys = [...Object.keys(personalFields.shape), ...Object.keys(cadreOwnFields.shape).filter((k) => k !== 'cv'), ...Object.keys(cvFields.shape)];
    expect(keys).toContain('salaryCoefficient');
    expect(missing('cadre', keys, false)).toEqual([]);
  });

  it('covers every column of every table of the file', () => {
    const columns = [...new Set(Object.values(cadreTables).flatMap((row) => Object.keys(row.shape)))];
    expect(columns).toContain('submittedOn');
    expect(missing('cadre', columns, true)).toEqual([]);
  });

  it('reads a cadre table’s column as in the file, not as the member file’s column of the same name', () => {
    expect(fieldLabelPath('cadre', 'unit', true)).toEqual({ root: 'cadres.columns', path: ['unit'] });
    expect(fieldLabelPath('member', 'unit', true)).toEqual({ root: 'memberFile.columns', path: ['unit'] });
    expect(fieldLabelPath('cadre', 'familyName', false)).toEqual({ root: 'memberForm.fields', path: ['familyName'] });
  });

  it('covers the fields the decision, action, training and perusal entries hold', () => {
    const action = ['decisionId', 'seq', 'typeCode', 'cadreId', 'effectiveOn', 'postKind', 'postBefore', 'unitBefore', 'postAfter', 'unitAfter', 'orgAfterId', 'termMonths', 'planningCycle', 'note', 'reason', 'status'];
    expect(missing('action', action, false)).toEqual([]);
    const decision = ['number', 'issuedOn', 'effectiveOn', 'receivedOn', 'issuingBody', 'signer', 'summary'];
    expect(missing('decision', decision, false)).toEqual([]);
    const training = ['trainingId', 'kind', 'levelCode', 'mode', 'institution', 'subject', 'fromDate', 'toDate', 'status', 'qualification', 'decisionNo'];
    expect(missing('cadre', training, false)).toEqual([]);
    expect(missing('cadre', ['kind', 'onDate', 'person', 'purpose', 'dueDate', 'mime', 'bytes'], false)).toEqual([]);
    const opinion = ['personName', 'personPost', 'requestingBody', 'requestNo', 'receivedOn', 'subject', 'reply', 'replyNo', 'repliedOn', 'cadreId'];
    expect(missing('cadre_opinion', opinion, false)).toEqual([]);
  });
});
