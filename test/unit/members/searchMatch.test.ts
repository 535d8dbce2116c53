import { describe, expect, it } from 'vitest';
import { searchWords } from '../../../shared/kernel/text/normalise.ts';
import { identifierMatch, matchRank, nameMatch, nameWords } from '../../../shared/members/searchMatch.ts';

describe('how a search matched a member', () => {
  it('tells the exact full name, the name words and the other names apart', () => {
    const q = searchWords('nguyen thi hoa');
    expect(nameMatch(q, 'Nguyễn Thị Hoa', null)).toBe('fullName');
    expect(nameMatch(q, 'Nguyễn Thị Hoài', null)).toBe('name');
    expect(nameMatch(q, 'Nguyễn Thị Hà', 'Hoa')).toBe('otherNames');
    expect(nameMatch(q, 'Trần Thị Hà', 'Hoa')).toBeNull();
    expect(nameMatch(searchWords('Đặng Văn Đức'), 'Đặng Văn Đức', null)).toBe('fullName');
    expect(nameMatch([], 'Nguyễn Thị Hoa', null)).toBeNull();
  });

  it('ranks exact full names before name words before other names', () => {
    expect([matchRank('otherNames'), matchRank('name'), matchRank('fullName')]).toEqual([2, 1, 0]);
  });

  it('folds a name a character at a time exactly as searchWords does', () => {
    for (const name of ['Nguyễn Thị Hoa', 'Đặng  Văn-Đức', 'Y Ngông Niê Kdăm', 'Hoàng Thị Ánh Tuyết', 'Lò Văn Pọm', 'Nguyễn Văn A2']) {
      expect(nameWords(name)).toEqual(searchWords(name));
    }
    expect(nameWords('Nguyễn'.normalize('NFD'))).toEqual(['nguyen']);
  });

  it('names the identifier a number matched', () => {
    const ids = { citizenId: '025065000111', cardNo: '123456789012', recordNo: '777' };
    expect(identifierMatch('0250', ids)).toBe('citizenId');
    expect(identifierMatch('1234', ids)).toBe('cardNo');
    expect(identifierMatch('777', ids)).toBe('recordNo');
    expect(identifierMatch('999', ids)).toBeNull();
  });
});
