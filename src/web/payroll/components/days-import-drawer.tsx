import { useState } from 'react';
import { CheckOutlined, DownloadOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Drawer,
  Flex,
  Input,
  Switch,
  Table,
  Typography,
  Upload,
  type TableColumnsType,
} from 'antd';
import type { ImportPreview } from '../../../domain/force/force-api.schemas.ts';
import { formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { downloadDaysTemplate, useCommitDaysImport, usePreviewDaysImport } from '../api/days.ts';
import { formatMonth } from '../format.ts';
import { daysText } from '../messages.ts';
import { ExportButton } from '../../components/export-button.tsx';

type Row = ImportPreview['rows'][number];

/** The cells a user corrects in the preview: the days. Names and keys come from the template and stay as read. */
const DAY_KEYS = new Set(['dutyAssigned', 'dutyNight', 'dutyHoliday', 'dutyHazardous', 'trainingDays']);
/** The template's hidden key: shown only when it is the cell at fault. */
const HIDDEN_KEYS = new Set(['memberId']);
type Corrections = Record<number, Record<string, string>>;

interface DaysImportDrawerProps {
  unitId: string;
  month: string;
  onClose: () => void;
}

/** Choose the filled template, see every row checked (errors by row and column), fix cells, then import. */
export function DaysImportDrawer({ unitId, month, onClose }: DaysImportDrawerProps) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const preview = usePreviewDaysImport();
  const commit = useCommitDaysImport();
  const [file, setFile] = useState<File | null>(null);
  const [corrections, setCorrections] = useState<Corrections>({});
  const [errorsOnly, setErrorsOnly] = useState(true);
  const result = preview.data;

  const check = (chosen: File, fixes: Corrections) =>
    preview.mutate(
      { unitId, month, file: chosen, corrections: fixes },
      { onError: (error) => handleApiError(error) },
    );

  const runCommit = () => {
    if (!file) return;
    commit.mutate(
      { unitId, month, file, corrections },
      {
        onSuccess: ({ updated }) => {
          message.success(t(daysText.committed, { count: formatNumber(updated) }));
          onClose();
        },
        onError: (error) => handleApiError(error),
      },
    );
  };

  const setCell = (row: number, key: string, value: string) =>
    setCorrections((previous) => ({ ...previous, [row]: { ...previous[row], [key]: value } }));

  // With no error left, "errors only" would show an empty table: every row is shown, the switch hidden.
  const hasErrors = (result?.invalid ?? 0) > 0;
  const rows = (result?.rows ?? []).filter((row) => !(errorsOnly && hasErrors) || row.errors.length > 0);
  const columns: TableColumnsType<Row> = [
    { title: t(daysText.row), dataIndex: 'row', width: 64, fixed: 'left' },
    ...(result?.columns ?? [])
      .filter(
        (column) =>
          !HIDDEN_KEYS.has(column.key) ||
          result?.rows.some((row) => row.errors.some((e) => e.column === column.key)),
      )
      .map((column) => ({
        title: column.header,
        key: column.key,
        width: column.key === 'fullName' || column.key === 'team' ? 200 : column.key === 'stt' ? 60 : 110,
        render: (_v: unknown, row: Row) => {
          const error = row.errors.find((issue) => issue.column === column.key);
          const value = corrections[row.row]?.[column.key] ?? row.cells[column.key] ?? '';
          if (row.errors.length === 0 || (!DAY_KEYS.has(column.key) && !error)) return value;
          return (
            <Flex vertical gap={2}>
              <Input
                size="small"
                aria-label={t(daysText.cellLabel, { row: row.row, column: column.header })}
                status={error && corrections[row.row]?.[column.key] === undefined ? 'error' : undefined}
                value={value}
                onChange={(event) => setCell(row.row, column.key, event.target.value)}
              />
              {error ? (
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  {error.message}
                </Typography.Text>
              ) : null}
            </Flex>
          );
        },
      })),
    {
      title: t(daysText.errors),
      key: 'errors',
      width: 260,
      render: (_v, row) =>
        row.errors.length === 0 ? (
          <CheckOutlined style={{ color: '#52c41a' }} />
        ) : (
          <Typography.Text type="danger">
            {row.errors.map((issue) => `${issue.header}: ${issue.message}`).join('; ')}
          </Typography.Text>
        ),
    },
  ];

  return (
    <Drawer
      open
      title={`${t(daysText.importTitle)} — ${formatMonth(month)}`}
      onClose={onClose}
      size={1100}
      destroyOnHidden
      extra={
        <Button
          type="primary"
          disabled={!result || result.invalid > 0 || preview.isPending}
          loading={commit.isPending}
          onClick={runCommit}
        >
          {t(daysText.commit)}
        </Button>
      }
    >
      <Alert type="info" showIcon title={t(daysText.importHint)} style={{ marginBottom: 16 }} />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <ExportButton
          label={t(daysText.template)}
          icon={<DownloadOutlined />}
          onExport={() => downloadDaysTemplate(unitId, month)}
        />
        <Upload
          accept=".xlsx"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(chosen) => {
            setFile(chosen);
            setCorrections({});
            check(chosen, {});
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={preview.isPending}>
            {t(daysText.chooseFile)}
          </Button>
        </Upload>
        {file ? <Typography.Text type="secondary">{file.name}</Typography.Text> : null}
      </Flex>
      {preview.isPending ? <Typography.Text>{t(daysText.checking)}</Typography.Text> : null}
      {result ? (
        <>
          <Flex gap={16} align="center" wrap style={{ marginBottom: 12 }}>
            <Typography.Text strong>
              {t(daysText.previewSummary, {
                total: formatNumber(result.total),
                valid: formatNumber(result.valid),
                invalid: formatNumber(result.invalid),
              })}
            </Typography.Text>
            {hasErrors ? (
              <Flex gap={6} align="center">
                <Switch
                  size="small"
                  checked={errorsOnly}
                  onChange={setErrorsOnly}
                  aria-label={t(daysText.errorsOnly)}
                />
                <span>{t(daysText.errorsOnly)}</span>
              </Flex>
            ) : null}
            {hasErrors || Object.keys(corrections).length > 0 ? (
              <Button
                icon={<ReloadOutlined />}
                disabled={!file}
                onClick={() => file && check(file, corrections)}
              >
                {t(daysText.recheck)}
              </Button>
            ) : null}
          </Flex>
          {hasErrors ? (
            <Alert type="error" showIcon title={t(daysText.fixHint)} style={{ marginBottom: 12 }} />
          ) : null}
          <Table<Row>
            rowKey="row"
            size="small"
            columns={columns}
            dataSource={rows}
            scroll={{ x: 1000 }}
            pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
          />
        </>
      ) : null}
    </Drawer>
  );
}
