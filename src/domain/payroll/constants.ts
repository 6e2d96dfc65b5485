/**
 * The payroll's own vocabulary. Roles mirror the force register's `MemberRole` (Art. 16 of Law 30/2023/QH15)
 * but are declared here so that the payroll depends on plain data only: the server maps force rows into
 * `PayrollMemberInput` (compute-payroll.ts).
 */
export const PAYROLL_ROLES = ['to_truong', 'to_pho', 'to_vien'] as const;
export type PayrollRole = (typeof PAYROLL_ROLES)[number];

export const PAYROLL_ROLE_LABELS: Record<PayrollRole, { vi: string; en: string }> = {
  to_truong: { vi: 'Tổ trưởng', en: 'Team leader' },
  to_pho: { vi: 'Tổ phó', en: 'Deputy team leader' },
  to_vien: { vi: 'Tổ viên', en: 'Team member' },
};

/** A rate names one role, or 'all' for every role (a role's own rate of the same kind wins over 'all'). */
export const RATE_ROLES = ['all', ...PAYROLL_ROLES] as const;
export type RateRole = (typeof RATE_ROLES)[number];

/**
 * What a rate pays for (Art. 23 of the Law). Monthly kinds are paid pro rata by calendar days in post; day kinds
 * are paid per day counted (duty, training).
 * - monthly_support  hỗ trợ thường xuyên hằng tháng
 * - role_supplement  hỗ trợ thêm theo chức danh (Tổ trưởng, Tổ phó)
 * - bhxh_support     hỗ trợ đóng BHXH tự nguyện
 * - bhyt_support     hỗ trợ đóng BHYT
 * - duty_assigned    ngày làm nhiệm vụ được phân công, điều động, huy động (e.g. Hà Nội: "từ 4 giờ trở lên")
 * - duty_night       ngày trực đêm (22:00–06:00)
 * - duty_holiday     ngày trực ngày nghỉ, ngày lễ, Tết
 * - duty_hazardous   ngày làm nhiệm vụ nặng nhọc, nguy hiểm
 * - training_day     ngày tập huấn, bồi dưỡng
 */
export const MONTHLY_KINDS = ['monthly_support', 'role_supplement', 'bhxh_support', 'bhyt_support'] as const;
export const DAY_KINDS = [
  'duty_assigned',
  'duty_night',
  'duty_holiday',
  'duty_hazardous',
  'training_day',
] as const;
export const RATE_KINDS = [...MONTHLY_KINDS, ...DAY_KINDS] as const;
export type MonthlyKind = (typeof MONTHLY_KINDS)[number];
export type DayKind = (typeof DAY_KINDS)[number];
export type RateKind = (typeof RATE_KINDS)[number];

export const RATE_KIND_LABELS: Record<RateKind, { vi: string; en: string }> = {
  monthly_support: { vi: 'Hỗ trợ thường xuyên hằng tháng', en: 'Monthly support' },
  role_supplement: { vi: 'Hỗ trợ thêm theo chức danh', en: 'Role supplement' },
  bhxh_support: { vi: 'Hỗ trợ đóng BHXH tự nguyện', en: 'Voluntary social insurance support' },
  bhyt_support: { vi: 'Hỗ trợ đóng BHYT', en: 'Health insurance support' },
  duty_assigned: { vi: 'Bồi dưỡng ngày làm nhiệm vụ được phân công', en: 'Assigned duty day' },
  duty_night: { vi: 'Bồi dưỡng ngày trực đêm', en: 'Night duty day' },
  duty_holiday: { vi: 'Bồi dưỡng ngày trực ngày nghỉ, lễ, Tết', en: 'Holiday duty day' },
  duty_hazardous: { vi: 'Bồi dưỡng ngày làm nhiệm vụ nặng nhọc, nguy hiểm', en: 'Hazardous duty day' },
  training_day: { vi: 'Hỗ trợ ngày tập huấn', en: 'Training day' },
};

/**
 * How a rate's value is read:
 * - fixed                    value is VND per unit;
 * - coefficient              value × the base salary (mức lương cơ sở) in force on each day, per unit;
 * - percent_of_contribution  value % of the member's own monthly insurance contribution (BHXH or BHYT),
 *                            which the member input supplies (it differs from member to member).
 */
export const RATE_BASES = ['fixed', 'coefficient', 'percent_of_contribution'] as const;
export type RateBasis = (typeof RATE_BASES)[number];

export const RATE_BASIS_LABELS: Record<RateBasis, { vi: string; en: string }> = {
  fixed: { vi: 'Số tiền cố định (đồng)', en: 'Fixed amount (VND)' },
  coefficient: { vi: 'Hệ số × mức lương cơ sở', en: 'Coefficient × base salary' },
  percent_of_contribution: { vi: '% mức đóng bảo hiểm của thành viên', en: "% of the member's contribution" },
};

export const RATE_UNITS = ['month', 'day'] as const;
export type RateUnit = (typeof RATE_UNITS)[number];

/**
 * Rounding of a line's exact amount, applied once per line, half up:
 * - dong      to the whole đồng (default: the đồng is the accounting unit and the treasury pays to the đồng);
 * - thousand  to 1,000 đ, for a province whose resolution or treasury asks for it.
 */
export const ROUNDING_RULES = ['dong', 'thousand'] as const;
export type RoundingRule = (typeof ROUNDING_RULES)[number];
export const ROUNDING_STEP: Record<RoundingRule, number> = { dong: 1, thousand: 1000 };
export const ROUNDING_RULE_LABELS: Record<RoundingRule, { vi: string; en: string }> = {
  dong: { vi: 'Làm tròn đến đồng (0,5 làm tròn lên)', en: 'To the whole đồng, half up' },
  thousand: { vi: 'Làm tròn đến nghìn đồng (500 đ làm tròn lên)', en: 'To 1,000 đ, half up' },
};

/** Bounds that keep the exact integer arithmetic of money.ts inside 2^53 (see there). */
export const MAX_FIXED_VND = 100_000_000;
export const MAX_BASE_SALARY_VND = 100_000_000;
export const MAX_COEFFICIENT = 20;
export const MAX_CONTRIBUTION_VND = 100_000_000;
export const MAX_DAY_COUNT = 31;
