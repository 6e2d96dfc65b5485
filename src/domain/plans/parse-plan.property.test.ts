import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import seedText from '../../../resources/seeds/ke-hoach-71-KH-UBND-thai-nguyen-2024.md?raw';
import { planDraftSchema } from './plans.schemas.ts';
import { parsePlan } from './parse-plan.ts';

/** Each input must parse well within this (the seed takes a few milliseconds). */
const MAX_MS = 200;
const SEED_LINES = seedText.split('\n');

/** Pieces of real plans, so that random input reaches the parser's every branch, not only "no match". */
const FRAGMENTS = [
  'II. NỘI DUNG',
  'IV. TỔ CHỨC THỰC HIỆN',
  'III. KINH PHÍ',
  '1. ',
  '1.1. ',
  '2.3.4 ',
  'a) ',
  '- ',
  '* ',
  '**',
  '*',
  '_',
  '#',
  '### ',
  '| ',
  ' |',
  '<br>',
  '(',
  ')',
  ': ',
  '; ',
  ', ',
  '.',
  ' và ',
  'Cơ quan chủ trì: ',
  'Phối hợp: ',
  'Thời gian thực hiện: ',
  'Hình thức: ',
  'Công an tỉnh',
  'Các sở, ban, ngành',
  'UBND các huyện, thành phố',
  'chủ trì, phối hợp với ',
  'báo cáo UBND tỉnh (qua Công an tỉnh) kết quả thực hiện ',
  'trước ngày 30/5/2024',
  'trước ngày 31/2/2024',
  'Quý II năm 2024',
  'Hằng năm',
  'định kỳ 6 tháng',
  'Năm 2024 và các năm tiếp theo',
  'Số: 71 /KH-UBND',
  'Thái Nguyên, ngày 15 tháng 4 năm 2024',
  'KẾ HOẠCH',
  '(Kèm theo Quyết định số 1/QĐ-UBND ngày 10/3/2025 của UBND tỉnh X)',
  'Nơi nhận:',
  'TM. ỦY BAN NHÂN DÂN',
  'KT. CHỦ TỊCH',
  'Nguyễn Văn A',
  'Trên đây là',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u200b',
  '\u0301',
];

/** The fastest of up to three runs: a garbage collection or a busy machine must not fail the test. */
function parseTime(text: string, limit = MAX_MS): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3 && fastest >= limit; run += 1) {
    const started = performance.now();
    parsePlan(text);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

function expectSoundDraft(text: string): void {
  const result = planDraftSchema.safeParse(parsePlan(text));
  expect(result.success, result.error?.message).toBe(true);
  expect(parseTime(text)).toBeLessThan(MAX_MS);
}

/** A mangled copy of the seed: lines dropped, shuffled, repeated, markup stripped, cut short. */
const mangledSeed = fc
  .record({
    kept: fc.shuffledSubarray(SEED_LINES, { minLength: 0, maxLength: SEED_LINES.length }),
    isInOrder: fc.boolean(),
    repeated: fc.array(fc.nat({ max: SEED_LINES.length - 1 }), { maxLength: 20 }),
    isMarkupStripped: fc.boolean(),
    cutAt: fc.option(fc.nat({ max: seedText.length }), { nil: undefined }),
  })
  .map(({ kept, isInOrder, repeated, isMarkupStripped, cutAt }) => {
    const lines = isInOrder ? SEED_LINES.filter((line) => kept.includes(line)) : [...kept];
    for (const at of repeated) lines.splice(at % (lines.length + 1), 0, SEED_LINES[at] ?? '');
    let text = lines.join('\n');
    if (isMarkupStripped) text = text.replace(/[*#_|]/g, '');
    return cutAt === undefined ? text : text.slice(0, cutAt);
  });

describe('parsePlan on any input', { timeout: 30_000 }, () => {
  it('never throws and returns a valid draft for random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), expectSoundDraft), { numRuns: 300 });
  });

  it('never throws and returns a valid draft for random unicode', () => {
    // Any code point, lone surrogates included (built from integers: fast-check's binary strings are slow).
    const anyUnicode = fc
      .array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 2000 })
      .map((codes) => String.fromCodePoint(...codes));
    fc.assert(fc.property(anyUnicode, expectSoundDraft), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), expectSoundDraft), {
      numRuns: 100,
    });
  });

  it('never throws and returns a valid draft for random plan fragments', () => {
    const fragments = fc
      .array(fc.constantFrom(...FRAGMENTS), { maxLength: 400 })
      .map((parts) => parts.join(''));
    fc.assert(fc.property(fragments, expectSoundDraft), { numRuns: 300 });
  });

  it('never throws and returns a valid draft for mangled copies of the seed', () => {
    fc.assert(fc.property(mangledSeed, expectSoundDraft), { numRuns: 200 });
  });

  it('keeps the seed readable when only the markup is stripped', () => {
    const draft = parsePlan(seedText.replace(/[*#]/g, ''));
    expect(draft.number).toBe('71/KH-UBND');
    expect(draft.tasks.map((task) => task.code)).toEqual(['1', '2', '3', '4']);
    expect(draft.tasks.flatMap((task) => task.children.map((child) => child.code))).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '1.5',
      '2.a',
      '2.b',
      '3.1',
      '3.2',
    ]);
  });

  it('returns an empty draft with a warning for non-text input instead of throwing', () => {
    const draft = parsePlan(undefined as unknown as string);
    expect(planDraftSchema.safeParse(draft).success).toBe(true);
    expect(draft.tasks).toEqual([]);
    expect(draft.warnings.length).toBeGreaterThan(0);
  });
});

