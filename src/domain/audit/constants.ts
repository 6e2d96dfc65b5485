import type { LocalizedText } from '../errors.ts';

/** Actions the audit log records, in words; a newer action the list does not know is shown as written. */
export const AUDIT_ACTION_LABELS: Record<string, LocalizedText> = {
  create: { vi: 'Thêm mới', en: 'Create' },
  update: { vi: 'Cập nhật', en: 'Update' },
  update_password: { vi: 'Đặt lại mật khẩu', en: 'Reset password' },
  delete: { vi: 'Xóa', en: 'Delete' },
  login: { vi: 'Đăng nhập', en: 'Sign in' },
  logout: { vi: 'Đăng xuất', en: 'Sign out' },
  import: { vi: 'Nhập dữ liệu', en: 'Import' },
  export: { vi: 'Xuất dữ liệu', en: 'Export' },
  submit: { vi: 'Gửi báo cáo', en: 'Submit' },
  return: { vi: 'Trả lại báo cáo', en: 'Return' },
  accept: { vi: 'Tiếp nhận báo cáo', en: 'Accept' },
  generate: { vi: 'Tạo kỳ báo cáo', en: 'Generate periods' },
  remind: { vi: 'Đôn đốc', en: 'Remind' },
};

/** Entities the audit log records, in words. */
export const AUDIT_ENTITY_LABELS: Record<string, LocalizedText> = {
  user: { vi: 'Người dùng', en: 'User' },
  session: { vi: 'Phiên đăng nhập', en: 'Session' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  unit_succession: { vi: 'Sáp nhập, chia tách đơn vị', en: 'Unit succession' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  task: { vi: 'Nhiệm vụ', en: 'Task' },
  assignment: { vi: 'Phân công', en: 'Assignment' },
  reporting_period: { vi: 'Kỳ báo cáo', en: 'Reporting period' },
  report: { vi: 'Báo cáo', en: 'Report' },
  report_file: { vi: 'Tệp minh chứng', en: 'Evidence file' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  legal_document: { vi: 'Văn bản QPPL', en: 'Legal document' },
  review_campaign: { vi: 'Đợt rà soát văn bản', en: 'Review campaign' },
  review_campaign_unit: { vi: 'Đơn vị rà soát', en: 'Reviewing unit' },
  review_finding: { vi: 'Kết quả rà soát', en: 'Review finding' },
  event: { vi: 'Hội nghị, tập huấn, diễn tập', en: 'Event' },
  event_file: { vi: 'Tài liệu sự kiện', en: 'Event material' },
  media_item: { vi: 'Tin, bài tuyên truyền', en: 'Media item' },
  indicator_source: { vi: 'Nguồn số liệu chỉ tiêu', en: 'Indicator source' },
};
