import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '../../domain/audit/constants.ts';
import type { Text } from '../lib/i18n.ts';

export const auditText = {
  title: { vi: 'Nhật ký hệ thống', en: 'Audit log' },
  description: {
    vi: 'Mọi thay đổi dữ liệu và lượt đăng nhập: ai, lúc nào, ở đơn vị nào, đã làm gì.',
    en: 'Every data change and sign-in: who, when, from which unit, and what.',
  },
  at: { vi: 'Thời gian', en: 'Time' },
  user: { vi: 'Người thực hiện', en: 'User' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  action: { vi: 'Thao tác', en: 'Action' },
  entity: { vi: 'Đối tượng', en: 'Entity' },
  entityId: { vi: 'Mã đối tượng', en: 'Entity ID' },
  requestId: { vi: 'Mã yêu cầu', en: 'Request ID' },
  system: { vi: 'Hệ thống', en: 'System' },
  allUsers: { vi: 'Mọi người dùng', en: 'All users' },
  allEntities: { vi: 'Mọi đối tượng', en: 'All entities' },
  allActions: { vi: 'Mọi thao tác', en: 'All actions' },
  dateRange: { vi: 'Khoảng thời gian', en: 'Date range' },
  from: { vi: 'Từ ngày', en: 'From' },
  to: { vi: 'Đến ngày', en: 'To' },
  today: { vi: 'Hôm nay', en: 'Today' },
  last7Days: { vi: '7 ngày qua', en: 'Last 7 days' },
  last30Days: { vi: '30 ngày qua', en: 'Last 30 days' },
  thisMonth: { vi: 'Tháng này', en: 'This month' },
  userSearch: { vi: 'Gõ tên để tìm người dùng', en: 'Type a name to find a user' },
  noUserFound: { vi: 'Không tìm thấy người dùng', en: 'No user found' },
  field: { vi: 'Trường dữ liệu', en: 'Field' },
  before: { vi: 'Trước', en: 'Before' },
  after: { vi: 'Sau', en: 'After' },
  noChangeData: { vi: 'Thao tác này không ghi dữ liệu chi tiết.', en: 'This action recorded no details.' },
  changedCount: { vi: '{count} trường thay đổi', en: '{count} fields changed' },
  empty: { vi: 'Không có bản ghi nhật ký phù hợp', en: 'No log entry matches the filters' },
  expand: { vi: 'Xem chi tiết thay đổi', en: 'Show change details' },
  collapse: { vi: 'Ẩn chi tiết', en: 'Hide details' },
} satisfies Record<string, Text>;

/** Known actions; an action the list does not know yet is shown as written by the server. */
export const ACTION_LABELS: Record<string, Text> = AUDIT_ACTION_LABELS;

export const ACTION_COLORS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  update_password: 'orange',
  delete: 'red',
  login: 'default',
  logout: 'default',
  import: 'purple',
  export: 'cyan',
};

export const ENTITY_LABELS: Record<string, Text> = AUDIT_ENTITY_LABELS;

/** Field names of logged records, in words. */
export const FIELD_LABELS: Record<string, Text> = {
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  displayName: { vi: 'Họ và tên', en: 'Full name' },
  email: { vi: 'Email', en: 'Email' },
  role: { vi: 'Vai trò', en: 'Role' },
  unitId: { vi: 'Mã đơn vị', en: 'Unit id' },
  unitName: { vi: 'Đơn vị', en: 'Unit' },
  active: { vi: 'Đang hoạt động', en: 'Active' },
  version: { vi: 'Phiên bản', en: 'Version' },
  code: { vi: 'Mã', en: 'Code' },
  name: { vi: 'Tên', en: 'Name' },
  kind: { vi: 'Loại', en: 'Kind' },
  ip: { vi: 'Địa chỉ IP', en: 'IP address' },
  passwordReset: { vi: 'Đặt lại mật khẩu', en: 'Password reset' },
};
