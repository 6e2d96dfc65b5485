import type { Text } from '../lib/i18n.ts';

/** The .xlsx import of villages and member lists: upload, preview with errors, fix, import. */
export const importText = {
  title: { vi: 'Nhập danh sách thành viên', en: 'Import a member list' },
  description: {
    vi: 'Tải lên danh sách thành viên Tổ bảo vệ ANTT của xã (.xlsx, mỗi dòng một người). Hệ thống kiểm tra từng dòng theo Điều 13 Luật 30/2023/QH15 trước khi ghi; không dòng nào được ghi nếu tệp còn lỗi, trừ khi chọn "Chỉ nhập các dòng hợp lệ".',
    en: 'Upload the commune’s member list (.xlsx, one person a row). Every row is checked against Art. 13 of Law 30/2023 before anything is written; nothing is written while errors remain unless you choose "Import valid rows only".',
  },
  stepUpload: { vi: 'Chọn tệp', en: 'Choose file' },
  stepPreview: { vi: 'Kiểm tra, sửa lỗi', en: 'Check and fix' },
  stepDone: { vi: 'Hoàn thành', en: 'Done' },
  upload: {
    vi: 'Kéo thả hoặc bấm để chọn tệp Excel (.xlsx)',
    en: 'Drop or click to choose an Excel file (.xlsx)',
  },
  uploadHint: {
    vi: 'Dòng tiêu đề cần có các cột: Họ và tên, Ngày sinh, Giới tính, Số CCCD, Nơi cư trú, Cư trú từ, Trình độ học vấn, Chức danh, Tổ, Nguồn. Ngày ghi dd/mm/yyyy.',
    en: 'The header row needs: Họ và tên, Ngày sinh, Giới tính, Số CCCD, Nơi cư trú, Cư trú từ, Trình độ học vấn, Chức danh, Tổ, Nguồn. Dates as dd/mm/yyyy.',
  },
  villageUploadHint: {
    vi: 'Dòng tiêu đề cần có: Tên thôn, tổ dân phố; Loại (Thôn hoặc Tổ dân phố); nếu có: Số hộ, Số nhân khẩu, Diện tích (ha), Phân loại (1–3), Địa bàn (Miền núi, Biên giới, Dân tộc thiểu số…), Tình hình ANTT (Bình thường, Phức tạp, Trọng điểm). Thôn đã có cùng tên được cập nhật.',
    en: 'Header row: Tên thôn, tổ dân phố; Loại (Thôn or Tổ dân phố); when known: Số hộ, Số nhân khẩu, Diện tích (ha), Phân loại (1–3), Địa bàn, Tình hình ANTT. A village of the same name is updated.',
  },
  template: { vi: 'Tải tệp mẫu', en: 'Download the template' },
  communeFirst: {
    vi: 'Chọn xã, phường, thị trấn nhận danh sách trước khi tải tệp lên.',
    en: 'Choose the commune the list belongs to before uploading.',
  },
  commune: { vi: 'Nhập vào', en: 'Import into' },
  checking: { vi: 'Đang đọc và kiểm tra tệp {name}…', en: 'Reading and checking {name}…' },
  rechecking: { vi: 'Đang kiểm tra lại…', en: 'Checking again…' },
  importing: { vi: 'Đang ghi {count} dòng vào sổ…', en: 'Writing {count} rows…' },
  summary: {
    vi: 'Tệp {name}: {total} dòng — {valid} hợp lệ, {invalid} có lỗi',
    en: 'File {name}: {total} rows — {valid} valid, {invalid} with errors',
  },
  allValid: {
    vi: 'Tất cả {total} dòng hợp lệ. Bấm "Nhập" để ghi vào sổ.',
    en: 'All {total} rows are valid. Press "Import" to write them.',
  },
  hasErrors: {
    vi: 'Còn {invalid} dòng có lỗi. Sửa trực tiếp trong ô tô đỏ rồi bấm "Kiểm tra lại", hoặc chọn "Chỉ nhập các dòng hợp lệ".',
    en: '{invalid} rows have errors. Fix them in the red cells and press "Check again", or choose "Import valid rows only".',
  },
  edited: {
    vi: 'Đã sửa {count} ô. Bấm "Kiểm tra lại" để xem các dòng đã hết lỗi chưa.',
    en: '{count} cells changed. Press "Check again" to see whether the rows are now valid.',
  },
  errorsTitle: { vi: 'Danh sách lỗi ({count})', en: 'Errors ({count})' },
  warningsTitle: { vi: 'Cần lưu ý ({count})', en: 'Warnings ({count})' },
  row: { vi: 'Dòng', en: 'Row' },
  summaryRows: { vi: '{total} dòng', en: '{total} rows' },
  column: { vi: 'Cột', en: 'Column' },
  message: { vi: 'Nội dung lỗi', en: 'Problem' },
  rowStatus: { vi: 'Kết quả', en: 'Result' },
  rowOk: { vi: 'Hợp lệ', en: 'Valid' },
  rowEdited: { vi: 'Đã sửa, chờ kiểm tra lại', en: 'Corrected, check again' },
  rowErrors: { vi: '{count} lỗi', en: '{count} errors' },
  cellLabel: { vi: 'Dòng {row}, cột {column}', en: 'Row {row}, column {column}' },
  errorsOnly: { vi: 'Chỉ hiện dòng có lỗi', en: 'Rows with errors only' },
  recheck: { vi: 'Kiểm tra lại', en: 'Check again' },
  importAll: { vi: 'Nhập', en: 'Import' },
  importValid: { vi: 'Chỉ nhập các dòng hợp lệ', en: 'Import valid rows only' },
  importValidConfirm: {
    vi: 'Chỉ ghi {valid} dòng hợp lệ; {invalid} dòng có lỗi sẽ bị bỏ qua. Tiếp tục?',
    en: 'Only the {valid} valid rows will be written; {invalid} rows with errors are skipped. Continue?',
  },
  chooseOther: { vi: 'Chọn tệp khác', en: 'Choose another file' },
  done: { vi: 'Đã nhập xong', en: 'Import finished' },
  doneDetail: {
    vi: 'Thêm mới {created}, cập nhật {updated}, bỏ qua {skipped} dòng.',
    en: '{created} added, {updated} updated, {skipped} rows skipped.',
  },
  skippedTitle: { vi: 'Các dòng bị bỏ qua', en: 'Rows skipped' },
  importAnother: { vi: 'Nhập tệp khác', en: 'Import another file' },
  viewMembers: { vi: 'Xem danh sách thành viên', en: 'View the members' },
  notXlsx: {
    vi: 'Chỉ nhận tệp Excel .xlsx. Nếu tệp là .xls, hãy mở bằng Excel và "Lưu thành" .xlsx rồi tải lên lại.',
    en: 'Only .xlsx files. For an .xls file, open it in Excel, "Save as" .xlsx and upload again.',
  },
  tooLarge: {
    vi: 'Tệp quá lớn. Hãy chia danh sách thành nhiều tệp nhỏ hơn.',
    en: 'The file is too large. Split the list into smaller files.',
  },
  stillErrors: {
    vi: 'Chưa ghi dòng nào: còn lỗi ở các ô tô đỏ. Sửa các ô đó, hoặc chọn "Chỉ nhập các dòng hợp lệ".',
    en: 'Nothing was written: the red cells still have errors. Fix them, or choose "Import valid rows only".',
  },
} satisfies Record<string, Text>;
