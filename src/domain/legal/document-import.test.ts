import { describe, expect, it } from 'vitest';
import {
  checkImportRow,
  documentNumberKey,
  mapImportHeadings,
  readDocumentNumber,
  readVietnameseDate,
} from './document-import.ts';

describe('reading a register spreadsheet', () => {
  it('finds columns by their headings, whatever the case, diacritics and order', () => {
    const { columns, missing } = mapImportHeadings([
      'STT',
      'TRÍCH YẾU',
      'so, ky hieu',
      'Ngày ban hành',
      'Ghi chú',
    ]);
    expect(columns).toEqual({ title: 1, number: 2, issuedOn: 3, note: 4 });
    expect(missing).toEqual([]);
    expect(mapImportHeadings(['Số, ký hiệu', 'Lĩnh vực']).missing).toEqual(['Ngày ban hành', 'Trích yếu']);
  });

  it('reads the kind and the issuer from the number and symbol', () => {
    expect(readDocumentNumber('12/2019/NQ-HĐND')).toEqual({ kind: 'resolution', issuer: 'hdnd' });
    expect(readDocumentNumber('05/2021/QĐ-UBND')).toEqual({ kind: 'decision', issuer: 'ubnd' });
    expect(readDocumentNumber('10/CT-UBND')).toEqual({ kind: 'directive', issuer: 'ubnd' });
    expect(readDocumentNumber('123/BC-CAT')).toEqual({});
    expect(documentNumberKey(' 12/2019/nq-hđnd')).toBe(documentNumberKey('12/2019/NQ-HDND'));
  });

  it('reads dates as officials write them and refuses days that do not exist', () => {
    expect(readVietnameseDate('05/02/2024')).toBe('2024-02-05');
    expect(readVietnameseDate('5/2/2024')).toBe('2024-02-05');
    expect(readVietnameseDate('2024-02-05')).toBe('2024-02-05');
    expect(readVietnameseDate('31/02/2024')).toBeUndefined();
    expect(readVietnameseDate('hôm qua')).toBeUndefined();
  });

  it('turns a good row into a document, defaulting what the number says and "in force"', () => {
    const { input, errors } = checkImportRow({
      number: '12/2019/NQ-HĐND',
      issuedOn: '12/12/2019',
      title: 'Quy định mức hỗ trợ đối với lực lượng bảo vệ dân phố',
      field: 'An ninh, trật tự',
    });
    expect(errors).toEqual([]);
    expect(input).toMatchObject({
      kind: 'resolution',
      issuer: 'hdnd',
      issuedOn: '2019-12-12',
      validity: 'in_force',
      field: 'An ninh, trật tự',
      note: null,
    });
    expect(
      checkImportRow({
        number: '1/QĐ-UBND',
        kind: 'Quyết định',
        issuer: 'Ủy ban nhân dân tỉnh',
        issuedOn: '01/01/2020',
        title: 'X',
        validity: 'Hết hiệu lực một phần',
      }).input,
    ).toMatchObject({ kind: 'decision', issuer: 'ubnd', validity: 'partly_expired' });
  });

  it('names every problem of a bad row with its column', () => {
    const { input, errors } = checkImportRow({
      number: 'abc',
      kind: 'Công văn',
      issuedOn: '32/13/2020',
      validity: 'sắp hết',
    });
    expect(input).toBeUndefined();
    expect(errors).toEqual(
      expect.arrayContaining([
        { column: 'Loại văn bản', message: expect.stringContaining('Công văn') },
        { column: 'Cơ quan ban hành', message: 'Chưa ghi cơ quan ban hành' },
        { column: 'Ngày ban hành', message: expect.stringContaining('32/13/2020') },
        { column: 'Tình trạng hiệu lực', message: expect.stringContaining('sắp hết') },
        { column: 'Số, ký hiệu', message: expect.stringContaining('12/2019/NQ-HĐND') },
        { column: 'Trích yếu', message: 'Chưa ghi trích yếu' },
      ]),
    );
  });
});
