/** The consolidated table of a review campaign as .xlsx: one sheet of findings, one of the reviewing units. */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { formatVietnameseDate } from '../../domain/common/dates.ts';
import {
  CAMPAIGN_UNIT_STATUS_LABELS,
  LEGAL_DOCUMENT_KIND_LABELS,
  LEGAL_ISSUER_LABELS,
  REVIEW_OUTCOME_LABELS,
} from '../../domain/legal/constants.ts';
import type { ReviewConsolidation } from '../../domain/legal/review-consolidation.ts';
import { formatVietnamTime } from '../http/xlsx.ts';

type Cell = string | number | null;

function addSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  title: string,
  columns: { header: string; width: number }[],
  rows: Cell[][],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.columns = columns.map((column, index) => ({ key: String(index), width: column.width }));
  const titleRow = sheet.addRow([title]);
  titleRow.font = { bold: true, size: 13 };
  titleRow.commit();
  sheet.addRow([]).commit();
  const headerRow = sheet.addRow(columns.map((column) => column.header));
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: 'middle', wrapText: true };
  headerRow.commit();
  for (const row of rows) {
    const added = sheet.addRow(row);
    added.alignment = { vertical: 'top', wrapText: true };
    added.commit();
  }
  sheet.commit();
}

export async function writeReviewXlsx(report: ReviewConsolidation, stream: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  addSheet(
    workbook,
    'Kết quả rà soát',
    `${report.summaryLine} (tổng hợp ngày ${formatVietnameseDate(report.date)})`,
    [
      { header: 'STT', width: 6 },
      { header: 'Số, ký hiệu', width: 18 },
      { header: 'Loại văn bản', width: 13 },
      { header: 'Cơ quan ban hành', width: 13 },
      { header: 'Ngày ban hành', width: 13 },
      { header: 'Trích yếu', width: 50 },
      { header: 'Đơn vị rà soát', width: 28 },
      { header: 'Kết quả rà soát', width: 20 },
      { header: 'Điều, khoản', width: 20 },
      { header: 'Lý do', width: 45 },
      { header: 'Đề xuất', width: 35 },
    ],
    report.findings.map((finding, index) => [
      index + 1,
      finding.document?.number ?? null,
      finding.document ? LEGAL_DOCUMENT_KIND_LABELS[finding.document.kind].vi : null,
      finding.document ? LEGAL_ISSUER_LABELS[finding.document.issuer].vi : null,
      finding.document ? formatVietnameseDate(finding.document.issuedOn) : null,
      finding.document?.title ?? '(Văn bản cần ban hành mới)',
      finding.unitName,
      REVIEW_OUTCOME_LABELS[finding.outcome].vi,
      finding.provisions,
      finding.reason,
      finding.proposal,
    ]),
  );
  addSheet(
    workbook,
    'Đơn vị rà soát',
    `Tình hình báo cáo của các đơn vị (hạn ${formatVietnameseDate(report.campaign.unitDeadline)})`,
    [
      { header: 'STT', width: 6 },
      { header: 'Đơn vị', width: 36 },
      { header: 'Hạn báo cáo', width: 13 },
      { header: 'Tình trạng', width: 30 },
      { header: 'Số kết quả', width: 11 },
      { header: 'Thời điểm trả lời', width: 20 },
      { header: 'Ghi chú', width: 40 },
    ],
    report.units.map((unit, index) => [
      index + 1,
      unit.name,
      formatVietnameseDate(unit.deadline),
      `${CAMPAIGN_UNIT_STATUS_LABELS[unit.status].vi}${unit.isLate ? ' (quá hạn)' : ''}`,
      unit.findingCount,
      unit.answeredAt ? formatVietnamTime(unit.answeredAt) : null,
      unit.nothingFoundNote,
    ]),
  );
  await workbook.commit();
}
