import { memo, useState } from 'react';
import { Flex, Input, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { ImportIssue, ImportPreview } from '../../../domain/force/force-api.schemas.ts';
import { formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { importText } from '../import-messages.ts';
import type { ImportCorrections, ImportPreviewRow } from '../types.ts';

interface ImportPreviewTableProps {
  preview: ImportPreview;
  corrections: ImportCorrections;
  errorsOnly: boolean;
  /** Rows corrected since the last check: their errors may be gone, which only a new check tells. */
  staleRows: ReadonlySet<number>;
  onCellChange: (row: number, key: string, value: string) => void;
}

const EDITED_STYLE = { background: '#e6f4ff' };

interface CellProps {
  row: number;
  columnKey: string;
  header: string;
  value: string;
  isEdited: boolean;
  error: ImportIssue | undefined;
  /** Cells of a row with errors are open for typing; the others open on a click. */
  isOpen: boolean;
  onChange: (row: number, key: string, value: string) => void;
}

const PreviewCell = memo(function PreviewCell(props: CellProps) {
  const t = useT();
  const [isEditing, setIsEditing] = useState(false);
  const label = t(importText.cellLabel, { row: props.row, column: props.header });
  if (props.isOpen || isEditing) {
    const input = (
      <Input
        size="small"
        aria-label={label}
        value={props.value}
        status={props.error && !props.isEdited ? 'error' : undefined}
        autoFocus={isEditing}
        onBlur={() => setIsEditing(false)}
        onChange={(event) => props.onChange(props.row, props.columnKey, event.target.value)}
        style={props.isEdited ? EDITED_STYLE : undefined}
      />
    );
    return props.error ? <Tooltip title={props.error.message}>{input}</Tooltip> : input;
  }
  return (
    <Typography.Text
      role="button"
      tabIndex={0}
      aria-label={label}
      onClick={() => setIsEditing(true)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') setIsEditing(true);
      }}
      style={{ cursor: 'text', display: 'block', minHeight: 22, ...(props.isEdited ? EDITED_STYLE : {}) }}
    >
      {props.value}
    </Typography.Text>
  );
});

/** The file's rows as read, errors in red with the reason; any cell can be corrected in place. */
export function ImportPreviewTable({
  preview,
  corrections,
  errorsOnly,
  staleRows,
  onCellChange,
}: ImportPreviewTableProps) {
  const t = useT();
  const [page, setPage] = useState({ current: 1, pageSize: 50 });
  const rows = errorsOnly ? preview.rows.filter((row) => row.errors.length > 0) : preview.rows;
  const headerOf = new Map(preview.columns.map((column) => [column.key, column.header]));

  const columns: TableColumnsType<ImportPreviewRow> = [
    {
      title: t(importText.row),
      dataIndex: 'row',
      key: 'row',
      width: 76,
      fixed: 'left',
      align: 'right',
      sorter: (a, b) => a.row - b.row,
      render: (row: number) => formatNumber(row),
    },
    {
      title: t(importText.rowStatus),
      key: 'status',
      width: 300,
      fixed: 'left',
      sorter: (a, b) => a.errors.length - b.errors.length,
      render: (_value, row) =>
        row.errors.length === 0 ? (
          <Flex vertical gap={2}>
            <Tag color="success" style={{ width: 'fit-content' }}>
              {t(importText.rowOk)}
            </Tag>
            {row.warnings.map((warning, index) => (
              <Typography.Text key={index} type="warning" style={{ fontSize: 12 }}>
                {warning.header}: {warning.message}
              </Typography.Text>
            ))}
          </Flex>
        ) : (
          <Flex vertical gap={2}>
            {staleRows.has(row.row) ? (
              <Tag color="processing" style={{ width: 'fit-content' }}>
                {t(importText.rowEdited)}
              </Tag>
            ) : (
              <Tag color="error" style={{ width: 'fit-content' }}>
                {t(importText.rowErrors, { count: row.errors.length })}
              </Tag>
            )}
            {row.errors.map((error, index) => (
              <Typography.Text
                key={index}
                type={staleRows.has(row.row) ? 'secondary' : 'danger'}
                delete={staleRows.has(row.row) && corrections[row.row]?.[error.column] !== undefined}
                style={{ fontSize: 12 }}
              >
                <strong>{error.header}:</strong> {error.message}
              </Typography.Text>
            ))}
          </Flex>
        ),
    },
    ...preview.columns.map((column): TableColumnsType<ImportPreviewRow>[number] => ({
      title: column.header,
      key: column.key,
      width: column.key === 'stt' ? 60 : column.key === 'residence' ? 220 : 150,
      onCell: (row) => {
        const hasError = row.errors.some((error) => error.column === column.key);
        const isEdited = corrections[row.row]?.[column.key] !== undefined;
        return { style: hasError && !isEdited ? { background: '#fff1f0' } : {} };
      },
      render: (_value, row) => {
        const corrected = corrections[row.row]?.[column.key];
        return (
          <PreviewCell
            row={row.row}
            columnKey={column.key}
            header={headerOf.get(column.key) ?? column.key}
            value={corrected ?? row.cells[column.key] ?? ''}
            isEdited={corrected !== undefined}
            error={row.errors.find((error) => error.column === column.key)}
            isOpen={row.errors.length > 0}
            onChange={onCellChange}
          />
        );
      },
    })),
  ];

  return (
    <Table<ImportPreviewRow>
      rowKey="row"
      size="small"
      bordered
      columns={columns}
      dataSource={rows}
      scroll={{ x: 360 + preview.columns.length * 150 }}
      rowClassName={(row) => (row.errors.length > 0 ? 'force-import-row--error' : '')}
      pagination={{
        ...page,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        onChange: (current, pageSize) => setPage({ current, pageSize }),
        showTotal: (total) => t(importText.summaryRows, { total: formatNumber(total) }),
      }}
    />
  );
}
