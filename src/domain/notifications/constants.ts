import type { LocalizedText } from '../errors.ts';

export const OUTBOX_CHANNELS = ['email', 'in_app'] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const OUTBOX_CHANNEL_LABELS: Record<OutboxChannel, LocalizedText> = {
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  in_app: { vi: 'Trong ứng dụng', en: 'In the app' },
};

export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, LocalizedText> = {
  pending: { vi: 'Đang chờ gửi', en: 'Pending' },
  sent: { vi: 'Đã gửi', en: 'Sent' },
  failed: { vi: 'Gửi không thành công', en: 'Failed' },
};

/** Attempts at sending one e-mail before it is marked failed. */
export const OUTBOX_MAX_ATTEMPTS = 5;

/** Notifications the bell lists per page unless the client asks for another page size. */
export const NOTIFICATION_PAGE_SIZE = 20;
