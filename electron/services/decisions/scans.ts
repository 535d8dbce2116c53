/**
 * The scan of a signed decision (issue 9 §2, optional): one file per decision, a PDF or an image
 * checked by its first bytes (not by the name the clerk's file has), replaced by a new one. Opening
 * a scan is recorded like opening a file (data-protection.md); the audit keeps a hash, not the bytes.
 */
import { createHash } from 'node:crypto';
import type { ParsedInput } from '../../../shared/contract/methods.ts';
import { MAX_SCAN_BYTES } from '../../../shared/decisions/schemas.ts';
import { decisionProblems as P } from '../../../shared/decisions/problems.ts';
import { AppFailure } from '../../../shared/kernel/result.ts';
import * as repo from '../../../db/repositories/decisions/decisions.ts';
import type { ServiceContext } from '../context.ts';
import { sniffImage } from '../memberFile/memberFile.ts';

function sniff(bytes: Uint8Array): string | null {
  if (bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d) return 'application/pdf';
  return sniffImage(bytes);
}

async function mustExist(ctx: ServiceContext, id: number) {
  const d = await repo.getDecision(ctx.db, id);
  if (!d) throw new AppFailure('NOT_FOUND', P.notFound());
  return d;
}

export async function setScan(ctx: ServiceContext, input: ParsedInput<'decision:setScan'>) {
  const d = await mustExist(ctx, input.decisionId);
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length > MAX_SCAN_BYTES) {
    const problem = P.scanTooLarge({ mb: (bytes.length / 1024 / 1024).toFixed(1) });
    throw new AppFailure('BAD_INPUT', problem, { base64: problem });
  }
  const mime = sniff(bytes);
  if (mime === null || mime !== input.mime) {
    const problem = P.scanNotPdfOrImage();
    throw new AppFailure('BAD_INPUT', problem, { base64: problem });
  }
  const before = await repo.scanInfoOf(ctx.db, d.id);
  const row = { file_name: input.fileName.normalize('NFC'), mime, bytes, created_at: ctx.now };
  await repo.replaceScan(ctx.db, d.id, row);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  ctx.audit({
    action: 'decision.scan.set',
    entity: 'decision',
    entityId: d.id,
    oldValues: before ? { fileName: before.file_name, mime: before.mime, bytes: before.size } : null,
    newValues: { fileName: row.file_name, mime, bytes: bytes.length, sha256 },
  });
  return { fileName: row.file_name, mime, bytes: bytes.length, createdAt: ctx.now };
}

export async function getScan(ctx: ServiceContext, id: number) {
  await mustExist(ctx, id);
  const scan = await repo.scanOf(ctx.db, id);
  if (!scan) return null;
  ctx.audit({ action: 'decision.scan.view', entity: 'decision', entityId: id, oldValues: null, newValues: null });
  const data = Buffer.from(scan.bytes);
  return { fileName: scan.file_name, mime: scan.mime, bytes: data.length, createdAt: scan.created_at, base64: data.toString('base64') };
}

/** What decision:get says of the scan (no bytes). */
export async function scanInfo(ctx: ServiceContext, id: number) {
  const s = await repo.scanInfoOf(ctx.db, id);
  return s ? { fileName: s.file_name, mime: s.mime, bytes: s.size, createdAt: s.created_at } : null;
}
