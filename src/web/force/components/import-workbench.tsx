import { useState, type ReactNode } from 'react';
import { CheckCircleOutlined, DownloadOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, List, Result, Spin, Steps, Switch, Typography, Upload } from 'antd';
import type { ImportIssue, ImportPreview, ImportResult } from '../../../domain/force/force-api.schemas.ts';
import { isApiError, type ApiError } from '../../lib/api-client.ts';
import { formatNumber } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useCommitImport } from '../api/commit-import.ts';
import { downloadImportTemplate } from '../api/download-import-template.ts';
import { usePreviewImport, type ImportKind } from '../api/preview-import.ts';
import { importText } from '../import-messages.ts';
import type { ImportCorrections, UnitOption } from '../types.ts';
import { ImportPreviewTable } from './import-preview-table.tsx';

interface ImportWorkbenchProps {
  kind: ImportKind;
  /** The commune the rows go into; none chosen yet: the upload waits. */
  commune: UnitOption | undefined;
  /** The commune picker, for users above a commune. */
  communePicker?: ReactNode;
  /** Buttons on the result screen (e.g. to the member list). */
  doneActions?: ReactNode;
}

const ROW_PATH = /^\/rows\/(\d+)\/([^/]+)$/;

/**
 * A commit refused because errors remain names every bad cell (`/rows/7/cccd`): those become the preview's
 * errors, so that the red cells are the ones still wrong after the user's corrections.
 */
function previewWithServerErrors(preview: ImportPreview, error: ApiError): ImportPreview | null {
  const byRow = new Map<number, ImportIssue[]>();
  for (const fieldError of error.errors) {
    const match = ROW_PATH.exec(fieldError.path);
    if (!match) continue;
    const row = Number(match[1]);
    const column = match[2] ?? '';
    const header = preview.columns.find((c) => c.key === column)?.header ?? column;
    const message = fieldError.message.replace(/^Dòng \d+, cột "[^"]*": /, '');
    byRow.set(row, [...(byRow.get(row) ?? []), { row, column, header, message }]);
  }
  if (byRow.size === 0) return null;
  const rows = preview.rows.map((row) => ({ ...row, errors: byRow.get(row.row) ?? [] }));
  const invalid = rows.filter((row) => row.errors.length > 0).length;
  return { ...preview, rows, invalid, valid: rows.length - invalid };
}

function staleRows(corrections: ImportCorrections, checked: ImportCorrections): Set<number> {
  const rows = new Set<number>();
  for (const [row, cells] of Object.entries(corrections)) {
    if (JSON.stringify(cells) !== JSON.stringify(checked[Number(row)])) rows.add(Number(row));
  }
  return rows;
}

const countCells = (corrections: ImportCorrections) =>
  Object.values(corrections).reduce((sum, cells) => sum + Object.keys(cells).length, 0);

