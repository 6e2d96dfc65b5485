import type { LocalizedText } from '../errors.ts';

/** An inspection is planned, then done (its conclusion recorded) or cancelled with a reason. */
export const INSPECTION_STATES = ['planned', 'done', 'cancelled'] as const;
export type InspectionState = (typeof INSPECTION_STATES)[number];

/** What the inspection team found: a good practice to spread, a shortcoming, or a violation. */
export const FINDING_KINDS = ['good_practice', 'shortcoming', 'violation'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** A follow-up action is open until its responsible unit records it done; 'overdue' is computed. */
export const FOLLOW_UP_STORED_STATES = ['open', 'done'] as const;
export const FOLLOW_UP_STATES = ['open', 'overdue', 'done'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** Open actions due within this many days are "due soon" (the dashboard's due-soon window too). */
export const FOLLOW_UP_DUE_SOON_DAYS = 14;

export const INSPECTION_STATE_LABELS: Record<InspectionState, LocalizedText> = {
  planned: { vi: 'Dự kiến', en: 'Planned' },
  done: { vi: 'Đã kiểm tra', en: 'Done' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

export const FINDING_KIND_LABELS: Record<FindingKind, LocalizedText> = {
  good_practice: { vi: 'Cách làm hay', en: 'Good practice' },
  shortcoming: { vi: 'Tồn tại, hạn chế', en: 'Shortcoming' },
  violation: { vi: 'Vi phạm', en: 'Violation' },
};

export const FOLLOW_UP_STATE_LABELS: Record<FollowUpState, LocalizedText> = {
  open: { vi: 'Đang thực hiện', en: 'Open' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  done: { vi: 'Đã khắc phục', en: 'Done' },
};
