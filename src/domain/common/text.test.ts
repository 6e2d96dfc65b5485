import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldText, vietnameseOrderKey } from './text.ts';

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

describe('compareVietnamese', () => {
  const collator = new Intl.Collator('vi');
  const sign = (n: number) => Math.sign(n);
  // Every base vowel with every tone, the consonants, both cases, spaces, and now and then a character the
  // key does not cover (digit, hyphen, apostrophe, ü).
  const vowels = [...'aăâeêioôơuưy'];
  const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
  const consonants = [
    '',
    'b',
    'c',
    'ch',
    'd',
    'đ',
    'g',
    'gh',
    'h',
    'k',
    'kh',
    'l',
    'm',
    'n',
    'ng',
    'nh',
    'ph',
    'qu',
    'r',
    's',
    't',
    'th',
    'tr',
    'v',
    'x',
  ];
  const odd = ['1', '-', "'", 'ü', '.'];
  let seed = 7;
  const random = (n: number) => {
    // mulberry32: a small seeded generator, so a failure can be replayed.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const pick = <T>(list: readonly T[]) => list[random(list.length)]!;
  const syllable = () => {
    const text = `${pick(consonants)}${pick(vowels)}${pick(tones)}${pick(['', '', 'n', 'ng', 'nh', 'c', 't', 'i', 'o'])}`;
    return random(4) === 0 ? text.toUpperCase() : text;
  };
  const name = () => {
    const words = Array.from({ length: 1 + random(4) }, syllable);
    if (random(25) === 0) words.push(pick(odd));
    return words.join(random(30) === 0 ? '  ' : ' ').normalize(random(2) === 0 ? 'NFC' : 'NFD');
  };

  it('orders names exactly as the Vietnamese collator does', () => {
    const names = Array.from({ length: 4000 }, name);
    for (let i = 0; i + 1 < names.length; i += 1) {
      const [a, b] = [names[i]!, names[i + 1]!];
      expect([a, b, sign(compareVietnamese(a, b))]).toEqual([a, b, sign(collator.compare(a, b))]);
    }
    expect(new Set(names).size).toBeGreaterThan(3900);
    expect([...names].sort((a, b) => compareVietnamese(a, b))).toEqual([...names].sort(collator.compare));
  });

  it('puts the letters of the Vietnamese alphabet in their order, and leaves other characters to the collator', () => {
    expect(
      ['Ư', 'Đỗ', 'ơn', 'Ân', 'ăn', 'Dũng', 'an', 'ôn', 'u', 'ên', 'en'].sort((a, b) =>
        compareVietnamese(a, b),
      ),
    ).toEqual(['an', 'ăn', 'Ân', 'Dũng', 'Đỗ', 'en', 'ên', 'ôn', 'ơn', 'u', 'Ư']);
    const tonesOnly = ['Lê Án', 'le an', 'Lệ An', 'lê an', 'Le Ãn', 'LÊ AN', 'Lễ ăn'];
    expect([...tonesOnly].sort((a, b) => compareVietnamese(a, b))).toEqual(
      [...tonesOnly].sort(collator.compare),
    );
    expect(vietnameseOrderKey('Nguyễn Văn An')).not.toBeNull();
    expect(vietnameseOrderKey("H'Hen Niê")).toBeNull();
    expect(vietnameseOrderKey('Tổ 3')).toBeNull();
  });

  it('gives typed (precomposed) and decomposed names the same key', () => {
    for (const name of ['Nguyễn Thị Ánh Tuyết', 'ĐẶNG VĂN ƯỚC', 'Lê Hữu Phước', 'Hoàng Ngọc Ẩn']) {
      expect(vietnameseOrderKey(name.normalize('NFD'))).toBe(vietnameseOrderKey(name.normalize('NFC')));
    }
    expect(vietnameseOrderKey('Đặng Văn Ước')).toBe(vietnameseOrderKey('đặng văn ước'));
    expect(vietnameseOrderKey('Nguyễn Văn A') === vietnameseOrderKey('Nguyên Văn A')).toBe(true);
    expect(vietnameseOrderKey('Ân') === vietnameseOrderKey('An')).toBe(false);
  });
});
