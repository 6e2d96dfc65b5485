import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LegalDocument, LegalImportResult } from '../../domain/legal/documents.schemas.ts';
import { auditRowsFor, createTestContext, type TestContext } from '../test/context.ts';
import { multipartFile } from '../test/multipart.ts';
import { readWorkbook } from '../test/xlsx.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function workbook(rows: (string | number | Date)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sổ văn bản');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const HEADINGS = ['STT', 'Số, ký hiệu', 'Ngày ban hành', 'Trích yếu', 'Lĩnh vực', 'Tình trạng hiệu lực'];

describe.each(inject('testDialects'))('legal document register on %s', (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'));
  });
  afterAll(() => t.close());

  const documentBody = {
    number: '07/2024/NQ-HĐND',
    kind: 'resolution',
    issuer: 'hdnd',
    issuedOn: '2024-07-12',
    title: 'Quy định tiêu chí thành lập Tổ bảo vệ an ninh, trật tự ở cơ sở',
    field: 'An ninh, trật tự',
    validity: 'in_force',
  };
  let created: LegalDocument;

  it('lets the coordinator register a document, refuses a duplicate number (409) and agencies (403)', async () => {
    const coordinator = await t.as('congantinh');
    const res = await coordinator({ method: 'POST', url: '/api/legal-documents', payload: documentBody });
    expect(res.statusCode).toBe(201);
    created = res.json<LegalDocument>();
    expect(created).toMatchObject({ ...documentBody, isDemo: false, file: null, version: 1 });
    const again = await coordinator({
      method: 'POST',
      url: '/api/legal-documents',
      payload: { ...documentBody, number: '07/2024/nq-hdnd ' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual([{ path: '/number', message: expect.stringContaining('đã có') }]);
    const agency = await t.as('sotuphap');
    expect(
      (await agency({ method: 'POST', url: '/api/legal-documents', payload: documentBody })).statusCode,
    ).toBe(403);
    expect((await auditRowsFor(t.db, 'legal_document', created.id)).map((row) => row.action)).toEqual([
      'create',
    ]);
  });

  it('answers bad input with the fields to fix', async () => {
    const coordinator = await t.as('congantinh');
    const res = await coordinator({
      method: 'POST',
      url: '/api/legal-documents',
      payload: { ...documentBody, number: 'abc', kind: 'law', issuedOn: '12/07/2024' },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['/issuedOn', '/kind', '/number']);
  });

  it('searches without diacritics, filters, sorts and pages, for every user of the province', async () => {
    const commune = await t.as('ca.hungson');
    const res = await commune({ method: 'GET', url: '/api/legal-documents?q=tieu chi thanh lap to bao ve' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((d: LegalDocument) => d.number)).toEqual(['07/2024/NQ-HĐND']);
    const decisions = await commune({ method: 'GET', url: '/api/legal-documents?kind=decision&limit=100' });
    expect(decisions.json().items.length).toBeGreaterThan(0);
    expect(decisions.json().items.every((d: LegalDocument) => d.kind === 'decision')).toBe(true);
    const sorted = await commune({
      method: 'GET',
      url: '/api/legal-documents?sort=issuedOn&order=asc&limit=2',
    });
    const [first, second] = sorted.json().items as LegalDocument[];
    expect(sorted.json().total).toBeGreaterThan(2);
    expect(first && second && first.issuedOn <= second.issuedOn).toBe(true);
    const bad = await commune({ method: 'GET', url: '/api/legal-documents?sort=colour' });
    expect(bad.statusCode).toBe(400);
  });

  it('keeps a file with the document, checked by type and checksum; agencies cannot replace it', async () => {
    const coordinator = await t.as('congantinh');
    const attached = await coordinator({
      method: 'PUT',
      url: `/api/legal-documents/${created.id}/file`,
      ...multipartFile('nghi-quyet-07.pdf', PDF),
    });
    expect(attached.statusCode).toBe(200);
    expect(attached.json().file).toMatchObject({
      filename: 'nghi-quyet-07.pdf',
      contentType: 'application/pdf',
    });
    const fake = await coordinator({
      method: 'PUT',
      url: `/api/legal-documents/${created.id}/file`,
      ...multipartFile('nghi-quyet.pdf', Buffer.from('không phải PDF')),
    });
    expect(fake.statusCode).toBe(415);
    const agency = await t.as('sotuphap');
    const download = await agency({ method: 'GET', url: `/api/legal-documents/${created.id}/file` });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    const replace = await agency({
      method: 'PUT',
      url: `/api/legal-documents/${created.id}/file`,
      ...multipartFile('khac.pdf', PDF),
    });
    expect(replace.statusCode).toBe(403);
  });

  it('updates with a version (409 when stale) and exports what the list shows as .xlsx', async () => {
    const coordinator = await t.as('congantinh');
    const current = (await coordinator({ method: 'GET', url: `/api/legal-documents/${created.id}` })).json();
    const updated = await coordinator({
      method: 'PATCH',
      url: `/api/legal-documents/${created.id}`,
      payload: { version: current.version, validity: 'partly_expired' },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().validity).toBe('partly_expired');
    const stale = await coordinator({
      method: 'PATCH',
      url: `/api/legal-documents/${created.id}`,
      payload: { version: current.version, validity: 'expired' },
    });
    expect(stale.statusCode).toBe(409);
    const exported = await coordinator({ method: 'GET', url: '/api/legal-documents/export.xlsx?q=tieu chi' });
    expect(exported.statusCode).toBe(200);
    const sheet = (await readWorkbook(exported.rawPayload)).worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('Số, ký hiệu');
    expect(sheet?.getRow(2).getCell(1).value).toBe('07/2024/NQ-HĐND');
    expect(sheet?.getRow(2).getCell(4).value).toBe('12/07/2024');
    expect(sheet?.getRow(2).getCell(7).value).toBe('Hết hiệu lực một phần');
    expect(sheet?.rowCount).toBe(2);
  });

  it('previews an .xlsx import with row errors and writes nothing while any row is wrong', async () => {
    const coordinator = await t.as('congantinh');
    const file = await workbook([
      ['SỔ THEO DÕI VĂN BẢN QPPL'],
      HEADINGS,
      [
        1,
        '21/2023/QĐ-UBND',
        '15/08/2023',
        'Ban hành Quy chế phối hợp bảo đảm an ninh, trật tự',
        'An ninh, trật tự',
        '',
      ],
      [2, '07/2024/NQ-HĐND', '12/07/2024', 'Đã có trong sổ', '', ''],
      [3, '22/2023/QĐ-UBND', '31/02/2023', 'Ngày sai', '', ''],
      [4, '21/2023/QĐ-UBND', '16/08/2023', 'Trùng dòng 3', '', ''],
    ]);
    const before = await t.db.selectFrom('legalDocument').select('id').execute();
    const preview = await coordinator({
      method: 'POST',
      url: '/api/legal-documents/import',
      ...multipartFile('so.xlsx', file),
    });
    expect(preview.statusCode).toBe(200);
    const result = preview.json<LegalImportResult>();
    expect(result).toMatchObject({ isImported: false, total: 4, valid: 1, invalid: 3, fileErrors: [] });
    expect(result.rows.map((row) => [row.row, row.errors.map((e) => e.message)])).toEqual([
      [3, []],
      [4, ['Số, ký hiệu này đã có trong sổ văn bản']],
      [5, ['"31/02/2023" không phải ngày hợp lệ (dd/mm/yyyy)']],
      [6, ['Trùng số, ký hiệu với dòng 3']],
    ]);
    const commit = await coordinator({
      method: 'POST',
      url: '/api/legal-documents/import?commit=true',
      ...multipartFile('so.xlsx', file),
    });
    expect(commit.statusCode).toBe(400);
    expect(commit.json().errors).toContainEqual({
      path: '/rows/5/Ngày ban hành',
      message: expect.any(String),
    });
    expect(await t.db.selectFrom('legalDocument').select('id').execute()).toHaveLength(before.length);
  });

  it('imports a clean file whole, dates typed as Excel dates too, and refuses other files', async () => {
    const coordinator = await t.as('congantinh');
    const file = await workbook([
      HEADINGS,
      [
        1,
        '31/2023/QĐ-UBND',
        new Date(Date.UTC(2023, 9, 2)),
        'Quy chế quản lý lực lượng dân phòng',
        'Phòng cháy, chữa cháy',
        'Hết hiệu lực',
      ],
      [2, '04/CT-UBND', '05/03/2024', 'Tăng cường bảo đảm an ninh, trật tự dịp Tết', '', 'Còn hiệu lực'],
    ]);
    const commit = await coordinator({
      method: 'POST',
      url: '/api/legal-documents/import?commit=true',
      ...multipartFile('so.xlsx', file),
    });
    expect(commit.statusCode).toBe(200);
    expect(commit.json()).toMatchObject({ isImported: true, valid: 2, invalid: 0 });
    const found = await coordinator({ method: 'GET', url: '/api/legal-documents?q=dan phong' });
    expect(found.json().items[0]).toMatchObject({
      number: '31/2023/QĐ-UBND',
      kind: 'decision',
      issuer: 'ubnd',
      issuedOn: '2023-10-02',
      validity: 'expired',
    });
    const text = await coordinator({
      method: 'POST',
      url: '/api/legal-documents/import',
      ...multipartFile('so.csv', Buffer.from('Số, ký hiệu;Trích yếu\n')),
    });
    expect(text.statusCode).toBe(415);
    const agency = await t.as('sotuphap');
    const forbidden = await agency({
      method: 'POST',
      url: '/api/legal-documents/import',
      ...multipartFile('so.xlsx', file),
    });
    expect(forbidden.statusCode).toBe(403);
    expect((await auditRowsFor(t.db, 'legal_document')).some((row) => row.action === 'import')).toBe(true);
  });
});
