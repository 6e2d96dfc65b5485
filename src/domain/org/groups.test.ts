import { describe, expect, it } from 'vitest';
import { findUnitGroup } from './groups.ts';

describe('findUnitGroup', () => {
  it('recognises the groups the seed plan names, whatever the diacritics and case', () => {
    expect(findUnitGroup('UBND các huyện, thành phố')?.key).toBe('district_people_committees');
    expect(findUnitGroup('UBND các xã, phường, thị trấn')?.key).toBe('commune_people_committees');
    expect(findUnitGroup('Các sở, ban, ngành, đoàn thể cấp tỉnh')?.key).toBe('provincial_departments');
    expect(findUnitGroup('cac so, ban, nganh')?.key).toBe('provincial_departments');
    expect(findUnitGroup('các doanh nghiệp nhà nước')?.key).toBe('state_enterprises');
  });
  it('does not mistake a single unit for a group', () => {
    expect(findUnitGroup('Sở Tư pháp')).toBeUndefined();
    expect(findUnitGroup('UBND tỉnh')).toBeUndefined();
  });
});
