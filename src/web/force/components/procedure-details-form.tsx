import { App, Button, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Procedure, ProcedureDetails } from '../../../domain/force/force-api.schemas.ts';
import { DATE_FORMAT, toIsoDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useUpdateProcedure } from '../api/update-procedure.ts';
import { proceduresText } from '../procedure-messages.ts';
import { forceText } from '../messages.ts';

/** The selection plan's dossier period is the duration of its "dossiers closed" step. */
const DOSSIER_STEP = 'dossiers_closed';

interface Values {
  numberToSelect?: number | null;
  dossierDays?: number | null;
  dossierPlace?: string | null;
  meetingPlace?: string | null;
  minutesDate?: Dayjs | null;
  review?: string | null;
  policeChiefName?: string | null;
  chairmanName?: string | null;
  chairmanAuthority?: string | null;
}

function toValues(details: ProcedureDetails): Values {
  return {
    numberToSelect: details.numberToSelect ?? null,
    dossierDays: details.durations?.[DOSSIER_STEP] ?? null,
    dossierPlace: details.dossierPlace ?? null,
    meetingPlace: details.meetingPlace ?? null,
    minutesDate: details.minutesDate ? dayjs(details.minutesDate) : null,
    review: details.review ?? null,
    policeChiefName: details.policeChiefName ?? null,
    chairmanName: details.chairmanName ?? null,
    chairmanAuthority: details.chairmanAuthority ?? null,
  };
}

const text = (value: string | null | undefined) => value?.trim() || null;

function toDetails(values: Values, before: ProcedureDetails): ProcedureDetails {
  const durations = { ...before.durations };
  if (values.dossierDays === null || values.dossierDays === undefined) delete durations[DOSSIER_STEP];
  else durations[DOSSIER_STEP] = values.dossierDays;
  return {
    ...before,
    numberToSelect: values.numberToSelect ?? undefined,
    durations,
    dossierPlace: text(values.dossierPlace),
    meetingPlace: text(values.meetingPlace),
    minutesDate: toIsoDate(values.minutesDate),
    review: text(values.review),
    policeChiefName: text(values.policeChiefName),
    chairmanName: text(values.chairmanName),
    chairmanAuthority: text(values.chairmanAuthority),
  };
}

/** What the forms print: who signs, and the selection plan's figures; deadlines follow the plan's period. */
export function ProcedureDetailsForm({ procedure, canEdit }: { procedure: Procedure; canEdit: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const updateMutation = useUpdateProcedure();
  const readOnly = !canEdit || procedure.status !== 'open';
  const input = (max: number, placeholder?: string) => (
    <Input maxLength={max} disabled={readOnly} placeholder={placeholder} />
  );

  const handleFinish = (values: Values) =>
    updateMutation.mutate(
      { id: procedure.id, version: procedure.version, details: toDetails(values, procedure.details) },
      {
        onSuccess: () => message.success(t(proceduresText.detailsSaved)),
        onError: (error) => handleApiError(error, form),
      },
    );

  return (
    <Form<Values>
      key={procedure.version}
      form={form}
      layout="vertical"
      initialValues={toValues(procedure.details)}
      onFinish={handleFinish}
    >
      <Row gutter={16}>
        {procedure.kind === 'selection' ? (
          <>
            <Col xs={24} md={6}>
              <Form.Item name="numberToSelect" label={t(proceduresText.numberToSelect)}>
                <InputNumber min={0} max={10_000} style={{ width: '100%' }} disabled={readOnly} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="dossierDays" label={t(proceduresText.dossierDays)}>
                <InputNumber min={0} max={365} style={{ width: '100%' }} disabled={readOnly} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="dossierPlace" label={t(proceduresText.dossierPlace)}>
                {input(300, 'Trụ sở Công an xã')}
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="meetingPlace" label={t(proceduresText.meetingPlace)}>
                {input(300)}
              </Form.Item>
            </Col>
          </>
        ) : null}
        {procedure.kind === 'recognition' ? (
          <Col xs={24} md={6}>
            <Form.Item name="minutesDate" label={t(proceduresText.minutesDate)}>
              <DatePicker
                format={DATE_FORMAT}
                placeholder={t(forceText.datePlaceholder)}
                style={{ width: '100%' }}
                disabled={readOnly}
              />
            </Form.Item>
          </Col>
        ) : null}
        {procedure.kind === 'leaving' ? (
          <Col xs={24}>
            <Form.Item name="review" label={t(proceduresText.review)}>
              <Input.TextArea rows={2} maxLength={5000} disabled={readOnly} />
            </Form.Item>
          </Col>
        ) : null}
        <Col xs={24} md={procedure.kind === 'recognition' ? 6 : 8}>
          <Form.Item name="policeChiefName" label={t(proceduresText.policeChiefName)}>
            {input(200)}
          </Form.Item>
        </Col>
        <Col xs={24} md={procedure.kind === 'recognition' ? 6 : 8}>
          <Form.Item name="chairmanName" label={t(proceduresText.chairmanName)}>
            {input(200)}
          </Form.Item>
        </Col>
        <Col xs={24} md={procedure.kind === 'recognition' ? 6 : 8}>
          <Form.Item name="chairmanAuthority" label={t(proceduresText.chairmanAuthority)}>
            {input(100, t(proceduresText.chairmanAuthorityPlaceholder))}
          </Form.Item>
        </Col>
      </Row>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text type="secondary">{t(proceduresText.decisionHint)}</Typography.Text>
        {readOnly ? null : (
          <Button type="primary" htmlType="submit" loading={updateMutation.isPending}>
            {t(common.save)}
          </Button>
        )}
      </Flex>
    </Form>
  );
}
