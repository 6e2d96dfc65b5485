import type { FieldError } from '../errors.ts';
import { isIsoDate, vnDate } from './calendar.ts';
import {
  MAX_COEFFICIENT,
  MAX_FIXED_VND,
  MONTHLY_KINDS,
  PAYROLL_ROLE_LABELS,
  RATE_KIND_LABELS,
  type PayrollRole,
  type RateBasis,
  type RateKind,
  type RateRole,
  type RateUnit,
} from './constants.ts';
import { formatVnd, hasAtMostDecimals } from './money.ts';

/** One figure of a resolution: what `role` gets for `kind`, per `unit`. */
export interface Rate {
  role: RateRole;
  kind: RateKind;
  basis: RateBasis;
  /** VND (fixed), a coefficient of the base salary (coefficient) or a percentage 0–100 (percent_of_contribution). */
  value: number;
  /** 'month' for the monthly kinds, 'day' for duty and training days. */
  unit: RateUnit;
}

/** The HĐND resolution that set a rate set; a part not read in a primary source stays null. */
export interface Resolution {
  number: string | null;
  /** ISO date of adoption. */
  date: string | null;
  issuer: string;
}

/**
 * The rates a province's resolution sets, in force from `effectiveFrom` to `effectiveTo` (inclusive; null =
 * until further notice). A change of rates is a new set from the day it applies; sets of one province must not
 * overlap.
 */
export interface RateSet {
  id: string;
  title: string;
  province: string;
  resolution: Resolution | null;
  /** Where the figures come from (document, or the report that published them, with its address). */
  source: string;
  /** True for the shipped examples (other provinces' published figures, or made-up demo values). */
  isExample: boolean;
  effectiveFrom: string;
  effectiveTo: string | null;
  rates: Rate[];
  /** Caveats in Vietnamese: what the source did not say, what must be checked or supplied. */
  notes: string[];
}

const MONTHLY = new Set<RateKind>(MONTHLY_KINDS);
export const isMonthlyKind = (kind: RateKind): boolean => MONTHLY.has(kind);

/** The rate of `kind` for `role` in a set: the role's own rate, else the set's rate for 'all', else null. */
export function rateFor(set: RateSet, role: PayrollRole, kind: RateKind): Rate | null {
  let forAll: Rate | null = null;
  for (const rate of set.rates) {
    if (rate.kind !== kind) continue;
    if (rate.role === role) return rate;
    if (rate.role === 'all') forAll = rate;
  }
  return forAll;
}

/** Is the set in force on `date`? */
export function isInForce(set: Pick<RateSet, 'effectiveFrom' | 'effectiveTo'>, date: string): boolean {
  return set.effectiveFrom <= date && (set.effectiveTo === null || date <= set.effectiveTo);
}

function roleLabel(role: RateRole): string {
  return role === 'all' ? 'mọi chức danh' : PAYROLL_ROLE_LABELS[role].vi;
}

/** Problems of one rate, in Vietnamese. */
export function validateRate(rate: Rate, path: string): FieldError[] {
  const errors: FieldError[] = [];
  const what = `${RATE_KIND_LABELS[rate.kind].vi} (${roleLabel(rate.role)})`;
  const expectedUnit: RateUnit = isMonthlyKind(rate.kind) ? 'month' : 'day';
  if (rate.unit !== expectedUnit) {
    errors.push({
      path: `${path}.unit`,
      message: `${what}: đơn vị phải là ${expectedUnit === 'month' ? '"tháng"' : '"ngày"'}.`,
    });
  }
  const v = rate.value;
  switch (rate.basis) {
    case 'fixed':
      if (!Number.isInteger(v) || v <= 0 || v > MAX_FIXED_VND) {
        errors.push({
          path: `${path}.value`,
          message: `${what}: số tiền phải là số nguyên đồng, lớn hơn 0 và không quá ${formatVnd(MAX_FIXED_VND)}.`,
        });
      }
      break;
    case 'coefficient':
      if (!Number.isFinite(v) || v <= 0 || v > MAX_COEFFICIENT || !hasAtMostDecimals(v, 4)) {
        errors.push({
          path: `${path}.value`,
          message: `${what}: hệ số phải lớn hơn 0, không quá ${MAX_COEFFICIENT} và có tối đa 4 chữ số thập phân.`,
        });
      }
      break;
    case 'percent_of_contribution':
      if (rate.kind !== 'bhxh_support' && rate.kind !== 'bhyt_support') {
        errors.push({
          path: `${path}.basis`,
          message: `${what}: chỉ khoản hỗ trợ đóng BHXH, BHYT mới được tính theo % mức đóng.`,
        });
      }
      if (!Number.isFinite(v) || v <= 0 || v > 100 || !hasAtMostDecimals(v, 2)) {
        errors.push({
          path: `${path}.value`,
          message: `${what}: tỷ lệ phải lớn hơn 0, không quá 100 % và có tối đa 2 chữ số thập phân.`,
        });
      }
      break;
  }
  return errors;
}

