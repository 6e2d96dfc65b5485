import type { Text } from '../lib/i18n.ts';

export const appText = {
  menuDashboard: { vi: 'Tổng quan', en: 'Overview' },
  menuReports: { vi: 'Báo cáo', en: 'Reports' },
  menuPlans: { vi: 'Kế hoạch', en: 'Plans' },
  menuInspections: { vi: 'Kiểm tra', en: 'Inspections' },
  menuFollowUps: { vi: 'Việc cần khắc phục', en: 'Follow-up actions' },
  menuDifficulties: { vi: 'Khó khăn, vướng mắc', en: 'Difficulties' },
  menuLegalDocuments: { vi: 'Văn bản QPPL', en: 'Legal documents' },
  menuReviews: { vi: 'Rà soát văn bản', en: 'Document reviews' },
  menuEvents: { vi: 'Hội nghị, tập huấn', en: 'Conferences, training' },
  menuMedia: { vi: 'Tuyên truyền báo chí', en: 'Media work' },
  menuOrg: { vi: 'Tổ chức', en: 'Organisation' },
  menuUsers: { vi: 'Người dùng', en: 'Users' },
  menuAudit: { vi: 'Nhật ký', en: 'Audit log' },
  logout: { vi: 'Đăng xuất', en: 'Sign out' },
  account: { vi: 'Tài khoản', en: 'Account' },
  collapseMenu: { vi: 'Thu gọn menu', en: 'Collapse menu' },
  expandMenu: { vi: 'Mở rộng menu', en: 'Expand menu' },
  notFoundTitle: { vi: 'Không tìm thấy trang', en: 'Page not found' },
  notFoundDetail: {
    vi: 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Vui lòng kiểm tra lại địa chỉ.',
    en: 'The page you are looking for does not exist or has moved. Please check the address.',
  },
  forbiddenTitle: { vi: 'Không có quyền truy cập', en: 'Access denied' },
  forbiddenDetail: {
    vi: 'Tài khoản của bạn không được phép xem trang này. Liên hệ quản trị hệ thống nếu cần được cấp quyền.',
    en: 'Your account may not view this page. Ask the system administrator if you need access.',
  },
  errorTitle: { vi: 'Đã xảy ra lỗi', en: 'Something went wrong' },
  errorDetail: {
    vi: 'Trang gặp lỗi không mong muốn. Vui lòng tải lại trang; nếu lỗi vẫn còn, hãy báo cho quản trị hệ thống.',
    en: 'The page hit an unexpected error. Please reload; if it persists, tell the system administrator.',
  },
  reloadPage: { vi: 'Tải lại trang', en: 'Reload page' },
  sessionLoadFailed: {
    vi: 'Không tải được thông tin phiên làm việc.',
    en: 'Could not load your session.',
  },
} satisfies Record<string, Text>;
