import { describe, expect, it } from 'vitest';
import { parseCatalogue } from './catalogue.ts';

const rows2024 = [
  [
    'province_code',
    'province_name',
    'district_code',
    'district_name',
    'commune_code',
    'commune_name',
    'commune_level',
  ],
  ['19', 'Tỉnh Thái Nguyên', '171', 'Huyện Đại Từ', '05776', 'Thị trấn Hùng Sơn', 'Thị trấn'],
  ['19', 'Tỉnh Thái Nguyên', '171', 'Huyện Đại Từ', '05779', 'Xã Phúc Lương', 'Xã'],
  ['01', 'Thành phố Hà Nội', '001', 'Quận Ba Đình', '00001', 'Phường Phúc Xá', 'Phường'],
];

describe('parseCatalogue', () => {
  it('builds the 2024 tree with districts, each unit once, parents first', () => {
    const result = parseCatalogue(rows2024);
    if ('error' in result) throw new Error(result.error);
    expect(result.edition).toBe('2024');
    expect(result.units.map((u) => `${u.kind}:${u.code}:${u.parentCode}`)).toEqual([
      'province:19:null',
      'district:171:19',
      'commune:05776:171',
      'commune:05779:171',
      'province:01:null',
      'district:001:01',
      'commune:00001:001',
    ]);
  });
  it('keeps one province when asked', () => {
    const result = parseCatalogue(rows2024, '01');
    if ('error' in result) throw new Error(result.error);
    expect(result.units.map((u) => u.name)).toEqual(['Thành phố Hà Nội', 'Quận Ba Đình', 'Phường Phúc Xá']);
  });
  it('hangs 2025 communes directly under the province', () => {
    const result = parseCatalogue([
      ['province_code', 'province_name', 'commune_code', 'commune_name', 'commune_level'],
      ['19', 'Tỉnh Thái Nguyên', '05443', 'Phường Phan Đình Phùng', 'Phường'],
    ]);
    if ('error' in result) throw new Error(result.error);
    expect(result.edition).toBe('2025');
    expect(result.units[1]).toEqual({
      code: '05443',
      name: 'Phường Phan Đình Phùng',
      kind: 'commune',
      parentCode: '19',
    });
  });
  it('reports rows with missing cells and unknown headers instead of throwing', () => {
    const result = parseCatalogue([rows2024[0]!, ['19', 'Tỉnh Thái Nguyên', '', '', '05776', 'X', 'Xã']]);
    if ('error' in result) throw new Error(result.error);
    expect(result.errors).toEqual([{ line: 2, message: 'missing code or name' }]);
    expect(parseCatalogue([['a', 'b']])).toHaveProperty('error');
  });
});