/** Problems of one rate set on its own (dates, texts, rates, duplicates), in Vietnamese. */
export function validateRateSet(set: RateSet, path = 'rateSet'): FieldError[] {
  const errors: FieldError[] = [];
  if (set.title.trim() === '') errors.push({ path: `${path}.title`, message: 'Cần nhập tên bộ mức hỗ trợ.' });
  if (set.province.trim() === '')
    errors.push({ path: `${path}.province`, message: 'Cần nhập tỉnh áp dụng.' });
  if (set.source.trim() === '') {
    errors.push({
      path: `${path}.source`,
      message: 'Cần ghi nguồn của các mức (số hiệu Nghị quyết của HĐND tỉnh, hoặc nơi đã công bố).',
    });
  }
  if (!isIsoDate(set.effectiveFrom)) {
    errors.push({
      path: `${path}.effectiveFrom`,
      message: 'Ngày hiệu lực không hợp lệ (cần dạng YYYY-MM-DD).',
    });
  }
  if (set.effectiveTo !== null) {
    if (!isIsoDate(set.effectiveTo)) {
      errors.push({
        path: `${path}.effectiveTo`,
        message: 'Ngày hết hiệu lực không hợp lệ (cần dạng YYYY-MM-DD).',
      });
    } else if (isIsoDate(set.effectiveFrom) && set.effectiveTo < set.effectiveFrom) {
      errors.push({
        path: `${path}.effectiveTo`,
        message: `Ngày hết hiệu lực ${vnDate(set.effectiveTo)} trước ngày hiệu lực ${vnDate(set.effectiveFrom)}.`,
      });
    }
  }
  if (set.resolution?.date != null && !isIsoDate(set.resolution.date)) {
    errors.push({ path: `${path}.resolution.date`, message: 'Ngày ban hành Nghị quyết không hợp lệ.' });
  }
  if (set.rates.length === 0) {
    errors.push({ path: `${path}.rates`, message: 'Bộ mức hỗ trợ phải có ít nhất một mức.' });
  }
  const seen = new Map<string, number>();
  set.rates.forEach((rate, index) => {
    const at = `${path}.rates.${index}`;
    errors.push(...validateRate(rate, at));
    const key = `${rate.role}|${rate.kind}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
    } else {
      errors.push({
        path: at,
        message:
          `${RATE_KIND_LABELS[rate.kind].vi} (${roleLabel(rate.role)}) đã có ở dòng ${first + 1}: ` +
          'mỗi chức danh chỉ có một mức cho mỗi khoản.',
      });
    }
  });
  return errors;
}

/**
 * Problems of a list of rate sets: each set on its own, then overlaps between the sets of one province (a day
 * may be governed by one set only; gaps are allowed — nothing is paid on a day without a set in force).
 */
export function validateRateSets(sets: readonly RateSet[], path = 'rateSets'): FieldError[] {
  const errors: FieldError[] = [];
  const ids = new Set<string>();
  sets.forEach((set, index) => {
    errors.push(...validateRateSet(set, `${path}.${index}`));
    if (ids.has(set.id))
      errors.push({ path: `${path}.${index}.id`, message: `Mã bộ mức "${set.id}" bị trùng.` });
    ids.add(set.id);
  });
  if (errors.length > 0) return errors;
  const byProvince = new Map<string, { set: RateSet; index: number }[]>();
  sets.forEach((set, index) => {
    const list = byProvince.get(set.province) ?? [];
    list.push({ set, index });
    byProvince.set(set.province, list);
  });
  for (const list of byProvince.values()) {
    list.sort((a, b) => (a.set.effectiveFrom < b.set.effectiveFrom ? -1 : 1));
    for (let i = 1; i < list.length; i += 1) {
      const prev = list[i - 1]!;
      const next = list[i]!;
      if (prev.set.effectiveTo === null || next.set.effectiveFrom <= prev.set.effectiveTo) {
        errors.push({
          path: `${path}.${next.index}.effectiveFrom`,
          message:
            `"${next.set.title}" (từ ${vnDate(next.set.effectiveFrom)}) chồng thời gian hiệu lực với ` +
            `"${prev.set.title}" (${describePeriod(prev.set)}): ` +
            'hãy cho bộ trước hết hiệu lực vào ngày liền trước.',
        });
      }
    }
  }
  return errors;
}

function describePeriod(set: Pick<RateSet, 'effectiveFrom' | 'effectiveTo'>): string {
  return set.effectiveTo === null
    ? `từ ${vnDate(set.effectiveFrom)}, chưa có ngày hết hiệu lực`
    : `từ ${vnDate(set.effectiveFrom)} đến ${vnDate(set.effectiveTo)}`;
}

const fixed = (role: RateRole, kind: RateKind, value: number): Rate => ({
  role,
  kind,
  basis: 'fixed',
  value,
  unit: isMonthlyKind(kind) ? 'month' : 'day',
});
const coefficient = (role: RateRole, kind: RateKind, value: number): Rate => ({
  role,
  kind,
  basis: 'coefficient',
  value,
  unit: isMonthlyKind(kind) ? 'month' : 'day',
});
const percent = (kind: 'bhxh_support' | 'bhyt_support', value: number): Rate => ({
  role: 'all',
  kind,
  basis: 'percent_of_contribution',
  value,
  unit: 'month',
});

const ASSUMED_FROM_LAW =
  'Ngày hiệu lực lấy theo ngày Luật 30/2023/QH15 có hiệu lực (01/7/2024); cần đối chiếu với Nghị quyết trước khi dùng.';

/**
 * The published examples of DOMAIN.md ("How provinces set the numbers"), selectable as a starting point for a
 * province's own set, plus a demo set for Thái Nguyên (whose resolution was not found). Every figure is the
 * one the cited report printed; what the report did not say is left out and written in `notes`.
 */
export const EXAMPLE_RATE_SETS: readonly RateSet[] = [
  {
    id: 'vd-ha-noi-2024',
    title: 'Hà Nội — mức hỗ trợ lực lượng tham gia bảo vệ ANTT ở cơ sở (2024)',
    province: 'Thành phố Hà Nội',
    resolution: { number: null, date: '2024-07-01', issuer: 'HĐND thành phố Hà Nội' },
    source:
      'Nghị quyết HĐND TP Hà Nội thông qua chiều 01/7/2024, theo VTC News: "Hà Nội chốt mức hỗ trợ lực lượng an ninh ' +
      'cơ sở hơn 2,8 triệu đồng/tháng" — https://vtcnews.vn/ha-noi-chot-muc-ho-tro-luc-luong-an-ninh-co-so-hon-2-8-trieu-dong-thang-ar880740.html',
    isExample: true,
    effectiveFrom: '2024-07-01',
    effectiveTo: null,
    rates: [
      fixed('all', 'monthly_support', 2_520_000),
      fixed('to_truong', 'role_supplement', 300_000),
      fixed('to_pho', 'role_supplement', 200_000),
      fixed('all', 'bhxh_support', 234_000),
      fixed('all', 'bhyt_support', 54_000),
      fixed('all', 'duty_assigned', 100_000),
    ],
    notes: [
      'Số hiệu Nghị quyết chưa đối chiếu được với văn bản gốc.',
      ASSUMED_FROM_LAW,
      'Bồi dưỡng 100.000 đ/người/ngày khi thực hiện nhiệm vụ theo phân công, điều động, huy động với thời gian ' +
        'từ 4 giờ trở lên: chỉ nhập vào số ngày làm nhiệm vụ được phân công những ngày đủ điều kiện này.',
    ],
  },
  {
    id: 'vd-nghe-an-2024',
    title: 'Nghệ An — mức hỗ trợ theo Nghị quyết 06/2024/NQ-HĐND',
    province: 'Tỉnh Nghệ An',
    resolution: { number: '06/2024/NQ-HĐND', date: null, issuer: 'HĐND tỉnh Nghệ An khóa XVIII' },
    source:
      'Nghị quyết 06/2024/NQ-HĐND của HĐND tỉnh Nghệ An, theo Báo Lao Động: "Ngoài hỗ trợ hằng tháng, nhiều tỉnh ' +
      'chi 100% mua BHYT cho trật tự thôn" (https://laodong.vn/xa-hoi/ngoai-ho-tro-hang-thang-nhieu-tinh-chi-100-mua-bhyt-cho-trat-tu-thon-1366104.ldo) ' +
      'và Báo Gia đình & Xã hội (10/2024)',
    isExample: true,
    effectiveFrom: '2024-07-01',
    effectiveTo: null,
    rates: [
      fixed('to_truong', 'monthly_support', 2_000_000),
      fixed('to_pho', 'monthly_support', 1_200_000),
      fixed('to_vien', 'monthly_support', 1_100_000),
      percent('bhyt_support', 100),
      percent('bhxh_support', 50),
    ],
    notes: [
      ASSUMED_FROM_LAW,
      'Hỗ trợ 100 % mức đóng BHYT (người tham gia BHYT theo hộ gia đình) và 50 % mức đóng BHXH tự nguyện: mức đóng ' +
        'khác nhau theo từng người (thu nhập lựa chọn, thứ tự trong hộ), nguồn không nêu số tiền, nên phải nhập mức ' +
        'đóng hằng tháng của từng thành viên; thiếu mức đóng thì dòng đó được đánh dấu "thiếu mức đóng" và chưa tính tiền.',
    ],
  },
  {
    id: 'vd-dak-lak-2024',
    title: 'Đắk Lắk — mức hỗ trợ hằng tháng (2024)',
    province: 'Tỉnh Đắk Lắk',
    resolution: { number: null, date: null, issuer: 'HĐND tỉnh Đắk Lắk' },
    source:
      'Nghị quyết HĐND tỉnh Đắk Lắk, theo Báo Gia đình & Xã hội (06/2024): "Đắk Lắk: Mức hỗ trợ hằng tháng mà thành ' +
      'viên Tổ bảo vệ an ninh, trật tự cơ sở sắp nhận được" — https://giadinh.suckhoedoisong.vn/dak-lak-muc-ho-tro-hang-thang-ma-thanh-vien-to-bao-ve-an-ninh-trat-tu-co-so-sap-nhan-duoc-172240623111642785.htm',
    isExample: true,
    effectiveFrom: '2024-07-01',
    effectiveTo: null,
    rates: [
      fixed('to_truong', 'monthly_support', 1_800_000),
      fixed('to_pho', 'monthly_support', 1_500_000),
      fixed('to_vien', 'monthly_support', 1_200_000),
    ],
    notes: ['Số hiệu và ngày của Nghị quyết chưa đối chiếu được.', ASSUMED_FROM_LAW],
  },
  {
    id: 'vd-thanh-hoa-2024-loai-1',
    title: 'Thanh Hóa — thôn, tổ dân phố loại 1 (hệ số mức lương cơ sở)',
    province: 'Tỉnh Thanh Hóa',
    resolution: { number: null, date: null, issuer: 'HĐND tỉnh Thanh Hóa' },
    source:
      'Nghị quyết HĐND tỉnh Thanh Hóa, theo Cổng Thông tin điện tử Chính phủ (10/07/2024): "Hỗ trợ thành viên Tổ bảo vệ ' +
      'an ninh, trật tự từ 0,6-0,7 mức lương cơ sở" — https://xaydungchinhsach.chinhphu.vn/ho-tro-thanh-vien-to-bao-ve-an-ninh-trat-tu-tu-07-056-muc-luong-co-so-nguoi-thang-119240703190719023.htm',
    isExample: true,
    effectiveFrom: '2024-07-01',
    effectiveTo: null,
    rates: [
      coefficient('to_truong', 'monthly_support', 0.7),
      coefficient('to_pho', 'monthly_support', 0.65),
      coefficient('to_vien', 'monthly_support', 0.6),
    ],
    notes: [
      'Chỉ áp dụng cho thôn, tổ dân phố loại 1. Mức của thôn, tổ dân phố loại 2 (Tổ trưởng hệ số 0,65; Tổ phó, Tổ ' +
        'viên chưa đọc được trong nguồn) không được đưa vào: một xã có cả hai loại cần hai bộ mức theo loại thôn.',
      ASSUMED_FROM_LAW,
    ],
  },
  {
    id: 'vd-thai-nguyen-demo',
    title: 'Thái Nguyên — Giá trị ví dụ — thay bằng Nghị quyết của HĐND tỉnh Thái Nguyên',
    province: 'Tỉnh Thái Nguyên',
    resolution: null,
    source:
      'Giá trị minh họa cho bản demo, không lấy từ văn bản nào: Nghị quyết của HĐND tỉnh Thái Nguyên chưa được tìm thấy.',
    isExample: true,
    effectiveFrom: '2024-07-01',
    effectiveTo: null,
    rates: [
      coefficient('to_truong', 'monthly_support', 0.8),
      coefficient('to_pho', 'monthly_support', 0.7),
      coefficient('to_vien', 'monthly_support', 0.6),
      fixed('all', 'duty_night', 100_000),
      fixed('all', 'duty_holiday', 100_000),
      fixed('all', 'training_day', 80_000),
    ],
    notes: [
      'Giá trị ví dụ — thay bằng Nghị quyết của HĐND tỉnh Thái Nguyên trước khi dùng để chi trả.',
      'Ngày tập huấn theo Luật được hỗ trợ bằng mức tiền ăn cơ bản của chiến sĩ nghĩa vụ Công an nhân dân: ' +
        '80.000 đ/ngày ở đây chỉ là số minh họa.',
    ],
  },
];
