import { describe, expect, it } from 'vitest';
import { nameKeys } from './member-search.ts';

describe('nameKeys', () => {
  it('gives the folded name from each word on, so that any word start finds the member', () => {
    expect(nameKeys('Nguyễn Thị Thu Trang')).toEqual([
      'nguyen thi thu trang',
      'thi thu trang',
      'thu trang',
      'trang',
    ]);
    expect(nameKeys('  Đặng   Văn  Đức ')).toEqual(['dang van duc', 'van duc', 'duc']);
  });
  it('keeps each key once', () => {
    expect(nameKeys('An An')).toEqual(['an an', 'an']);
    expect(nameKeys('Hoa')).toEqual(['hoa']);
  });
});
