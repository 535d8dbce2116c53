import { describe, expect, it } from 'vitest';
import { Random } from '../../../../electron/services/system/demo/random.ts';
import { planProvince, type PlannedOrg } from '../../../../electron/services/system/demo/tree.ts';

const count = (orgs: PlannedOrg[], ...types: string[]) => orgs.filter((o) => types.includes(o.typeCode)).length;

describe('planProvince', () => {
  it('sizes a 500,000-member province like a merged province', () => {
    const plan = planProvince(new Random(2025), 500_000);
    const orgs = plan.organisations;
    expect(count(orgs, 'PROVINCE')).toBe(1);
    expect(count(orgs, 'UPPER')).toBe(4);
    const upper = count(orgs, 'UPPER', 'COMMUNE');
    expect(upper).toBeGreaterThanOrEqual(140);
    expect(upper).toBeLessThanOrEqual(160);
    const grassroots = count(orgs, 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL');
    expect(grassroots).toBeGreaterThanOrEqual(2300);
    expect(grassroots).toBeLessThanOrEqual(2700);
    const committeeShare = count(orgs, 'GRASSROOTS_COMMITTEE') / grassroots;
    expect(committeeShare).toBeGreaterThan(0.2);
    expect(committeeShare).toBeLessThan(0.3);
    expect(count(orgs, 'CELL')).toBeGreaterThanOrEqual(18_000);
    expect(count(orgs, 'CELL')).toBeLessThanOrEqual(22_000);
    expect(count(orgs, 'SUB_COMMITTEE')).toBeGreaterThan(50);
    expect(plan.holders.reduce((a, o) => a + o.members, 0)).toBe(500_000);
    for (const o of orgs) if (o.typeCode === 'GRASSROOTS_CELL') expect(o.members).toBeLessThan(30);
    for (const o of orgs) if (!['CELL', 'GRASSROOTS_CELL'].includes(o.typeCode)) expect(o.members).toBe(0);
  });

  it('names sector committees as in the 2025 organisation and keeps names unique among siblings', () => {
    const plan = planProvince(new Random(9), 200_000);
    const names = plan.organisations.filter((o) => o.typeCode === 'UPPER').map((o) => o.name);
    expect(names).toEqual(['Đảng bộ Các cơ quan Đảng tỉnh', 'Đảng bộ Ủy ban nhân dân tỉnh', 'Đảng bộ Quân sự tỉnh', 'Đảng bộ Công an tỉnh']);
    const siblings = new Map<number, Set<string>>();
    for (const o of plan.organisations) {
      if (o.parentId === null) continue;
      const set = siblings.get(o.parentId) ?? new Set<string>();
      expect(set.has(o.name), o.name).toBe(false);
      set.add(o.name);
      siblings.set(o.parentId, set);
    }
    const communes = plan.organisations.filter((o) => o.typeCode === 'COMMUNE');
    expect(communes.some((c) => c.unitTypeCode === 'PHUONG')).toBe(true);
    expect(communes.filter((c) => c.unitTypeCode === 'XA').length).toBeGreaterThan(communes.length / 2);
    expect(plan.organisations.some((o) => /^Chi bộ (thôn|xóm) /.test(o.name))).toBe(true);
    expect(plan.organisations.some((o) => /^Chi bộ (Tổ dân phố|Khu dân cư) số \d+$/.test(o.name))).toBe(true);
    expect(plan.organisations.some((o) => /^Chi bộ Trường (Tiểu học|THCS|Mầm non) /.test(o.name))).toBe(true);
  });

  it('assigns ids in depth-first order with paths and admission bodies', () => {
    const plan = planProvince(new Random(5), 20_000);
    plan.organisations.forEach((o, i) => {
      expect(o.id).toBe(i + 1);
      if (o.parentId !== null) expect(o.parentId).toBeLessThan(o.id);
      if (o.depth >= 1) expect(o.body, o.name).not.toBeNull();
    });
    const holder = plan.holders.find((h) => h.locality.commune !== null) as PlannedOrg;
    expect(holder.body?.current.name).toMatch(/^Đảng ủy (xã|phường) /);
    expect(holder.body?.historic.name).toMatch(/^(Huyện|Thành|Thị) ủy /);
  });

  it('is deterministic', () => {
    expect(planProvince(new Random(77), 30_000)).toEqual(planProvince(new Random(77), 30_000));
  });
});
