import type { Text } from '../lib/i18n.ts';

export const notificationsText = {
  bell: { vi: 'Thông báo', en: 'Notifications' },
  bellUnread: { vi: 'Thông báo, {count} chưa đọc', en: 'Notifications, {count} unread' },
  title: { vi: 'Thông báo', en: 'Notifications' },
  description: {
    vi: 'Nhắc hạn, đôn đốc báo cáo và trả lời khó khăn, vướng mắc gửi đến bạn.',
    en: 'Due-date reminders, reminders by hand and answers to difficulties sent to you.',
  },
  latest: { vi: 'Thông báo mới nhất', en: 'Latest notifications' },
  markAllRead: { vi: 'Đánh dấu tất cả đã đọc', en: 'Mark all as read' },
  markedAllRead: {
    vi: 'Đã đánh dấu {count} thông báo là đã đọc',
    en: '{count} notifications marked as read',
  },
  markRead: { vi: 'Đánh dấu đã đọc', en: 'Mark as read' },
  viewAll: { vi: 'Xem tất cả thông báo', en: 'See all notifications' },
  none: { vi: 'Bạn chưa có thông báo nào.', en: 'You have no notifications.' },
  noneUnread: { vi: 'Không có thông báo chưa đọc.', en: 'No unread notifications.' },
  unreadCount: { vi: '{count} thông báo chưa đọc', en: '{count} unread' },
  unreadOnly: { vi: 'Chỉ thông báo chưa đọc', en: 'Unread only' },
  unread: { vi: 'Chưa đọc', en: 'Unread' },
  open: { vi: 'Mở', en: 'Open' },
  loadFailed: {
    vi: 'Không tải được thông báo. Vui lòng thử lại sau ít phút.',
    en: 'Could not load notifications. Please try again in a few minutes.',
  },
} satisfies Record<string, Text>;
