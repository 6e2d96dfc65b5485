import type { LocalizedText } from '../errors.ts';

/** SPEC §6: what the plan's section II.1 organises. */
export const EVENT_KINDS = [
  'briefing',
  'specialised_training',
  'force_training',
  'drill',
  'contest',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Record<EventKind, LocalizedText> = {
  briefing: { vi: 'Hội nghị quán triệt, phổ biến', en: 'Briefing conference' },
  specialised_training: { vi: 'Tập huấn chuyên sâu', en: 'Specialised training' },
  force_training: { vi: 'Huấn luyện, bồi dưỡng lực lượng', en: 'Force training and refresher course' },
  drill: { vi: 'Diễn tập', en: 'Drill' },
  contest: { vi: 'Hội thi', en: 'Contest' },
};

export const EVENT_FORMS = ['in_person', 'online', 'both'] as const;
export type EventForm = (typeof EVENT_FORMS)[number];

export const EVENT_FORM_LABELS: Record<EventForm, LocalizedText> = {
  in_person: { vi: 'Trực tiếp', en: 'In person' },
  online: { vi: 'Trực tuyến', en: 'Online' },
  both: { vi: 'Trực tiếp và trực tuyến', en: 'In person and online' },
};

/** A member's result at a force-training course (the attendance itself comes with the force register). */
export const ATTENDANCE_RESULTS = ['attended', 'passed', 'failed', 'absent'] as const;
export type AttendanceResult = (typeof ATTENDANCE_RESULTS)[number];

export const MEDIA_KINDS = ['article', 'broadcast', 'web_post'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export const MEDIA_KIND_LABELS: Record<MediaKind, LocalizedText> = {
  article: { vi: 'Tin, bài báo', en: 'Article' },
  broadcast: { vi: 'Phát thanh, truyền hình', en: 'Broadcast' },
  web_post: { vi: 'Bài đăng trang thông tin điện tử', en: 'Web post' },
};

/**
 * Where an indicator's value can come from, so that units do not type twice what the system already holds
 * (issue 7, item 5). Each is counted over the reporting unit's own records linked to the report's task.
 */
export const INDICATOR_SOURCES = [
  'event_count',
  'event_participants',
  'media_count',
  'finding_count',
  'finding_change_count',
] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

export const INDICATOR_SOURCE_LABELS: Record<IndicatorSource, LocalizedText> = {
  event_count: { vi: 'Số hội nghị, lớp, cuộc đã tổ chức', en: 'Events held' },
  event_participants: { vi: 'Số lượt người tham dự', en: 'Participants' },
  media_count: { vi: 'Số tin, bài, chương trình', en: 'Media items' },
  finding_count: { vi: 'Số văn bản đã rà soát', en: 'Documents reviewed' },
  finding_change_count: {
    vi: 'Số văn bản đề nghị sửa đổi, thay thế, bãi bỏ, ban hành mới',
    en: 'Change proposals',
  },
};