/** A plan of `sections` × 10 tasks written like the seed (as the benchmark generates it). */
function generatePlan(sections: number): string {
  const lines = [
    'Số: 99 /KH-UBND',
    '',
    'Thái Nguyên, ngày 2 tháng 1 năm 2025',
    '',
    '**KẾ HOẠCH**',
    '',
    '## II. NỘI DUNG',
  ];
  for (let section = 1; section <= sections; section += 1) {
    lines.push(`### ${section}. Nhóm nhiệm vụ số ${section}`, '');
    for (let item = 1; item <= 10; item += 1) {
      lines.push(
        `*${section}.${item}. Tổ chức thực hiện nội dung ${section}.${item} của kế hoạch trên địa bàn tỉnh*`,
        '',
        '- Cơ quan chủ trì: Sở Tư pháp.',
        '- Cơ quan phối hợp: Các sở, ban, ngành, đoàn thể cấp tỉnh; UBND các huyện, thành phố.',
        `- Thời gian thực hiện: Quý ${['I', 'II', 'III', 'IV'][item % 4]} năm 2025.`,
        '',
      );
    }
  }
  return lines.join('\n');
}

describe('parsePlan speed', { timeout: 30_000 }, () => {
  it('parses a 200-task plan in well under a second', () => {
    const text = generatePlan(20);
    expect(parsePlan(text).tasks.flatMap((task) => task.children)).toHaveLength(200);
    expect(parseTime(text, 300)).toBeLessThan(300);
  });

  it('stays linear on long lines without punctuation and on thousands of items', () => {
    const cases = [
      Array.from({ length: 5000 }, (_, index) => `tổ chức thực hiện các nội dung ${index}`).join('\n'),
      'Công an tỉnh chủ trì, phối hợp với '.repeat(10_000),
      `II. NỘI DUNG\n${Array.from({ length: 5000 }, (_, index) => `1.${index % 999}. Nhiệm vụ`).join('\n')}`,
      '('.repeat(50_000),
      `${'Số: '.repeat(20_000)}\n${'a) '.repeat(20_000)}`,
      `| STT | Nội dung | Chủ trì |\n|---|---|---|\n${'| 1 | Việc | Công an tỉnh |\n'.repeat(5000)}`,
    ];
    for (const text of cases) {
      expect(planDraftSchema.safeParse(parsePlan(text)).success).toBe(true);
      expect(parseTime(text, 1000)).toBeLessThan(1000);
    }
  });
});
