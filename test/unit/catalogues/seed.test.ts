import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CatalogueSeed } from '../../../db/seed/catalogueSeed.ts';
import { catalogues } from '../../../db/seed/catalogues-2026-11.ts';
import { parseCatalogueCsv } from '../../../db/seed/parseCsv.ts';

const seedDir = fileURLToPath(new URL('../../../db/seed/', import.meta.url));
const csvDir = fileURLToPath(new URL('../../../db/seed/csv/', import.meta.url));

const csvFiles = readdirSync(csvDir)
  .filter((f) => f.endsWith('.csv'))
  .sort();
const tableOf = (file: string): string => `cat_${file.replace(/\.csv$/, '').replace(/-/g, '_')}`;

function catalogue(table: string): CatalogueSeed {
  const found = catalogues.find((c) => c.table === table);
  if (!found) throw new Error(`no catalogue ${table} in the frozen module`);
  return found;
}
function column(c: CatalogueSeed, name: string): (string | number | null)[] {
  const i = c.columns.findIndex((col) => col.name === name);
  if (i < 0) throw new Error(`${c.table} has no column ${name}`);
  return c.rows.map((r) => r[i] ?? null);
}
function row(c: CatalogueSeed, code: string): Record<string, string | number | null> {
  const r = c.rows[column(c, 'code').indexOf(code)];
  if (!r) throw new Error(`${c.table} has no row ${code}`);
  return Object.fromEntries(c.columns.map((col, i) => [col.name, r[i] ?? null]));
}

describe('frozen catalogue edition 2026-11', () => {
  it('is the newest edition (point this test at a newer one when it is added)', () => {
    const editions = readdirSync(seedDir)
      .filter((f) => /^catalogues-\d{4}-\d{2}\.ts$/.test(f))
      .sort();
    expect(editions.at(-1)).toBe('catalogues-2026-11.ts');
  });

  it('has one catalogue per CSV file, in file order', () => {
    expect(csvFiles.length).toBeGreaterThanOrEqual(13);
    expect(catalogues.map((c) => c.table)).toEqual(csvFiles.map(tableOf));
  });

  it.each(csvFiles)('equals parseCatalogueCsv of %s', (file) => {
    const parsed = parseCatalogueCsv(file.replace(/\.csv$/, ''), readFileSync(`${csvDir}${file}`, 'utf8'));
    expect(catalogue(tableOf(file))).toEqual(parsed);
  });
});

