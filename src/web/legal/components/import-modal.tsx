import { useState } from 'react';
import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal, Table, Tag, Typography, Upload } from 'antd';
import type { LegalImportResult, LegalImportRow } from '../../../domain/legal/documents.schemas.ts';
import { isApiError } from '../../lib/api-client.ts';
import { formatNumber } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useImportDocuments } from '../api/import-documents.ts';
import { documentsText } from '../messages.ts';

interface ImportModalProps {
  open: boolean;
  onClose: () => void;
}

/** Choose a file → every row checked and shown → import the whole file, only when no row has an error. */
export function ImportModal({ open, onClose }: ImportModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const importMutation = useImportDocuments();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<LegalImportResult | null>(null);

  const close = () => {
    setFile(null);
    setPreview(null);
    onClose();
  };

  const check = async (chosen: File) => {
    setFile(chosen);
    setPreview(null);
    try {
      setPreview(await importMutation.mutateAsync({ file: chosen, commit: false }));
    } catch (error) {
      if (isApiError(error) && error.status === 415) message.error(error.detail);
      else handleApiError(error);
    }
  };

  const commit = async () => {
    if (!file) return;
    try {
      const result = await importMutation.mutateAsync({ file, commit: true });
      message.success(t(documentsText.imported, { count: formatNumber(result.valid) }));
      close();
    } catch (error) {
      handleApiError(error);
    }
  };

  const canImport =
    preview !== null && preview.invalid === 0 && preview.fileErrors.length === 0 && preview.total > 0;
  return (
    <Modal
      title={t(documentsText.importTitle)}
      open={open}
      onCancel={close}
      width={900}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={close}>{t(common.cancel)}</Button>
          <Button
            type="primary"
            disabled={!canImport}
            loading={importMutation.isPending && preview !== null}
            onClick={() => void commit()}
          >
            {preview
              ? t(documentsText.importRows, { count: formatNumber(preview.valid) })
              : t(documentsText.import)}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t(documentsText.importHelp)}</Typography.Paragraph>
      <Upload.Dragger
        accept=".xlsx"
        showUploadList={false}
        aria-label={t(documentsText.chooseFile)}
        customRequest={({ file: chosen, onSuccess }) => {
          void check(chosen as File).then(() => onSuccess?.(null));
        }}
        style={{ marginBottom: 16 }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{file ? file.name : t(documentsText.chooseFile)}</p>
      </Upload.Dragger>
      {importMutation.isPending && !preview ? (
        <Typography.Text>{t(documentsText.checking)}</Typography.Text>
      ) : null}
      {preview ? (
        <>
          {preview.fileErrors.map((error) => (
            <Alert key={error} type="error" showIcon title={error} style={{ marginBottom: 8 }} />
          ))}
          <Alert
            type={preview.invalid > 0 ? 'warning' : 'success'}
            showIcon
            style={{ marginBottom: 8 }}
            title={t(documentsText.previewSummary, {
              total: formatNumber(preview.total),
              valid: formatNumber(preview.valid),
              invalid: formatNumber(preview.invalid),
            })}
            description={preview.invalid > 0 ? t(documentsText.fixRows) : undefined}
          />
          <Table<LegalImportRow>
            rowKey="row"
            size="small"
            dataSource={preview.rows}
            pagination={{ pageSize: 10, showSizeChanger: false }}
            columns={[
              { title: t(documentsText.row), dataIndex: 'row', width: 70 },
              { title: t(documentsText.number), dataIndex: 'number', width: 170 },
              { title: t(documentsText.docTitle), dataIndex: 'title', ellipsis: true },
              {
                title: t(documentsText.errors),
                key: 'errors',
                width: 320,
                render: (_, row) =>
                  row.errors.length === 0 ? (
                    <Tag color="green">{t(documentsText.rowOk)}</Tag>
                  ) : (
                    <Flex vertical gap={2}>
                      {row.errors.map((error) => (
                        <Typography.Text key={`${error.column}-${error.message}`} type="danger">
                          {error.column}: {error.message}
                        </Typography.Text>
                      ))}
                    </Flex>
                  ),
              },
            ]}
          />
        </>
      ) : null}
    </Modal>
  );
}
