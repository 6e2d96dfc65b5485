import { useCallback, useSyncExternalStore } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';

/**
 * A small i18n without a library: every text is a `{ vi, en }` pair kept next to the code that shows it
 * (features hold their own pairs; shared ones are below). Vietnamese is the default; the choice is kept
 * in localStorage.
 */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export interface Text {
  vi: string;
  en: string;
}
export type TextParams = Record<string, string | number>;
export type Translate = (text: Text, params?: TextParams) => string;

const STORAGE_KEY = 'antt.language';
const listeners = new Set<() => void>();
let currentLanguage: Language = readStoredLanguage();
applyLanguage(currentLanguage);

function readStoredLanguage(): Language {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function applyLanguage(language: Language): void {
  dayjs.locale(language);
  document.documentElement.lang = language;
}

export function getLanguage(): Language {
  return currentLanguage;
}

export function setLanguage(language: Language): void {
  if (language === currentLanguage) return;
  currentLanguage = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  applyLanguage(language);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, getLanguage);
}

/** Picks the text for the language and fills `{name}` placeholders. */
export function translate(text: Text, params?: TextParams, language: Language = currentLanguage): string {
  const template = text[language];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, key: string) => {
    const value = params[key];
    return value === undefined ? match : String(value);
  });
}

export function useT(): Translate {
  const language = useLanguage();
  return useCallback((text: Text, params?: TextParams) => translate(text, params, language), [language]);
}

/** Texts shared by several screens. */
export const common = {
  appName: { vi: 'ANTT Cơ sở', en: 'ANTT Cơ sở' },
  appSubtitle: {
    vi: 'Triển khai Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
    en: 'Implementing the Law on Forces Participating in Protecting Security and Order at the Grassroots',
  },
  save: { vi: 'Lưu', en: 'Save' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  close: { vi: 'Đóng', en: 'Close' },
  edit: { vi: 'Sửa', en: 'Edit' },
  search: { vi: 'Tìm kiếm', en: 'Search' },
  reset: { vi: 'Xóa bộ lọc', en: 'Clear filters' },
  reload: { vi: 'Tải lại', en: 'Reload' },
  exportExcel: { vi: 'Xuất Excel', en: 'Export to Excel' },
  exporting: { vi: 'Đang xuất tệp…', en: 'Exporting…' },
  actions: { vi: 'Thao tác', en: 'Actions' },
  all: { vi: 'Tất cả', en: 'All' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  noData: { vi: 'Không có dữ liệu', en: 'No data' },
  none: { vi: '—', en: '—' },
  totalItems: { vi: 'Tổng số {total} bản ghi', en: '{total} records in total' },
  rangeItems: { vi: '{from}–{to} trong tổng số {total}', en: '{from}–{to} of {total}' },
  home: { vi: 'Về trang chủ', en: 'Go to home page' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  required: { vi: 'Vui lòng nhập {field}', en: 'Please enter {field}' },
  requiredSelect: { vi: 'Vui lòng chọn {field}', en: 'Please select {field}' },
  conflict: {
    vi: 'Dữ liệu đã bị người khác thay đổi, vui lòng tải lại',
    en: 'Someone else changed this record, please reload',
  },
  networkError: {
    vi: 'Không kết nối được với máy chủ. Vui lòng kiểm tra mạng và thử lại.',
    en: 'Cannot reach the server. Please check the network and try again.',
  },
  saved: { vi: 'Đã lưu thay đổi', en: 'Changes saved' },
} satisfies Record<string, Text>;
