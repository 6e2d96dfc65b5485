/** Stable error codes shared by the server (which throws them) and the web app (which branches on them). */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface LocalizedText {
  vi: string;
  en: string;
}

export interface FieldError {
  path: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  errors?: FieldError[];
  requestId?: string;
}

/** Default message per code, used when a thrower gives no detail of its own. */
export const ERROR_MESSAGES: Record<ErrorCode, LocalizedText> = {
  VALIDATION_FAILED: {
    vi: 'Dữ liệu không hợp lệ, vui lòng kiểm tra các trường được đánh dấu.',
    en: 'The data is not valid; please check the highlighted fields.',
  },
  BAD_REQUEST: { vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' },
  UNAUTHENTICATED: {
    vi: 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn, vui lòng đăng nhập lại.',
    en: 'You are not signed in or your session has expired; please sign in again.',
  },
  FORBIDDEN: {
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You do not have permission to do this.',
  },
  NOT_FOUND: { vi: 'Không tìm thấy dữ liệu yêu cầu.', en: 'The requested record was not found.' },
  CONFLICT: {
    vi: 'Dữ liệu đã bị người khác thay đổi, vui lòng tải lại rồi thử lại.',
    en: 'Someone else changed this record; please reload and try again.',
  },
  INVALID_STATE: {
    vi: 'Không thể thực hiện thao tác ở trạng thái hiện tại.',
    en: 'This action is not possible in the current state.',
  },
  PAYLOAD_TOO_LARGE: {
    vi: 'Dữ liệu gửi lên quá lớn, vui lòng giảm kích thước.',
    en: 'The request body is too large; please send less data.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    vi: 'Định dạng dữ liệu không được hỗ trợ (chỉ nhận JSON hoặc tệp đính kèm).',
    en: 'Unsupported content type (only JSON or file uploads are accepted).',
  },
  RATE_LIMITED: {
    vi: 'Bạn đã thử quá nhiều lần, vui lòng đợi một phút rồi thử lại.',
    en: 'Too many attempts; please wait a minute and try again.',
  },
  INTERNAL: {
    vi: 'Lỗi hệ thống, vui lòng thử lại sau hoặc liên hệ quản trị viên.',
    en: 'System error; please try again later or contact the administrator.',
  },
};
