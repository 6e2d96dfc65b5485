/**
 * The consolidated report (SPEC §4) as a .docx in the layout of Nghị định 30/2020/NĐ-CP. Built in memory:
 * docx zips the whole document at once, so the stream below is that one buffer, delivered when read.
 */
import { Readable } from 'node:stream';
import { Document, Packer } from 'docx';
import type { ConsolidatedReport } from '../../domain/reports/consolidation.ts';
import { reportBody } from './consolidation-docx-body.ts';
import { GridTable, fillGridTables } from './consolidation-docx-grid.ts';
import {
  closingBlock,
  documentStyles,
  headerBlock,
  sectionFrame,
  titleBlock,
} from './consolidation-docx-layout.ts';
import { readZipEntry, replaceZipEntry } from './consolidation-docx-zip.ts';

const DOCUMENT_PART = 'word/document.xml';

/** The document, and the unit tables that are written into it after packing (see GridTable). */
function buildDocument(report: ConsolidatedReport): { document: Document; tables: GridTable[] } {
  const { properties, headers } = sectionFrame();
  const body = reportBody(report);
  const document = new Document({
    creator: report.issuingBody,
    lastModifiedBy: report.issuingBody,
    title: `${report.documentType} ${report.summaryLine}`,
    description: report.summaryLine,
    styles: documentStyles(),
    sections: [
      {
        properties,
        headers,
        children: [headerBlock(report), ...titleBlock(report), ...body, closingBlock(report)],
      },
    ],
  });
  return { document, tables: body.filter((block) => block instanceof GridTable) };
}

/** The report as the bytes of a .docx file. */
export async function writeConsolidationDocx(report: ConsolidatedReport): Promise<Buffer> {
  const { document, tables } = buildDocument(report);
  const packed = await Packer.toBuffer(document);
  if (tables.length === 0) return packed;
  const xml = fillGridTables(readZipEntry(packed, DOCUMENT_PART).toString('utf8'), tables);
  return replaceZipEntry(packed, DOCUMENT_PART, Buffer.from(xml, 'utf8'));
}

/**
 * The report as a readable stream of .docx bytes, for a route to send (`reply.send(stream)`). Packer's own
 * `toStream` returns a legacy Stream that emits its one chunk on a timer whether anyone listens or not;
 * this is a proper Readable, which waits for its reader and passes errors on.
 */
export function streamConsolidationDocx(report: ConsolidatedReport): Readable {
  return Readable.from(
    (async function* generate() {
      yield await writeConsolidationDocx(report);
    })(),
    { objectMode: false },
  );
}
