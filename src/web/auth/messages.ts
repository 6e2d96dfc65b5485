import type { Text } from '../lib/i18n.ts';

export const authText = {
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  usernameRequired: { vi: 'Vui lòng nhập tên đăng nhập', en: 'Please enter your username' },
  passwordRequired: { vi: 'Vui lòng nhập mật khẩu', en: 'Please enter your password' },
  submit: { vi: 'Đăng nhập', en: 'Sign in' },
  heading: { vi: 'Đăng nhập hệ thống', en: 'Sign in' },
  wrongCredentials: {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra lại.',
    en: 'The username or password is incorrect. Please check and try again.',
  },
  tooManyAttempts: {
    vi: 'Bạn đã thử đăng nhập quá nhiều lần. Vui lòng đợi một phút rồi thử lại.',
    en: 'Too many sign-in attempts. Please wait a minute and try again.',
  },
  legalBasis: {
    vi: 'Luật số 30/2023/QH15 · Kế hoạch số 71/KH-UBND ngày 15/4/2024 của UBND tỉnh Thái Nguyên',
    en: 'Law No. 30/2023/QH15 · Plan No. 71/KH-UBND of 15/4/2024, Thái Nguyên Provincial People’s Committee',
  },
  helpText: {
    vi: 'Quên mật khẩu? Liên hệ quản trị hệ thống của đơn vị để được cấp lại.',
    en: 'Forgot your password? Ask your unit’s system administrator to reset it.',
  },
} satisfies Record<string, Text>;
