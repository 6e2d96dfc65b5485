import type { Text } from '../lib/i18n.ts';

/** Texts shared by the payroll's pages (SPEC §8); each page has its own group below. */
export const payrollText = {
  commune: { vi: 'Xã, phường, thị trấn', en: 'Commune' },
  communePlaceholder: { vi: 'Tất cả xã, phường, thị trấn', en: 'All communes' },
  communePick: { vi: 'Chọn xã, phường, thị trấn', en: 'Choose a commune' },
  communeNotFound: { vi: 'Không tìm thấy xã, phường, thị trấn', en: 'No commune found' },
  communeRequired: {
    vi: 'Chọn một xã, phường, thị trấn ở bộ lọc phía trên để xem.',
    en: 'Choose a commune in the filter above to see it.',
  },
  district: { vi: 'Huyện, thành phố', en: 'District' },
  month: { vi: 'Tháng', en: 'Month' },
  monthPlaceholder: { vi: 'Chọn tháng', en: 'Choose a month' },
  status: { vi: 'Trạng thái', en: 'Status' },
  statusPlaceholder: { vi: 'Mọi trạng thái', en: 'Any status' },
  team: { vi: 'Tổ bảo vệ ANTT', en: 'Security team' },
  member: { vi: 'Thành viên', en: 'Member' },
  role: { vi: 'Chức danh', en: 'Role' },
  kind: { vi: 'Khoản chi', en: 'Kind' },
  days: { vi: 'Số ngày', en: 'Days' },
  rate: { vi: 'Mức', en: 'Rate' },
  amount: { vi: 'Thành tiền', en: 'Amount' },
  total: { vi: 'Tổng cộng', en: 'Total' },
  members: { vi: 'Số người', en: 'Members' },
  from: { vi: 'Từ ngày', en: 'From' },
  to: { vi: 'Đến ngày', en: 'To' },
  untilFurther: { vi: 'đến nay', en: 'until further notice' },
  datePlaceholder: { vi: 'dd/mm/yyyy', en: 'dd/mm/yyyy' },
  readOnly: {
    vi: 'Bạn chỉ có quyền xem trang này. Việc cập nhật do Công an tỉnh hoặc quản trị hệ thống thực hiện.',
    en: 'You may only view this page. Updates are made by the provincial police or the administrator.',
  },
  example: { vi: 'Ví dụ', en: 'Example' },
  delete: { vi: 'Xóa', en: 'Delete' },
  confirmDelete: { vi: 'Xóa dòng này?', en: 'Delete this row?' },
  downloadXlsx: { vi: 'Tải bảng kê (.xlsx)', en: 'Download the list (.xlsx)' },
  downloadDocx: { vi: 'Tải tờ trình (.docx)', en: 'Download the cover (.docx)' },
} satisfies Record<string, Text>;

