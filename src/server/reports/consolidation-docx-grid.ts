/**
 * A bordered table written as WordprocessingML text, for the consolidated report's unit tables.
 *
 * Why not docx's `Table`: a province's report has ~2,000 unit rows and ~20,000 cells; docx builds a tree of
 * objects for each cell (cell, properties, width, paragraph, run, text …) and walks it again to serialise,
 * which took 1.5–4 s of CPU against SPEC §9's 2 s for both files. So in the document a `GridTable` is a
 * placeholder element, and once docx has packed the file, `fillGridTables` puts each table's XML (built
 * here as text, in one pass) in its place. The XML is what docx's own `Table` writes for the same options.
 */
import { randomUUID } from 'node:crypto';
import { FileChild, type IXmlableObject } from 'docx';

export type GridAlign = 'left' | 'center' | 'right' | 'both';

export interface GridCell {
  text: string;
  align?: GridAlign;
  isBold?: boolean;
  /** Columns this cell spans, 1 when left out. */
  span?: number;
}

export interface GridRow {
  cells: GridCell[];
  /** Repeated at the top of each page the table runs onto; its cells centred vertically. */
  isHeading?: boolean;
}

const PLACEHOLDER = 'antt-grid-table';
const PLACEHOLDER_PATTERN = new RegExp(`<${PLACEHOLDER} id="([0-9a-f-]+)"/>`, 'g');

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Text content escaped; control characters XML 1.0 cannot hold are dropped (as docx does). */
function escapeText(text: string): string {
  // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
  return text.replace(/[&<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (character) => XML_ESCAPES[character] ?? '');
}

const LINE = 'w:val="single" w:color="000000" w:sz="4"';
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(
  (side) => `<w:${side} ${LINE}/>`,
);
const CELL_MARGINS =
  '<w:tblCellMar><w:top w:type="dxa" w:w="30"/><w:left w:type="dxa" w:w="70"/>' +
  '<w:bottom w:type="dxa" w:w="30"/><w:right w:type="dxa" w:w="70"/></w:tblCellMar>';
const BOLD = '<w:rPr><w:b/><w:bCs/></w:rPr>';

export class GridTable extends FileChild {
  readonly id = randomUUID();

  /**
   * @param widths column widths in twips, fitted by the caller into the text width
   * @param paragraphStyle the style of every cell's paragraph (font size, spacing)
   */
  constructor(
    private readonly widths: readonly number[],
    private readonly rows: readonly GridRow[],
    private readonly paragraphStyle: string,
  ) {
    super(PLACEHOLDER);
  }

  /** What docx writes in the table's place: an element `fillGridTables` replaces. */
  override prepForXml(): IXmlableObject {
    return { [PLACEHOLDER]: { _attr: { id: this.id } } };
  }

  toXml(): string {
    const total = this.widths.reduce((sum, width) => sum + width, 0);
    const properties =
      `<w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders>${BORDERS.join('')}</w:tblBorders>` +
      `<w:tblLayout w:type="fixed"/>${CELL_MARGINS}</w:tblPr>`;
    const grid = `<w:tblGrid>${this.widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`;
    return `<w:tbl>${properties}${grid}${this.rows.map((row) => this.rowXml(row)).join('')}</w:tbl>`;
  }

  private rowXml(row: GridRow): string {
    let column = 0;
    const cells = row.cells.map((cell) => {
      const span = cell.span ?? 1;
      const width = this.widths.slice(column, column + span).reduce((sum, value) => sum + value, 0);
      column += span;
      return this.cellXml(cell, { width, span, isHeading: row.isHeading ?? false });
    });
    const properties = row.isHeading
      ? '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>'
      : '<w:trPr><w:cantSplit/></w:trPr>';
    return `<w:tr>${properties}${cells.join('')}</w:tr>`;
  }

  private cellXml(cell: GridCell, layout: { width: number; span: number; isHeading: boolean }): string {
    const span = layout.span > 1 ? `<w:gridSpan w:val="${layout.span}"/>` : '';
    const vertical = layout.isHeading ? '<w:vAlign w:val="center"/>' : '';
    const align = cell.align && cell.align !== 'left' ? `<w:jc w:val="${cell.align}"/>` : '';
    const text = cell.text
      .split('\n')
      .map((line) => `<w:t xml:space="preserve">${escapeText(line)}</w:t>`)
      .join('<w:br/>');
    return (
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${layout.width}"/>${span}${vertical}</w:tcPr>` +
      `<w:p><w:pPr><w:pStyle w:val="${this.paragraphStyle}"/>${align}</w:pPr>` +
      `<w:r>${cell.isBold ? BOLD : ''}${text}</w:r></w:p></w:tc>`
    );
  }
}

/** Puts each table's XML where docx wrote its placeholder; every placeholder must find its table. */
export function fillGridTables(documentXml: string, tables: readonly GridTable[]): string {
  const byId = new Map<string, GridTable>(tables.map((table) => [table.id, table]));
  let filled = 0;
  const xml = documentXml.replace(PLACEHOLDER_PATTERN, (_placeholder, id: string) => {
    const table = byId.get(id);
    if (!table) throw new Error(`No table for placeholder ${id}`);
    filled += 1;
    return table.toXml();
  });
  if (filled !== tables.length) throw new Error(`Placed ${filled} of ${tables.length} tables`);
  return xml;
}
