import { Alert, Col, DatePicker, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  inspectionCompleteSchema,
  inspectionCreateSchema,
} from '../../../domain/inspections/inspections.schemas.ts';
import { UnitSelect } from '../../components/unit-select.tsx';
import { DATE_FORMAT } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { zodRule } from '../../lib/zod-rule.ts';
import { scopedUnits } from '../api/scoped-units.ts';
import { inspectionsText } from '../messages.ts';
import type { UnitOption } from '../types.ts';
import { PlanTaskFields } from './plan-task-fields.tsx';

export interface InspectionFormValues {
  planId: string;
  taskId?: string | null;
  inspectedUnitId: string;
  subject: string;
  content?: string;
  team?: string;
  plannedFrom: Dayjs;
  plannedTo?: Dayjs | null;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
  actualDate?: Dayjs | null;
  conclusion?: string;
  conclusionNumber?: string;
}

const shape = inspectionCreateSchema.shape;

interface InspectionFieldsProps {
  inspectedUnit?: Pick<UnitOption, 'id' | 'code' | 'name'>;
  /** Once done, the inspected unit stays and the conclusion can be corrected. */
  isDone: boolean;
  /** Who inspects: the author's own unit for a new inspection. */
  inspectingUnitName: string;
}

export function InspectionFields({ inspectedUnit, isDone, inspectingUnitName }: InspectionFieldsProps) {
  const t = useT();
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t(common.required, { field: label.toLowerCase() }),
  });
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t(inspectionsText.inspectingUnitNote, { name: inspectingUnitName })}
      />
      <Form.Item
        name="inspectedUnitId"
        label={t(inspectionsText.inspectedUnit)}
        rules={[
          {
            required: true,
            message: t(common.requiredSelect, { field: t(inspectionsText.inspectedUnit).toLowerCase() }),
          },
        ]}
      >
        <UnitSelect
          known={inspectedUnit}
          source={scopedUnits()}
          notFoundText={inspectionsText.noUnitFound}
          placeholder={t(inspectionsText.unitPlaceholder)}
          ariaLabel={t(inspectionsText.inspectedUnit)}
          disabled={isDone}
          allowClear={false}
          width="100%"
        />
      </Form.Item>
      <Form.Item
        name="subject"
        label={t(inspectionsText.subject)}
        rules={[required(t(inspectionsText.subject)), zodRule(shape.subject)]}
      >
        <Input maxLength={500} placeholder={t(inspectionsText.subjectPlaceholder)} />
      </Form.Item>
      <PlanTaskFields />
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="plannedFrom"
            label={t(inspectionsText.plannedFrom)}
            rules={[
              {
                required: true,
                message: t(common.requiredSelect, { field: t(inspectionsText.plannedFrom).toLowerCase() }),
              },
            ]}
          >
            <DatePicker
              format={DATE_FORMAT}
              placeholder={t(inspectionsText.datePlaceholder)}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="plannedTo"
            label={t(inspectionsText.plannedTo)}
            dependencies={['plannedFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_rule, value: Dayjs | null | undefined) => {
                  const from = getFieldValue('plannedFrom') as Dayjs | undefined;
                  if (value && from && value.isBefore(from, 'day'))
                    throw new Error('Ngày kết thúc phải sau hoặc trùng ngày bắt đầu');
                },
              }),
            ]}
          >
            <DatePicker
              format={DATE_FORMAT}
              placeholder={t(inspectionsText.datePlaceholder)}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="decisionNumber"
            label={t(inspectionsText.decisionNumber)}
            rules={[zodRule(shape.decisionNumber)]}
          >
            <Input maxLength={100} placeholder="125/QĐ-CAT" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="decisionDate" label={t(inspectionsText.decisionDate)}>
            <DatePicker
              format={DATE_FORMAT}
              placeholder={t(inspectionsText.datePlaceholder)}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="team" label={t(inspectionsText.team)} rules={[zodRule(shape.team)]}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={5000}
          placeholder={t(inspectionsText.teamPlaceholder)}
        />
      </Form.Item>
      <Form.Item name="content" label={t(inspectionsText.content)} rules={[zodRule(shape.content)]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20_000} />
      </Form.Item>
      {isDone ? <ConclusionFields /> : null}
    </>
  );
}

/** The day the inspection took place and its conclusion: recording it done, or correcting it later. */
export function ConclusionFields() {
  const t = useT();
  return (
    <>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="actualDate"
            label={t(inspectionsText.actualDate)}
            rules={[
              {
                required: true,
                message: t(common.requiredSelect, { field: t(inspectionsText.actualDate).toLowerCase() }),
              },
            ]}
          >
            <DatePicker
              format={DATE_FORMAT}
              style={{ width: '100%' }}
              disabledDate={(day) => day.isAfter(new Date(), 'day')}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="conclusionNumber"
            label={t(inspectionsText.conclusionNumber)}
            rules={[zodRule(inspectionCompleteSchema.shape.conclusionNumber)]}
          >
            <Input maxLength={100} placeholder="18/KL-CAT" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="conclusion"
        label={t(inspectionsText.conclusion)}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t(common.required, { field: t(inspectionsText.conclusion).toLowerCase() }),
          },
          zodRule(inspectionCompleteSchema.shape.conclusion),
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 4, maxRows: 14 }}
          maxLength={50_000}
          placeholder={t(inspectionsText.conclusionPlaceholder)}
        />
      </Form.Item>
    </>
  );
}
