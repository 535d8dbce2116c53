import type { ParsedInput } from '../../../shared/contract/methods.ts';
import { AppFailure } from '../../../shared/kernel/result.ts';
import { formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import { cleanText, searchKey, searchWords } from '../../../shared/kernel/text/normalise.ts';
import { cadreProblems as P } from '../../../shared/cadres/problems.ts';
import type { z } from 'zod';
import type { opinionRecord } from '../../../shared/cadres/schemas.ts';
import * as repo from '../../../db/repositories/cadres/opinions.ts';
import type { ServiceContext } from '../context.ts';
import { mustGetCadre } from './fileView.ts';

/** The opinions register (tham gia ý kiến): requests from central bodies about a person, and the replies. */

type OpinionRecord = z.output<typeof opinionRecord>;
type Fields = ParsedInput<'opinion:create'>;

const line = (v: string | null): string | null => (v === null ? null : cleanText(v) || null);
const block = (v: string | null): string | null => (v === null ? null : v.normalize('NFC').trim() || null);

const out = (r: repo.OpinionRecord): OpinionRecord => ({
  id: r.id,
  cadreId: r.cadre_id,
  personName: r.person_name,
  personPost: r.person_post,
  requestingBody: r.requesting_body,
  requestNo: r.request_no,
  receivedOn: r.received_on,
  subject: r.subject,
  reply: r.reply,
  replyNo: r.reply_no,
  repliedOn: r.replied_on,
  createdAt: r.created_at,
});

async function columns(ctx: ServiceContext, f: Fields) {
  if (f.cadreId !== null) await mustGetCadre(ctx, f.cadreId);
  if (f.repliedOn !== null && f.repliedOn < f.receivedOn) {
    const date = formatVi(f.receivedOn);
    throw new AppFailure('BAD_INPUT', P.replyBeforeReceived({ date }), { repliedOn: P.replyBeforeReceivedField({ date }) });
  }
  return {
    cadre_id: f.cadreId,
    person_name: cleanText(f.personName),
    person_post: line(f.personPost),
    requesting_body: cleanText(f.requestingBody),
    request_no: line(f.requestNo),
    received_on: f.receivedOn,
    subject: block(f.subject) ?? '',
    reply: block(f.reply),
    reply_no: line(f.replyNo),
    replied_on: f.repliedOn,
  };
}

function auditValues(r: OpinionRecord): Record<string, unknown> {
  const { id: _id, createdAt: _c, ...rest } = r;
  return rest;
}

async function mustGet(ctx: ServiceContext, id: number): Promise<repo.OpinionRecord> {
  const row = await repo.getOpinion(ctx.db, id);
  if (!row) throw new AppFailure('NOT_FOUND', P.opinionNotFound());
  return row;
}

export async function create(ctx: ServiceContext, input: Fields): Promise<OpinionRecord> {
  const id = await repo.insertOpinion(ctx.db, { ...(await columns(ctx, input)), created_at: ctx.now, updated_at: ctx.now });
  const created = out(await mustGet(ctx, id));
  ctx.audit({ action: 'opinion.create', entity: 'cadre_opinion', entityId: id, oldValues: null, newValues: auditValues(created) });
  return created;
}

export async function update(ctx: ServiceContext, input: ParsedInput<'opinion:update'>): Promise<OpinionRecord> {
  const old = out(await mustGet(ctx, input.id));
  await repo.updateOpinion(ctx.db, input.id, { ...(await columns(ctx, input)), updated_at: ctx.now });
  const now = out(await mustGet(ctx, input.id));
  const before = auditValues(old);
  const after = auditValues(now);
  const changed = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  if (changed.length > 0) {
    ctx.audit({
      action: 'opinion.update',
      entity: 'cadre_opinion',
      entityId: input.id,
      oldValues: Object.fromEntries(changed.map((k) => [k, before[k]])),
      newValues: Object.fromEntries(changed.map((k) => [k, after[k]])),
    });
  }
  return now;
}

/**
 * The register of a year (or all), newest first; `query` words must each start a word of the person's
 * name, post, the requesting body or the subject (folded); `pending`: no reply yet.
 */
export async function list(ctx: ServiceContext, input: ParsedInput<'opinion:list'>): Promise<{ rows: OpinionRecord[]; total: number }> {
  const words = searchWords(input.query);
  let rows = await repo.opinionsReceived(ctx.db, { year: input.year, pending: input.pending });
  if (words.length > 0) {
    rows = rows.filter((r) => {
      const hay = ` ${searchKey([r.person_name, r.person_post ?? '', r.requesting_body, r.request_no ?? '', r.subject].join(' '))}`;
      return words.every((w) => hay.includes(` ${w}`));
    });
  }
  return { rows: rows.slice(input.offset, input.offset + input.limit).map(out), total: rows.length };
}
