import { describe, expect, it } from 'vitest';
import { fullName } from '../../../../shared/kernel/text/names.ts';

describe('fullName', () => {
  it('joins family name, middle name and given name with single spaces', () => {
    expect(fullName({ familyName: 'Nguyễn', middleName: 'Văn', givenName: 'Nên' })).toBe('Nguyễn Văn Nên');
    expect(fullName({ familyName: 'Nguyễn', middleName: 'Thị Ngọc', givenName: 'Ánh' })).toBe('Nguyễn Thị Ngọc Ánh');
  });

  it('keeps compound family names whole', () => {
    expect(fullName({ familyName: 'Tôn Nữ', middleName: 'Thị', givenName: 'Hà' })).toBe('Tôn Nữ Thị Hà');
    expect(fullName({ familyName: 'Âu Dương', middleName: '', givenName: 'Phong' })).toBe('Âu Dương Phong');
    expect(fullName({ familyName: 'Ksor', middleName: '', givenName: 'Ní' })).toBe('Ksor Ní');
  });

  it('skips an empty or blank middle name without a double space', () => {
    expect(fullName({ familyName: 'Lê', middleName: '', givenName: 'Anh' })).toBe('Lê Anh');
    expect(fullName({ familyName: 'Lê', middleName: '   ', givenName: 'Anh' })).toBe('Lê Anh');
  });

  it('trims and collapses white space inside the parts', () => {
    expect(fullName({ familyName: ' Tôn  Nữ ', middleName: 'Thị\t', givenName: ' Hà' })).toBe('Tôn Nữ Thị Hà');
  });

  it('returns NFC text from decomposed parts', () => {
    const name = fullName({
      familyName: 'Nguyễn'.normalize('NFD'),
      middleName: 'Va\u0306n', // precomposed nowhere: a + combining breve
      givenName: 'Nên'.normalize('NFD'),
    });
    expect(name).toBe('Nguyễn Văn Nên');
    expect(name.normalize('NFC')).toBe(name);
    expect(name.length).toBe('Nguyễn Văn Nên'.length);
  });

  it('keeps apostrophes and case as entered', () => {
    expect(fullName({ familyName: "H'Nghia", middleName: '', givenName: 'Êban' })).toBe("H'Nghia Êban");
  });
});

describe('fullName with the family name last (Ê Đê names)', () => {
  it('puts the gender marker and given name first and a compound family name last', () => {
    const ngong = { familyName: 'Niê Kdăm', middleName: 'Y', givenName: 'Ngông' };
    expect(fullName(ngong, 'familyLast')).toBe('Y Ngông Niê Kdăm');
    // The same parts in the default order: the call sites that pass no order keep family-first names.
    expect(fullName(ngong)).toBe('Niê Kdăm Y Ngông');
    expect(fullName(ngong, 'familyFirst')).toBe('Niê Kdăm Y Ngông');
  });

  it('skips an empty or blank middle name without a double space', () => {
    expect(fullName({ familyName: 'Êban', middleName: '', givenName: "H'Nghia" }, 'familyLast')).toBe("H'Nghia Êban");
    expect(fullName({ familyName: 'Êban', middleName: '  ', givenName: "H'Nghia" }, 'familyLast')).toBe("H'Nghia Êban");
  });

  it('keeps several middle words in order and cleans white space and decomposed text', () => {
    expect(fullName({ familyName: ' Niê  Kdăm', middleName: 'Y \t', givenName: 'Ngông ' }, 'familyLast')).toBe('Y Ngông Niê Kdăm');
    expect(fullName({ familyName: 'Byă', middleName: 'H Mai', givenName: 'Lan' }, 'familyLast')).toBe('H Mai Lan Byă');
    const decomposed = fullName({ familyName: 'Niê Kdăm'.normalize('NFD'), middleName: 'Y', givenName: 'Ngông'.normalize('NFD') }, 'familyLast');
    expect(decomposed).toBe('Y Ngông Niê Kdăm');
    expect(decomposed.normalize('NFC')).toBe(decomposed);
  });

  it('leaves J\'rai names family first', () => {
    expect(fullName({ familyName: 'Ksor', middleName: '', givenName: 'Ní' }, 'familyFirst')).toBe('Ksor Ní');
  });
});
