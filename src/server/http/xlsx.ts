import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

export interface XlsxColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | null | Date;
}

/**
 * Streams rows into an .xlsx download: the workbook is written row by row to the response, so an export
 * of a whole province's audit log never sits whole in memory and leaves no temporary file behind.
 */
export function sendXlsx<T>(
  reply: FastifyReply,
  options: { filename: string; sheetName: string; columns: XlsxColumn<T>[]; rows: AsyncIterable<T> },
) {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  const sheet = workbook.addWorksheet(options.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = options.columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  const write = async () => {
    for await (const row of options.rows) {
      sheet.addRow(options.columns.map((c) => c.value(row))).commit();
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((err: unknown) => {
    reply.log.error({ err }, 'xlsx export failed');
    stream.destroy(err instanceof Error ? err : new Error(String(err)));
  });
  const encoded = encodeURIComponent(options.filename);
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header(
      'content-disposition',
      `attachment; filename="${options.filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encoded}`,
    )
    .send(stream);
}

/**
 * Every item of a paged list, for a streamed .xlsx export, `size` at a time. The first page is read before
 * the download starts, so that a unit out of scope or a bad filter answers 404 / 400 rather than a cut file.
 */
export async function allPages<T>(
  page: (limit: number, offset: number) => Promise<{ items: T[] }>,
  size = 500,
): Promise<AsyncIterable<T>> {
  const first = (await page(size, 0)).items;
  return (async function* () {
    let items = first;
    for (let offset = size; ; offset += size) {
      yield* items;
      if (items.length < size) return;
      items = (await page(size, offset)).items;
    }
  })();
}

/** dd/mm/yyyy HH:mm:ss in Vietnam time, as officials read it. */
export function formatVietnamTime(iso: string): string {
  const date = new Date(Date.parse(iso) + 7 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}
