import { describe, expect, it } from 'vitest';
import { checkCccd, maskCccd, maskPhone } from './cccd.ts';
import { CCCD_PROVINCE_CODES } from './cccd-province-codes.ts';

const codes = (cccd: string, person: Parameters<typeof checkCccd>[1]) =>
  checkCccd(cccd, person).map((problem) => problem.code);

describe('checkCccd', () => {
  it('accepts a number that agrees with the date of birth and sex', () => {
    expect(checkCccd('019085001234', { dateOfBirth: '1985-03-02', sex: 'male' })).toEqual([]);
    expect(checkCccd('019301004321', { dateOfBirth: '2001-12-31', sex: 'female' })).toEqual([]);
    expect(checkCccd('001170000001', { dateOfBirth: '1970-01-01', sex: 'female' })).toEqual([]);
  });

  it('asks for exactly 12 digits and checks nothing else then', () => {
    for (const bad of ['01908500123', '0190850012345', '01908500123a', ''])
      expect(codes(bad, { dateOfBirth: '1985-03-02', sex: 'male' })).toEqual(['cccd_format']);
    expect(checkCccd('12345', { dateOfBirth: '1985-03-02', sex: 'male' })[0]?.message.vi).toBe(
      'Số CCCD phải gồm đúng 12 chữ số (đang có "12345").',
    );
  });

  it('knows the 63 province codes and rejects others', () => {
    expect(Object.keys(CCCD_PROVINCE_CODES)).toHaveLength(63);
    expect(CCCD_PROVINCE_CODES['019']).toBe('Tỉnh Thái Nguyên');
    expect(codes('003085001234', { dateOfBirth: '1985-03-02', sex: 'male' })).toEqual([
      'cccd_province_unknown',
    ]);
    expect(codes('097085001234', { dateOfBirth: '1985-03-02', sex: 'male' })).toEqual([
      'cccd_province_unknown',
    ]);
  });

  it('checks the province of birth registration when it is known', () => {
    const person = { dateOfBirth: '1985-03-02', sex: 'male' as const };
    expect(codes('019085001234', { ...person, provinceCode: '19' })).toEqual([]);
    expect(codes('019085001234', { ...person, provinceCode: '019' })).toEqual([]);
    const [problem] = checkCccd('019085001234', { ...person, provinceCode: '01' });
    expect(problem?.code).toBe('cccd_province_mismatch');
    expect(problem?.message.vi).toContain('Thành phố Hà Nội');
  });

  it('checks the sex digit', () => {
    const [problem] = checkCccd('019185001234', { dateOfBirth: '1985-03-02', sex: 'male' });
    expect(problem?.code).toBe('cccd_sex');
    expect(problem?.message.vi).toBe(
      'Chữ số thứ 4 của số CCCD (1) là mã giới tính nữ, nhưng người này là nam.',
    );
  });

  it('checks the century digit: 0/1 for the 1900s, 2/3 for the 2000s', () => {
    expect(codes('019200001234', { dateOfBirth: '1900-06-01', sex: 'male' })).toEqual(['cccd_century']);
    expect(codes('019000001234', { dateOfBirth: '2000-06-01', sex: 'male' })).toEqual(['cccd_century']);
    expect(codes('019099001234', { dateOfBirth: '1999-12-31', sex: 'male' })).toEqual([]);
    expect(codes('019200001234', { dateOfBirth: '2000-01-01', sex: 'male' })).toEqual([]);
    expect(codes('019306001234', { dateOfBirth: '2006-02-28', sex: 'female' })).toEqual([]);
  });

  it('checks the two digits of the year of birth', () => {
    const [problem] = checkCccd('019086001234', { dateOfBirth: '1985-03-02', sex: 'male' });
    expect(problem?.code).toBe('cccd_birth_year');
    expect(problem?.message.vi).toBe(
      'Chữ số thứ 5–6 của số CCCD (86) phải là hai số cuối của năm sinh 1985.',
    );
  });

  it('reports every disagreement at once', () => {
    expect(codes('019386001234', { dateOfBirth: '1985-03-02', sex: 'male' })).toEqual([
      'cccd_sex',
      'cccd_century',
      'cccd_birth_year',
    ]);
  });
});

describe('masking', () => {
  it('keeps the first 4 and last 2 digits of a CCCD', () => {
    expect(maskCccd('019012345612')).toBe('0190******12');
    expect(maskCccd(' 019012345612 ')).toBe('0190******12');
    expect(maskCccd('12345')).toBe('*****');
  });

  it('keeps the first 3 and last 2 digits of a phone number', () => {
    expect(maskPhone('0912345678')).toBe('091*****78');
    expect(maskPhone('+84912345678')).toBe('+84*******78');
    expect(maskPhone('1234')).toBe('****');
  });
});
