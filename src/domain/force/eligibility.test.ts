import { describe, expect, it } from 'vitest';
import {
  ageOn,
  checkMemberEligibility,
  checkTeamLeaders,
  type EligibilityContext,
  type EligibilityFacts,
} from './eligibility.ts';

const member: EligibilityFacts = {
  dateOfBirth: '1980-05-10',
  education: 'thcs',
  residenceSince: '2010-01-01',
  healthCertifiedOn: '2024-06-01',
};
const context: EligibilityContext = { asOf: '2024-07-01', villageAreaTypes: [] };
const codes = (facts: Partial<EligibilityFacts>, overrides: Partial<EligibilityContext> = {}) =>
  checkMemberEligibility({ ...member, ...facts }, { ...context, ...overrides }).map(
    (problem) => problem.code,
  );

describe('ageOn', () => {
  it('counts completed years, a birthday completing one', () => {
    expect(ageOn('2006-07-01', '2024-06-30')).toBe(17);
    expect(ageOn('2006-07-01', '2024-07-01')).toBe(18);
    expect(ageOn('1953-07-01', '2024-07-01')).toBe(71);
  });
  it('gives someone born on 29/02 a birthday on 28/02 in common years', () => {
    expect(ageOn('2004-02-29', '2022-02-27')).toBe(17);
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(18);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(18);
    expect(ageOn('2008-02-29', '2026-02-27')).toBe(17);
  });
});

describe('checkMemberEligibility', () => {
  it('passes a person who meets every criterion', () => {
    expect(checkMemberEligibility(member, context)).toEqual([]);
  });

  it('takes people from their 18th birthday', () => {
    expect(codes({ dateOfBirth: '2006-07-01' })).toEqual([]);
    const [problem] = checkMemberEligibility({ ...member, dateOfBirth: '2006-07-02' }, context);
    expect(problem?.code).toBe('under_age');
    expect(problem?.message.vi).toBe(
      'Chưa đủ 18 tuổi (đủ 18 tuổi từ ngày 02/07/2024) (Điều 13 khoản 1 Luật 30/2023/QH15).',
    );
  });

  it('counts a 29/02 birthday as reached on 28/02 of a common year', () => {
    expect(codes({ dateOfBirth: '2008-02-29' }, { asOf: '2026-02-28' })).toEqual([]);
    expect(codes({ dateOfBirth: '2008-02-29' }, { asOf: '2026-02-27' })).toEqual(['under_age']);
  });

  it('takes people aged 70 and refuses 71 without the chairman', () => {
    expect(codes({ dateOfBirth: '1953-07-02' })).toEqual([]);
    const [problem] = checkMemberEligibility({ ...member, dateOfBirth: '1953-07-01' }, context);
    expect(problem?.code).toBe('over_age');
    expect(problem?.field).toBe('dateOfBirth');
    expect(problem?.message.vi).toMatch(/^Đã 71 tuổi, quá 70 tuổi và chưa có ý kiến của Chủ tịch UBND xã/);
  });

  it('takes people over 70 with the chairman’s exception, given in the context or on the member', () => {
    expect(codes({ dateOfBirth: '1950-01-01' }, { chairmanAgeException: true })).toEqual([]);
    expect(codes({ dateOfBirth: '1950-01-01', chairmanAgeException: true })).toEqual([]);
    expect(
      codes({ dateOfBirth: '1950-01-01', healthCertifiedOn: null }, { chairmanAgeException: true }),
    ).toEqual(['health']);
  });

  it('asks for lower-secondary school outside the listed areas', () => {
    const [problem] = checkMemberEligibility({ ...member, education: 'tieu_hoc' }, context);
    expect(problem?.code).toBe('education');
    expect(problem?.message.vi).toContain('phải tốt nghiệp trung học cơ sở');
    expect(codes({ education: 'thpt' })).toEqual([]);
    expect(codes({ education: 'dai_hoc' })).toEqual([]);
  });

  it('accepts primary school in mountain, border, island, ethnic-minority and disadvantaged areas', () => {
    for (const area of [
      'mountain',
      'border',
      'island',
      'ethnic_minority',
      'especially_disadvantaged',
    ] as const)
      expect(codes({ education: 'tieu_hoc' }, { villageAreaTypes: [area] })).toEqual([]);
    expect(codes({ education: 'none' }, { villageAreaTypes: ['mountain'] })).toEqual(['education']);
  });

  it('asks for one full year of residence', () => {
    expect(codes({ residenceSince: '2023-07-01' })).toEqual([]);
    const [problem] = checkMemberEligibility({ ...member, residenceSince: '2023-07-02' }, context);
    expect(problem?.code).toBe('residence');
    expect(problem?.message.vi).toBe(
      'Cư trú tại địa phương từ ngày 02/07/2023, đến ngày 01/07/2024 chưa đủ 01 năm (đủ từ ngày 02/07/2024) (Điều 13 khoản 4).',
    );
    expect(codes({ residenceSince: '2024-08-01' })).toEqual(['residence']);
  });

  it('completes a year of residence begun on 29/02 on 28/02 of the next year', () => {
    expect(codes({ residenceSince: '2024-02-29' }, { asOf: '2025-02-28' })).toEqual([]);
    expect(codes({ residenceSince: '2024-02-29' }, { asOf: '2025-02-27' })).toEqual(['residence']);
  });

  it('asks for citizenship, a clean record and a health certificate', () => {
    expect(codes({ isVietnameseCitizen: false })).toEqual(['not_citizen']);
    const [record] = checkMemberEligibility({ ...member, recordStatus: 'under_prosecution' }, context);
    expect(record?.message.vi).toBe(
      'Đang bị truy cứu trách nhiệm hình sự: chưa đủ tiêu chuẩn về lý lịch (Điều 13 khoản 2).',
    );
    expect(codes({ healthCertifiedOn: null })).toEqual(['health']);
  });

  it('reports every failing criterion at once', () => {
    expect(
      codes({
        dateOfBirth: '2010-01-01',
        education: 'tieu_hoc',
        residenceSince: '2024-01-01',
        healthCertifiedOn: null,
      }),
    ).toEqual(['under_age', 'education', 'residence', 'health']);
  });
});

describe('checkTeamLeaders', () => {
  const leader = { fullName: 'Nguyễn Văn A', role: 'to_truong', status: 'active' } as const;
  const deputy = { fullName: 'Trần Thị B', role: 'to_pho', status: 'active' } as const;

  it('accepts one active Tổ trưởng, whatever the others are', () => {
    expect(checkTeamLeaders([leader, deputy, { ...leader, fullName: 'Lê Văn C', status: 'left' }])).toEqual(
      [],
    );
  });

  it('flags a team without an active Tổ trưởng', () => {
    expect(checkTeamLeaders([deputy, { ...leader, status: 'suspended' }]).map((p) => p.code)).toEqual([
      'no_leader',
    ]);
    expect(checkTeamLeaders([]).map((p) => p.code)).toEqual(['no_leader']);
  });

  it('flags two active Tổ trưởng by name', () => {
    const [problem] = checkTeamLeaders([leader, { ...leader, fullName: 'Lê Văn C' }]);
    expect(problem?.code).toBe('several_leaders');
    expect(problem?.message.vi).toBe(
      'Tổ có 2 Tổ trưởng đang tham gia (Nguyễn Văn A, Lê Văn C); mỗi Tổ chỉ có 01 Tổ trưởng.',
    );
  });
});
