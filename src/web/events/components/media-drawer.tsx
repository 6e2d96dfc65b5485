import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Drawer, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { MEDIA_KIND_LABELS, MEDIA_KINDS } from '../../../domain/events/constants.ts';
import { mediaCreateSchema, type MediaCreate, type MediaItem } from '../../../domain/events/media.schemas.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { zodRule } from '../../lib/zod-rule.ts';
import { useDeleteMedia } from '../api/delete-media.ts';
import { useSaveMedia } from '../api/save-media.ts';
import { eventsText, mediaText } from '../messages.ts';
import { TaskSelect, UnitPicker } from './pickers.tsx';

type Values = Omit<MediaCreate, 'publishedOn'> & { publishedOn: Dayjs | null };

const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

interface MediaDrawerProps {
  /** The item to edit; null to add one; undefined: closed. */
  item: MediaItem | null | undefined;
  canChooseUnit: boolean;
  onClose: () => void;
}

export function MediaDrawer({ item, canChooseUnit, onClose }: MediaDrawerProps) {
  const t = useT();
  return (
    <Drawer
      title={t(item ? mediaText.edit : mediaText.add)}
      open={item !== undefined}
      onClose={onClose}
      size={560}
      destroyOnHidden
    >
      {item === undefined ? null : (
        <MediaForm key={item?.id ?? 'new'} item={item} canChooseUnit={canChooseUnit} onClose={onClose} />
      )}
    </Drawer>
  );
}

function MediaForm({
  item,
  canChooseUnit,
  onClose,
}: {
  item: MediaItem | null;
  canChooseUnit: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const handleApiError = useApiErrorHandler();
  const saveMutation = useSaveMedia();
  const deleteMutation = useDeleteMedia();
  const canEdit = item?.canEdit ?? true;

  const handleFinish = ({ publishedOn, unitId, ...values }: Values) => {
    const fields = {
      ...values,
      publishedOn: publishedOn?.format('YYYY-MM-DD') ?? '',
      taskId: values.taskId ?? null,
      channel: text(values.channel),
      url: text(values.url),
      note: text(values.note),
    };
    saveMutation.mutate(
      item
        ? { id: item.id, update: { ...fields, version: item.version } }
        : { id: null, create: { ...fields, unitId } },
      {
        onSuccess: () => {
          message.success(t(eventsText.saved));
          onClose();
        },
        onError: (error) => handleApiError(error, form),
      },
    );
  };

  const confirmDelete = () => {
    if (!item) return;
    void modal.confirm({
      title: t(mediaText.deleteConfirm, { title: item.title }),
      okText: t(eventsText.delete),
      okButtonProps: { danger: true },
      onOk: () =>
        deleteMutation.mutateAsync(item.id).then(
          () => {
            message.success(t(eventsText.deleted));
            onClose();
          },
          (error: unknown) => handleApiError(error),
        ),
    });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={handleFinish}
      disabled={!canEdit}
      initialValues={
        item
          ? { ...item, taskId: item.task?.id ?? null, publishedOn: dayjs(item.publishedOn) }
          : { kind: 'article', publishedOn: null }
      }
    >
      {item ? null : canChooseUnit ? (
        <Form.Item name="unitId" label={t(mediaText.outlet)} extra={t(mediaText.outletHint)}>
          <UnitPicker placeholder={t(eventsText.ownUnit)} />
        </Form.Item>
      ) : null}
      <Flex gap={12}>
        <Form.Item name="kind" label={t(mediaText.kind)} style={{ flex: 1 }} rules={[{ required: true }]}>
          <Select options={MEDIA_KINDS.map((kind) => ({ value: kind, label: t(MEDIA_KIND_LABELS[kind]) }))} />
        </Form.Item>
        <Form.Item
          name="publishedOn"
          label={t(mediaText.publishedOn)}
          style={{ flex: 1 }}
          rules={[
            {
              required: true,
              message: t(common.requiredSelect, { field: t(mediaText.publishedOn).toLowerCase() }),
            },
          ]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item
        name="title"
        label={t(mediaText.itemTitle)}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t(common.required, { field: t(mediaText.itemTitle).toLowerCase() }),
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
      </Form.Item>
      <Form.Item name="channel" label={t(mediaText.channel)}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="url" label={t(mediaText.url)} rules={[zodRule(mediaCreateSchema.shape.url)]}>
        <Input placeholder="https://" maxLength={2000} />
      </Form.Item>
      <Form.Item name="taskId" label={t(eventsText.task)}>
        <TaskSelect placeholder={t(eventsText.taskPlaceholder)} />
      </Form.Item>
      <Form.Item name="note" label={t(mediaText.note)}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={5000} />
      </Form.Item>
      {canEdit ? (
        <Flex justify="space-between" gap={8}>
          {item ? (
            <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
              {t(eventsText.delete)}
            </Button>
          ) : (
            <span />
          )}
          <Flex gap={8}>
            <Button onClick={onClose}>{t(common.cancel)}</Button>
            <Button type="primary" htmlType="submit" loading={saveMutation.isPending}>
              {t(common.save)}
            </Button>
          </Flex>
        </Flex>
      ) : null}
    </Form>
  );
}
