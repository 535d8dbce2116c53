import { describe, expect, it } from 'vitest';
import { KINH_FAMILY_NAMES, NamePicker } from '../../../../electron/services/system/demo/names.ts';
import { Random } from '../../../../electron/services/system/demo/random.ts';

describe('NamePicker', () => {
  const picker = new NamePicker();

  it('draws Kinh family names with realistic shares', () => {
    const r = new Random(1);
    const counts = new Map<string, number>();
    const n = 40_000;
    for (let i = 0; i < n; i++) {
      const f = picker.familyName(r, '1');
      counts.set(f, (counts.get(f) ?? 0) + 1);
    }
    const share = (name: string) => (counts.get(name) ?? 0) / n;
    expect(share('Nguyễn')).toBeGreaterThan(0.37);
    expect(share('Nguyễn')).toBeLessThan(0.44);
    expect(share('Trần')).toBeGreaterThan(0.09);
    expect(share('Lê')).toBeGreaterThan(0.08);
    expect(share('Phạm')).toBeGreaterThan(0.055);
    expect(share('Hoàng') + share('Huỳnh')).toBeGreaterThan(0.04);
    expect(counts.size).toBeGreaterThan(30);
  });

  it('uses the family names of minorities for their members', () => {
    const r = new Random(2);
    const hmong = new Set(Array.from({ length: 500 }, () => picker.familyName(r, '8')));
    expect(hmong).toContain('Giàng');
    expect(hmong).not.toContain('Nguyễn');
    const muong = Array.from({ length: 1000 }, () => picker.familyName(r, '6'));
    expect(muong.filter((f) => f === 'Bùi' || f === 'Đinh').length / 1000).toBeGreaterThan(0.5);
  });

  it('draws middle names by sex: Thị for most women, Văn for many men, sometimes two words or none', () => {
    const r = new Random(3);
    const women = Array.from({ length: 5000 }, () => picker.person(r, 'F', '1'));
    const men = Array.from({ length: 5000 }, () => picker.person(r, 'M', '1'));
    expect(women.filter((p) => p.middleName.startsWith('Thị')).length / 5000).toBeGreaterThan(0.45);
    expect(men.some((p) => p.middleName.startsWith('Thị'))).toBe(false);
    expect(men.filter((p) => p.middleName === 'Văn').length / 5000).toBeGreaterThan(0.25);
    expect(women.some((p) => p.middleName.includes(' '))).toBe(true);
    expect([...women, ...men].some((p) => p.middleName === '')).toBe(true);
  });

  it('never repeats the last middle word as the given name, and writes NFC', () => {
    const r = new Random(4);
    for (let i = 0; i < 20_000; i++) {
      const p = picker.person(r, i % 2 === 0 ? 'M' : 'F', i % 7 === 0 ? '8' : '1');
      expect(p.givenName).not.toBe(p.middleName.split(' ').pop());
      for (const part of [p.familyName, p.middleName, p.givenName]) expect(part).toBe(part.normalize('NFC'));
    }
  });

  it('keeps every name in the tables in NFC', () => {
    for (const [name] of KINH_FAMILY_NAMES) expect(name).toBe(name.normalize('NFC'));
  });
});
