/**
 * Criteria rule sets shipped as selectable examples: the published numbers of five provinces (DOMAIN.md,
 * "How provinces set the numbers", all from published reports), and the demo's set for Thái Nguyên, whose own
 * HĐND resolution was not found — a copy of Nghệ An's numbers, labelled as example values to replace.
 * Every set is checked against criteriaRuleSetSchema when this module loads.
 *
 * DOMAIN.md gives neither the resolutions' numbers and dates nor the day they took effect: `resolution`
 * leaves number and date null, `effectiveFrom` is the Law's own date (01/7/2024), and each `source` says so.
 * Where DOMAIN.md is silent on a figure (Ninh Bình's maximum) the rule has none, and the source says that too.
 * How the words were read into rules: docs/decisions.md, "Force criteria".
 *
 * Exports: NGHE_AN_RULE_SET, NINH_BINH_RULE_SET, DAK_LAK_RULE_SET, HOA_BINH_RULE_SET, THAI_BINH_RULE_SET,
 * DEMO_THAI_NGUYEN_RULE_SET, SHIPPED_RULE_SETS (all six, in that order), findShippedRuleSet(id).
 */
import type { z } from 'zod';
import { criteriaRuleSetSchema, type CriteriaRuleSet } from './criteria.schemas.ts';

type RuleSetInput = z.input<typeof criteriaRuleSetSchema>;

const LAW_IN_FORCE = '2024-07-01';
const UNVERIFIED =
  'Chưa xác minh được số, ngày ban hành và ngày hiệu lực của Nghị quyết HĐND tỉnh; ngày áp dụng ghi theo ngày Luật 30/2023/QH15 có hiệu lực (01/7/2024).';
const published = (facts: string): string =>
  `Số liệu theo báo cáo, tin bài đã công bố (DOMAIN.md, mục "How provinces set the numbers"): ${facts} ${UNVERIFIED}`;

const ngheAnRules = (): RuleSetInput['rules'] =>
  [
    { id: 'thon', kind: 'thon' as const, threshold: 350, words: { vi: 'Thôn', en: 'Village' } },
    {
      id: 'to-dan-pho',
      kind: 'to_dan_pho' as const,
      threshold: 500,
      words: { vi: 'Khối, tổ dân phố', en: 'Urban block' },
    },
  ].map(({ id, kind, threshold, words }) => ({
    id,
    label: {
      vi: `${words.vi} dưới ${threshold} hộ: 03 thành viên; từ ${threshold} hộ, cứ thêm 1/3 số hộ đó thì thêm 01 thành viên, tối đa 05`,
      en: `${words.en} under ${threshold} households: 3 members; one more per further third of ${threshold} households, at most 5`,
    },
    appliesTo: { villageKinds: [kind] },
    measure: 'households' as const,
    baseMembers: 3,
    threshold,
    step: { kind: 'fraction_of_threshold' as const, denominator: 3 },
    maximum: 5,
  }));

const NGHE_AN: RuleSetInput = {
  id: 'nghe-an',
  province: 'Nghệ An',
  title: 'Tiêu chí của tỉnh Nghệ An (ví dụ)',
  resolution: { number: null, date: null, issuer: 'HĐND tỉnh Nghệ An' },
  effectiveFrom: LAW_IN_FORCE,
  source: published(
    '1 Tổ/thôn, khối; thôn dưới 350 hộ hoặc khối dưới 500 hộ: 3 thành viên; thêm 1 thành viên cho mỗi 1/3 định mức tăng thêm; tối đa 5. Toàn tỉnh 3.797 Tổ, hơn 11.400 thành viên.',
  ),
  isExample: true,
  rules: ngheAnRules(),
};

const NINH_BINH: RuleSetInput = {
  id: 'ninh-binh',
  province: 'Ninh Bình',
  title: 'Tiêu chí của tỉnh Ninh Bình (ví dụ)',
  resolution: { number: null, date: null, issuer: 'HĐND tỉnh Ninh Bình' },
  effectiveFrom: LAW_IN_FORCE,
  source: published(
    'thôn dưới 350 hộ, tổ dân phố dưới 500 hộ: 1 Tổ trưởng, 1 Tổ phó, 1 Tổ viên; cứ thêm 200 hộ thì thêm 1 Tổ viên. Toàn tỉnh 1.679 Tổ, 5.040 thành viên. Nguồn không nêu số thành viên tối đa: bộ tiêu chí này không đặt mức tối đa.',
  ),
  isExample: true,
  rules: [
    { id: 'thon', kind: 'thon' as const, threshold: 350, words: { vi: 'Thôn', en: 'Village' } },
    {
      id: 'to-dan-pho',
      kind: 'to_dan_pho' as const,
      threshold: 500,
      words: { vi: 'Tổ dân phố', en: 'Urban group' },
    },
  ].map(({ id, kind, threshold, words }) => ({
    id,
    label: {
      vi: `${words.vi} dưới ${threshold} hộ: 01 Tổ trưởng, 01 Tổ phó, 01 Tổ viên; từ ${threshold} hộ, cứ thêm 200 hộ thì thêm 01 Tổ viên`,
      en: `${words.en} under ${threshold} households: leader, deputy and one member; one more member per further 200 households`,
    },
    appliesTo: { villageKinds: [kind] },
    measure: 'households' as const,
    baseMembers: 3,
    threshold,
    step: { kind: 'every' as const, size: 200 },
    maximum: null,
  })),
};

