import { createHash } from 'node:crypto';
import type { ParsedInput, Output } from '../../../shared/contract/methods.ts';
import { AppFailure } from '../../../shared/kernel/result.ts';
import { cleanText } from '../../../shared/kernel/text/normalise.ts';
import { cadreProblems as P } from '../../../shared/cadres/problems.ts';
import { MAX_CADRE_PHOTO_BYTES } from '../../../shared/cadres/schemas.ts';
import * as repo from '../../../db/repositories/cadres/cadres.ts';
import type { ServiceContext } from '../context.ts';
import { sniffImage } from '../memberFile/memberFile.ts';
import { mustGetCadre } from './fileView.ts';

/** The photo and the perusal log of a cadre file. */

type PerusalRow = Output<'cadre:perusals'>[number];

/** The action cadre:get records: the perusal log reads the viewings back from the audit log. */
export const VIEW_ACTION = 'cadre:view';

function photoAudit(p: { mime: string; bytes: Uint8Array }): Record<string, unknown> {
  return { mime: p.mime, bytes: p.bytes.length, sha256: createHash('sha256').update(p.bytes).digest('hex') };
}

export async function setPhoto(ctx: ServiceContext, input: ParsedInput<'cadre:setPhoto'>): Promise<{ hasPhoto: boolean }> {
  await mustGetCadre(ctx, input.cadreId);
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length > MAX_CADRE_PHOTO_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
    throw new AppFailure('BAD_INPUT', P.photoTooLarge({ mb }), { base64: P.photoTooLargeField() });
  }
  // The bytes decide the type, whatever the file was called.
  const mime = sniffImage(bytes);
  if (mime === null) throw new AppFailure('BAD_INPUT', P.notAnImage(), { base64: P.notAnImageField() });
  const old = await repo.getPhoto(ctx.db, input.cadreId);
  await repo.putPhoto(ctx.db, { cadre_id: input.cadreId, mime, bytes, updated_at: ctx.now });
  ctx.audit({ action: 'cadre.photo.set', entity: 'cadre', entityId: input.cadreId, oldValues: old ? photoAudit(old) : null, newValues: photoAudit({ mime, bytes }) });
  return { hasPhoto: true };
}

export async function getPhoto(ctx: ServiceContext, cadreId: number): Promise<{ mime: string; base64: string } | null> {
  await mustGetCadre(ctx, cadreId);
  const row = await repo.getPhoto(ctx.db, cadreId);
  return row ? { mime: row.mime, base64: Buffer.from(row.bytes).toString('base64') } : null;
}

const entered = (r: repo.PerusalRecord): PerusalRow => ({ id: r.id, kind: r.kind, onDate: r.on_date, person: r.person, purpose: r.purpose, dueDate: r.due_date, source: 'entered' });

/**
 * The perusal log: the rows entered by hand and the viewings of the file in the app (read from the
 * audit log, where cadre:get records them), newest first. A viewing's id is its audit entry's id,
 * negated, so the two kinds never share an id.
 */
export async function perusals(ctx: ServiceContext, cadreId: number): Promise<PerusalRow[]> {
  await mustGetCadre(ctx, cadreId);
  const rows = (await repo.perusalsOf(ctx.db, cadreId)).map((r) => ({ row: entered(r), at: r.created_at }));
  const views = (await repo.viewingsOf(ctx.db, cadreId, VIEW_ACTION)).map((v) => ({
    row: { id: -v.id, kind: 'view' as const, onDate: v.at.slice(0, 10), person: v.display_name, purpose: null, dueDate: null, source: 'app' as const },
    at: v.at,
  }));
  return [...rows, ...views]
    .sort((a, b) => (a.row.onDate === b.row.onDate ? (a.at < b.at ? 1 : a.at > b.at ? -1 : 0) : a.row.onDate < b.row.onDate ? 1 : -1))
    .map((x) => x.row);
}

export async function logPerusal(ctx: ServiceContext, input: ParsedInput<'cadre:logPerusal'>): Promise<PerusalRow> {
  await mustGetCadre(ctx, input.cadreId);
  const purpose = input.purpose === null ? null : input.purpose.normalize('NFC').trim() || null;
  const row = { cadre_id: input.cadreId, kind: input.kind, on_date: input.onDate, person: cleanText(input.person), purpose, due_date: input.dueDate, created_at: ctx.now };
  const id = await repo.insertPerusal(ctx.db, row);
  const out = entered({ id, ...row });
  ctx.audit({ action: 'cadre.perusal.log', entity: 'cadre', entityId: input.cadreId, oldValues: null, newValues: { kind: out.kind, onDate: out.onDate, person: out.person, purpose: out.purpose, dueDate: out.dueDate } });
  return out;
}
