import { describe, expect, it } from 'vitest';
import { attendanceSetSchema, passedOf, trainingKindOf } from './attendance.ts';

describe('force-training attendance', () => {
  it('gives the training record kind of an event', () => {
    expect(trainingKindOf('force_training', 'Huấn luyện, bồi dưỡng nghiệp vụ năm 2025')).toBe('training');
    expect(trainingKindOf('force_training', 'Lớp bồi dưỡng kỹ năng tuần tra')).toBe('refresher');
    expect(trainingKindOf('drill', 'Diễn tập phòng cháy')).toBe('drill');
    expect(trainingKindOf('contest', 'Hội thi')).toBe('contest');
    expect(trainingKindOf('briefing', 'Hội nghị quán triệt')).toBeUndefined();
  });

  it('maps a result to the record’s passed column; absent gives no record', () => {
    expect([passedOf('passed'), passedOf('failed'), passedOf('attended'), passedOf('absent')]).toEqual([
      1,
      0,
      null,
      undefined,
    ]);
  });

  it('refuses a bad result, repeated members, certificates for the absent and repeated certificates', () => {
    const badResult = attendanceSetSchema.safeParse({ items: [{ memberId: 'a', result: 'present' }] });
    expect(badResult.error?.issues.map((issue) => [issue.path.join('/'), issue.message])).toEqual([
      ['items/0/result', expect.stringContaining('attended (Tham dự), passed (Đạt)')],
    ]);
    const bad = attendanceSetSchema.safeParse({
      items: [
        { memberId: 'a', result: 'passed' },
        { memberId: 'b', result: 'absent', certificateNo: 'CC-1' },
        { memberId: 'b', result: 'passed', certificateNo: ' cc-2 ' },
        { memberId: 'c', result: 'passed', certificateNo: 'CC-2' },
      ],
    });
    expect(bad.success).toBe(false);
    const issues = bad.error?.issues.map((issue) => [issue.path.join('/'), issue.message]) ?? [];
    expect(issues).toEqual([
      ['items/1/certificateNo', expect.stringContaining('Chỉ cấp chứng chỉ')],
      ['items/2/memberId', 'Thành viên này đã có ở dòng 2'],
      ['items/3/certificateNo', 'Số chứng chỉ trùng với dòng 3'],
    ]);
    const good = attendanceSetSchema.parse({
      items: [{ memberId: 'a', result: 'passed', certificateNo: '  ' }],
    });
    expect(good.items[0]?.certificateNo).toBeNull();
  });
});
