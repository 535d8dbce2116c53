import { describe, expect, it } from 'vitest';
import { cleanText, searchKey, searchWords, upperVi } from '../../../../shared/kernel/text/normalise.ts';

/** Every Vietnamese vowel with every tone, lower case, grouped by the plain letter it folds to. */
const VOWELS: Record<string, string> = {
  a: 'aàảãáạăằẳẵắặâầẩẫấậ',
  e: 'eèẻẽéẹêềểễếệ',
  i: 'iìỉĩíị',
  o: 'oòỏõóọôồổỗốộơờởỡớợ',
  u: 'uùủũúụưừửữứự',
  y: 'yỳỷỹýỵ',
};

describe('searchKey', () => {
  it('folds a name to lower case without marks', () => {
    expect(searchKey('Nguyễn Văn Nên')).toBe('nguyen van nen');
    expect(searchKey('NGUYỄN VĂN NÊN')).toBe('nguyen van nen');
    expect(searchKey('Trần Thị Hương')).toBe('tran thi huong');
  });

  it('turns đ and Đ into d (decomposition alone does not)', () => {
    expect('đ'.normalize('NFD')).toBe('đ'); // the reason it needs handling
    expect(searchKey('Đặng Đình Đức')).toBe('dang dinh duc');
    expect(searchKey('đ')).toBe('d');
    expect(searchKey('Đ')).toBe('d');
    expect(searchKey('Bùi Thị Đào')).toBe('bui thi dao');
  });

  it('folds every vowel with every tone and modifier, in both cases', () => {
    for (const [plain, forms] of Object.entries(VOWELS)) {
      expect(searchKey(forms)).toBe(plain.repeat([...forms].length));
      expect(searchKey(forms.toUpperCase())).toBe(plain.repeat([...forms].length));
    }
  });

  it('gives decomposed input (Unicode tổ hợp keyboards) the same key as precomposed', () => {
    const nfc = 'Nguyễn Văn Nên';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(searchKey(nfd)).toBe('nguyen van nen');
    // Unikey's "Unicode tổ hợp": precomposed ê/ă/ơ… followed by a combining tone mark.
    const mixed = 'Nguye\u0302\u0303n Va\u0306n Ne\u0302n';
    expect(mixed).not.toBe(nfc);
    expect(searchKey(mixed)).toBe('nguyen van nen');
    expect(searchKey('Ho\u031b\u0300ng Đu\u031b\u0301c')).toBe('hong duc');
    for (const forms of Object.values(VOWELS)) {
      expect(searchKey(forms.normalize('NFD'))).toBe(searchKey(forms));
    }
  });

  it('splits words at punctuation and apostrophes, so each part can be searched', () => {
    expect(searchKey("H'Nghia Êban")).toBe('h nghia eban');
    expect(searchKey('H’Nghia Êban')).toBe('h nghia eban'); // typographic apostrophe
    expect(searchKey('Y Ngông Niê Kdăm')).toBe('y ngong nie kdam');
    expect(searchKey('Ksor Ní')).toBe('ksor ni');
    expect(searchKey('Chi bộ 3 - Thôn Đông, xã Hòa Bình.')).toBe('chi bo 3 thon dong xa hoa binh');
    expect(searchKey('(Lê) Văn-Tám')).toBe('le van tam');
  });

  it('collapses and trims white space of any kind', () => {
    expect(searchKey('  Nguyễn   Văn\tNên \n')).toBe('nguyen van nen');
    expect(searchKey('Nguyễn\u00a0Văn Nên')).toBe('nguyen van nen');
    expect(searchKey('')).toBe('');
    expect(searchKey('   ')).toBe('');
    expect(searchKey("'-.")).toBe('');
  });

  it('keeps digits (record numbers, unit numbers)', () => {
    expect(searchKey('Tổ 12')).toBe('to 12');
    expect(searchKey('001 085 012 345')).toBe('001 085 012 345');
  });

  it('lets a plain query find the name as a part of its key', () => {
    const key = searchKey('Nguyễn Văn Nên');
    for (const query of ['nguyen van nen', 'nen', 'van nen', 'Nguyễn', 'NEN', 'nên']) {
      expect(key).toContain(searchKey(query));
    }
    expect(searchKey('Đỗ Đăng Dũng')).toContain(searchKey('do dang dung'));
    expect(searchKey('Đỗ Đăng Dũng')).toContain(searchKey('dang'));
  });
});

describe('searchWords', () => {
  it('splits a folded query into words', () => {
    expect(searchWords('  Nguyễn   Nên ')).toEqual(['nguyen', 'nen']);
    expect(searchWords("H'Nghia")).toEqual(['h', 'nghia']);
    expect(searchWords('Đ')).toEqual(['d']);
  });

  it('gives no words for an empty or punctuation-only query', () => {
    expect(searchWords('')).toEqual([]);
    expect(searchWords('  ')).toEqual([]);
    expect(searchWords('- , .')).toEqual([]);
  });
});

describe('cleanText', () => {
  it('composes to NFC, collapses inner white space and trims', () => {
    const nfc = 'Nguyễn Văn Nên';
    const cleaned = cleanText(`  ${nfc.normalize('NFD')}  `.replace(' Văn', '   Văn'));
    expect(cleaned).toBe(nfc);
    expect(cleaned.normalize('NFC')).toBe(cleaned);
    expect(cleanText('Nguye\u0302\u0303n')).toBe('Nguyễn');
    expect(cleanText('a\t\nb')).toBe('a b');
    expect(cleanText('   ')).toBe('');
  });

  it('keeps case and punctuation', () => {
    expect(cleanText("H'Nghia  Êban")).toBe("H'Nghia Êban");
  });
});

describe('upperVi', () => {
  it('prints a name in capitals as on official documents', () => {
    expect(upperVi('Nguyễn Văn A')).toBe('NGUYỄN VĂN A');
    expect(upperVi('đặng thị ưởng')).toBe('ĐẶNG THỊ ƯỞNG');
    expect(upperVi('Nguyễn Văn Nên'.normalize('NFD'))).toBe('NGUYỄN VĂN NÊN');
  });
});
