import { Col, DatePicker, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { planCreateSchema } from '../../../domain/plans/plan-api.schemas.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { zodRule } from '../../lib/zod-rule.ts';
import { plansText, reviewText } from '../messages.ts';

/** The plan's own fields as the forms hold them; recipients are edited one per line. */
export interface PlanMetadataValues {
  number?: string | null;
  issuer?: string | null;
  place?: string | null;
  date?: Dayjs | null;
  title: string;
  legalBasis?: string | null;
  purpose?: string | null;
  funding?: string | null;
  organization?: string | null;
  recipients?: string[];
  signerAuthority?: string | null;
  signerName?: string | null;
}

const LONG_TEXT = { minRows: 2, maxRows: 10 };

/** Number, issuer, date, title, the long sections and the signer: shared by the review screen and the edit drawer. */
export function PlanMetadataFields() {
  const t = useT();
  const shape = planCreateSchema.shape;
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="number" label={t(plansText.number)} rules={[zodRule(shape.number)]}>
            <Input placeholder="71/KH-UBND" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="date" label={t(plansText.date)}>
            <DatePicker
              format={DATE_FORMAT}
              placeholder={t(reviewText.datePlaceholder)}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="place" label={t(plansText.place)} rules={[zodRule(shape.place)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="issuer" label={t(plansText.issuer)} rules={[zodRule(shape.issuer)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name="title"
            label={t(reviewText.titleLabel)}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t(common.required, { field: t(plansText.planTitle) }),
              },
              zodRule(shape.title),
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="legalBasis" label={t(reviewText.legalBasis)}>
        <Input.TextArea autoSize={LONG_TEXT} />
      </Form.Item>
      <Form.Item name="purpose" label={t(reviewText.purpose)}>
        <Input.TextArea autoSize={LONG_TEXT} />
      </Form.Item>
      <Form.Item name="funding" label={t(reviewText.funding)}>
        <Input.TextArea autoSize={LONG_TEXT} />
      </Form.Item>
      <Form.Item name="organization" label={t(reviewText.organization)}>
        <Input.TextArea autoSize={LONG_TEXT} />
      </Form.Item>
      <Form.Item
        name="recipients"
        label={t(reviewText.recipients)}
        extra={t(reviewText.recipientsHint)}
        getValueProps={(value?: string[]) => ({ value: (value ?? []).join('\n') })}
        normalize={(text: string) => text.split('\n')}
      >
        <Input.TextArea autoSize={LONG_TEXT} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item name="signerAuthority" label={t(reviewText.signerAuthority)}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} placeholder="KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="signerName" label={t(reviewText.signerName)}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

/** Empty text is no value: the API takes null for a field the plan does not have. */
function textOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** The form's values as the API's plan fields. */
export function metadataToApi(values: PlanMetadataValues) {
  return {
    number: textOrNull(values.number),
    issuer: textOrNull(values.issuer),
    place: textOrNull(values.place),
    date: values.date ? values.date.format('YYYY-MM-DD') : null,
    title: values.title.trim(),
    legalBasis: textOrNull(values.legalBasis),
    purpose: textOrNull(values.purpose),
    funding: textOrNull(values.funding),
    organization: textOrNull(values.organization),
    recipients: (values.recipients ?? []).map((line) => line.trim()).filter(Boolean),
    signerAuthority: textOrNull(values.signerAuthority),
    signerName: textOrNull(values.signerName),
  };
}
