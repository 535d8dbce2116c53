import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVENT, eventTypeCodes } from '../../../shared/events/eventTypes.ts';

const csv = readFileSync(fileURLToPath(new URL('../../../db/seed/csv/member-events.csv', import.meta.url)), 'utf8');
const seedCodes = csv
  .split(/\r?\n/)
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => line.split(',')[0] as string);

describe('event-type constants', () => {
  it('are exactly the codes of the seed catalogue (db/seed/csv/member-events.csv)', () => {
    expect([...eventTypeCodes].sort()).toEqual([...seedCodes].sort());
  });

  it('name each code by itself', () => {
    for (const [name, code] of Object.entries(EVENT)) expect(code).toBe(name);
  });
});