const dakLakRule = (isKey: boolean, isLarge: boolean): RuleSetInput['rules'][number] => {
  const base = isLarge ? 4 : 3;
  const ceiling = isLarge ? 6 : 5;
  const band = isLarge ? { measureFrom: 2001 } : { measureBelow: 2001 };
  const size = isLarge
    ? { vi: 'trên 2.000 nhân khẩu', en: 'over 2,000 residents' }
    : { vi: 'từ 2.000 nhân khẩu trở xuống', en: '2,000 residents or fewer' };
  return {
    id: `${isKey ? 'key-' : ''}${isLarge ? 'over-2000' : 'up-to-2000'}`,
    label: isKey
      ? {
          vi: `Thôn, tổ dân phố trọng điểm ${size.vi}: ${base} thành viên, tối đa ${ceiling}`,
          en: `Key-area village with ${size.en}: ${base} members, up to ${ceiling}`,
        }
      : {
          vi: `Thôn, tổ dân phố ${size.vi}: ${base} thành viên`,
          en: `Village with ${size.en}: ${base} members`,
        },
    appliesTo: { ...band, ...(isKey ? { securityRatings: ['key' as const] } : {}) },
    measure: 'population',
    baseMembers: base,
    threshold: null,
    step: null,
    maximum: base,
    allowedUpTo: isKey ? ceiling : null,
  };
};

const DAK_LAK: RuleSetInput = {
  id: 'dak-lak',
  province: 'Đắk Lắk',
  title: 'Tiêu chí của tỉnh Đắk Lắk (ví dụ)',
  resolution: { number: null, date: null, issuer: 'HĐND tỉnh Đắk Lắk' },
  effectiveFrom: LAW_IN_FORCE,
  source: published(
    'thôn, tổ dân phố từ 2.000 nhân khẩu trở xuống: 3 thành viên (tối đa 5 ở địa bàn trọng điểm); trên 2.000 nhân khẩu: 4 thành viên (tối đa 6). Mức tối đa 6 được hiểu là cũng chỉ cho địa bàn trọng điểm; "địa bàn trọng điểm" ứng với mức "Trọng điểm về an ninh, trật tự" của thôn.',
  ),
  isExample: true,
  rules: [dakLakRule(true, false), dakLakRule(true, true), dakLakRule(false, false), dakLakRule(false, true)],
};

const hoaBinhRule = (kind: 'thon' | 'to_dan_pho', isLarge: boolean): RuleSetInput['rules'][number] => {
  const threshold = kind === 'thon' ? 350 : 500;
  const name = kind === 'thon' ? { vi: 'Thôn', en: 'Village' } : { vi: 'Tổ dân phố', en: 'Urban group' };
  const members = isLarge ? 4 : 3;
  return {
    id: `${kind === 'thon' ? 'thon' : 'to-dan-pho'}-${isLarge ? 'large' : 'small'}`,
    label: isLarge
      ? {
          vi: `${name.vi} từ ${threshold} hộ trở lên: 04 thành viên`,
          en: `${name.en} of ${threshold} households or more: 4 members`,
        }
      : {
          vi: `${name.vi} dưới ${threshold} hộ: 03 thành viên`,
          en: `${name.en} under ${threshold} households: 3 members`,
        },
    appliesTo: {
      villageKinds: [kind],
      ...(isLarge ? { measureFrom: threshold } : { measureBelow: threshold }),
    },
    measure: 'households',
    baseMembers: members,
    threshold: null,
    step: null,
    maximum: members,
  };
};

