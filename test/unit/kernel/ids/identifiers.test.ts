import { describe, expect, it } from 'vitest';
import { CARD_NO, RECORD_NO, citizenIdSexCentury, cleanDigits, isCitizenId } from '../../../../shared/kernel/ids/identifiers.ts';

describe('isCitizenId', () => {
  it('accepts exactly 12 ASCII digits', () => {
    expect(isCitizenId('001085012345')).toBe(true);
    expect(isCitizenId('000000000000')).toBe(true);
  });

  it('refuses other lengths, letters, separators and non-ASCII digits', () => {
    for (const text of ['', '00108501234', '0010850123456', '00108501234a', '001 085 012 345', '001.085.012.345', ' 001085012345', '001085012345\n', '０01085012345', '٠01085012345']) {
      expect(isCitizenId(text), JSON.stringify(text)).toBe(false);
    }
  });
});

describe('cleanDigits', () => {
  it('strips the spaces and dots clerks type inside numbers', () => {
    expect(cleanDigits('001 085 012 345')).toBe('001085012345');
    expect(cleanDigits('001.085.012.345')).toBe('001085012345');
    expect(cleanDigits(' 001\t085 012\u00a0345 ')).toBe('001085012345');
    expect(isCitizenId(cleanDigits('001 085 012 345'))).toBe(true);
  });

  it('leaves other characters for validation to refuse', () => {
    expect(cleanDigits('001-085-012-345')).toBe('001-085-012-345');
    expect(cleanDigits('12a4')).toBe('12a4');
    expect(cleanDigits('')).toBe('');
  });
});

describe('citizenIdSexCentury', () => {
  it('reads sex and century from the fourth digit', () => {
    expect(citizenIdSexCentury('001085012345')).toEqual({ sex: 'M', century: 1900 });
    expect(citizenIdSexCentury('001185012345')).toEqual({ sex: 'F', century: 1900 });
    expect(citizenIdSexCentury('079205012345')).toEqual({ sex: 'M', century: 2000 });
    expect(citizenIdSexCentury('079305012345')).toEqual({ sex: 'F', century: 2000 });
  });

  it('returns null for codes outside 0-3 and for invalid ids', () => {
    for (const c of ['4', '5', '6', '7', '8', '9']) expect(citizenIdSexCentury(`001${c}85012345`)).toBeNull();
    expect(citizenIdSexCentury('00108501234')).toBeNull();
    expect(citizenIdSexCentury('001 085 012 345')).toBeNull();
    expect(citizenIdSexCentury('')).toBeNull();
  });
});

describe('card and record numbers', () => {
  it('party card number: exactly 12 digits', () => {
    expect(CARD_NO.test('123456789012')).toBe(true);
    expect(CARD_NO.test('12345678901')).toBe(false);
    expect(CARD_NO.test('1234567890123')).toBe(false);
  });

  it('record number: 1 to 10 digits', () => {
    expect(RECORD_NO.test('7')).toBe(true);
    expect(RECORD_NO.test('1234567890')).toBe(true);
    expect(RECORD_NO.test('12345678901')).toBe(false);
    expect(RECORD_NO.test('')).toBe(false);
    expect(RECORD_NO.test('12 34')).toBe(false);
  });
});
