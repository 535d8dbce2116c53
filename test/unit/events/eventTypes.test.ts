import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVENT, eventTypeCodes } from '../../../shared/events/eventTypes.ts';
import { eventsEn, eventsVi } from '../../../renderer/src/screens/events/messages.ts';

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

  it('have a name in both languages of the interface: the catalogue\'s in Vietnamese, an English one', () => {
    const seedNames = new Map(
      csv
        .split(/\r?\n/)
        .slice(1)
        .filter((line) => line.trim() !== '')
        .map((line) => {
          const [code, name] = line.match(/("[^"]*"|[^,]*)/g)?.filter((_, i) => i % 2 === 0) ?? [];
          return [code ?? '', (name ?? '').replace(/^"|"$/g, '')] as const;
        }),
    );
    expect(Object.keys(eventsVi.types).sort()).toEqual([...eventTypeCodes].sort());
    expect(Object.keys(eventsEn.types).sort()).toEqual([...eventTypeCodes].sort());
    for (const code of eventTypeCodes) {
      expect(eventsVi.types[code], code).toBe(seedNames.get(code));
      expect(eventsEn.types[code], code).toMatch(/^[A-Z][A-Za-z ,()-]+$/);
    }
  });
});
