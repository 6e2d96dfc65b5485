import type { Text } from '../lib/i18n.ts';

export const rulesText = {
  title: { vi: 'Quy định tiêu chí số lượng Tổ, thành viên', en: 'Criteria for teams and members' },
  description: {
    vi: 'HĐND tỉnh quy định tiêu chí thành lập Tổ và số lượng thành viên (Điều 14 Luật 30/2023/QH15). Khi chưa có Nghị quyết của tỉnh Thái Nguyên, hệ thống dùng bộ tiêu chí ví dụ của tỉnh khác, ghi rõ nguồn.',
    en: 'The provincial council sets the criteria for teams and their size (Law 30/2023, Art. 14). Until Thái Nguyên’s own resolution is entered, an example set from another province is used, with its source.',
  },
  province: { vi: 'Tỉnh', en: 'Province' },
  figures: { vi: 'Số hộ / nhân khẩu', en: 'Households / population' },
  inForce: { vi: 'Bộ tiêu chí đang áp dụng', en: 'Rule set in force' },
  noneInForce: {
    vi: 'Tỉnh chưa chọn bộ tiêu chí: chưa tính được số thành viên cần có của các thôn.',
    en: 'No rule set chosen: the members each village needs cannot be computed.',
  },
  example: { vi: 'Số liệu ví dụ', en: 'Example values' },
  exampleWarning: {
    vi: 'Số liệu ví dụ, cần thay bằng Nghị quyết của HĐND tỉnh Thái Nguyên khi có.',
    en: 'Example values, to be replaced by Thái Nguyên’s own resolution.',
  },
  effectiveFrom: { vi: 'Áp dụng từ', en: 'In force from' },
  effectiveTo: { vi: 'đến', en: 'to' },
  resolution: { vi: 'Nghị quyết', en: 'Resolution' },
  resolutionPlaceholder: {
    vi: 'Ví dụ: Nghị quyết số …/2024/NQ-HĐND ngày … của HĐND tỉnh Thái Nguyên',
    en: 'e.g. Resolution no. …/2024/NQ-HĐND of Thái Nguyên’s council',
  },
  history: { vi: 'Các lần chọn trước', en: 'Earlier choices' },
  shipped: { vi: 'Bộ tiêu chí mẫu đã công bố', en: 'Published rule sets shipped as examples' },
  source: { vi: 'Nguồn', en: 'Source' },
  rules: {
    vi: 'Các quy tắc (áp dụng quy tắc đầu tiên phù hợp)',
    en: 'Rules (the first that matches applies)',
  },
  choose: { vi: 'Áp dụng cho tỉnh', en: 'Apply to the province' },
  chooseTitle: { vi: 'Áp dụng "{name}"', en: 'Apply "{name}"' },
  chooseHint: {
    vi: 'Từ ngày áp dụng, số thành viên cần có của mọi thôn, tổ dân phố trong tỉnh được tính theo bộ tiêu chí này.',
    en: 'From that day, every village’s required members are computed with this set.',
  },
  isExample: {
    vi: 'Đây là số liệu ví dụ, chưa phải Nghị quyết của tỉnh',
    en: 'These are example values, not the province’s resolution',
  },
  chosen: { vi: 'Đã áp dụng {name}', en: '{name} applied' },
  inUse: { vi: 'Đang áp dụng', en: 'In use' },
  villagesTitle: { vi: 'Số thành viên cần có của từng thôn, tổ dân phố', en: 'Members each village needs' },
  rule: { vi: 'Quy tắc áp dụng', en: 'Rule applied' },
  explanation: { vi: 'Cách tính', en: 'How it was computed' },
  villagesPerTeam: { vi: 'Dùng chung Tổ với {count} thôn', en: 'Shares a team among {count} villages' },
} satisfies Record<string, Text>;
