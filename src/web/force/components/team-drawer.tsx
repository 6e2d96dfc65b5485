import { useState } from 'react';
import { App, Button, Col, DatePicker, Drawer, Flex, Form, Input, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Team, TeamUpdate } from '../../../domain/force/force-api.schemas.ts';
import { DATE_FORMAT, toIsoDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useCreateTeam } from '../api/create-team.ts';
import { useUpdateTeam } from '../api/update-team.ts';
import { membersText } from '../member-messages.ts';
import { forceText, teamsText } from '../messages.ts';
import type { UnitOption } from '../types.ts';
import { CommuneSelect } from '../../components/commune-select.tsx';
import { VillageSelect } from './village-select.tsx';

interface TeamValues {
  name: string;
  villageIds: string[];
  decisionNumber: string;
  decisionDate: Dayjs;
  decisionSigner: string;
  note?: string | null;
}

interface TeamDrawerProps {
  open: boolean;
  team: Team | null;
  commune: UnitOption | undefined;
  canPickCommune: boolean;
  onClose: () => void;
}

export function TeamDrawer(props: TeamDrawerProps) {
  const t = useT();
  return (
    <Drawer
      title={t(props.team ? teamsText.editTitle : teamsText.createTitle)}
      open={props.open}
      onClose={props.onClose}
      size={640}
      destroyOnHidden
    >
      {props.open ? (
        <TeamForm key={props.team ? `${props.team.id}:${props.team.version}` : 'new'} {...props} />
      ) : null}
    </Drawer>
  );
}

function TeamForm({ team, commune, canPickCommune, onClose }: TeamDrawerProps) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [form] = Form.useForm<TeamValues>();
  const createMutation = useCreateTeam();
  const updateMutation = useUpdateTeam();
  const [unit, setUnit] = useState<UnitOption | undefined>(team ? team.unit : commune);
  const required = [{ required: true, message: t(membersText.requiredThis) }];

  const handleFinish = (values: TeamValues) => {
    const input = {
      name: values.name.trim(),
      villageIds: values.villageIds,
      decisionNumber: values.decisionNumber.trim(),
      decisionDate: toIsoDate(values.decisionDate) ?? '',
      decisionSigner: values.decisionSigner.trim(),
      note: values.note?.trim() || null,
    };
    const onError = (error: unknown) => handleApiError(error, form);
    if (!team) {
      createMutation.mutate(input, {
        onSuccess: (created) => {
          message.success(t(teamsText.created, { name: created.name }));
          onClose();
        },
        onError,
      });
      return;
    }
    const before = {
      name: team.name,
      villageIds: team.villages.map((village) => village.id),
      decisionNumber: team.decisionNumber,
      decisionDate: team.decisionDate,
      decisionSigner: team.decisionSigner,
      note: team.note,
    };
    const changes: Record<string, unknown> = {};
    for (const key of Object.keys(input) as (keyof typeof input)[]) {
      if (JSON.stringify(input[key]) !== JSON.stringify(before[key])) changes[key] = input[key];
    }
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    updateMutation.mutate(
      { id: team.id, version: team.version, ...(changes as Omit<TeamUpdate, 'version'>) },
      {
        onSuccess: (updated) => {
          message.success(t(teamsText.updated, { name: updated.name }));
          onClose();
        },
        onError,
      },
    );
  };

  return (
    <Form<TeamValues>
      form={form}
      layout="vertical"
      onFinish={handleFinish}
      initialValues={
        team
          ? {
              name: team.name,
              villageIds: team.villages.map((village) => village.id),
              decisionNumber: team.decisionNumber,
              decisionDate: dayjs(team.decisionDate),
              decisionSigner: team.decisionSigner,
              note: team.note,
            }
          : { villageIds: [] }
      }
    >
      {canPickCommune && !team ? (
        <Form.Item label={t(forceText.commune)} required>
          <CommuneSelect
            value={unit?.id}
            initialUnit={unit}
            placeholder={t(forceText.communePick)}
            onChange={(_id, chosen) => {
              setUnit(chosen);
              form.setFieldsValue({ villageIds: [] });
            }}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="name" label={t(teamsText.name)} rules={required}>
        <Input maxLength={200} placeholder={t(teamsText.namePlaceholder)} />
      </Form.Item>
      <Form.Item
        name="villageIds"
        label={t(teamsText.villages)}
        extra={t(teamsText.villagesHint)}
        rules={required}
      >
        <VillageSelect unitId={unit?.id} mode="multiple" allowClear />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="decisionNumber" label={t(forceText.decisionNumber)} rules={required}>
            <Input maxLength={64} placeholder="Ví dụ: 125/QĐ-UBND" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="decisionDate" label={t(forceText.decisionDate)} rules={required}>
            <DatePicker
              format={DATE_FORMAT}
              placeholder={t(forceText.datePlaceholder)}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="decisionSigner" label={t(forceText.decisionSigner)} rules={required}>
        <Input maxLength={200} placeholder={t(teamsText.signerPlaceholder)} />
      </Form.Item>
      <Form.Item name="note" label={t(forceText.note)}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onClose}>{t(common.cancel)}</Button>
        <Button
          type="primary"
          htmlType="submit"
          loading={createMutation.isPending || updateMutation.isPending}
        >
          {t(common.save)}
        </Button>
      </Flex>
    </Form>
  );
}
