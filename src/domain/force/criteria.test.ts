import { describe, expect, it } from 'vitest';
import {
  DAK_LAK_RULE_SET,
  DEMO_THAI_NGUYEN_RULE_SET,
  HOA_BINH_RULE_SET,
  NGHE_AN_RULE_SET,
  NINH_BINH_RULE_SET,
  SHIPPED_RULE_SETS,
  THAI_BINH_RULE_SET,
  findShippedRuleSet,
} from './criteria-rule-sets.ts';
import type { CriteriaRuleSet, VillageFacts } from './criteria.schemas.ts';
import { findRuleSetInForce, requiredMembers, totalRequired, villageGap } from './criteria.ts';

const ON = '2025-01-15';
const village = (facts: Partial<VillageFacts> = {}): VillageFacts => ({
  kind: 'thon',
  communeKind: 'xa',
  households: 200,
  population: 800,
  villageClass: null,
  areaTypes: [],
  securityRating: 'normal',
  ...facts,
});
const membersFor = (ruleSet: CriteriaRuleSet, facts: Partial<VillageFacts>) =>
  requiredMembers(village(facts), ruleSet, ON).members;
const byHouseholds = (ruleSet: CriteriaRuleSet, kind: VillageFacts['kind'], households: number[]) =>
  households.map((count) => membersFor(ruleSet, { kind, households: count }));

describe('the shipped rule sets', () => {
  it('ship five provinces and the demo set, each with its source', () => {
    expect(SHIPPED_RULE_SETS.map((ruleSet) => ruleSet.province)).toEqual([
      'Nghệ An',
      'Ninh Bình',
      'Đắk Lắk',
      'Hòa Bình',
      'Thái Bình',
      'Thái Nguyên',
    ]);
    for (const ruleSet of SHIPPED_RULE_SETS) {
      expect(ruleSet.isExample).toBe(true);
      expect(ruleSet.source).toContain('Nghị quyết');
    }
    expect(findShippedRuleSet('hoa-binh')).toBe(HOA_BINH_RULE_SET);
  });

  it('label the demo set as example values to replace with Thái Nguyên’s resolution', () => {
    expect(DEMO_THAI_NGUYEN_RULE_SET.title).toBe(
      'Giá trị ví dụ — thay bằng Nghị quyết của HĐND tỉnh Thái Nguyên',
    );
    expect(DEMO_THAI_NGUYEN_RULE_SET.source).toContain(
      "example values, replace with Thái Nguyên's resolution",
    );
    expect(DEMO_THAI_NGUYEN_RULE_SET.rules).toEqual(NGHE_AN_RULE_SET.rules);
  });
});

describe('Nghệ An: 3 members, one more per full third of the threshold above it, at most 5', () => {
  it('keeps 3 around the threshold of 350 households for a thôn', () => {
    expect(byHouseholds(NGHE_AN_RULE_SET, 'thon', [0, 349, 350, 351, 466])).toEqual([3, 3, 3, 3, 3]);
  });
  it('adds one at 350 + 117 and another at 350 + 234, then stops at 5', () => {
    expect(byHouseholds(NGHE_AN_RULE_SET, 'thon', [467, 583, 584, 700, 5000])).toEqual([4, 4, 5, 5, 5]);
  });
  it('counts from 500 households for a tổ dân phố (khối)', () => {
    expect(byHouseholds(NGHE_AN_RULE_SET, 'to_dan_pho', [499, 500, 501, 666, 667, 833, 834, 9000])).toEqual([
      3, 3, 3, 3, 4, 4, 5, 5,
    ]);
  });
  it('explains the number in words', () => {
    const result = requiredMembers(village({ households: 480 }), NGHE_AN_RULE_SET, ON);
    expect(result).toMatchObject({ teams: 1, members: 4, maximumMembers: 4, villagesPerTeam: 1 });
    expect(result.ruleApplied).toMatchObject({ ruleSetId: 'nghe-an', ruleId: 'thon' });
    expect(result.explanation.vi).toBe(
      'Thôn dưới 350 hộ: 03 thành viên; từ 350 hộ, cứ thêm 1/3 số hộ đó thì thêm 01 thành viên, tối đa 05. Thôn, xóm, bản có 480 hộ: Tổ cần 4 thành viên.',
    );
  });
});

describe('Ninh Bình: 3 members, one more Tổ viên per further 200 households, no maximum given', () => {
  it('keeps 3 around 350 households and adds one at 550 and 750', () => {
    expect(byHouseholds(NINH_BINH_RULE_SET, 'thon', [349, 350, 351, 549, 550, 749, 750])).toEqual([
      3, 3, 3, 3, 4, 4, 5,
    ]);
  });
  it('has no maximum, and says so in its source', () => {
    expect(byHouseholds(NINH_BINH_RULE_SET, 'thon', [2350])).toEqual([13]);
    expect(NINH_BINH_RULE_SET.source).toContain('không nêu số thành viên tối đa');
  });
  it('counts from 500 households for a tổ dân phố', () => {
    expect(byHouseholds(NINH_BINH_RULE_SET, 'to_dan_pho', [499, 500, 501, 699, 700])).toEqual([
      3, 3, 3, 3, 4,
    ]);
  });
});

