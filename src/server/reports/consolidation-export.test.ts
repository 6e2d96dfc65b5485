// The consolidated report's exports, opened again as a reader would: the .docx through mammoth (its text)
// and JSZip (its XML: page, margins, font, page numbers), the .xlsx through exceljs. No database.
import { PassThrough, type Readable } from 'node:stream';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConsolidatedReport } from '../../domain/reports/consolidation.ts';
import { readWorkbook } from '../test/xlsx.ts';
import { streamConsolidationDocx, writeConsolidationDocx } from './consolidation-docx.ts';
import { formatNumber, formatPercent, formatPlaceAndDate } from './consolidation-format.ts';
import { buildProvinceConsolidation } from './consolidation-sample-province.ts';
import { buildSampleConsolidation } from './consolidation-sample.ts';
import { sheetName } from './consolidation-xlsx-sheet.ts';
import { writeConsolidationXlsx } from './consolidation-xlsx.ts';

async function collect(stream: Readable | PassThrough): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

async function xlsxBuffer(report: ConsolidatedReport): Promise<Buffer> {
  const output = new PassThrough();
  const [bytes] = await Promise.all([collect(output), writeConsolidationXlsx(report, output)]);
  return bytes;
}

/** The attributes of the first `<tag …/>` in the XML, by name. */
function attributesOf(xml: string, tag: string): Record<string, string> {
  const element = new RegExp(`<${tag} ([^>]*?)/?>`).exec(xml)?.[1] ?? '';
  return Object.fromEntries(
    [...element.matchAll(/([\w:]+)="([^"]*)"/g)].map((match): [string, string] => [
      match[1] ?? '',
      match[2] ?? '',
    ]),
  );
}

const TWIPS_PER_MILLIMETRE = 1440 / 25.4;
const millimetres = (twips: string | undefined) => Number(twips) / TWIPS_PER_MILLIMETRE;

describe('Vietnamese formats', () => {
  it('writes the place and date with leading zeros for days 1–9 and months 1–2 only (NĐ 30/2020)', () => {
    expect(formatPlaceAndDate('Thái Nguyên', '2024-02-05')).toBe('Thái Nguyên, ngày 05 tháng 02 năm 2024');
    expect(formatPlaceAndDate('Thái Nguyên', '2024-03-09')).toBe('Thái Nguyên, ngày 09 tháng 3 năm 2024');
    expect(formatPlaceAndDate('Thái Nguyên', '2024-11-15')).toBe('Thái Nguyên, ngày 15 tháng 11 năm 2024');
  });

  it('groups thousands with dots and writes decimals with a comma', () => {
    expect(formatNumber(1_234_567)).toBe('1.234.567');
    expect(formatNumber(87.25)).toBe('87,3');
    expect(formatPercent(95.4)).toBe('95,4%');
  });

  it('keeps sheet names within Excel’s rules', () => {
    const used = new Set<string>();
    expect(sheetName('NV 1.1', used)).toBe('NV 1.1');
    expect(sheetName('NV 1.1', used)).toBe('NV 1.1 (2)');
    expect(sheetName("'NV 2/a: [x]*?'", used)).toBe('NV 2-a- -x---');
    expect(sheetName('X'.repeat(40), used)).toHaveLength(31);
  });
});

