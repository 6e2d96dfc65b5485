import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, List, Typography, Upload } from 'antd';
import type { EventFile } from '../../../domain/events/events.schemas.ts';
import { isApiError } from '../../lib/api-client.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useDeleteEventFile } from '../api/delete-event-file.ts';
import { downloadEventFile } from '../api/download-event-file.ts';
import { useUploadEventFile } from '../api/upload-event-file.ts';
import { eventsText } from '../messages.ts';

const ACCEPT = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png';

export function EventFiles({
  eventId,
  files,
  canEdit,
}: {
  eventId: string;
  files: EventFile[];
  canEdit: boolean;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const uploadMutation = useUploadEventFile();
  const deleteMutation = useDeleteEventFile();

  const handleUpload = async (file: File) => {
    try {
      await uploadMutation.mutateAsync({ eventId, file });
      message.success(t(eventsText.uploaded, { name: file.name }));
    } catch (error) {
      if (isApiError(error) && error.status === 415) message.error(t(eventsText.unsupportedFile));
      else if (isApiError(error) && error.status === 413) message.error(t(eventsText.fileTooLarge));
      else handleApiError(error);
    }
  };

  return (
    <>
      {canEdit ? (
        <Upload
          accept={ACCEPT}
          multiple
          showUploadList={false}
          customRequest={({ file, onSuccess }) => {
            void handleUpload(file as File).then(() => onSuccess?.(null));
          }}
        >
          <Button icon={<UploadOutlined />} loading={uploadMutation.isPending}>
            {t(eventsText.uploadMaterial)}
          </Button>
        </Upload>
      ) : null}
      <Typography.Paragraph type="secondary" style={{ marginTop: 4 }}>
        {t(eventsText.uploadHint)}
      </Typography.Paragraph>
      <List<EventFile>
        size="small"
        dataSource={files}
        locale={{ emptyText: t(eventsText.noMaterials) }}
        renderItem={(file) => (
          <List.Item
            actions={
              canEdit
                ? [
                    <Button
                      key="delete"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`${t(eventsText.delete)} ${file.filename}`}
                      onClick={() =>
                        deleteMutation.mutate(file.id, {
                          onSuccess: () => message.success(t(eventsText.fileDeleted)),
                          onError: (error) => handleApiError(error),
                        })
                      }
                    />,
                  ]
                : []
            }
          >
            <List.Item.Meta
              avatar={<PaperClipOutlined />}
              title={
                <Typography.Link
                  onClick={() => downloadEventFile(file).catch((error: unknown) => handleApiError(error))}
                >
                  {file.filename}
                </Typography.Link>
              }
              description={formatDateTime(file.uploadedAt)}
            />
          </List.Item>
        )}
      />
    </>
  );
}
