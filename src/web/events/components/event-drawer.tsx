import { DeleteOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Divider,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Skeleton,
  Tabs,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  EVENT_FORM_LABELS,
  EVENT_FORMS,
  EVENT_KIND_LABELS,
  EVENT_KINDS,
} from '../../../domain/events/constants.ts';
import { takesAttendance } from '../../../domain/events/attendance.ts';
import type { Event, EventCreate } from '../../../domain/events/events.schemas.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useDeleteEvent } from '../api/delete-event.ts';
import { useEvent } from '../api/get-event.ts';
import { useSaveEvent } from '../api/save-event.ts';
import { attendanceText, eventsText } from '../messages.ts';
import { EventAttendance } from './event-attendance.tsx';
import { EventFiles } from './event-files.tsx';
import { TaskSelect, UnitPicker } from './pickers.tsx';

type Values = Omit<EventCreate, 'startsOn' | 'endsOn'> & { dates: [Dayjs, Dayjs] | null };

const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

interface EventDrawerProps {
  /** The event to open; null to add one; undefined: closed. */
  eventId: string | null | undefined;
  /** Coordinators record events for units in their scope; others for their own unit. */
  canChooseUnit: boolean;
  onClose: () => void;
  onSaved: (id: string) => void;
}

export function EventDrawer({ eventId, canChooseUnit, onClose, onSaved }: EventDrawerProps) {
  const t = useT();
  const eventQuery = useEvent(eventId ?? null);
  const isOpen = eventId !== undefined;
  const event = eventId ? (eventQuery.data ?? null) : null;
  const form = (
    <EventForm
      key={eventId ?? 'new'}
      event={event}
      canChooseUnit={canChooseUnit}
      onClose={onClose}
      onSaved={onSaved}
    />
  );
  // Force training, drills and contests keep their attendance list on a tab of their own.
  const withAttendance = event !== null && takesAttendance(event.kind);
  return (
    <Drawer
      title={event ? event.title : t(eventId ? eventsText.edit : eventsText.add)}
      open={isOpen}
      onClose={onClose}
      size={withAttendance ? 760 : 640}
      destroyOnHidden
    >
      {!isOpen ? null : eventId && eventQuery.isPending ? (
        <Skeleton active />
      ) : withAttendance ? (
        <Tabs
          items={[
            { key: 'details', label: t(eventsText.edit), children: form },
            {
              key: 'attendance',
              label: t(attendanceText.title),
              children: <EventAttendance eventId={event.id} />,
            },
          ]}
        />
      ) : (
        form
      )}
    </Drawer>
  );
}

function EventForm({
  event,
  canChooseUnit,
  onClose,
  onSaved,
}: { event: Event | null } & Omit<EventDrawerProps, 'eventId'>) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const handleApiError = useApiErrorHandler();
  const saveMutation = useSaveEvent();
  const deleteMutation = useDeleteEvent();
  const canEdit = event?.canEdit ?? true;
  const kind = Form.useWatch('kind', form);

  const handleFinish = ({ dates, unitId, ...values }: Values) => {
    // Enter in a field and a click on Lưu in quick succession must not record the event twice.
    if (saveMutation.isPending) return;
    const fields = {
      ...values,
      taskId: values.taskId ?? null,
      startsOn: dates?.[0].format('YYYY-MM-DD') ?? '',
      endsOn: dates?.[1].format('YYYY-MM-DD') ?? '',
      place: text(values.place),
      audience: text(values.audience),
      description: text(values.description),
    };
    saveMutation.mutate(
      event
        ? { id: event.id, update: { ...fields, version: event.version } }
        : { id: null, create: { ...fields, unitId } },
      {
        onSuccess: (saved) => {
          message.success(t(eventsText.saved));
          onSaved(saved.id);
        },
        onError: (error) => {
          // The two dates are one field here: the server names the end date.
          handleApiError(error, form);
          const endsOn = form.getFieldError('endsOn' as never);
          if (endsOn.length > 0) form.setFields([{ name: 'dates', errors: endsOn }]);
        },
      },
    );
  };

  const confirmDelete = () => {
    if (!event) return;
    void modal.confirm({
      title: t(eventsText.deleteConfirm, { title: event.title }),
      okText: t(eventsText.delete),
      okButtonProps: { danger: true },
      onOk: () =>
        deleteMutation.mutateAsync(event.id).then(
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
        event
          ? { ...event, taskId: event.task?.id ?? null, dates: [dayjs(event.startsOn), dayjs(event.endsOn)] }
          : { kind: 'briefing', form: 'in_person', participantCount: 0, dates: null }
      }
    >
      <Flex gap={12}>
        <Form.Item name="kind" label={t(eventsText.kind)} style={{ flex: 1 }} rules={[{ required: true }]}>
          <Select options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(EVENT_KIND_LABELS[kind]) }))} />
        </Form.Item>
        <Form.Item name="form" label={t(eventsText.form)} style={{ flex: 1 }} rules={[{ required: true }]}>
          <Select options={EVENT_FORMS.map((value) => ({ value, label: t(EVENT_FORM_LABELS[value]) }))} />
        </Form.Item>
      </Flex>
      <Form.Item
        name="title"
        label={t(eventsText.eventTitle)}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t(common.required, { field: t(eventsText.eventTitle).toLowerCase() }),
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
      </Form.Item>
      {event ? null : canChooseUnit ? (
        <Form.Item name="unitId" label={t(eventsText.unit)} extra={t(eventsText.ownUnit)}>
          <UnitPicker placeholder={t(eventsText.ownUnit)} />
        </Form.Item>
      ) : null}
      <Form.Item name="taskId" label={t(eventsText.task)}>
        <TaskSelect />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item
          name="dates"
          label={t(eventsText.dates)}
          style={{ flex: 2 }}
          rules={[
            {
              required: true,
              message: t(common.requiredSelect, { field: t(eventsText.dates).toLowerCase() }),
            },
          ]}
        >
          <DatePicker.RangePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="participantCount"
          label={t(eventsText.participants)}
          style={{ flex: 1 }}
          rules={[{ required: true }]}
        >
          <InputNumber<number> min={0} max={10_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="place" label={t(eventsText.place)}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="audience" label={t(eventsText.audience)}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
      </Form.Item>
      <Form.Item name="description" label={t(eventsText.descriptionLabel)}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={20_000} />
      </Form.Item>
      {!event && kind && takesAttendance(kind) ? (
        <Alert type="info" showIcon title={t(eventsText.attendanceSaveFirst)} style={{ marginBottom: 16 }} />
      ) : null}
      <Divider titlePlacement="start" plain>
        {t(eventsText.materials)}
      </Divider>
      {event ? (
        <EventFiles eventId={event.id} files={event.files} canEdit={canEdit} />
      ) : (
        <Alert type="info" title={t(eventsText.saveFirst)} style={{ marginBottom: 16 }} />
      )}
      {canEdit ? (
        <Flex justify="space-between" gap={8} style={{ marginTop: 16 }}>
          {event ? (
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
