/**
 * Members of the force register at a force-training course, drill or contest (issue 7, item 3): the organiser
 * records who attended with a result and a certificate number, and each attendance becomes the member's
 * training record (`member_training`), which the register and the training-day allowance read.
 */
import { z } from 'zod';
import { foldText } from '../common/text.ts';
import type { LocalizedText } from '../errors.ts';
import type { TrainingKind } from '../force/force.schemas.ts';
import { ATTENDANCE_RESULTS, type AttendanceResult, type EventKind } from './constants.ts';

export const ATTENDANCE_RESULT_LABELS: Record<AttendanceResult, LocalizedText> = {
  attended: { vi: 'Tham dự', en: 'Attended' },
  passed: { vi: 'Đạt', en: 'Passed' },
  failed: { vi: 'Không đạt', en: 'Failed' },
  absent: { vi: 'Vắng mặt', en: 'Absent' },
};

/** The event kinds whose attendance is kept member by member: the force's own courses, drills and contests. */
export const ATTENDANCE_EVENT_KINDS: readonly EventKind[] = ['force_training', 'drill', 'contest'];
export const takesAttendance = (kind: EventKind) => ATTENDANCE_EVENT_KINDS.includes(kind);

/** At most this many members per course: one list on one page, one batch in one transaction. */
export const MAX_ATTENDEES = 2000;

/**
 * The member's training record an event gives: drills and contests are themselves; a force-training course is
 * a refresher course (bồi dưỡng) when its title says so and does not also say training (huấn luyện).
 */
export function trainingKindOf(kind: EventKind, title: string): TrainingKind | undefined {
  if (kind === 'drill') return 'drill';
  if (kind === 'contest') return 'contest';
  if (kind !== 'force_training') return undefined;
  const folded = foldText(title);
  return folded.includes('boi duong') && !folded.includes('huan luyen') ? 'refresher' : 'training';
}

/**
 * `member_training.passed` for a result: passed 1, failed 0, attended null (no result); absent gives no
 * training record at all (undefined).
 */
export function passedOf(result: AttendanceResult): number | null | undefined {
  if (result === 'absent') return undefined;
  return result === 'passed' ? 1 : result === 'failed' ? 0 : null;
}

/** A certificate is issued to those who attended or passed, not to the absent or those who failed. */
export const mayHaveCertificate = (result: AttendanceResult) => result === 'attended' || result === 'passed';

export const attendanceResultSchema = z.enum(ATTENDANCE_RESULTS, {
  error: `Kết quả phải là một trong: ${ATTENDANCE_RESULTS.map((r) => `${r} (${ATTENDANCE_RESULT_LABELS[r].vi})`).join(', ')}`,
});

const certificateNo = z
  .string()
  .trim()
  .max(100, 'Số chứng chỉ dài quá 100 ký tự')
  .nullish()
  .transform((value) => (value ? value : null));

export const attendanceItemInputSchema = z.object({
  memberId: z.string().min(1).max(64),
  result: attendanceResultSchema,
  certificateNo,
});
export type AttendanceItemInput = z.infer<typeof attendanceItemInputSchema>;

/** A batch: all rows are written or none. */
export const attendanceSetSchema = z
  .object({ items: z.array(attendanceItemInputSchema).min(1).max(500) })
  .superRefine((value, context) => {
    const seen = new Map<string, number>();
    const certificates = new Map<string, number>();
    value.items.forEach((item, index) => {
      if (seen.has(item.memberId))
        context.addIssue({
          code: 'custom',
          path: ['items', index, 'memberId'],
          message: `Thành viên này đã có ở dòng ${(seen.get(item.memberId) ?? 0) + 1}`,
        });
      seen.set(item.memberId, index);
      if (item.certificateNo && !mayHaveCertificate(item.result))
        context.addIssue({
          code: 'custom',
          path: ['items', index, 'certificateNo'],
          message: 'Chỉ cấp chứng chỉ cho học viên tham dự hoặc đạt; bỏ số chứng chỉ hoặc sửa kết quả',
        });
      const key = item.certificateNo ? foldText(item.certificateNo) : undefined;
      if (key && certificates.has(key))
        context.addIssue({
          code: 'custom',
          path: ['items', index, 'certificateNo'],
          message: `Số chứng chỉ trùng với dòng ${(certificates.get(key) ?? 0) + 1}`,
        });
      if (key) certificates.set(key, index);
    });
  });
export type AttendanceSet = z.infer<typeof attendanceSetSchema>;
/** What a client sends (the certificate number may be left out). */
export type AttendanceSetInput = z.input<typeof attendanceSetSchema>;

const ref = z.object({ id: z.string(), name: z.string() });

export const attendeeSchema = z.object({
  memberId: z.string(),
  fullName: z.string(),
  dateOfBirth: z.string(),
  unit: ref.extend({ code: z.string() }),
  team: ref.nullable(),
  memberStatus: z.enum(['active', 'suspended', 'left']),
  result: attendanceResultSchema,
  certificateNo: z.string().nullable(),
  updatedAt: z.string(),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const attendanceListSchema = z.object({
  /** Whether the event takes attendance (force training, drills, contests). */
  takesAttendance: z.boolean(),
  canEdit: z.boolean(),
  items: z.array(attendeeSchema),
  counts: z.object({
    attended: z.number().int(),
    passed: z.number().int(),
    failed: z.number().int(),
    absent: z.number().int(),
  }),
});
export type AttendanceList = z.infer<typeof attendanceListSchema>;

/** A member the organiser may add: in the organiser's commune (or below a district or the province). */
export const memberOptionSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  dateOfBirth: z.string(),
  unit: ref,
  team: ref.nullable(),
  status: z.enum(['active', 'suspended', 'left']),
});
export type MemberOption = z.infer<typeof memberOptionSchema>;

export const memberOptionQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
