/**
 * The procedures of Thông tư 14/2024/TT-BCA as data: each step, what it produces, and its deadline in
 * working days after an earlier step. Where the Circular (as DOMAIN.md gives it) sets a deadline it is cited;
 * where it does not, the number is this system's default (`isDeadlineChosen`), overridable per procedure and
 * listed in docs/decisions.md ("Procedure deadlines").
 *
 * Exports: PROCEDURE_KINDS / ProcedureKind, FORM_CODES / FormCode, ProcedureStepDefinition,
 * PROCEDURE_STEPS (kind → steps in order), PROCEDURE_KIND_LABELS, FORM_LABELS.
 */
import type { LocalizedText } from '../errors.ts';

export const PROCEDURE_KINDS = ['selection', 'recognition', 'leaving'] as const;
export type ProcedureKind = (typeof PROCEDURE_KINDS)[number];

/** Mẫu 01 application; 05 list proposed for recognition; 06 proposed leaders; 07 submission; 08 decision. */
export const FORM_CODES = ['mau_01', 'mau_05', 'mau_06', 'mau_07', 'mau_08'] as const;
export type FormCode = (typeof FORM_CODES)[number];

export interface ProcedureStepDefinition {
  key: string;
  title: LocalizedText;
  /** The step the deadline counts from; 'start' is the procedure's start date. */
  after: string;
  workingDays: number;
  /** The rule the deadline comes from. */
  basis: LocalizedText;
  /** True when the Circular sets no deadline and this system chose one. */
  isDeadlineChosen: boolean;
  forms: readonly FormCode[];
}

const CHOSEN = {
  vi: 'Thông tư 14/2024 không quy định thời hạn; mặc định của hệ thống, sửa được theo kế hoạch',
  en: 'Circular 14/2024 sets no deadline; a system default, adjustable per procedure',
};
const FIVE_DAYS = { vi: 'Thông tư 14/2024/TT-BCA: 05 ngày làm việc', en: 'Circular 14/2024: 5 working days' };

const step = (
  key: string,
  title: LocalizedText,
  deadline: { after: string; workingDays: number; basis?: LocalizedText },
  forms: readonly FormCode[] = [],
): ProcedureStepDefinition => ({
  key,
  title,
  after: deadline.after,
  workingDays: deadline.workingDays,
  basis: deadline.basis ?? CHOSEN,
  isDeadlineChosen: deadline.basis === undefined,
  forms,
});

/** Selection (TT 14/2024, Điều 3): starts when the commune police have drafted the selection plan. */
const SELECTION = [
  step(
    'plan_approved',
    { vi: 'UBND xã phê duyệt kế hoạch tuyển chọn', en: 'Commune committee approves the selection plan' },
    { after: 'start', workingDays: 5 },
  ),
  step(
    'plan_posted',
    { vi: 'Niêm yết công khai kế hoạch tuyển chọn', en: 'Selection plan posted publicly' },
    {
      after: 'plan_approved',
      workingDays: 1,
      basis: {
        vi: 'Thông tư 14/2024/TT-BCA: ngay sau khi kế hoạch được ban hành',
        en: 'Circular 14/2024: at once',
      },
    },
  ),
  step(
    'dossiers_closed',
    {
      vi: 'Hết hạn nhận hồ sơ (đơn Mẫu 01, sơ yếu lý lịch, giấy chứng nhận sức khỏe, văn bằng)',
      en: 'Dossiers closed (Form 01, personal history, health and education certificates)',
    },
    { after: 'plan_posted', workingDays: 10 },
    ['mau_01'],
  ),
  step(
    'applicants_posted',
    { vi: 'Lập và niêm yết danh sách công dân dự tuyển', en: 'List of applicants approved and posted' },
    { after: 'dossiers_closed', workingDays: 2 },
  ),
  step(
    'selection_meeting',
    { vi: 'Họp Hội đồng xét tuyển, lập biên bản', en: 'Selection council meets; minutes taken' },
    { after: 'applicants_posted', workingDays: 5 },
  ),
];

