import type { Output } from '../../../shared/contract/methods.ts';
import { cleanDigits } from '../../../shared/kernel/ids/identifiers.ts';
import { addMonths, endOfMonth } from '../../../shared/kernel/dates/dayMath.ts';
import { addYears } from '../../../shared/kernel/dates/partialDate.ts';
import { searchKey, searchWords } from '../../../shared/kernel/text/normalise.ts';
import type { CadreListInput, CadreListRow, ManagementTier } from '../../../shared/cadres/schemas.ts';
import { cadreCandidates, cadrePage, cadreRowsByIds, plannedAmong, postTexts, type CadreListRecord, type CadreListSpec } from '../../../db/repositories/cadres/cadreList.ts';
import { educationLevels } from '../../../db/repositories/cadres/cadreRows.ts';
import { graduatedLevels } from '../../../db/repositories/cadres/training.ts';
import type { ServiceContext } from '../context.ts';
import { birthRangeForAges } from '../members/members.ts';
import { highestLevel, retirementOf } from './fileView.ts';

/**
 * The cadre list: name words (folded, as for members) or a citizen ID, and the filters of
 * cadreListInput, in the official order. Filters SQL can answer run there; the post words, the
 * political theory held (derived from the courses) and the retirement window are checked here on
 * the few thousand rows SQL answers.
 */

/**
 * A LIKE pattern every NFC spelling of a folded word matches: each letter that folds from marked
 * letters (a, e, i, o, u, y, d) may be any one character (SQLite's LIKE ignores case for ASCII only).
 */
const likePattern = (word: string) => `%${word.replace(/[aeiouyd]/g, '_')}%`;

/** The youngest anyone retires at, in whole years (rounded down). */
const MIN_RETIREMENT_YEARS = 50;

/** Folded text of posts: titles repeat across files, so each is folded once per process. */
const folded = new Map<string, string>();
function fold(text: string): string {
  let f = folded.get(text);
  if (f === undefined) {
    if (folded.size > 50_000) folded.clear();
    f = ` ${searchKey(text)}`;
    folded.set(text, f);
  }
  return f;
}

export async function list(ctx: ServiceContext, q: CadreListInput): Promise<Output<'cadre:list'>> {
  const year = Number(ctx.today.slice(0, 4));
  const digits = cleanDigits(q.query);
  const isDigits = /^\d{3,12}$/.test(digits) && /^[\d\s.-]+$/.test(q.query);
  const range = q.ageFrom !== null || q.ageTo !== null ? birthRangeForAges(ctx.today, q.ageFrom ?? 0, q.ageTo) : null;
  const spec: CadreListSpec = {
    words: isDigits ? [] : searchWords(q.query),
    digits: isDigits ? digits : null,
    tier: q.tier,
    status: q.status === 'all' ? null : q.status,
    sex: q.sex,
    birthAfter: range?.after ?? null,
    birthOnOrBefore: range?.onOrBefore ?? null,
    postPatterns: searchWords(q.post).map(likePattern),
    theoryHeld: q.politicalTheoryCode,
    planned: q.planning === 'any' ? null : { inCycleEndingFrom: year, planned: q.planning === 'planned' },
  };
  const theoryOrder = await educationLevels(ctx.db, 'political_theory');
  const postWords = searchWords(q.post);
  const needsRows = postWords.length > 0 || q.politicalTheoryCode !== null || q.retiringWithinMonths !== null;

  let page: CadreListRecord[];
  let total: number;
  if (!needsRows) {
    const r = await cadrePage(ctx.db, spec, q.offset, q.limit);
    page = r.rows;
    total = r.total;
  } else {
    if (q.retiringWithinMonths !== null) {
      // Nobody retires before 50 years 4 months (55y4m, 5 years earlier for special groups): older rows only.
      const bound = addYears(addMonths(ctx.today, q.retiringWithinMonths), -MIN_RETIREMENT_YEARS);
      if (spec.birthOnOrBefore === null || bound < spec.birthOnOrBefore) spec.birthOnOrBefore = bound;
    }
    let rows = await cadreCandidates(ctx.db, spec);
    if (postWords.length > 0) {
      const posts = await postTexts(ctx.db, rows.map((r) => r.id));
      rows = rows.filter((r) => {
        const hay = [r.main_post ?? '', r.main_unit ?? '', ...(posts.get(r.id) ?? [])].map(fold).join('');
        return postWords.every((w) => hay.includes(` ${w}`));
      });
    }
    if (q.politicalTheoryCode !== null) {
      const code = q.politicalTheoryCode;
      const held = groupLevels(await graduatedLevels(ctx.db, 'politicalTheory', rows.map((r) => r.id)));
      rows = rows.filter((r) => highestLevel(r.political_theory_code, held.get(r.id) ?? [], theoryOrder) === code);
    }
    if (q.retiringWithinMonths !== null) {
      const until = endOfMonth(addMonths(ctx.today, q.retiringWithinMonths));
      // Still working past the date counts (the decision is overdue); a retired file only when ahead.
      rows = rows.filter((r) => {
        const date = retirementOf({ sex: r.sex, birthDate: r.birth_date }, r.retirement_adjust_months).date;
        return date <= until && (date >= ctx.today || r.status === 'working');
      });
    }
    total = rows.length;
    page = await cadreRowsByIds(ctx.db, rows.slice(q.offset, q.offset + q.limit).map((r) => r.id));
  }
  const theoryOf = groupLevels(await graduatedLevels(ctx.db, 'politicalTheory', page.map((p) => p.id)));
  const planned = await plannedAmong(ctx.db, page.map((p) => p.id), year);
  const out: CadreListRow[] = page.map((r) => ({
    id: r.id,
    memberId: r.member_id,
    fullName: r.full_name,
    sex: r.sex,
    birthDate: r.birth_date,
    mainPost: r.main_post,
    mainUnit: r.main_unit,
    managementTier: r.management_tier as ManagementTier,
    status: r.status,
    politicalTheoryCode: highestLevel(r.political_theory_code, theoryOf.get(r.id) ?? [], theoryOrder),
    retirementDate: retirementOf({ sex: r.sex, birthDate: r.birth_date }, r.retirement_adjust_months).date,
    planned: planned.has(r.id),
  }));
  return { rows: out, total };
}

function groupLevels(rows: readonly { cadre_id: number; level_code: string }[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const r of rows) out.set(r.cadre_id, [...(out.get(r.cadre_id) ?? []), r.level_code]);
  return out;
}
