/**
 * Every audit action the services write, and every entity, has a label in the clerk's words
 * (renderer/src/screens/system/auditMessages.ts). The services' sources are scanned, so a new action written
 * without a label fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../../shared/contract/index.ts';
import { cadreTableNames } from '../../../shared/cadres/schemas.ts';
import { fileTables } from '../../../shared/memberFile/schemas.ts';
import { auditActionLabel, auditEntityLabel } from '../../../renderer/src/screens/system/auditLabels.ts';
import { en } from '../../../renderer/src/i18n/en.ts';
import { vi } from '../../../renderer/src/i18n/vi.ts';

const services = fileURLToPath(new URL('../../../electron/services', import.meta.url));

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourcesUnder(path);
    return d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

const sources = sourcesUnder(services);
const found = (pattern: RegExp): string[] => [...new Set(sources.flatMap((s) => [...s.matchAll(pattern)].map((m) => m[1] ?? '')))].sort();
const literalActions = found(/\baction:\s*['"]([^'"]+)['"]/g);
const templateActions = found(/\baction:\s*`([^`]+)`/g);
const literalEntities = found(/\bentity:\s*['"]([^'"]+)['"]/g);

/** The actions built from a template, with every value the placeholder takes. */
const rowChanges = ['create', 'update', 'delete'] as const; // actionOf in electron/services/ratings/ratingEntries.ts
const TEMPLATES: Record<string, readonly string[]> = {
  'member.${table}.save': fileTables.map((table) => `member.${table}.save`),
  'cadre.${table}.save': cadreTableNames.map((table) => `cadre.${table}.save`),
  'rating.${action}': rowChanges.map((a) => `rating.${a}`),
  'organisationRating.${action}': rowChanges.map((a) => `organisationRating.${a}`),
};

let tVi: TFunction;
let tEn: TFunction;

beforeAll(async () => {
  const make = async (lng: 'vi' | 'en') => {
    const instance = i18next.createInstance();
    await instance.init({ resources: { vi: { translation: vi }, en: { translation: en } }, lng, fallbackLng: false, initAsync: false });
    return instance.t;
  };
  tVi = await make('vi');
  tEn = await make('en');
});

describe('audit labels', () => {
  it('finds the actions and entities the services write (the scan itself works)', () => {
    expect(literalActions).toEqual(expect.arrayContaining(['event.record', 'member.byEvent', 'badge.decide', 'member.file.view', 'system.backup', 'organisation.merge']));
    expect(literalActions.length).toBeGreaterThan(25);
    expect(templateActions.length).toBeGreaterThan(0);
    expect(literalEntities).toEqual(expect.arrayContaining(['member', 'member_event', 'member_rating']));
  });

  it('labels every literal action written in electron/services, in Vietnamese and English', () => {
    const unlabelled = literalActions.filter((a) => auditActionLabel(tVi, a) === a || auditActionLabel(tEn, a) === a);
    expect(unlabelled).toEqual([]);
  });

  it('knows every action built from a template, and labels each value it takes', () => {
    expect(templateActions.filter((tpl) => !Object.hasOwn(TEMPLATES, tpl))).toEqual([]);
    const built = Object.values(TEMPLATES).flat();
    expect(built).toContain('member.workHistory.save');
    expect(built.filter((a) => auditActionLabel(tVi, a) === a || auditActionLabel(tEn, a) === a)).toEqual([]);
  });

  it('uses the words of the domain', () => {
    expect(auditActionLabel(tVi, 'event.record')).toBe('Ghi sự kiện');
    expect(auditActionLabel(tVi, 'member.byEvent')).toBe('Cập nhật theo sự kiện');
    expect(auditActionLabel(tVi, 'rating.create')).toBe('Ghi xếp loại chất lượng');
    expect(auditActionLabel(tVi, 'badge.decide')).toBe('Ghi quyết định tặng Huy hiệu');
    expect(auditActionLabel(tVi, 'member.file.view')).toBe('Xem hồ sơ đảng viên');
    expect(auditActionLabel(tVi, 'system.backup')).toBe('Sao lưu dữ liệu');
    expect(auditActionLabel(tVi, 'member.family.save')).toBe('Sửa quan hệ gia đình');
    expect(auditActionLabel(tEn, 'event.record')).toBe('Event recorded');
    expect(auditEntityLabel(tVi, 'member_rating')).toBe('Xếp loại đảng viên');
    // Issue 9: viewing a cadre file is itself logged (cadre:get), under either spelling of its code.
    expect(auditActionLabel(tVi, 'cadre:view')).toBe('Xem hồ sơ cán bộ');
    expect(auditActionLabel(tVi, 'cadre.view')).toBe('Xem hồ sơ cán bộ');
    expect(auditActionLabel(tEn, 'cadre:view')).toBe('Cadre file viewed');
    expect(auditActionLabel(tVi, 'cadre.salary.save')).toBe('Sửa diễn biến lương');
    for (const e of ['cadre', 'decision', 'action', 'opinion', 'training', 'personnel_action', 'cadre_perusal']) expect(auditEntityLabel(tEn, e)).not.toBe(e);
  });

  it('labels every entity written in electron/services', () => {
    expect(literalEntities.filter((e) => auditEntityLabel(tVi, e) === e || auditEntityLabel(tEn, e) === e)).toEqual([]);
  });

  it('shows a write audited under its method name (no entry of its own) by the contract summary and domain', () => {
    const writes = methodNames.filter((m) => contract[m].writes);
    expect(auditActionLabel(tVi, 'member:create')).toBe('Thêm đảng viên');
    for (const m of writes) expect(auditActionLabel(tVi, m)).toBe(contract[m].summary);
    const domains = [...new Set(writes.map((m) => m.split(':')[0] ?? m))];
    expect(domains.filter((d) => auditEntityLabel(tVi, d) === d)).toEqual([]);
  });

  it('shows an unknown code, or a branch of the catalogue, as recorded', () => {
    expect(auditActionLabel(tVi, 'thing.unheardOf')).toBe('thing.unheardOf');
    expect(auditActionLabel(tVi, 'member.photo')).toBe('member.photo');
    expect(auditActionLabel(tVi, 'toString')).toBe('toString');
    expect(auditEntityLabel(tVi, 'some_table')).toBe('some_table');
  });
});