export const statusText = {
  none: { vi: 'Chưa lập', en: 'Not computed' },
  draft: { vi: 'Dự thảo', en: 'Draft' },
  submitted: { vi: 'Chờ duyệt', en: 'Submitted' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  paid: { vi: 'Đã chi trả', en: 'Paid' },
} satisfies Record<string, Text>;

export const lineText = {
  explanation: { vi: 'Cách tính', en: 'How it was computed' },
  segments: { vi: 'Từng đoạn trong tháng', en: 'Stretches of the month' },
  period: { vi: 'Khoảng ngày', en: 'Dates' },
  basis: { vi: 'Cách tính mức', en: 'Basis' },
  value: { vi: 'Hệ số / số tiền', en: 'Coefficient / amount' },
  ratePerUnit: { vi: 'Mức áp dụng', en: 'Rate applied' },
  perMonth: { vi: '{amount}/tháng', en: '{amount}/month' },
  perDay: { vi: '{amount}/ngày', en: '{amount}/day' },
  daysOfMonth: { vi: '{days}/{dim} ngày', en: '{days}/{dim} days' },
  dayCount: { vi: '{days} ngày', en: '{days} days' },
  proRata: { vi: 'Tính theo ngày', en: 'Pro rata' },
  proRataHint: {
    vi: 'Thành viên không tại chức đủ tháng: tiền hỗ trợ tính theo số ngày tại chức.',
    en: 'Not in post the whole month: paid by the days in post.',
  },
  rateChange: { vi: 'Đổi mức trong tháng', en: 'Rate changed in the month' },
  rateChangeHint: {
    vi: 'Mức hỗ trợ hoặc lương cơ sở thay đổi trong tháng: mỗi đoạn tính theo mức của đoạn đó.',
    en: 'The rate or base salary changed in the month: each stretch is paid at its own rate.',
  },
  correction: { vi: 'Điều chỉnh tháng {month}', en: 'Correction of {month}' },
  correctionHint: {
    vi: 'Tháng {month} đã duyệt nên không sửa lại; phần chênh lệch được chi (hoặc thu hồi nếu âm) trong tháng này.',
    en: '{month} was approved and is not rewritten; the difference is paid here (or recovered when negative).',
  },
  correctionFigures: {
    vi: 'Đã chi {previous}, tính lại {recomputed}, chênh lệch {amount}.',
    en: 'Paid {previous}, recomputed {recomputed}, difference {amount}.',
  },
  missingContribution: { vi: 'Thiếu mức đóng', en: 'Contribution missing' },
  missingContributionHint: {
    vi: 'Chưa có mức đóng bảo hiểm của thành viên nên dòng này chưa tính tiền. Nhập mức đóng rồi tính lại.',
    en: 'The member’s insurance contribution is missing, so this line pays nothing yet. Enter it and recompute.',
  },
} satisfies Record<string, Text>;

export const baseSalaryText = {
  title: { vi: 'Bảng lương cơ sở', en: 'Base salary table' },
  description: {
    vi: 'Mức lương cơ sở theo từng thời kỳ, dùng khi mức hỗ trợ tính bằng hệ số × lương cơ sở. Các thời kỳ nối tiếp nhau, không chồng lấn; chỉ thời kỳ cuối được để trống ngày kết thúc.',
    en: 'The base salary by period, used where a rate is a coefficient of it. Periods follow one another without overlap; only the last may have no end date.',
  },
  amount: { vi: 'Mức lương cơ sở (đồng/tháng)', en: 'Base salary (VND/month)' },
  source: { vi: 'Văn bản quy định', en: 'Set by' },
  addRow: { vi: 'Thêm thời kỳ', en: 'Add a period' },
  saved: { vi: 'Đã lưu bảng lương cơ sở.', en: 'Base salary table saved.' },
  deleted: { vi: 'Đã xóa thời kỳ khỏi bảng lương cơ sở.', en: 'Period deleted from the base salary table.' },
  inForce: { vi: 'Đang áp dụng', en: 'In force' },
  adminOnly: {
    vi: 'Mức lương cơ sở do Chính phủ quy định; chỉ quản trị hệ thống được sửa bảng này. Nếu có Nghị định mới mà bảng chưa cập nhật, hãy báo quản trị hệ thống.',
    en: 'The base salary is set by the Government; only the administrator edits this table. If a new decree is missing, tell the administrator.',
  },
  amountRequired: {
    vi: 'Nhập mức lương cơ sở (số nguyên đồng, lớn hơn 0).',
    en: 'Enter the base salary (whole VND above 0).',
  },
  sourceRequired: {
    vi: 'Ghi văn bản quy định mức này (ví dụ "Nghị định 73/2024/NĐ-CP").',
    en: 'Name the document that set it (e.g. "Nghị định 73/2024/NĐ-CP").',
  },
  fromRequired: { vi: 'Chọn ngày bắt đầu của mọi thời kỳ.', en: 'Choose the start date of every period.' },
} satisfies Record<string, Text>;

export const rateSetsText = {
  title: { vi: 'Mức hỗ trợ', en: 'Support rates' },
  description: {
    vi: 'Các bộ mức hỗ trợ theo Nghị quyết của HĐND tỉnh: mỗi chức danh, mỗi khoản là số tiền cố định hoặc hệ số × lương cơ sở, có thời gian hiệu lực. Bảng chi hằng tháng dùng bộ mức đang có hiệu lực của tỉnh.',
    en: 'Rate sets under the provincial council’s resolution: per role and kind, a fixed VND amount or a coefficient × base salary, with their effective dates. The monthly payroll uses the province’s set in force.',
  },
  name: { vi: 'Tên bộ mức', en: 'Name' },
  province: { vi: 'Tỉnh áp dụng', en: 'Province' },
  resolution: { vi: 'Nghị quyết', en: 'Resolution' },
  resolutionNumber: { vi: 'Số Nghị quyết', en: 'Resolution number' },
  resolutionDate: { vi: 'Ngày ban hành', en: 'Adopted on' },
  resolutionIssuer: { vi: 'Cơ quan ban hành', en: 'Issued by' },
  effective: { vi: 'Hiệu lực', en: 'In force' },
  effectiveFrom: { vi: 'Hiệu lực từ ngày', en: 'In force from' },
  effectiveTo: { vi: 'Hết hiệu lực ngày', en: 'In force until' },
  effectiveToHint: {
    vi: 'Để trống nếu chưa có văn bản thay thế.',
    en: 'Leave empty until a new resolution replaces it.',
  },
  source: { vi: 'Nguồn số liệu', en: 'Source of the figures' },
  notes: { vi: 'Lưu ý', en: 'Notes' },
  rates: { vi: 'Các mức', en: 'Rates' },
  rateCount: { vi: '{count} mức', en: '{count} rates' },
  exampleWarning: {
    vi: 'Đây là số liệu ví dụ (đã công bố của tỉnh khác, hoặc giá trị minh họa), chưa phải Nghị quyết của HĐND tỉnh Thái Nguyên. Cần thay bằng Nghị quyết của tỉnh trước khi chi trả.',
    en: 'These are example figures (another province’s published ones, or made-up demo values), not Thái Nguyên’s resolution. Replace them before paying.',
  },
  add: { vi: 'Tạo bộ mức', en: 'New rate set' },
  fromExample: { vi: 'Tạo từ ví dụ đã công bố', en: 'Start from a published example' },
  pickExample: { vi: 'Chọn ví dụ', en: 'Choose an example' },
  pickExampleHint: {
    vi: 'Các mức của ví dụ được chép vào bộ mới để bạn sửa theo Nghị quyết của tỉnh; ví dụ gốc không thay đổi.',
    en: 'The example’s rates are copied into a new set for you to adapt; the example itself is not changed.',
  },
  edit: { vi: 'Sửa bộ mức', en: 'Edit rate set' },
  saved: { vi: 'Đã lưu bộ mức hỗ trợ.', en: 'Rate set saved.' },
  deleted: { vi: 'Đã xóa bộ mức hỗ trợ.', en: 'Rate set deleted.' },
  deleteConfirm: {
    vi: 'Xóa bộ mức "{name}"? Bảng chi đã duyệt không bị ảnh hưởng.',
    en: 'Delete the rate set "{name}"? Approved payrolls are not affected.',
  },
  searchPlaceholder: { vi: 'Tìm theo tên, Nghị quyết', en: 'Search by name or resolution' },
  kindFilter: { vi: 'Loại', en: 'Kind' },
  ownSets: { vi: 'Của tỉnh', en: 'Province’s own' },
  examples: { vi: 'Ví dụ', en: 'Examples' },
  role: { vi: 'Chức danh', en: 'Role' },
  allRoles: { vi: 'Mọi chức danh', en: 'Every role' },
  kind: { vi: 'Khoản', en: 'Kind' },
  basis: { vi: 'Cách tính', en: 'Basis' },
  value: { vi: 'Giá trị', en: 'Value' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  perMonth: { vi: 'tháng', en: 'month' },
  perDay: { vi: 'ngày', en: 'day' },
  today: { vi: 'Tương đương hôm nay', en: 'Today’s equivalent' },
  addRate: { vi: 'Thêm mức', en: 'Add a rate' },
  valueRequired: { vi: 'Nhập giá trị', en: 'Enter the value' },
  noteAdd: { vi: 'Thêm lưu ý', en: 'Add a note' },
  inUse: {
    vi: 'Bộ mức này đã được dùng trong bảng chi: không xóa được; sửa mức sẽ thành dòng điều chỉnh cho các tháng đã duyệt.',
    en: 'A payroll uses this set: it cannot be deleted; a change becomes correction lines for approved months.',
  },
  notFound: {
    vi: 'Không tìm thấy bộ mức hỗ trợ này (có thể đã bị xóa).',
    en: 'This rate set was not found (it may have been deleted).',
  },
} satisfies Record<string, Text>;

export const payrollsText = {
  title: { vi: 'Bảng chi hỗ trợ', en: 'Support payrolls' },
  description: {
    vi: 'Bảng chi hỗ trợ hằng tháng của từng xã cho thành viên Tổ bảo vệ ANTT: Công an xã lập và gửi, UBND huyện (hoặc Công an tỉnh) duyệt, sau đó ghi nhận đã chi trả.',
    en: 'Each commune’s monthly support payroll for its security team members: the commune police compute and submit it, the district (or the provincial police) approves it, then it is marked paid.',
  },
  computeMonth: { vi: 'Lập bảng chi tháng', en: 'Compute a month' },
  computeTitle: { vi: 'Lập bảng chi hỗ trợ', en: 'Compute a payroll' },
  computeHint: {
    vi: 'Hệ thống tính từ danh sách thành viên tại chức trong tháng, chức danh, mức hỗ trợ đang có hiệu lực và số ngày trực, ngày huấn luyện đã nhập. Nếu tháng đã có bảng dự thảo thì bảng được tính lại.',
    en: 'Computed from the members in post in the month, their roles, the rates in force and the duty and training days entered. A draft of that month is recomputed.',
  },
  compute: { vi: 'Tính bảng chi', en: 'Compute' },
  computing: { vi: 'Đang tính bảng chi…', en: 'Computing the payroll…' },
  total: { vi: 'Tổng tiền', en: 'Total' },
  members: { vi: 'Số người', en: 'Members' },
  corrections: { vi: 'Điều chỉnh', en: 'Corrections' },
  warnings: { vi: 'Cảnh báo', en: 'Warnings' },
  updatedAt: { vi: 'Cập nhật', en: 'Updated' },
  empty: {
    vi: 'Chưa có bảng chi nào theo bộ lọc này. Công an xã bấm "Lập bảng chi tháng" để tính.',
    en: 'No payroll matches. The commune police press "Compute a month" to create one.',
  },
  summaryLink: { vi: 'Tổng hợp theo huyện, xã', en: 'Totals by district and commune' },
} satisfies Record<string, Text>;

export const payrollPageText = {
  title: { vi: 'Bảng chi hỗ trợ tháng {month}', en: 'Support payroll, {month}' },
  back: { vi: 'Danh sách bảng chi', en: 'All payrolls' },
  recompute: { vi: 'Tính lại', en: 'Recompute' },
  recomputeConfirm: {
    vi: 'Tính lại bảng chi tháng {month} theo số liệu hiện tại? Các số tiền có thể thay đổi.',
    en: 'Recompute the payroll of {month} from today’s data? The amounts may change.',
  },
  recomputed: { vi: 'Đã tính lại bảng chi.', en: 'The payroll was recomputed.' },
  submit: { vi: 'Gửi duyệt', en: 'Submit for approval' },
  submitConfirm: {
    vi: 'Gửi bảng chi tháng {month} với tổng {total} để duyệt? Sau khi gửi, bảng không sửa được trừ khi bị trả lại.',
    en: 'Submit the payroll of {month}, {total} in total, for approval? It cannot be changed unless it is returned.',
  },
  submitted: { vi: 'Đã gửi bảng chi để duyệt.', en: 'The payroll was submitted.' },
  approve: { vi: 'Duyệt', en: 'Approve' },
  approveConfirm: {
    vi: 'Duyệt bảng chi tháng {month} của {commune} với tổng {total}? Bảng đã duyệt được khóa; thay đổi sau này sẽ thành dòng điều chỉnh ở tháng sau.',
    en: 'Approve the payroll of {commune} for {month}, {total} in total? It is then frozen; later changes become correction lines in a later month.',
  },
  approved: { vi: 'Đã duyệt bảng chi.', en: 'The payroll was approved.' },
  return: { vi: 'Trả lại', en: 'Return' },
  returnTitle: { vi: 'Trả lại bảng chi để sửa', en: 'Return the payroll for changes' },
  returnReason: { vi: 'Lý do trả lại', en: 'Reason' },
  returnReasonPlaceholder: {
    vi: 'Nêu rõ cần sửa gì, ví dụ: "Kiểm tra lại số ngày trực đêm của Tổ dân phố Số 2".',
    en: 'Say what to change, e.g. "Check the night duty days of team 2".',
  },
  returnReasonRequired: { vi: 'Vui lòng nhập lý do trả lại', en: 'Please enter the reason' },
  returned: {
    vi: 'Đã trả lại bảng chi cho Công an xã.',
    en: 'The payroll was returned to the commune police.',
  },
  pay: { vi: 'Ghi nhận đã chi trả', en: 'Mark as paid' },
  payTitle: { vi: 'Ghi nhận đã chi trả', en: 'Mark as paid' },
  paidOn: { vi: 'Ngày chi trả', en: 'Paid on' },
  paid: { vi: 'Đã ghi nhận chi trả.', en: 'Marked as paid.' },
  returnedBanner: {
    vi: 'Bảng chi đã bị trả lại để sửa. Lý do:',
    en: 'The payroll was returned for changes. Reason:',
  },
  returnedHint: {
    vi: 'Sửa số liệu, bấm "Tính lại" rồi gửi duyệt lại.',
    en: 'Fix the figures, recompute, then submit again.',
  },
  approvedBanner: { vi: 'Bảng chi đã được duyệt.', en: 'The payroll is approved.' },
  paidBanner: { vi: 'Bảng chi đã chi trả ngày {date}.', en: 'The payroll was paid on {date}.' },
  frozenBanner: {
    vi: 'Bảng chi đã khóa. Thay đổi sau khi duyệt (nghỉ việc có hiệu lực trước, sửa mức…) sẽ thành dòng điều chỉnh ở tháng tiếp theo.',
    en: 'The payroll is frozen. Later changes (a back-dated leave, a corrected rate…) become correction lines in the next month.',
  },
  submittedBanner: {
    vi: 'Bảng chi đang chờ {approver} duyệt.',
    en: 'The payroll is waiting for approval by {approver}.',
  },
  approverDistrict: { vi: 'UBND huyện', en: 'the district People’s Committee' },
  approverProvince: { vi: 'Công an tỉnh', en: 'the provincial police' },
  totalCommune: { vi: 'Tổng chi tháng này', en: 'Total paid this month' },
  totalLines: { vi: 'Theo bảng tháng', en: 'Month’s lines' },
  totalCorrections: { vi: 'Điều chỉnh các tháng trước', en: 'Corrections of earlier months' },
  membersCount: { vi: 'Số thành viên', en: 'Members' },
  rounding: { vi: 'Làm tròn', en: 'Rounding' },
  tabLines: { vi: 'Chi tiết theo thành viên', en: 'Lines by member' },
  tabTeams: { vi: 'Tổng theo Tổ', en: 'Totals by team' },
  tabKinds: { vi: 'Tổng theo khoản', en: 'Totals by kind' },
  tabHistory: { vi: 'Lịch sử xử lý', en: 'History' },
  searchMember: { vi: 'Tìm theo tên thành viên', en: 'Search by member name' },
  allTeams: { vi: 'Mọi Tổ', en: 'All teams' },
  allKinds: { vi: 'Mọi khoản', en: 'All kinds' },
  onlyCorrections: { vi: 'Chỉ dòng điều chỉnh', en: 'Correction lines only' },
  warningsTitle: {
    vi: '{count} cảnh báo cần xem trước khi gửi',
    en: '{count} warnings to check before submitting',
  },
  noHistory: { vi: 'Chưa có bước xử lý nào.', en: 'No step yet.' },
  statusChange: { vi: '{from} → {to}', en: '{from} → {to}' },
  computedAt: { vi: 'Tính lúc', en: 'Computed at' },
  notFound: {
    vi: 'Không tìm thấy bảng chi này, hoặc bảng thuộc xã ngoài phạm vi của bạn.',
    en: 'This payroll was not found, or belongs to a commune outside your scope.',
  },
  daysPage: { vi: 'Nhập ngày trực, ngày huấn luyện', en: 'Enter duty and training days' },
  expandAll: { vi: 'Mở tất cả cách tính', en: 'Expand all' },
  collapseAll: { vi: 'Thu gọn tất cả', en: 'Collapse all' },
  shownTotal: { vi: 'Cộng các dòng đang hiện ({count})', en: 'Total of the lines shown ({count})' },
  linesRange: { vi: '{from}–{to} trong tổng số {total} dòng', en: '{from}–{to} of {total} lines' },
} satisfies Record<string, Text>;

export const summaryText = {
  title: { vi: 'Tổng hợp chi hỗ trợ theo huyện, xã', en: 'Support totals by district and commune' },
  description: {
    vi: 'Tổng tiền hỗ trợ của một tháng theo từng huyện, từng xã, và trạng thái bảng chi của mỗi xã.',
    en: 'The month’s support by district and commune, with each commune’s payroll status.',
  },
  withPayroll: { vi: 'Xã đã lập bảng', en: 'Communes with a payroll' },
  searchCommune: { vi: 'Tìm xã', en: 'Search communes' },
  computeAll: { vi: 'Tính bảng cho tất cả các xã', en: 'Compute every commune' },
  computeAllConfirm: {
    vi:
      'Lập hoặc tính lại dự thảo bảng chi hỗ trợ tháng {month} cho tất cả các xã trong phạm vi của bạn? ' +
      'Bảng đã trình, đã duyệt hoặc đã chi giữ nguyên. Danh sách dòng của mỗi xã được lập khi mở bảng.',
    en:
      'Create or recompute the {month} draft payroll of every commune in your scope? Submitted, approved and ' +
      'paid payrolls are left as they are. Each commune’s lines are listed when its payroll is opened.',
  },
  computedAll: {
    vi: 'Đã tính {computed}/{communes} xã: tổng {total}.',
    en: '{computed} of {communes} communes computed: {total} in all.',
  },
  computeSkipped: {
    vi: '{count} xã giữ nguyên vì bảng đã trình, đã duyệt hoặc đã chi.',
    en: '{count} communes left as they are: their payroll is submitted, approved or paid.',
  },
  computeFailed: {
    vi: '{count} xã chưa tính được — mở bảng của xã để xem lý do: {names}.',
    en: '{count} communes could not be computed — open their payroll to see why: {names}.',
  },
} satisfies Record<string, Text>;

export const daysText = {
  title: { vi: 'Ngày trực, ngày huấn luyện', en: 'Duty and training days' },
  description: {
    vi: 'Số ngày trực, ngày làm nhiệm vụ và ngày tập huấn của từng thành viên tại chức trong tháng; bảng chi hỗ trợ tính tiền từ các số này. Ngày tập huấn được lấy sẵn từ hồ sơ huấn luyện, có thể sửa.',
    en: 'Each member’s duty and training days in the month; the payroll pays from these figures. Training days come from the training records and may be changed.',
  },
  daysInPost: { vi: 'Ngày tại chức', en: 'Days in post' },
  dutyAssigned: { vi: 'Làm nhiệm vụ được phân công', en: 'Assigned duty' },
  dutyNight: { vi: 'Trực đêm', en: 'Night duty' },
  dutyHoliday: { vi: 'Trực ngày nghỉ, lễ, Tết', en: 'Holiday duty' },
  dutyHazardous: { vi: 'Nặng nhọc, nguy hiểm', en: 'Hazardous' },
  trainingDays: { vi: 'Ngày tập huấn', en: 'Training days' },
  fromRecords: { vi: 'từ hồ sơ huấn luyện', en: 'from training records' },
  entered: { vi: 'đã nhập tay', en: 'entered by hand' },
  useRecords: { vi: 'Dùng số từ hồ sơ ({days})', en: 'Use the records ({days})' },
  save: { vi: 'Lưu tất cả', en: 'Save all' },
  saved: { vi: 'Đã lưu số ngày của {count} thành viên.', en: 'Days of {count} members saved.' },
  undo: { vi: 'Hoàn tác', en: 'Undo' },
  unsaved: {
    vi: '{count} thành viên có thay đổi chưa lưu. Bấm "Lưu tất cả" để lưu, sau đó tính lại bảng chi.',
    en: '{count} members have unsaved changes. Press "Save all", then recompute the payroll.',
  },
  frozen: {
    vi: 'Bảng chi tháng này đã được duyệt nên số ngày đã khóa. Nếu cần sửa, thay đổi sẽ thành dòng điều chỉnh khi lập bảng chi tháng sau.',
    en: 'This month’s payroll is approved, so the days are locked. A change will become a correction line in a later month’s payroll.',
  },
  submitted: {
    vi: 'Bảng chi tháng này đang chờ duyệt: sửa số ngày sẽ không thay đổi bảng đã gửi cho đến khi bảng bị trả lại và tính lại.',
    en: 'This month’s payroll is awaiting approval: changed days take effect only once it is returned and recomputed.',
  },
  openPayroll: { vi: 'Mở bảng chi tháng này', en: 'Open this month’s payroll' },
  noMembers: {
    vi: 'Không có thành viên nào tại chức ở xã này trong tháng đã chọn.',
    en: 'No member was in post in this commune in the chosen month.',
  },
  template: { vi: 'Tải mẫu Excel', en: 'Download the Excel template' },
  import: { vi: 'Nhập từ Excel', en: 'Import from Excel' },
  importTitle: { vi: 'Nhập số ngày từ Excel', en: 'Import days from Excel' },
  importHint: {
    vi: 'Tải mẫu Excel (đã có danh sách thành viên và số ngày hiện tại), điền số ngày rồi chọn tệp để kiểm tra. Ô "Ngày tập huấn" để trống thì dùng số từ hồ sơ huấn luyện. Chưa có gì được lưu cho đến khi bạn bấm "Nhập".',
    en: 'Download the template (members and current days filled in), enter the days, then choose the file to check it. An empty "Training days" cell uses the training records. Nothing is saved until you press "Import".',
  },
  chooseFile: { vi: 'Chọn tệp .xlsx', en: 'Choose an .xlsx file' },
  checking: { vi: 'Đang kiểm tra tệp…', en: 'Checking the file…' },
  previewSummary: {
    vi: '{total} dòng — {valid} hợp lệ, {invalid} có lỗi',
    en: '{total} rows — {valid} valid, {invalid} with errors',
  },
  errorsOnly: { vi: 'Chỉ hiện dòng có lỗi', en: 'Rows with errors only' },
  fixHint: {
    vi: 'Sửa các ô báo đỏ ngay trong bảng rồi bấm "Kiểm tra lại", hoặc sửa tệp Excel và chọn lại tệp.',
    en: 'Fix the red cells in the table and press "Check again", or fix the Excel file and choose it again.',
  },
  recheck: { vi: 'Kiểm tra lại', en: 'Check again' },
  commit: { vi: 'Nhập', en: 'Import' },
  committed: { vi: 'Đã nhập số ngày của {count} thành viên.', en: 'Days of {count} members imported.' },
  row: { vi: 'Dòng', en: 'Row' },
  errors: { vi: 'Lỗi', en: 'Errors' },
  cellLabel: { vi: 'Dòng {row}, cột {column}', en: 'Row {row}, column {column}' },
  searchMember: { vi: 'Tìm theo tên thành viên', en: 'Search by member name' },
  allTeams: { vi: 'Mọi Tổ', en: 'All teams' },
  total: { vi: 'Cộng', en: 'Total' },
  notPaid: {
    vi: 'Bộ mức hỗ trợ đang áp dụng trong tháng này không chi khoản này: số ngày vẫn được lưu nhưng không thành tiền.',
    en: 'The rates in force this month do not pay this kind: the days are kept but pay nothing.',
  },
} satisfies Record<string, Text>;

export const assignmentText = {
  title: { vi: 'Bộ mức đang áp dụng cho tỉnh', en: 'Rate sets applied to the province' },
  hint: {
    vi: 'Bảng chi mỗi ngày dùng bộ mức được áp dụng cho ngày đó (trong thời gian hiệu lực của chính bộ mức).',
    en: 'Each day, the payroll uses the set applied on that day (within the set’s own effective dates).',
  },
  add: { vi: 'Áp dụng một bộ mức', en: 'Apply a rate set' },
  rateSet: { vi: 'Bộ mức', en: 'Rate set' },
  added: { vi: 'Đã áp dụng bộ mức.', en: 'Rate set applied.' },
  removed: { vi: 'Đã bỏ áp dụng.', en: 'Assignment removed.' },
  removeConfirm: { vi: 'Bỏ áp dụng bộ mức này từ {from}?', en: 'Remove this assignment from {from}?' },
  none: {
    vi: 'Chưa áp dụng bộ mức nào: bảng chi hằng tháng sẽ không có tiền hỗ trợ. Bấm "Áp dụng một bộ mức".',
    en: 'No set is applied: monthly payrolls will pay nothing. Press "Apply a rate set".',
  },
  now: { vi: 'Hiện hành', en: 'Current' },
} satisfies Record<string, Text>;

export const settingsText = {
  title: { vi: 'Duyệt và làm tròn', en: 'Approval and rounding' },
  approver: { vi: 'Cấp duyệt bảng chi', en: 'Who approves payrolls' },
  approverDistrict: { vi: 'UBND huyện của xã', en: 'The commune’s district' },
  approverProvince: { vi: 'Công an tỉnh', en: 'The provincial police' },
  rounding: { vi: 'Làm tròn mỗi dòng', en: 'Rounding of each line' },
  saved: { vi: 'Đã lưu cách duyệt và làm tròn.', en: 'Approval and rounding saved.' },
} satisfies Record<string, Text>;