/** Recognition (TT 14/2024): starts on the date of the selection minutes. */
const RECOGNITION = [
  step(
    'proposal_sent',
    {
      vi: 'Công an xã gửi biên bản, danh sách đề nghị công nhận (Mẫu 05) và đề nghị Tổ trưởng, Tổ phó (Mẫu 06)',
      en: 'Commune police send the minutes, the list for recognition (Form 05) and proposed leaders (Form 06)',
    },
    { after: 'start', workingDays: 5, basis: FIVE_DAYS },
    ['mau_05', 'mau_06'],
  ),
  step(
    'decision_signed',
    {
      vi: 'Chủ tịch UBND xã quyết định công nhận (Mẫu 08)',
      en: 'Commune chairman decides recognition (Form 08)',
    },
    { after: 'proposal_sent', workingDays: 5, basis: FIVE_DAYS },
    ['mau_08'],
  ),
  step(
    'decision_posted',
    { vi: 'Niêm yết công khai quyết định công nhận', en: 'Recognition decision posted publicly' },
    { after: 'decision_signed', workingDays: 1 },
  ),
];

/** Leaving (TT 14/2024; reasons of Luật 30/2023, Điều 17(3)): starts when the application (or evidence) arrives. */
const LEAVING = [
  step(
    'review_done',
    {
      vi: 'Công an xã xem xét, phối hợp Trưởng thôn, tổ dân phố và Trưởng ban công tác Mặt trận',
      en: 'Commune police review, with the village head and the Front committee head',
    },
    { after: 'start', workingDays: 5, basis: FIVE_DAYS },
  ),
  step(
    'submission_sent',
    { vi: 'Tờ trình đề nghị cho thôi tham gia (Mẫu 07)', en: 'Submission to let the member leave (Form 07)' },
    {
      after: 'start',
      workingDays: 5,
      basis: {
        vi: 'Thông tư 14/2024/TT-BCA: trình cùng kết quả xem xét, trong 05 ngày làm việc',
        en: 'Circular 14/2024: with the review, within 5 working days',
      },
    },
    ['mau_07'],
  ),
  step(
    'decision_signed',
    {
      vi: 'Chủ tịch UBND xã quyết định cho thôi tham gia (Mẫu 08)',
      en: 'Commune chairman decides (Form 08)',
    },
    { after: 'submission_sent', workingDays: 5, basis: FIVE_DAYS },
    ['mau_08'],
  ),
];

export const PROCEDURE_STEPS: Readonly<Record<ProcedureKind, readonly ProcedureStepDefinition[]>> = {
  selection: SELECTION,
  recognition: RECOGNITION,
  leaving: LEAVING,
};

export const PROCEDURE_KIND_LABELS: Record<ProcedureKind, LocalizedText> = {
  selection: { vi: 'Tuyển chọn Tổ viên', en: 'Selection of members' },
  recognition: { vi: 'Công nhận thành viên Tổ bảo vệ ANTT', en: 'Recognition of team members' },
  leaving: { vi: 'Cho thôi tham gia lực lượng', en: 'Leaving the force' },
};

export const FORM_LABELS: Record<FormCode, LocalizedText> = {
  mau_01: { vi: 'Mẫu 01 — Đơn đề nghị tham gia', en: 'Form 01 — Application' },
  mau_05: { vi: 'Mẫu 05 — Danh sách đề nghị công nhận', en: 'Form 05 — List proposed for recognition' },
  mau_06: { vi: 'Mẫu 06 — Đề nghị Tổ trưởng, Tổ phó', en: 'Form 06 — Proposed team leaders' },
  mau_07: { vi: 'Mẫu 07 — Tờ trình cho thôi tham gia', en: 'Form 07 — Submission on leaving' },
  mau_08: { vi: 'Mẫu 08 — Quyết định của Chủ tịch UBND xã', en: 'Form 08 — Chairman’s decision' },
};