describe('consolidated report as .docx', () => {
  const report = buildSampleConsolidation();
  let text = '';
  let documentXml = '';
  let zip: JSZip;

  beforeAll(async () => {
    const bytes = await writeConsolidationDocx(report);
    text = (await mammoth.extractRawText({ buffer: bytes })).value;
    zip = await JSZip.loadAsync(bytes);
    documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  });

  it('opens with the header block of an administrative document', () => {
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('UBND TỈNH THÁI NGUYÊN');
    expect(text).toContain('CÔNG AN TỈNH');
    expect(text).toMatch(/Số:\s+\/BC-CAT/);
    expect(text).toContain('Thái Nguyên, ngày 08 tháng 11 năm 2024');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(report.summaryLine);
  });

  it('gives the plan, the period and the totals', () => {
    expect(text).toContain('Kế hoạch số 71/KH-UBND ngày 15/04/2024 của UBND tỉnh Thái Nguyên');
    expect(text).toContain('từ ngày 15/12/2023 đến ngày 14/11/2024');
    expect(text).toContain('4 nhiệm vụ với 15 lượt đơn vị được giao thực hiện');
    expect(text).toContain('đã có 11 lượt đơn vị gửi báo cáo (73,3%), trong đó 7 báo cáo đã được tiếp nhận');
    expect(text).toContain('tiến độ thực hiện bình quân đạt 96,8%');
    expect(text).toContain(
      'Nhiệm vụ giao 5 đơn vị (chủ trì: Sở Tư pháp); đã báo cáo 3, đã tiếp nhận 2, chậm 2',
    );
  });

  it('has a section per task with every unit, its status and its figures in Vietnamese style', () => {
    expect(text).toContain('I. KẾT QUẢ THỰC HIỆN');
    expect(text).toContain('1.1. Tổ chức quán triệt, tuyên truyền');
    for (const unit of new Set(report.tasks.flatMap((task) => task.units.map((part) => part.unitName)))) {
      expect(text).toContain(unit);
    }
    for (const label of ['Đã tiếp nhận', 'Trả lại', 'Chưa báo cáo', 'Đang soạn', 'Chủ trì', 'Phối hợp']) {
      expect(text).toContain(label);
    }
    expect(text).toContain('4.215');
    expect(text).toContain('62.300.000');
    expect(text).toContain('kinh phí đã chi: 135.800.000 đồng');
    expect(text).toContain('Kinh phí đã chi (đồng)');
  });

  it('ends each table with a bold total row of the indicator totals', () => {
    const totals = [...documentXml.matchAll(/<w:tr>(?:(?!<\/w:tr>).)*Tổng cộng(?:(?!<\/w:tr>).)*<\/w:tr>/g)];
    expect(totals).toHaveLength(report.tasks.length);
    const [first] = totals.map((match) => match[0]);
    expect(first).toContain('<w:b/>');
    expect(first).toContain('9.445');
    expect(first).toContain('135.800.000');
  });

  it('lists the difficulties with their answers and the proposals, grouped by task', () => {
    expect(text).toContain('II. KHÓ KHĂN, VƯỚNG MẮC');
    expect(text).toMatch(/Thành phố Thái Nguyên: Kinh phí tổ chức hội nghị[^\n]*\(kỳ trước chuyển sang\)/);
    expect(text).toContain('Ý kiến trả lời, chỉ đạo: Phối hợp Viễn thông Thái Nguyên');
    expect(text).toContain('III. KIẾN NGHỊ, ĐỀ XUẤT');
    for (const proposal of report.proposals) expect(text).toContain(proposal.text);
    expect(text.indexOf('III. KIẾN NGHỊ')).toBeGreaterThan(text.indexOf('Sở Nội vụ: Chưa có hướng dẫn'));
  });

  it('closes with the recipients and the signer', () => {
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('- Bộ Công an (V03);');
    expect(text).toContain('- Lưu: VT, PV01.');
    expect(text).toContain('KT. GIÁM ĐỐC');
    expect(text).toContain('PHÓ GIÁM ĐỐC');
    expect(text).toContain('Đại tá Nguyễn Văn A');
  });

  it('is A4 portrait with the decree’s margins, in Times New Roman', async () => {
    const size = attributesOf(documentXml, 'w:pgSz');
    expect(size).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(size['w:orient']).not.toBe('landscape');
    const margin = attributesOf(documentXml, 'w:pgMar');
    for (const side of ['w:top', 'w:bottom']) expect(millimetres(margin[side])).toBeGreaterThanOrEqual(19.9);
    for (const side of ['w:top', 'w:bottom']) expect(millimetres(margin[side])).toBeLessThanOrEqual(25.1);
    expect(millimetres(margin['w:left'])).toBeGreaterThanOrEqual(29.9);
    expect(millimetres(margin['w:left'])).toBeLessThanOrEqual(35.1);
    expect(millimetres(margin['w:right'])).toBeGreaterThanOrEqual(14.9);
    expect(millimetres(margin['w:right'])).toBeLessThanOrEqual(20.1);
    expect(documentXml).toContain('w:ascii="Times New Roman"');
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Times New Roman"/);
  });

  it('numbers the pages in the header from page 2 on', async () => {
    expect(documentXml).toContain('<w:titlePg/>');
    const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
    const headerXml = async (type: string) => {
      const id =
        new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`).exec(documentXml)?.[1] ?? '?';
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '?';
      return (await zip.file(`word/${target}`)?.async('string')) ?? '';
    };
    expect(await headerXml('default')).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(await headerXml('first')).not.toContain('PAGE');
  });

  it('takes the service’s wording as it comes: dated period labels, punctuated recipients', async () => {
    const variant: ConsolidatedReport = {
      ...report,
      period: { label: 'từ 01/01/2024 đến 31/12/2024', from: '2024-01-01', to: '2024-12-31' },
      recipients: ['Bộ Công an (để báo cáo);', 'Lưu: VT, CAT.'],
      signer: { authority: 'GIÁM ĐỐC', name: 'Nguyễn Văn B' },
    };
    const bytes = await writeConsolidationDocx(variant);
    const variantText = (await mammoth.extractRawText({ buffer: bytes })).value;
    expect(variantText).toContain('kết quả thực hiện từ 01/01/2024 đến 31/12/2024 như sau:');
    expect(variantText).toContain('- Bộ Công an (để báo cáo);');
    expect(variantText).toContain('- Lưu: VT, CAT.');
    expect(variantText).not.toMatch(/;;|\.\.|;\.|\.;/);
  });

  it('streams the same document', async () => {
    const bytes = await collect(streamConsolidationDocx(report));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect((await mammoth.extractRawText({ buffer: bytes })).value).toBe(text);
  });
});

describe('consolidated report as .xlsx', () => {
  const report = buildSampleConsolidation();

  it('has a summary sheet, a sheet per task and the difficulties', async () => {
    const workbook = await readWorkbook(await xlsxBuffer(report));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Tổng hợp',
      'NV 1.1',
      'NV 1.2',
      'NV 2',
      'NV 4',
      'Khó khăn',
      'Kiến nghị',
    ]);

    const summary = workbook.getWorksheet('Tổng hợp');
    expect(summary?.getCell('A2').value).toBe('Kế hoạch');
    expect(summary?.getCell('B3').value).toBe('Năm 2024 (15/12/2023 - 14/11/2024)');
    expect(summary?.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(summary?.getRow(5).getCell(1).font?.bold).toBe(true);
    const briefing = summary?.getRow(6);
    expect(briefing?.getCell(1).value).toBe('1.1');
    expect([4, 5, 6, 7].map((column) => briefing?.getCell(column).value)).toEqual([5, 3, 2, 2]);
    expect(briefing?.getCell(3).value).toEqual(new Date('2024-06-30T00:00:00.000Z'));
    const spendingColumn = (summary?.getRow(5).values as unknown[]).indexOf('Kinh phí đã chi (đồng)');
    expect(briefing?.getCell(spendingColumn).value).toBe(135_800_000);
    expect(briefing?.getCell(spendingColumn).numFmt).toBe('#,##0');
    const plan = summary?.getRow(6 + report.tasks.length);
    expect(plan?.getCell(2).value).toBe('Toàn kế hoạch');
    expect(plan?.getCell(2).font?.bold).toBe(true);
    expect([4, 5, 6, 7].map((column) => plan?.getCell(column).value)).toEqual([15, 11, 7, 4]);
    expect(plan?.getCell(8).value).toBeCloseTo(96.8, 1);
  });

  it('writes a row per unit with numbers as numbers, and the totals', async () => {
    const workbook = await readWorkbook(await xlsxBuffer(report));
    const sheet = workbook.getWorksheet('NV 1.1');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet?.getRow(3).getCell(2).font?.bold).toBe(true);
    expect(sheet?.getColumn(2).width).toBe(30);
    const headings = sheet?.getRow(3).values as unknown[];
    expect(headings).toContain('Lượt người tham dự (lượt người)');
    const row = sheet?.getRow(4);
    expect(row?.getCell(2).value).toBe('Sở Tư pháp');
    expect(row?.getCell(3).value).toBe('Chủ trì');
    expect(row?.getCell(4).value).toBe('Đã tiếp nhận');
    expect(row?.getCell(5).value).toBe(100);
    const spending = row?.getCell(headings.indexOf('Kinh phí đã chi (đồng)'));
    expect(spending?.value).toBe(45_000_000);
    expect(spending?.numFmt).toBe('#,##0');
    expect(row?.getCell(headings.indexOf('Ngày gửi')).value).toEqual(new Date('2024-06-20T09:15:00.000Z'));
    expect(row?.getCell(headings.indexOf('Chậm hạn')).value).toBe('Không');
    const late = sheet?.getRow(6);
    expect(late?.getCell(2).value).toBe('Huyện Đại Từ');
    expect(late?.getCell(headings.indexOf('Chậm hạn')).value).toBe('Có');
    const total = sheet?.getRow(9);
    expect(total?.getCell(2).value).toBe('Tổng cộng');
    expect(total?.getCell(headings.indexOf('Kinh phí đã chi (đồng)')).value).toBe(135_800_000);
    expect(total?.getCell(headings.indexOf('Lượt người tham dự (lượt người)')).value).toBe(9445);
  });

  it('lists the difficulties with their answers and state', async () => {
    const workbook = await readWorkbook(await xlsxBuffer(report));
    const sheet = workbook.getWorksheet('Khó khăn');
    expect(sheet?.rowCount).toBe(1 + report.difficulties.length);
    expect(sheet?.getRow(2).values).toEqual(
      expect.arrayContaining(['Thành phố Thái Nguyên', 'Có', 'Chưa trả lời']),
    );
    expect(sheet?.getRow(5).getCell(8).value).toBe('Đã giải quyết');
  });
});

describe('a province-wide report', () => {
  it('writes both files (timing printed, not asserted: the benchmark holds the 2 s target)', async () => {
    const report = buildProvinceConsolidation();
    expect(report.tasks.flatMap((task) => task.units)).toHaveLength(206 * 10);
    const started = performance.now();
    const docx = await writeConsolidationDocx(report);
    const docxDone = performance.now();
    const xlsx = await xlsxBuffer(report);
    const finished = performance.now();
    console.info(
      `province-wide consolidation: .docx ${Math.round(docxDone - started)} ms (${docx.length} bytes), ` +
        `.xlsx ${Math.round(finished - docxDone)} ms (${xlsx.length} bytes), both ${Math.round(finished - started)} ms`,
    );
    const workbook = await readWorkbook(xlsx);
    expect(workbook.worksheets).toHaveLength(1 + 10 + 2);
    expect(workbook.getWorksheet('NV 1.1')?.rowCount).toBe(3 + 206 + 1);
    const documentXml =
      (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
    expect(documentXml).toContain('Cổ Lũng 25');
  });
});
