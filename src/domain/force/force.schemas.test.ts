import { describe, expect, it } from 'vitest';
import { communeKindOf, memberInputSchema, teamInputSchema, villageInputSchema } from './force.schemas.ts';

const member = {
  teamId: 'team-1',
  fullName: 'Nguyễn Văn Mẫu',
  dateOfBirth: '1980-05-10',
  sex: 'male',
  cccd: '019080001234',
  residence: 'Xóm Đồng Tâm, xã Hùng Sơn',
  residenceSince: '2010-01-01',
  education: 'thcs',
  role: 'to_vien',
  origin: 'new',
};

describe('force schemas', () => {
  it('fill a member’s defaults', () => {
    expect(memberInputSchema.parse(member)).toMatchObject({
      ethnicity: 'Kinh',
      isVietnameseCitizen: true,
      recordStatus: 'clean',
      status: 'active',
      chairmanAgeException: false,
      phone: null,
    });
  });

  it('ask a member who left for the reason and the date', () => {
    const result = memberInputSchema.safeParse({ ...member, status: 'left' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['leaveReason', 'leftOn']);
    expect(
      memberInputSchema.safeParse({ ...member, status: 'left', leaveReason: 'a', leftOn: '2024-08-01' })
        .success,
    ).toBe(true);
  });

  it('refuse a CCCD that is not 12 digits, with a Vietnamese message', () => {
    const result = memberInputSchema.safeParse({ ...member, cccd: '01908000123' });
    expect(result.error?.issues[0]?.message).toBe('Số CCCD phải gồm đúng 12 chữ số');
  });

  it('take a village with its area types and a team over one or more villages', () => {
    const village = villageInputSchema.parse({
      unitId: 'commune-1',
      name: 'Xóm Đồng Tâm',
      kind: 'thon',
      households: 350,
      population: 1200,
      areaHectares: null,
      villageClass: 2,
      areaTypes: ['mountain', 'ethnic_minority'],
    });
    expect(village.securityRating).toBe('normal');
    expect(villageInputSchema.safeParse({ ...village, villageClass: 4 }).success).toBe(false);
    expect(
      teamInputSchema.safeParse({
        name: 'Tổ 1',
        villageIds: [],
        decisionNumber: '1/QĐ-UBND',
        decisionDate: '2024-07-05',
        decisionSigner: 'A',
      }).success,
    ).toBe(false);
  });

  it('read the commune kind off its name', () => {
    expect(communeKindOf('Xã Hùng Sơn')).toBe('xa');
    expect(communeKindOf('Phường Quán Triều')).toBe('phuong');
    expect(communeKindOf('Thị trấn Hùng Sơn')).toBe('thi_tran');
    expect(communeKindOf('Huyện Đại Từ')).toBeUndefined();
  });
});
