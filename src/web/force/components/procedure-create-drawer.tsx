import { useState } from 'react';
import {
  App,
  Button,
  Col,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import type { ProcedureCreate } from '../../../domain/force/force-api.schemas.ts';
import { LEAVE_REASON_LABELS } from '../../../domain/force/force.labels.ts';
import { LEAVE_REASONS, type LeaveReason, type MemberRole } from '../../../domain/force/force.schemas.ts';
import {
  PROCEDURE_KIND_LABELS,
  PROCEDURE_KINDS,
  type ProcedureKind,
} from '../../../domain/force/procedure-steps.ts';
import { DATE_FORMAT, toIsoDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useCreateProcedure } from '../api/create-procedure.ts';
import { useMembers } from '../api/list-members.ts';
import { membersText } from '../member-messages.ts';
import { forceText } from '../messages.ts';
import { proceduresText } from '../procedure-messages.ts';
import type { UnitOption } from '../types.ts';
import { CommuneSelect } from '../../components/commune-select.tsx';
import { TeamSelect } from './team-select.tsx';

interface CreateValues {
  kind: ProcedureKind;
  title?: string;
  startedOn: Dayjs;
  teamId?: string;
  leaveReason?: LeaveReason;
  memberIds?: string[];
  numberToSelect?: number;
  dossierDays?: number;
  dossierPlace?: string;
  meetingPlace?: string;
}

interface ProcedureCreateDrawerProps {
  open: boolean;
  commune: UnitOption | undefined;
  canPickCommune: boolean;
  onClose: () => void;
}

/** Members' roles: a recognition proposes each member for the role the register gives them (Mẫu 06). */
function toInput(unitId: string, values: CreateValues, roles: Map<string, MemberRole>): ProcedureCreate {
  const startedOn = toIsoDate(values.startedOn) ?? '';
  return {
    kind: values.kind,
    unitId,
    title: values.title?.trim() || null,
    startedOn,
    teamId: values.teamId ?? null,
    leaveReason: values.kind === 'leaving' ? (values.leaveReason ?? null) : null,
    details:
      values.kind === 'selection'
        ? {
            numberToSelect: values.numberToSelect,
            durations: values.dossierDays === undefined ? undefined : { dossiers_closed: values.dossierDays },
            dossierPlace: values.dossierPlace?.trim() || null,
            meetingPlace: values.meetingPlace?.trim() || null,
          }
        : values.kind === 'recognition'
          ? { minutesDate: startedOn }
          : {},
    persons: (values.memberIds ?? []).map((memberId) => ({
      memberId,
      proposedRole: roles.get(memberId) ?? null,
    })),
  };
}

export function ProcedureCreateDrawer(props: ProcedureCreateDrawerProps) {
  const t = useT();
  return (
    <Drawer
      title={t(proceduresText.createTitle)}
      open={props.open}
      onClose={props.onClose}
      size={640}
      destroyOnHidden
    >
      {props.open ? <ProcedureCreateForm {...props} /> : null}
    </Drawer>
  );
}

function ProcedureCreateForm({ commune, canPickCommune, onClose }: ProcedureCreateDrawerProps) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const handleApiError = useApiErrorHandler();
  const [form] = Form.useForm<CreateValues>();
  const createMutation = useCreateProcedure();
  const [unit, setUnit] = useState<UnitOption | undefined>(commune);
  const kind = Form.useWatch('kind', form) ?? 'recognition';
  const teamId = Form.useWatch('teamId', form);
  const membersQuery = useMembers({
    unitId: unit?.id,
    teamId,
    status: kind === 'leaving' ? undefined : 'active',
    sort: 'name',
    order: 'asc',
    limit: 500,
    offset: 0,
  });
  const teamMembers = teamId ? (membersQuery.data?.items ?? []) : [];
  const required = [{ required: true, message: t(membersText.requiredThis) }];
  const date = (
    <DatePicker format={DATE_FORMAT} placeholder={t(forceText.datePlaceholder)} style={{ width: '100%' }} />
  );

  const handleFinish = (values: CreateValues) => {
    if (!unit) {
      message.warning(t(forceText.communeRequired));
      return;
    }
    const roles = new Map(teamMembers.map((member) => [member.id, member.role]));
    createMutation.mutate(toInput(unit.id, values, roles), {
      onSuccess: (created) => {
        message.success(t(proceduresText.created, { title: created.title }));
        onClose();
        void navigate(`/force/procedures/${created.id}`);
      },
      onError: (error) => handleApiError(error, form),
    });
  };

  return (
    <Form<CreateValues>
      form={form}
      layout="vertical"
      onFinish={handleFinish}
      initialValues={{ kind: 'recognition', startedOn: dayjs(), memberIds: [] }}
    >
      {canPickCommune ? (
        <Form.Item label={t(forceText.commune)} required>
          <CommuneSelect
            value={unit?.id}
            initialUnit={unit}
            placeholder={t(forceText.communePick)}
            onChange={(_id, chosen) => {
              setUnit(chosen);
              form.setFieldsValue({ teamId: undefined, memberIds: [] });
            }}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="kind" label={t(proceduresText.kind)}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={PROCEDURE_KINDS.map((value) => ({ value, label: t(PROCEDURE_KIND_LABELS[value]) }))}
        />
      </Form.Item>
      <Form.Item name="title" label={t(proceduresText.procedureTitle)}>
        <Input maxLength={300} placeholder={t(proceduresText.titlePlaceholder)} />
      </Form.Item>
      <Form.Item
        name="startedOn"
        label={t(proceduresText.startedOn)}
        extra={t(proceduresText.startedOnHint)}
        rules={required}
      >
        {date}
      </Form.Item>
      <Form.Item name="teamId" label={t(proceduresText.team)} rules={kind === 'selection' ? [] : required}>
        <TeamSelect
          unitId={unit?.id}
          activeOnly
          allowClear
          onChange={() => form.setFieldsValue({ memberIds: [] })}
        />
      </Form.Item>
      {kind === 'leaving' ? (
        <Form.Item name="leaveReason" label={t(proceduresText.leaveReason)} rules={required}>
          <Select<LeaveReason>
            options={LEAVE_REASONS.map((reason) => ({
              value: reason,
              label: t(LEAVE_REASON_LABELS[reason]),
            }))}
            optionRender={(option) => <div style={{ whiteSpace: 'normal' }}>{option.label}</div>}
          />
        </Form.Item>
      ) : null}
      {kind === 'selection' ? (
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="numberToSelect" label={t(proceduresText.numberToSelect)}>
              <InputNumber min={0} max={10_000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="dossierDays" label={t(proceduresText.dossierDays)}>
              <InputNumber min={0} max={365} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="dossierPlace" label={t(proceduresText.dossierPlace)}>
              <Input maxLength={300} placeholder="Ví dụ: Trụ sở Công an xã" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="meetingPlace" label={t(proceduresText.meetingPlace)}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
      ) : (
        <Form.Item
          name="memberIds"
          label={t(proceduresText.members)}
          extra={t(proceduresText.membersHint)}
          rules={required}
        >
          <Select<string[]>
            mode="multiple"
            allowClear
            disabled={!teamId}
            loading={membersQuery.isFetching}
            showSearch={{ optionFilterProp: 'label' }}
            maxTagCount="responsive"
            options={teamMembers.map((member) => ({ value: member.id, label: member.fullName }))}
          />
        </Form.Item>
      )}
      {kind !== 'selection' && teamMembers.length > 0 ? (
        <Button
          type="link"
          style={{ paddingInline: 0, marginTop: -16, marginBottom: 16 }}
          onClick={() => form.setFieldsValue({ memberIds: teamMembers.map((member) => member.id) })}
        >
          {t(proceduresText.selectAll)}
        </Button>
      ) : null}
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onClose}>{t(common.cancel)}</Button>
        <Button type="primary" htmlType="submit" loading={createMutation.isPending}>
          {t(proceduresText.add)}
        </Button>
      </Flex>
    </Form>
  );
}