const HOA_BINH: RuleSetInput = {
  id: 'hoa-binh',
  province: 'Hòa Bình',
  title: 'Tiêu chí của tỉnh Hòa Bình (ví dụ)',
  resolution: { number: null, date: null, issuer: 'HĐND tỉnh Hòa Bình' },
  effectiveFrom: LAW_IN_FORCE,
  source: published(
    'thôn từ 350 hộ, tổ dân phố từ 500 hộ trở lên: 4 thành viên, còn lại 3; rà soát 5 năm một lần. Toàn tỉnh 1.482 Tổ, 4.459 thành viên.',
  ),
  isExample: true,
  rules: [
    hoaBinhRule('thon', true),
    hoaBinhRule('thon', false),
    hoaBinhRule('to_dan_pho', true),
    hoaBinhRule('to_dan_pho', false),
  ],
};

const thaiBinhRule = (isClassOne: boolean, isUrban: boolean): RuleSetInput['rules'][number] => {
  const members = isUrban ? 4 : 3;
  const commune = isUrban
    ? { vi: 'phường, thị trấn', en: 'ward or township' }
    : { vi: 'xã', en: 'rural commune' };
  const classes = isClassOne ? { vi: 'loại 1', en: 'class 1' } : { vi: 'loại 2, loại 3', en: 'class 2 or 3' };
  return {
    id: `${isClassOne ? 'class-1' : 'class-2-3'}-${isUrban ? 'phuong' : 'xa'}`,
    label: {
      vi: `Thôn, tổ dân phố ${classes.vi} ở ${commune.vi}: ${isClassOne ? '01 Tổ' : '01 Tổ cho 02 thôn, tổ dân phố'}, ${members} thành viên`,
      en: `${classes.en} village in a ${commune.en}: ${isClassOne ? 'one team' : 'one team per two villages'}, ${members} members`,
    },
    appliesTo: {
      villageClasses: isClassOne ? [1] : [2, 3],
      communeKinds: isUrban ? ['phuong', 'thi_tran'] : ['xa'],
    },
    measure: 'households',
    baseMembers: members,
    threshold: null,
    step: null,
    maximum: members,
    sharesTeamWhenSmall: isClassOne ? null : { villagesPerTeam: 2, smallBelow: null },
  };
};

const THAI_BINH: RuleSetInput = {
  id: 'thai-binh',
  province: 'Thái Bình',
  title: 'Tiêu chí của tỉnh Thái Bình (ví dụ)',
  resolution: { number: null, date: null, issuer: 'HĐND tỉnh Thái Bình' },
  effectiveFrom: LAW_IN_FORCE,
  source: published(
    '1 Tổ cho mỗi thôn, tổ dân phố loại 1; 1 Tổ cho 2 thôn, tổ dân phố loại 2, loại 3; Tổ ở xã 3 thành viên, ở phường, thị trấn 4. Toàn tỉnh 1.007 Tổ, 3.251 thành viên.',
  ),
  isExample: true,
  rules: [
    thaiBinhRule(true, false),
    thaiBinhRule(true, true),
    thaiBinhRule(false, false),
    thaiBinhRule(false, true),
  ],
};

const DEMO_THAI_NGUYEN: RuleSetInput = {
  ...NGHE_AN,
  id: 'demo-thai-nguyen',
  province: 'Thái Nguyên',
  title: 'Giá trị ví dụ — thay bằng Nghị quyết của HĐND tỉnh Thái Nguyên',
  resolution: { number: null, date: null, issuer: 'HĐND tỉnh Thái Nguyên' },
  source:
    "Giá trị ví dụ (example values, replace with Thái Nguyên's resolution): chưa tìm thấy Nghị quyết của HĐND tỉnh Thái Nguyên về tiêu chí thành lập Tổ và số lượng thành viên; các số dưới đây chép từ bộ tiêu chí của tỉnh Nghệ An để chạy thử.",
};

const parse = (input: RuleSetInput): CriteriaRuleSet => criteriaRuleSetSchema.parse(input);

export const NGHE_AN_RULE_SET = parse(NGHE_AN);
export const NINH_BINH_RULE_SET = parse(NINH_BINH);
export const DAK_LAK_RULE_SET = parse(DAK_LAK);
export const HOA_BINH_RULE_SET = parse(HOA_BINH);
export const THAI_BINH_RULE_SET = parse(THAI_BINH);
export const DEMO_THAI_NGUYEN_RULE_SET = parse(DEMO_THAI_NGUYEN);

export const SHIPPED_RULE_SETS: readonly CriteriaRuleSet[] = [
  NGHE_AN_RULE_SET,
  NINH_BINH_RULE_SET,
  DAK_LAK_RULE_SET,
  HOA_BINH_RULE_SET,
  THAI_BINH_RULE_SET,
  DEMO_THAI_NGUYEN_RULE_SET,
];

export function findShippedRuleSet(id: string): CriteriaRuleSet | undefined {
  return SHIPPED_RULE_SETS.find((ruleSet) => ruleSet.id === id);
}
