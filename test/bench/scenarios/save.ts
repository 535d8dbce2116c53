/** Saving one member through member:create: validation, transaction, audit entry, durable commit. */
import type { Core } from '../../../electron/core/types.ts';
import type { Connection } from '../../../db/connection.ts';
import { NamePicker } from '../../../electron/services/system/demo/names.ts';
import { Random } from '../../../electron/services/system/demo/random.ts';
import { BENCH_NOTE, call } from '../core.ts';
import { against, summarize, timed, type Summary } from '../measure.ts';
import { citizenIdExists, holderIds } from '../sample.ts';

export const SAVE_TARGET_P95_MS = 5;
/** Citizen-ID province code the bench uses (Cà Mau), outside the demo province's codes. */
const BENCH_PROVINCE_CODE = '096';

function memberInput(rng: Random, names: NamePicker, organisationId: number, taken: (id: string) => boolean, used: Set<string>) {
  const sex = rng.chance(0.35) ? 'F' : 'M';
  const name = names.person(rng, sex, '1');
  const year = rng.int(1960, 2000);
  const birthDate = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const admissionYear = year + rng.int(19, 24);
  const admissionDate = `${admissionYear}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(10, 28)).padStart(2, '0')}`;
  let citizenId: string;
  do {
    const digit = (year >= 2000 ? 2 : 0) + (sex === 'F' ? 1 : 0);
    citizenId = `${BENCH_PROVINCE_CODE}${digit}${String(year % 100).padStart(2, '0')}${String(rng.int(0, 999_999)).padStart(6, '0')}`;
  } while (used.has(citizenId) || taken(citizenId));
  used.add(citizenId);
  return {
    familyName: name.familyName,
    middleName: name.middleName,
    givenName: name.givenName,
    sex,
    birthDate,
    ethnicCode: '1',
    religionCode: 'NONE',
    citizenId,
    organisationId,
    admissionDate,
    admissionDecisionDate: `${admissionDate.slice(0, 8)}0${rng.int(1, 9)}`,
    fullMemberDate: `${admissionYear + 1}${admissionDate.slice(4)}`,
    generalEducation: '12/12',
    occupationCode: 'STATE_CIVIL_SERVANT',
    notes: BENCH_NOTE,
  };
}

export async function saves(core: Core, conn: Connection, seed: number, n: number): Promise<Summary & { target: { stat: 'p95'; ms: number }; pass: boolean }> {
  const rng = new Random(seed * 31 + 3 + Date.now() % 1000);
  const holders = holderIds(conn);
  if (holders.length === 0) throw new Error('no cell to save members into');
  const names = new NamePicker();
  const taken = citizenIdExists(conn);
  const used = new Set<string>();
  const inputs = Array.from({ length: n + 3 }, () => memberInput(rng, names, rng.pick(holders), taken, used));
  for (const input of inputs.slice(0, 3)) await call(core, 'member:create', input); // warm-up, not counted
  const samples: number[] = [];
  for (const input of inputs.slice(3)) samples.push((await timed(() => call(core, 'member:create', input))).ms);
  return against(summarize(samples), 'p95', SAVE_TARGET_P95_MS);
}