describe('catalogue tables', () => {
  it.each(catalogues.map((c) => [c.table, c] as const))('%s: rows fit the columns and the primary key is unique and present', (_table, c) => {
    expect(c.rows.length).toBeGreaterThan(0);
    for (const r of c.rows) expect(r).toHaveLength(c.columns.length);
    expect(new Set(c.columns.map((col) => col.name)).size).toBe(c.columns.length);
    expect(c.primaryKey.length).toBeGreaterThan(0);
    const keyColumns = c.primaryKey.map((name) => column(c, name));
    const keys = c.rows.map((_, i) => JSON.stringify(keyColumns.map((values) => values[i])));
    for (const values of keyColumns) expect(values).not.toContain(null);
    expect(new Set(keys).size).toBe(c.rows.length);
  });

  it('declares the primary keys the schema expects', () => {
    const keys = Object.fromEntries(catalogues.map((c) => [c.table, c.primaryKey]));
    expect(keys).toEqual({
      cat_action_types: ['code'],
      cat_badge_milestones: ['years'],
      cat_discipline_levels: ['code'],
      cat_education: ['kind', 'code'],
      cat_ethnic_groups: ['code'],
      cat_member_events: ['code'],
      cat_occupations: ['code'],
      cat_organisation_types: ['code'],
      cat_rating_categories: ['regime', 'applies_to', 'code'],
      cat_rating_regimes: ['regime'],
      cat_religions: ['code'],
      cat_report_bands: ['kind', 'code'],
      cat_unit_types: ['code'],
    });
  });

  it('keeps codes as text, even when they are digits', () => {
    for (const c of catalogues) {
      for (const col of c.columns.filter((x) => x.name === 'code')) {
        expect(col.type, c.table).toBe('TEXT');
        for (const v of column(c, 'code')) expect(typeof v, `${c.table}.code ${String(v)}`).toBe('string');
      }
    }
    const ethnic = catalogue('cat_ethnic_groups');
    expect(row(ethnic, '1')).toEqual({ code: '1', name: 'Kinh', minority: 0 });
    expect(column(ethnic, 'code').every((v) => typeof v === 'string' && /^\d+$/.test(v))).toBe(true);
    // Report band codes such as "18-30" stay text too.
    expect(column(catalogue('cat_report_bands'), 'code')).toContain('18-30');
  });

  it('turns yes/no into 1/0 in INTEGER columns', () => {
    const yesNo: [string, string][] = [
      ['cat_ethnic_groups', 'minority'],
      ['cat_organisation_types', 'grassroots'],
    ];
    for (const [table, name] of yesNo) {
      const c = catalogue(table);
      expect(c.columns.find((col) => col.name === name)?.type, `${table}.${name}`).toBe('INTEGER');
      const values = column(c, name);
      expect(new Set(values), `${table}.${name}`).toEqual(new Set([0, 1]));
    }
    expect(row(catalogue('cat_ethnic_groups'), '2')).toMatchObject({ name: 'Tày', minority: 1 });
    expect(row(catalogue('cat_organisation_types'), 'PROVINCE')).toMatchObject({ grassroots: 0 });
    expect(row(catalogue('cat_organisation_types'), 'GRASSROOTS_COMMITTEE')).toMatchObject({ grassroots: 1 });
  });

  it('has no "yes"/"no" text left anywhere', () => {
    for (const c of catalogues) for (const r of c.rows) for (const v of r) expect(v === 'yes' || v === 'no', c.table).toBe(false);
  });

  it('types numbers, reals and empty cells', () => {
    const badges = catalogue('cat_badge_milestones');
    expect(badges.columns).toEqual([
      { name: 'years', type: 'INTEGER' },
      { name: 'early_months_ill', type: 'INTEGER' },
      { name: 'gift_multiple_of_base_salary', type: 'REAL' },
    ]);
    expect(badges.rows[0]).toEqual([30, 12, 1.5]);
    expect(badges.rows.find((r) => r[0] === 45)).toEqual([45, 12, null]);
    const actions = catalogue('cat_action_types');
    expect(row(actions, 'APPOINT')).toEqual({ code: 'APPOINT', name: 'Bổ nhiệm', english: 'appointment to a post', term_months: 60 });
    expect(row(actions, 'RECRUIT').term_months).toBeNull();
  });

  it('stores text in NFC', () => {
    for (const c of catalogues) {
      for (const r of c.rows) for (const v of r) if (typeof v === 'string') expect(v.normalize('NFC'), c.table).toBe(v);
    }
  });
});

describe('parseCatalogueCsv', () => {
  it('parses quoted cells, types columns and normalises to NFC', () => {
    const csv = 'code,name,flag,count,ratio\r\n01,"Kinh, Việt",yes,3,1.5\r\n02,' + 'Tày'.normalize('NFD') + ',no,,2\r\n';
    expect(parseCatalogueCsv('test-things', csv)).toEqual({
      table: 'cat_test_things',
      columns: [
        { name: 'code', type: 'TEXT' },
        { name: 'name', type: 'TEXT' },
        { name: 'flag', type: 'INTEGER' },
        { name: 'count', type: 'INTEGER' },
        { name: 'ratio', type: 'REAL' },
      ],
      primaryKey: ['code'],
      rows: [
        ['01', 'Kinh, Việt', 1, 3, 1.5],
        ['02', 'Tày', 0, null, 2],
      ],
    });
  });

  it('refuses an empty catalogue', () => {
    expect(() => parseCatalogueCsv('empty', '')).toThrow(/empty catalogue/);
  });
});
