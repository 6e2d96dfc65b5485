import type { Text } from '../lib/i18n.ts';

/** Texts shared by the force's pages. Members and procedures have their own files beside this one. */
export const forceText = {
  commune: { vi: 'Xã, phường, thị trấn', en: 'Commune' },
  communePick: { vi: 'Chọn xã, phường, thị trấn', en: 'Choose a commune' },
  communeRequired: {
    vi: 'Chọn một xã, phường, thị trấn ở bộ lọc trước.',
    en: 'Choose a commune in the filter first.',
  },
  village: { vi: 'Thôn, tổ dân phố', en: 'Village' },
  team: { vi: 'Tổ bảo vệ ANTT', en: 'Security team' },
  required: { vi: 'Theo tiêu chí', en: 'Required' },
  inPost: { vi: 'Hiện có', en: 'In post' },
  gap: { vi: 'Thiếu/thừa', en: 'Gap' },
  short: { vi: 'Thiếu {count}', en: '{count} short' },
  over: { vi: 'Thừa {count}', en: '{count} over' },
  enough: { vi: 'Đủ', en: 'Complete' },
  unknown: { vi: 'Chưa xác định', en: 'Unknown' },
  noRuleSet: {
    vi: 'Tỉnh chưa chọn bộ tiêu chí nên chưa tính được số thành viên cần có. Vào "Quy định tiêu chí" để chọn.',
    en: 'The province has chosen no rule set, so the members required cannot be computed. Choose one under "Criteria rules".',
  },
  exampleRuleSet: {
    vi: 'Bộ tiêu chí đang dùng: "{name}" (số liệu ví dụ, chưa phải Nghị quyết của HĐND tỉnh).',
    en: 'Using the rule set "{name}" — example values, to be replaced by Thái Nguyên’s own resolution.',
  },
  notYetAvailable: {
    vi: 'Chức năng này chưa sẵn sàng trên máy chủ ({detail}). Vui lòng thử lại sau hoặc báo quản trị hệ thống.',
    en: 'This function is not available on the server yet ({detail}). Try again later or tell the administrator.',
  },
  readOnly: {
    vi: 'Bạn chỉ có quyền xem. Việc cập nhật do Công an xã hoặc Công an tỉnh thực hiện.',
    en: 'You may only view. Updates are made by the commune police or the provincial police.',
  },
  delete: { vi: 'Xóa', en: 'Delete' },
  add: { vi: 'Thêm', en: 'Add' },
  decisionNumber: { vi: 'Số quyết định', en: 'Decision number' },
  decisionDate: { vi: 'Ngày quyết định', en: 'Decision date' },
  decisionSigner: { vi: 'Người ký', en: 'Signed by' },
  note: { vi: 'Ghi chú', en: 'Note' },
  status: { vi: 'Trạng thái', en: 'Status' },
  name: { vi: 'Tên', en: 'Name' },
  datePlaceholder: { vi: 'dd/mm/yyyy', en: 'dd/mm/yyyy' },
  searchName: { vi: 'Tìm theo tên', en: 'Search by name' },
} satisfies Record<string, Text>;

export const villagesText = {
  title: { vi: 'Thôn, tổ dân phố', en: 'Villages and residential groups' },
  description: {
    vi: 'Số hộ, nhân khẩu, diện tích, phân loại của từng thôn, tổ dân phố; số thành viên cần có theo tiêu chí của tỉnh so với số hiện có. Ô đỏ là nơi còn thiếu.',
    en: 'Households, population, area and class of every village; members the province’s criteria require against those in post. Red marks a shortfall.',
  },
  add: { vi: 'Thêm thôn, tổ dân phố', en: 'Add a village' },
  import: { vi: 'Nhập từ Excel', en: 'Import from Excel' },
  searchPlaceholder: { vi: 'Tìm theo tên thôn, tổ dân phố', en: 'Search villages by name' },
  kind: { vi: 'Loại', en: 'Kind' },
  kindPlaceholder: { vi: 'Thôn và tổ dân phố', en: 'All kinds' },
  gapsOnly: { vi: 'Chỉ nơi thiếu hoặc thừa người', en: 'Only where members are short or over' },
  households: { vi: 'Số hộ', en: 'Households' },
  population: { vi: 'Nhân khẩu', en: 'Population' },
  area: { vi: 'Diện tích (ha)', en: 'Area (ha)' },
  villageClass: { vi: 'Phân loại', en: 'Class' },
  areaTypes: { vi: 'Đặc điểm địa bàn', en: 'Area types' },
  securityRating: { vi: 'Tình hình ANTT', en: 'Security situation' },
  teams: { vi: 'Tổ phụ trách', en: 'Teams' },
  noTeam: { vi: 'Chưa có Tổ', en: 'No team' },
  empty: {
    vi: 'Chưa có thôn, tổ dân phố nào. Thêm từng thôn hoặc nhập danh sách từ Excel.',
    en: 'No villages yet. Add them one by one or import a list from Excel.',
  },
  emptyReadOnly: {
    vi: 'Chưa có thôn, tổ dân phố nào trong phạm vi của bạn.',
    en: 'No villages in your scope yet.',
  },
  noMatch: {
    vi: 'Không có thôn, tổ dân phố nào phù hợp với bộ lọc.',
    en: 'No village matches the filters.',
  },
  created: { vi: 'Đã thêm {name}', en: '{name} added' },
  updated: { vi: 'Đã lưu {name}', en: '{name} saved' },
  deleted: { vi: 'Đã xóa {name}', en: '{name} deleted' },
  deleteConfirm: {
    vi: 'Xóa {name}? Chỉ xóa được thôn chưa có Tổ bảo vệ ANTT phụ trách.',
    en: 'Delete {name}? Only a village no team covers can be deleted.',
  },
  editAction: { vi: 'Sửa {name}', en: 'Edit {name}' },
  deleteAction: { vi: 'Xóa {name}', en: 'Delete {name}' },
  saveRow: { vi: 'Lưu dòng', en: 'Save row' },
  cancelRow: { vi: 'Bỏ sửa', en: 'Discard changes' },
  nameRequired: { vi: 'Nhập tên thôn, tổ dân phố', en: 'Enter the village’s name' },
  whyRequired: { vi: 'Cách tính', en: 'How it is computed' },
  problems: { vi: 'Cần xử lý', en: 'To fix' },
  totals: {
    vi: '{villages} thôn, tổ dân phố · cần {required} thành viên · hiện có {inPost} · thiếu {short}',
    en: '{villages} villages · {required} members required · {inPost} in post · {short} short',
  },
  importTitle: { vi: 'Nhập thôn, tổ dân phố từ Excel', en: 'Import villages from Excel' },
} satisfies Record<string, Text>;