describe('Đắk Lắk: by population, up to 2,000 → 3, over → 4; key areas may have 5 or 6', () => {
  const at = (population: number, securityRating: VillageFacts['securityRating'] = 'normal') =>
    requiredMembers(village({ population, securityRating }), DAK_LAK_RULE_SET, ON);
  it('switches at 2,000 residents', () => {
    expect([1999, 2000, 2001].map((count) => at(count).members)).toEqual([3, 3, 4]);
    expect([1999, 2000, 2001].map((count) => at(count).maximumMembers)).toEqual([3, 3, 4]);
  });
  it('allows key areas up to 5 and 6, without requiring more', () => {
    expect(at(2000, 'key')).toMatchObject({ members: 3, maximumMembers: 5 });
    expect(at(2001, 'key')).toMatchObject({ members: 4, maximumMembers: 6 });
    expect(at(2000, 'complex')).toMatchObject({ members: 3, maximumMembers: 3 });
  });
  it('asks for the population when it is missing', () => {
    const result = requiredMembers(village({ population: null }), DAK_LAK_RULE_SET, ON);
    expect(result.members).toBeNull();
    expect(result.explanation.vi).toBe(
      'Chưa có số nhân khẩu của thôn, tổ dân phố: nhập số nhân khẩu để tính số thành viên cần có.',
    );
  });
});

describe('Hòa Bình: 4 members from 350 households (tổ dân phố 500), else 3', () => {
  it('switches exactly at the threshold', () => {
    expect(byHouseholds(HOA_BINH_RULE_SET, 'thon', [349, 350, 351, 5000])).toEqual([3, 4, 4, 4]);
    expect(byHouseholds(HOA_BINH_RULE_SET, 'to_dan_pho', [499, 500, 501])).toEqual([3, 4, 4]);
  });
});

describe('Thái Bình: by village class and commune kind', () => {
  const at = (facts: Partial<VillageFacts>) => requiredMembers(village(facts), THAI_BINH_RULE_SET, ON);
  it('gives a class-1 village its own team of 3 in a xã and 4 in a phường or thị trấn', () => {
    expect(at({ villageClass: 1 })).toMatchObject({ teams: 1, members: 3, villagesPerTeam: 1 });
    expect(at({ villageClass: 1, communeKind: 'phuong' })).toMatchObject({ teams: 1, members: 4 });
    expect(at({ villageClass: 1, communeKind: 'thi_tran', kind: 'to_dan_pho' })).toMatchObject({
      members: 4,
    });
  });
  it('puts two class-2 or class-3 villages in one team, whatever their size', () => {
    expect(at({ villageClass: 2, households: 349 })).toMatchObject({
      teams: 0.5,
      members: 3,
      villagesPerTeam: 2,
    });
    expect(at({ villageClass: 3, households: 351, communeKind: 'phuong' })).toMatchObject({
      teams: 0.5,
      members: 4,
    });
    expect(at({ villageClass: 2 }).explanation.vi).toContain('tối đa 2 thôn, tổ dân phố dùng chung 01 Tổ');
  });
  it('needs the village class and the commune kind', () => {
    expect(at({ villageClass: null }).members).toBeNull();
    expect(at({ villageClass: null }).explanation.vi).toContain('Không có tiêu chí nào');
    expect(at({ villageClass: 1, communeKind: null }).members).toBeNull();
  });
});

describe('requiredMembers outside the set’s dates', () => {
  it('gives no number before the set took effect or after it ended', () => {
    expect(requiredMembers(village(), NGHE_AN_RULE_SET, '2024-06-30').members).toBeNull();
    const ended = { ...NGHE_AN_RULE_SET, effectiveTo: '2025-06-30' };
    expect(requiredMembers(village(), ended, '2025-06-30').members).toBe(3);
    expect(requiredMembers(village(), ended, '2025-07-01').explanation.vi).toContain(
      'không áp dụng vào ngày 01/07/2025',
    );
  });
  it('picks the set in force on a day, the latest one first', () => {
    const later = { ...NINH_BINH_RULE_SET, id: 'later', effectiveFrom: '2025-07-01' };
    expect(findRuleSetInForce([NINH_BINH_RULE_SET, later], '2025-06-30')?.id).toBe('ninh-binh');
    expect(findRuleSetInForce([NINH_BINH_RULE_SET, later], '2025-07-01')?.id).toBe('later');
    expect(findRuleSetInForce([later], '2024-01-01')).toBeUndefined();
  });
});

describe('villageGap', () => {
  it('flags members missing and members beyond what is allowed', () => {
    expect(villageGap({ members: 4, maximumMembers: 4 }, 2)).toEqual({
      required: 4,
      inPost: 2,
      shortfall: 2,
      excess: 0,
      status: 'short',
    });
    expect(villageGap({ members: 4, maximumMembers: 4 }, 4).status).toBe('ok');
    expect(villageGap({ members: 3, maximumMembers: 5 }, 5).status).toBe('ok');
    expect(villageGap({ members: 3, maximumMembers: 5 }, 6)).toMatchObject({ excess: 1, status: 'over' });
    expect(villageGap({ members: null, maximumMembers: null }, 3).status).toBe('unknown');
  });
});

describe('totalRequired', () => {
  it('counts villages that share a team once, and a village left over as a whole team', () => {
    const results = [
      requiredMembers(village({ villageClass: 1 }), THAI_BINH_RULE_SET, ON),
      requiredMembers(village({ villageClass: 2 }), THAI_BINH_RULE_SET, ON),
      requiredMembers(village({ villageClass: 3 }), THAI_BINH_RULE_SET, ON),
      requiredMembers(village({ villageClass: null }), THAI_BINH_RULE_SET, ON),
    ];
    expect(totalRequired(results)).toEqual({ teams: 2, members: 6 });
    expect(totalRequired(results.slice(0, 2))).toEqual({ teams: 2, members: 6 });
  });
});
