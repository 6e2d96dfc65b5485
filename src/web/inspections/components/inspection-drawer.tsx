import { App, Button, Drawer, Flex, Form } from 'antd';
import dayjs from 'dayjs';
import type { Inspection, InspectionUpdate } from '../../../domain/inspections/inspections.schemas.ts';
import { toIsoDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { usePlanOptions } from '../../lib/option-queries.ts';
import { useCreateInspection } from '../api/create-inspection.ts';
import { useChangeInspection } from '../api/update-inspection.ts';
import { inspectionsText } from '../messages.ts';
import { InspectionFields, type InspectionFormValues } from './inspection-fields.tsx';

interface InspectionDrawerProps {
  open: boolean;
  /** The inspection to edit; none to plan a new one. */
  inspection?: Inspection;
  onClose: () => void;
  onCreated?: (inspection: Inspection) => void;
  /** The author's unit, which inspects a new inspection. */
  myUnitName?: string;
}

const text = (value: string | undefined) => value?.trim() || null;

function toApi(values: InspectionFormValues) {
  return {
    planId: values.planId,
    taskId: values.taskId ?? null,
    inspectedUnitId: values.inspectedUnitId,
    subject: values.subject.trim(),
    content: text(values.content),
    team: text(values.team),
    plannedFrom: toIsoDate(values.plannedFrom) ?? '',
    plannedTo: toIsoDate(values.plannedTo) ?? null,
    decisionNumber: text(values.decisionNumber),
    decisionDate: toIsoDate(values.decisionDate) ?? null,
  };
}

/** Only what changed goes to the server, so that the audit log shows the real edit. */
function changedFields(
  inspection: Inspection,
  values: InspectionFormValues,
): Omit<InspectionUpdate, 'version'> {
  const next: Record<string, unknown> = { ...toApi(values) };
  if (inspection.state === 'done') {
    next.actualDate = toIsoDate(values.actualDate);
    next.conclusion = values.conclusion?.trim();
    next.conclusionNumber = text(values.conclusionNumber);
  }
  const current: Record<string, unknown> = {
    ...inspection,
    planId: inspection.plan.id,
    taskId: inspection.task?.id ?? null,
    inspectedUnitId: inspection.inspectedUnit.id,
  };
  return Object.fromEntries(
    Object.entries(next).filter(([key, value]) => (current[key] ?? null) !== (value ?? null)),
  );
}

function initialValues(
  inspection: Inspection | undefined,
  newestPlanId: string | undefined,
): Partial<InspectionFormValues> {
  if (!inspection) return { planId: newestPlanId };
  const day = (value: string | null) => (value ? dayjs(value) : null);
  return {
    planId: inspection.plan.id,
    taskId: inspection.task?.id ?? null,
    inspectedUnitId: inspection.inspectedUnit.id,
    subject: inspection.subject,
    content: inspection.content ?? undefined,
    team: inspection.team ?? undefined,
    plannedFrom: dayjs(inspection.plannedFrom),
    plannedTo: day(inspection.plannedTo),
    decisionNumber: inspection.decisionNumber ?? undefined,
    decisionDate: day(inspection.decisionDate),
    actualDate: day(inspection.actualDate),
    conclusion: inspection.conclusion ?? undefined,
    conclusionNumber: inspection.conclusionNumber ?? undefined,
  };
}

export function InspectionDrawer({
  open,
  inspection,
  onClose,
  onCreated,
  myUnitName,
}: InspectionDrawerProps) {
  const t = useT();
  const plansQuery = usePlanOptions();
  const title = inspection ? t(inspectionsText.editTitle) : t(inspectionsText.createTitle);
  return (
    <Drawer title={title} open={open} onClose={onClose} size={640} destroyOnHidden>
      {open && !plansQuery.isPending ? (
        <InspectionForm
          key={inspection?.version ?? 'new'}
          inspection={inspection}
          newestPlanId={plansQuery.data?.[0]?.id}
          onClose={onClose}
          onCreated={onCreated}
          myUnitName={myUnitName}
        />
      ) : null}
    </Drawer>
  );
}

function InspectionForm(props: Omit<InspectionDrawerProps, 'open'> & { newestPlanId?: string }) {
  const { inspection, onClose } = props;
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<InspectionFormValues>();
  const handleApiError = useApiErrorHandler();
  const createMutation = useCreateInspection();
  const changeMutation = useChangeInspection();

  const handleFinish = (values: InspectionFormValues) => {
    const onError = (error: unknown) => handleApiError(error, form);
    if (!inspection) {
      createMutation.mutate(toApi(values), {
        onSuccess: (created) => {
          message.success(t(inspectionsText.created));
          onClose();
          props.onCreated?.(created);
        },
        onError,
      });
      return;
    }
    const changes = changedFields(inspection, values);
    if (Object.keys(changes).length === 0) return onClose();
    changeMutation.mutate(
      { id: inspection.id, kind: 'update', input: { version: inspection.version, ...changes } },
      {
        onSuccess: () => {
          message.success(t(inspectionsText.updated));
          onClose();
        },
        onError,
      },
    );
  };

  return (
    <Form<InspectionFormValues>
      form={form}
      layout="vertical"
      onFinish={handleFinish}
      scrollToFirstError
      initialValues={initialValues(inspection, props.newestPlanId)}
    >
      <InspectionFields
        inspectedUnit={inspection?.inspectedUnit}
        isDone={inspection?.state === 'done'}
        inspectingUnitName={inspection?.inspectingUnit.name ?? props.myUnitName ?? ''}
      />
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onClose}>{t(common.cancel)}</Button>
        <Button
          type="primary"
          htmlType="submit"
          loading={createMutation.isPending || changeMutation.isPending}
        >
          {t(common.save)}
        </Button>
      </Flex>
    </Form>
  );
}
