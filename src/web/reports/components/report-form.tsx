import { SaveOutlined, SendOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useEffect } from 'react';
import { Button, Flex, Form, Input } from 'antd';
import type { Report, ReportSave } from '../../../domain/reports/reports.schemas.ts';
import { useT } from '../../lib/i18n.ts';
import { reportsText } from '../messages.ts';
import { IndicatorInput } from './indicator-input.tsx';
import { ProgressInput } from './progress-input.tsx';

export interface ReportFormValues {
  progress: number;
  done?: string;
  difficulties?: string;
  proposals?: string;
  indicators?: Record<string, number | null | undefined>;
}

export type ReportInput = Omit<ReportSave, 'version'>;

/** The form's values in the shape of the API's save body. */
export function toReportInput(values: ReportFormValues): ReportInput {
  const text = (value: string | undefined) => (value?.trim() ? value : null);
  return {
    progress: values.progress ?? 0,
    done: text(values.done),
    difficulties: text(values.difficulties),
    proposals: text(values.proposals),
    indicatorValues: Object.entries(values.indicators ?? {}).flatMap(([indicatorId, value]) =>
      value === null || value === undefined ? [] : [{ indicatorId, value }],
    ),
  };
}

function initialValues(report: Report): ReportFormValues {
  return {
    progress: report.progress,
    done: report.done ?? '',
    difficulties: report.difficulties ?? '',
    proposals: report.proposals ?? '',
    // A figure not yet saved starts from what the unit's own records give (events, media, review findings).
    indicators: Object.fromEntries(
      report.indicators.map((indicator) => [
        indicator.id,
        indicator.value ?? indicator.suggested?.value ?? null,
      ]),
    ),
  };
}

interface ReportFormProps {
  report: Report;
  form: ReturnType<typeof Form.useForm<ReportFormValues>>[0];
  isSaving: boolean;
  isSubmitting: boolean;
  onSave: (input: ReportInput) => void;
  onSubmit: (input: ReportInput) => void;
}

export function ReportForm({ report, form, isSaving, isSubmitting, onSave, onSubmit }: ReportFormProps) {
  const t = useT();
  const busy = isSaving || isSubmitting;
  // A new version (saved here, or reloaded after someone else's change) replaces what the form holds.
  useEffect(() => {
    form.resetFields();
  }, [form, report.version, report.status]);
  return (
    <Form<ReportFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues(report)}
      onFinish={(values) => onSubmit(toReportInput(values))}
      disabled={busy}
    >
      <Form.Item name="progress" label={t(reportsText.progressLabel)}>
        <ProgressInput />
      </Form.Item>
      <Form.Item name="done" label={t(reportsText.done)}>
        <Input.TextArea
          autoSize={{ minRows: 4, maxRows: 16 }}
          maxLength={50_000}
          placeholder={t(reportsText.donePlaceholder)}
        />
      </Form.Item>
      {report.indicators.map((indicator) => (
        <Form.Item
          key={indicator.id}
          name={['indicators', indicator.id]}
          label={`${indicator.name} (${indicator.unitLabel})`}
          extra={
            indicator.value === null && indicator.suggested ? (
              <span>
                <ThunderboltOutlined /> {t(indicator.suggested.source)}
              </span>
            ) : undefined
          }
        >
          <IndicatorInput kind={indicator.kind} unitLabel={indicator.unitLabel} />
        </Form.Item>
      ))}
      <Form.Item name="difficulties" label={t(reportsText.difficulties)}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={20_000} />
      </Form.Item>
      <Form.Item name="proposals" label={t(reportsText.proposals)}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={20_000} />
      </Form.Item>
      <Flex gap={8} wrap>
        <Button
          icon={<SaveOutlined />}
          loading={isSaving && !isSubmitting}
          onClick={() => onSave(toReportInput(form.getFieldsValue(true) as ReportFormValues))}
        >
          {t(reportsText.saveDraft)}
        </Button>
        <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={isSubmitting}>
          {t(reportsText.submit)}
        </Button>
      </Flex>
    </Form>
  );
}
