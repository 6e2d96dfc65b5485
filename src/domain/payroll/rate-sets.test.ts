import { describe, expect, it } from 'vitest';
import { rateSetInputSchema } from './payroll.schemas.ts';
import { EXAMPLE_RATE_SETS, rateFor, validateRateSet, validateRateSets } from './rate-sets.ts';
import { rate, rateSet } from './testing.ts';

const example = (id: string) => {
  const set = EXAMPLE_RATE_SETS.find((s) => s.id === id);
  if (!set) throw new Error(id);
  return set;
};

describe('the shipped example rate sets', () => {
  it('are all valid, labelled examples with a source', () => {
    expect(validateRateSets(EXAMPLE_RATE_SETS)).toEqual([]);
    for (const set of EXAMPLE_RATE_SETS) {
      expect(set.isExample).toBe(true);
      expect(set.source.length).toBeGreaterThan(20);
    }
  });

  it('carry Hà Nội: 2,520,000 đ each, TT +300,000, TP +200,000, BHXH 234,000, BHYT 54,000, duty 100,000 đ/day', () => {
    const hn = example('vd-ha-noi-2024');
    expect(rateFor(hn, 'to_vien', 'monthly_support')?.value).toBe(2_520_000);
    expect(rateFor(hn, 'to_truong', 'role_supplement')?.value).toBe(300_000);
    expect(rateFor(hn, 'to_pho', 'role_supplement')?.value).toBe(200_000);
    expect(rateFor(hn, 'to_vien', 'role_supplement')).toBeNull();
    expect(rateFor(hn, 'to_pho', 'bhxh_support')).toMatchObject({ basis: 'fixed', value: 234_000 });
    expect(rateFor(hn, 'to_pho', 'bhyt_support')).toMatchObject({ basis: 'fixed', value: 54_000 });
    expect(rateFor(hn, 'to_vien', 'duty_assigned')).toMatchObject({ value: 100_000, unit: 'day' });
  });

  it('carry Nghệ An with BHYT 100 % and BHXH 50 % of the member’s own contribution, explained in the notes', () => {
    const na = example('vd-nghe-an-2024');
    expect(na.resolution?.number).toBe('06/2024/NQ-HĐND');
    expect(rateFor(na, 'to_truong', 'monthly_support')?.value).toBe(2_000_000);
    expect(rateFor(na, 'to_pho', 'monthly_support')?.value).toBe(1_200_000);
    expect(rateFor(na, 'to_vien', 'monthly_support')?.value).toBe(1_100_000);
    expect(rateFor(na, 'to_vien', 'bhyt_support')).toMatchObject({
      basis: 'percent_of_contribution',
      value: 100,
    });
    expect(rateFor(na, 'to_vien', 'bhxh_support')).toMatchObject({
      basis: 'percent_of_contribution',
      value: 50,
    });
    expect(na.notes.join(' ')).toMatch(/phải nhập mức đóng hằng tháng của từng thành viên/);
  });

  it('carry Đắk Lắk and Thanh Hóa (class 1 coefficients of the base salary)', () => {
    const dl = example('vd-dak-lak-2024');
    expect(
      ['to_truong', 'to_pho', 'to_vien'].map((r) => rateFor(dl, r as never, 'monthly_support')?.value),
    ).toEqual([1_800_000, 1_500_000, 1_200_000]);
    const th = example('vd-thanh-hoa-2024-loai-1');
    expect(th.rates.map((r) => [r.role, r.basis, r.value])).toEqual([
      ['to_truong', 'coefficient', 0.7],
      ['to_pho', 'coefficient', 0.65],
      ['to_vien', 'coefficient', 0.6],
    ]);
    expect(th.notes[0]).toMatch(/loại 2/);
  });

  it('label the Thái Nguyên demo set as example values to be replaced by the province’s resolution', () => {
    const tn = example('vd-thai-nguyen-demo');
    expect(tn.title).toContain('Giá trị ví dụ — thay bằng Nghị quyết của HĐND tỉnh Thái Nguyên');
    expect(tn.resolution).toBeNull();
  });
});

describe('rate lookup', () => {
  it('prefers the role’s own rate over the rate for all roles', () => {
    const set = rateSet('a', '2024-07-01', null, [
      rate('all', 'duty_night', 100_000),
      rate('to_truong', 'duty_night', 120_000),
    ]);
    expect(rateFor(set, 'to_truong', 'duty_night')?.value).toBe(120_000);
    expect(rateFor(set, 'to_pho', 'duty_night')?.value).toBe(100_000);
    expect(rateFor(set, 'to_pho', 'training_day')).toBeNull();
  });
});

describe('validating rate sets', () => {
  it('rejects a duplicate role and kind, a wrong unit, a percentage of a monthly support and a 5-decimal coefficient', () => {
    const set = rateSet('a', '2024-07-01', null, [
      rate('to_vien', 'monthly_support', 1_000_000),
      rate('to_vien', 'monthly_support', 1_100_000),
      { ...rate('all', 'duty_night', 100_000), unit: 'month' },
      rate('to_pho', 'monthly_support', 50, 'percent_of_contribution'),
      rate('to_truong', 'monthly_support', 0.12345, 'coefficient'),
    ]);
    const messages = validateRateSet(set).map((e) => `${e.path}: ${e.message}`);
    expect(messages).toEqual([
      'rateSet.rates.1: Hỗ trợ thường xuyên hằng tháng (Tổ viên) đã có ở dòng 1: mỗi chức danh chỉ có một mức cho mỗi khoản.',
      'rateSet.rates.2.unit: Bồi dưỡng ngày trực đêm (mọi chức danh): đơn vị phải là "ngày".',
      'rateSet.rates.3.basis: Hỗ trợ thường xuyên hằng tháng (Tổ phó): chỉ khoản hỗ trợ đóng BHXH, BHYT mới được tính theo % mức đóng.',
      'rateSet.rates.4.value: Hỗ trợ thường xuyên hằng tháng (Tổ trưởng): hệ số phải lớn hơn 0, không quá 20 và có tối đa 4 chữ số thập phân.',
    ]);
  });

  it('rejects two sets of one province in force on the same day, and allows other provinces and gaps', () => {
    const a = rateSet('a', '2024-07-01', '2024-12-31', [rate('all', 'monthly_support', 1_000_000)]);
    const b = rateSet('b', '2024-12-01', null, [rate('all', 'monthly_support', 1_100_000)]);
    const errors = validateRateSets([a, b]);
    expect(errors).toEqual([
      {
        path: 'rateSets.1.effectiveFrom',
        message:
          '"Bộ mức b" (từ 01/12/2024) chồng thời gian hiệu lực với "Bộ mức a" (từ 01/07/2024 đến 31/12/2024): ' +
          'hãy cho bộ trước hết hiệu lực vào ngày liền trước.',
      },
    ]);
    expect(validateRateSets([a, { ...b, province: 'Tỉnh Bắc Kạn' }])).toEqual([]);
    expect(validateRateSets([a, { ...b, effectiveFrom: '2025-03-01' }])).toEqual([]);
  });

  it('answers a hand-entered set through the zod schema with the same messages', () => {
    const {
      id: _id,
      isExample: _isExample,
      ...input
    } = rateSet('x', '2024-07-01', '2024-06-01', [rate('all', 'monthly_support', 1_000_000)]);
    const result = rateSetInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['effectiveTo'],
        message: 'Ngày hết hiệu lực 01/06/2024 trước ngày hiệu lực 01/07/2024.',
      }),
    ]);
  });
});
