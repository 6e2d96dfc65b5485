import { describe, expect, it } from 'vitest';
import { foldText } from './text.ts';

describe('foldText', () => {
  it('removes diacritics and folds đ so that searches ignore them', () => {
    expect(foldText('Công an tỉnh')).toBe('cong an tinh');
    expect(foldText('Huyện Đại Từ')).toBe('huyen dai tu');
    expect(foldText("Xã Ea H'leo")).toBe("xa ea h'leo");
  });
  it('treats composed and decomposed input alike and collapses spaces', () => {
    expect(foldText('Thi\u0300  tra\u0302\u0301n')).toBe(foldText('Thì trấn'.normalize('NFC')));
    expect(foldText('  Sở   Tư pháp ')).toBe('so tu phap');
  });
});
