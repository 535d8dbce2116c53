import type { TFunction } from 'i18next';
import type { MemberEvent } from '../../../../shared/events/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { i18n } from '../../i18n/index.ts';
import { leaf } from '../system/auditLabels.ts';
import { EVENT } from '../../../../shared/events/eventTypes.ts';

/**
 * An event type's name in the interface's language: the messages' name for a known code
 * (events.types, equal to the catalogue in Vietnamese), else the name the core sent, else the code.
 */
export function eventTypeName(code: string, name?: string | null, t: TFunction = i18n.t): string {
  return leaf(t('events.types', { returnObjects: true }), [code]) ?? name ?? code;
}

/** "Số 12-QĐ/ĐU, ngày 15/03/2016, Đảng ủy xã Thanh Sơn, người ký: Nguyễn Văn Bí". */
export function decisionText(e: Pick<MemberEvent, 'decisionNo' | 'decisionDate' | 'decisionBody' | 'decisionSigner'>): string {
  const parts: string[] = [];
  if (e.decisionNo) parts.push(i18n.t('events.decisionText', { no: e.decisionNo }));
  if (e.decisionDate) parts.push(i18n.t('events.decisionDate', { date: formatVi(e.decisionDate) }));
  if (e.decisionBody) parts.push(e.decisionBody);
  if (e.decisionSigner) parts.push(i18n.t('events.signedBy', { name: e.decisionSigner }));
  return parts.join(', ');
}

/** "Chi bộ A → Chi bộ B" when the event moves the member (or takes them in or out of the province). */
export function moveText(e: Pick<MemberEvent, 'orgFromId' | 'orgFromName' | 'orgToId' | 'orgToName' | 'effect' | 'typeCode'>): string {
  const outside = i18n.t('events.outsideProvince');
  if (e.orgFromId !== null && e.orgFromId === e.orgToId) return '';
  if (e.orgFromId === null && e.orgToId === null) return '';
  if (e.orgFromId === null) return e.typeCode === EVENT.TRANSFER_IN_PROVINCE ? `${outside} → ${e.orgToName ?? ''}` : (e.orgToName ?? '');
  if (e.orgToId === null) return e.effect === 'remove' && e.typeCode.startsWith('TRANSFER_OUT') ? `${e.orgFromName ?? ''} → ${outside}` : (e.orgFromName ?? '');
  return `${e.orgFromName ?? ''} → ${e.orgToName ?? ''}`;
}
