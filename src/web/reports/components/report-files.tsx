import { DeleteOutlined, DownloadOutlined, InboxOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, List, Typography, Upload } from 'antd';
import type { ReportFile } from '../../../domain/reports/reports.schemas.ts';
import { isApiError } from '../../lib/api-client.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useDeleteReportFile } from '../api/delete-report-file.ts';
import { downloadReportFile } from '../api/download-report-file.ts';
import { useUploadReportFile } from '../api/upload-report-file.ts';
import { reportsText } from '../messages.ts';

const ACCEPT = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png';

function formatSize(size: number): string {
  if (size < 1024) return `${formatNumber(size)} B`;
  if (size < 1024 * 1024) return `${formatNumber(Math.round(size / 1024))} KB`;
  return `${formatNumber(Math.round((size / 1024 / 1024) * 10) / 10)} MB`;
}

interface ReportFilesProps {
  periodId: string;
  files: ReportFile[];
  canEdit: boolean;
  /** The report's id, saving a draft first when it has none yet (files belong to a saved report). */
  ensureReportId: () => Promise<string>;
}

export function ReportFiles({ periodId, files, canEdit, ensureReportId }: ReportFilesProps) {
  const t = useT();
  const { message, modal } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const uploadMutation = useUploadReportFile(periodId);
  const deleteMutation = useDeleteReportFile(periodId);

  const handleUpload = async (file: File) => {
    try {
      const reportId = await ensureReportId();
      await uploadMutation.mutateAsync({ reportId, file });
      message.success(t(reportsText.uploaded, { name: file.name }));
    } catch (error) {
      if (isApiError(error) && error.status === 415) message.error(t(reportsText.unsupportedFile));
      else if (isApiError(error) && error.status === 413) message.error(t(reportsText.fileTooLarge));
      else handleApiError(error);
    }
  };

  const handleDownload = (file: ReportFile) => {
    downloadReportFile(file).catch(handleApiError);
  };

  const confirmDelete = (file: ReportFile) => {
    void modal.confirm({
      title: t(reportsText.deleteFileConfirm, { name: file.filename }),
      okText: t(reportsText.delete),
      okButtonProps: { danger: true },
      onOk: () =>
        deleteMutation
          .mutateAsync(file.id)
          .then(() => message.success(t(reportsText.fileDeleted)))
          .catch(handleApiError),
    });
  };

  return (
    <>
      {canEdit ? (
        <Upload.Dragger
          accept={ACCEPT}
          multiple
          showUploadList={false}
          disabled={uploadMutation.isPending}
          aria-label={t(reportsText.upload)}
          customRequest={({ file, onSuccess, onError }) => {
            void handleUpload(file as File).then(
              () => onSuccess?.(null),
              (error: unknown) => onError?.(error as Error),
            );
          }}
          style={{ marginBottom: 16 }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t(reportsText.upload)}</p>
          <p className="ant-upload-hint">{t(reportsText.uploadHint)}</p>
        </Upload.Dragger>
      ) : null}
      <List<ReportFile>
        size="small"
        loading={uploadMutation.isPending}
        dataSource={files}
        locale={{ emptyText: t(reportsText.noFiles) }}
        renderItem={(file) => (
          <List.Item
            actions={[
              <Button
                key="download"
                type="text"
                icon={<DownloadOutlined />}
                aria-label={t(reportsText.download, { name: file.filename })}
                onClick={() => handleDownload(file)}
              />,
              ...(canEdit
                ? [
                    <Button
                      key="delete"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t(reportsText.deleteFile, { name: file.filename })}
                      onClick={() => confirmDelete(file)}
                    />,
                  ]
                : []),
            ]}
          >
            <List.Item.Meta
              avatar={<PaperClipOutlined />}
              title={<Typography.Link onClick={() => handleDownload(file)}>{file.filename}</Typography.Link>}
              description={`${formatSize(file.size)} · ${formatDateTime(file.uploadedAt)}`}
            />
          </List.Item>
        )}
      />
    </>
  );
}