export function ImportWorkbench({ kind, commune, communePicker, doneActions }: ImportWorkbenchProps) {
  const t = useT();
  const { message, modal } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const previewMutation = usePreviewImport();
  const commitMutation = useCommitImport();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [corrections, setCorrections] = useState<ImportCorrections>({});
  const [uncheckedEdits, setUncheckedEdits] = useState(0);
  /** The corrections as they were at the last check (preview, or a refused commit). */
  const [checkedCorrections, setCheckedCorrections] = useState<ImportCorrections>({});
  const [errorsOnly, setErrorsOnly] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);

  const showFileError = (error: unknown) => {
    if (isApiError(error) && error.status === 415) message.error(t(importText.notXlsx));
    else if (isApiError(error) && error.status === 413) message.error(t(importText.tooLarge));
    else handleApiError(error);
  };

  const check = (chosen: File, withCorrections: ImportCorrections) => {
    if (!commune) return;
    previewMutation.mutate(
      { kind, unitId: commune.id, file: chosen, corrections: withCorrections },
      {
        onSuccess: (next) => {
          setPreview(next);
          setUncheckedEdits(0);
          setCheckedCorrections(withCorrections);
        },
        onError: showFileError,
      },
    );
  };

  const handleFile = (chosen: File) => {
    setFile(chosen);
    setPreview(null);
    setCorrections({});
    setCheckedCorrections({});
    setResult(null);
    check(chosen, {});
  };

  const handleCellChange = (row: number, key: string, value: string) => {
    setCorrections((previous) => ({ ...previous, [row]: { ...previous[row], [key]: value } }));
    setUncheckedEdits((count) => count + 1);
  };

  const commit = (mode: 'all' | 'valid-only') => {
    if (!file || !commune || !preview) return;
    commitMutation.mutate(
      { kind, unitId: commune.id, file, mode, corrections },
      {
        onSuccess: setResult,
        onError: (error) => {
          const updated = isApiError(error) ? previewWithServerErrors(preview, error) : null;
          if (updated) {
            setPreview(updated);
            setUncheckedEdits(0);
            setCheckedCorrections(corrections);
            message.error(t(importText.stillErrors));
          } else showFileError(error);
        },
      },
    );
  };

  const confirmValidOnly = () => {
    if (!preview) return;
    void modal.confirm({
      title: t(importText.importValid),
      content: t(importText.importValidConfirm, {
        valid: formatNumber(preview.valid),
        invalid: formatNumber(preview.invalid),
      }),
      okText: t(importText.importValid),
      cancelText: t(common.cancel),
      onOk: () => commit('valid-only'),
    });
  };

  const reset = () => {
    setFile(null);
    setPreview(null);
    setCorrections({});
    setResult(null);
  };

  const step = result ? 2 : preview ? 1 : 0;
  const steps = (
    <Steps
      size="small"
      current={step}
      style={{ marginBottom: 24, maxWidth: 720 }}
      items={[
        { title: t(importText.stepUpload) },
        { title: t(importText.stepPreview) },
        { title: t(importText.stepDone) },
      ]}
    />
  );

  if (result) {
    const skippedRows = [...new Set(result.skipped.map((issue) => issue.row))];
    return (
      <>
        {steps}
        <Result
          status="success"
          icon={<CheckCircleOutlined />}
          title={t(importText.done)}
          subTitle={t(importText.doneDetail, {
            created: formatNumber(result.created),
            updated: formatNumber(result.updated),
            skipped: formatNumber(skippedRows.length),
          })}
          extra={
            <Flex gap={8} justify="center" wrap>
              {doneActions}
              <Button onClick={reset}>{t(importText.importAnother)}</Button>
            </Flex>
          }
        />
        {result.skipped.length > 0 ? (
          <List<ImportIssue>
            size="small"
            header={<strong>{t(importText.skippedTitle)}</strong>}
            bordered
            dataSource={result.skipped}
            renderItem={(issue) => (
              <List.Item>
                {t(importText.row)} {issue.row} · {issue.header}: {issue.message}
              </List.Item>
            )}
          />
        ) : null}
      </>
    );
  }

  const busyText = commitMutation.isPending
    ? t(importText.importing, { count: formatNumber(preview?.valid ?? 0) })
    : preview
      ? t(importText.rechecking)
      : t(importText.checking, { name: file?.name ?? '' });

  return (
    <Spin
      spinning={previewMutation.isPending || commitMutation.isPending}
      description={busyText}
      size="large"
    >
      {steps}
      {communePicker}
      {!preview ? (
        <>
          {!commune ? (
            <Alert type="info" showIcon title={t(importText.communeFirst)} style={{ marginBottom: 16 }} />
          ) : null}
          <Upload.Dragger
            accept=".xlsx"
            showUploadList={false}
            disabled={!commune || previewMutation.isPending}
            aria-label={t(importText.upload)}
            beforeUpload={(chosen) => {
              handleFile(chosen);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t(importText.upload)}</p>
            <p className="ant-upload-hint">
              {t(kind === 'members' ? importText.uploadHint : importText.villageUploadHint)}
            </p>
          </Upload.Dragger>
          <Button
            type="link"
            icon={<DownloadOutlined />}
            onClick={() => downloadImportTemplate(kind).catch(handleApiError)}
            style={{ marginTop: 8, paddingInline: 0 }}
          >
            {t(importText.template)}
          </Button>
        </>
      ) : (
        <>
          <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
            <Typography.Text strong>
              {t(importText.summary, {
                name: file?.name ?? '',
                total: formatNumber(preview.total),
                valid: formatNumber(preview.valid),
                invalid: formatNumber(preview.invalid),
              })}
            </Typography.Text>
            <Flex gap={8} wrap align="center">
              <Switch checked={errorsOnly} onChange={setErrorsOnly} aria-label={t(importText.errorsOnly)} />
              <span>{t(importText.errorsOnly)}</span>
            </Flex>
          </Flex>
          {preview.invalid === 0 && uncheckedEdits === 0 ? (
            <Alert
              type="success"
              showIcon
              title={t(importText.allValid, { total: formatNumber(preview.total) })}
              style={{ marginBottom: 12 }}
            />
          ) : null}
          {preview.invalid > 0 && uncheckedEdits === 0 ? (
            <Alert
              type="error"
              showIcon
              title={t(importText.hasErrors, { invalid: formatNumber(preview.invalid) })}
              style={{ marginBottom: 12 }}
            />
          ) : null}
          {uncheckedEdits > 0 ? (
            <Alert
              type="info"
              showIcon
              title={t(importText.edited, { count: formatNumber(countCells(corrections)) })}
              style={{ marginBottom: 12 }}
            />
          ) : null}
          <ImportPreviewTable
            preview={preview}
            corrections={corrections}
            errorsOnly={errorsOnly}
            staleRows={staleRows(corrections, checkedCorrections)}
            onCellChange={handleCellChange}
          />
          <Flex gap={8} justify="flex-end" wrap style={{ marginTop: 16 }}>
            <Button onClick={reset}>{t(importText.chooseOther)}</Button>
            <Button icon={<ReloadOutlined />} onClick={() => file && check(file, corrections)}>
              {t(importText.recheck)}
            </Button>
            <Button disabled={preview.valid === 0} onClick={confirmValidOnly}>
              {t(importText.importValid)}
            </Button>
            <Button type="primary" onClick={() => commit('all')}>
              {t(importText.importAll)}
            </Button>
          </Flex>
        </>
      )}
    </Spin>
  );
}
