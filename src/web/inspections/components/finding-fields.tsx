import { Col, DatePicker, Form, Input, Radio, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  FINDING_KIND_LABELS,
  FINDING_KINDS,
  type FindingKind,
} from '../../../domain/inspections/constants.ts';
import {
  findingCreateSchema,
  followUpCompleteSchema,
  followUpCreateSchema,
} from '../../../domain/inspections/inspections.schemas.ts';
import { UnitSelect } from '../../components/unit-select.tsx';
import { DATE_FORMAT } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { zodRule } from '../../lib/zod-rule.ts';
import { scopedUnits } from '../api/scoped-units.ts';
import { inspectionsText } from '../messages.ts';
import type { UnitOption } from '../types.ts';

export interface FindingValues {
  kind: FindingKind;
  text: string;
}

export interface FollowUpValues {
  what: string;
  dueDate: Dayjs;
  responsibleUnitId: string;
}

export interface FollowUpDoneValues {
  doneOn: Dayjs;
  result: string;
}

function useRequired() {
  const t = useT();
  return (label: string) => ({
    required: true,
    whitespace: true,
    message: t(common.required, { field: label.toLowerCase() }),
  });
}

export function FindingFields() {
  const t = useT();
  const required = useRequired();
  return (
    <>
      <Form.Item name="kind" label={t(inspectionsText.findingKind)} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={FINDING_KINDS.map((kind) => ({ value: kind, label: t(FINDING_KIND_LABELS[kind]) }))}
        />
      </Form.Item>
      <Form.Item
        name="text"
        label={t(inspectionsText.findingText)}
        rules={[required(t(inspectionsText.findingText)), zodRule(findingCreateSchema.shape.text)]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={10_000} />
      </Form.Item>
    </>
  );
}

interface FollowUpFieldsProps {
  inspectedUnit: Pick<UnitOption, 'id' | 'code' | 'name'>;
  responsibleUnit?: Pick<UnitOption, 'id' | 'code' | 'name'>;
  /** The inspection's date: nothing can be due before it. */
  earliest: string | null;
}

export function FollowUpFields({ inspectedUnit, responsibleUnit, earliest }: FollowUpFieldsProps) {
  const t = useT();
  const required = useRequired();
  return (
    <>
      <Form.Item
        name="what"
        label={t(inspectionsText.what)}
        rules={[required(t(inspectionsText.what)), zodRule(followUpCreateSchema.shape.what)]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={5000}
          placeholder={t(inspectionsText.whatPlaceholder)}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <Form.Item
            name="dueDate"
            label={t(inspectionsText.dueDate)}
            rules={[
              {
                required: true,
                message: t(common.requiredSelect, { field: t(inspectionsText.dueDate).toLowerCase() }),
              },
            ]}
          >
            <DatePicker
              format={DATE_FORMAT}
              style={{ width: '100%' }}
              disabledDate={(day) => (earliest ? day.format('YYYY-MM-DD') < earliest : false)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item
            name="responsibleUnitId"
            label={t(inspectionsText.responsibleUnit)}
            tooltip={t(inspectionsText.responsibleHelp)}
            rules={[{ required: true }]}
          >
            <UnitSelect
              known={responsibleUnit ?? inspectedUnit}
              source={scopedUnits(inspectedUnit.id)}
              notFoundText={inspectionsText.noUnitFound}
              placeholder={t(inspectionsText.unitPlaceholder)}
              allowClear={false}
              width="100%"
            />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

export function FollowUpDoneFields() {
  const t = useT();
  const required = useRequired();
  return (
    <>
      <Form.Item
        name="doneOn"
        label={t(inspectionsText.doneOn)}
        rules={[
          {
            required: true,
            message: t(common.requiredSelect, { field: t(inspectionsText.doneOn).toLowerCase() }),
          },
        ]}
      >
        <DatePicker
          format={DATE_FORMAT}
          style={{ width: 200 }}
          disabledDate={(day) => day.isAfter(new Date(), 'day')}
        />
      </Form.Item>
      <Form.Item
        name="result"
        label={t(inspectionsText.result)}
        rules={[required(t(inspectionsText.result)), zodRule(followUpCompleteSchema.shape.result)]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={10_000}
          placeholder={t(inspectionsText.resultPlaceholder)}
        />
      </Form.Item>
    </>
  );
}