/** Short words for the security rating, for table cells (the full label shows on hover). */
export const SECURITY_RATING_SHORT: Record<'normal' | 'complex' | 'key', Text> = {
  normal: { vi: 'Bình thường', en: 'Normal' },
  complex: { vi: 'Phức tạp', en: 'Complex' },
  key: { vi: 'Trọng điểm', en: 'Key area' },
};

export const teamsText = {
  title: { vi: 'Tổ bảo vệ an ninh, trật tự', en: 'Security and order teams' },
  description: {
    vi: 'Mỗi Tổ phụ trách một hoặc nhiều thôn, tổ dân phố trong xã (Điều 14 Luật 30/2023/QH15), được thành lập và giải thể bằng quyết định của Chủ tịch UBND cấp xã.',
    en: 'Each team covers one or several villages of a commune (Law 30/2023, Art. 14), founded and dissolved by the commune chairman’s decision.',
  },
  add: { vi: 'Thành lập Tổ', en: 'Found a team' },
  editTitle: { vi: 'Sửa thông tin Tổ', en: 'Edit team' },
  createTitle: { vi: 'Thành lập Tổ bảo vệ ANTT', en: 'Found a security team' },
  dissolve: { vi: 'Giải thể', en: 'Dissolve' },
  dissolveTitle: { vi: 'Giải thể {name}', en: 'Dissolve {name}' },
  dissolveHint: {
    vi: 'Tổ đã giải thể vẫn được lưu cùng quyết định giải thể. Chỉ giải thể được Tổ không còn thành viên đang tham gia: chuyển hoặc cho thôi tham gia các thành viên trước.',
    en: 'A dissolved team is kept with its decision. Only a team without active members can be dissolved: move or release its members first.',
  },
  dissolved: { vi: 'Đã giải thể {name}', en: '{name} dissolved' },
  searchPlaceholder: { vi: 'Tìm theo tên Tổ', en: 'Search teams by name' },
  statusPlaceholder: { vi: 'Đang hoạt động và đã giải thể', en: 'All statuses' },
  active: { vi: 'Đang hoạt động', en: 'Active' },
  dissolvedStatus: { vi: 'Đã giải thể', en: 'Dissolved' },
  name: { vi: 'Tên Tổ', en: 'Team name' },
  namePlaceholder: { vi: 'Ví dụ: Tổ bảo vệ ANTT xóm Đồng Tâm', en: 'e.g. Tổ bảo vệ ANTT xóm Đồng Tâm' },
  villages: { vi: 'Thôn, tổ dân phố phụ trách', en: 'Villages covered' },
  villagesHint: {
    vi: 'Một Tổ có thể phụ trách nhiều thôn nhỏ của cùng một xã.',
    en: 'A team may cover several small villages of the same commune.',
  },
  founding: { vi: 'Quyết định thành lập', en: 'Founding decision' },
  dissolution: { vi: 'Quyết định giải thể', en: 'Dissolution decision' },
  members: { vi: 'Thành viên', en: 'Members' },
  leader: { vi: 'Tổ trưởng', en: 'Leader' },
  noLeader: { vi: 'Chưa có Tổ trưởng', en: 'No leader' },
  roleCounts: { vi: 'TT {tt} · TP {tp} · TV {tv}', en: 'Leader {tt} · Deputy {tp} · Members {tv}' },
  empty: {
    vi: 'Chưa có Tổ bảo vệ ANTT nào. Bấm "Thành lập Tổ" để thêm Tổ theo quyết định của Chủ tịch UBND xã.',
    en: 'No teams yet. Use "Found a team" to add one from the commune chairman’s decision.',
  },
  emptyReadOnly: {
    vi: 'Chưa có Tổ bảo vệ ANTT nào trong phạm vi của bạn.',
    en: 'No teams in your scope yet.',
  },
  noMatch: {
    vi: 'Không có Tổ nào phù hợp với bộ lọc.',
    en: 'No team matches the filters.',
  },
  created: { vi: 'Đã thành lập {name}', en: '{name} founded' },
  updated: { vi: 'Đã lưu {name}', en: '{name} saved' },
  editAction: { vi: 'Sửa {name}', en: 'Edit {name}' },
  dissolveAction: { vi: 'Giải thể {name}', en: 'Dissolve {name}' },
  viewMembers: { vi: 'Xem thành viên', en: 'View members' },
  signerPlaceholder: { vi: 'Ví dụ: Nguyễn Văn A, Chủ tịch UBND xã', en: 'e.g. name and title of the signer' },
} satisfies Record<string, Text>;
