import { App, Button, Drawer, Flex, Form, Select } from 'antd';
import dayjs from 'dayjs';
import type { Plan, PlanUpdate } from '../../../domain/plans/plan-api.schemas.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useUpdatePlan } from '../api/update-plan.ts';
import { planPageText, plansText, STATUS_LABELS } from '../messages.ts';
import type { PlanStatus } from '../types.ts';
import { metadataToApi, PlanMetadataFields, type PlanMetadataValues } from './plan-metadata-fields.tsx';

const STATUSES: PlanStatus[] = ['draft', 'active', 'closed'];

type EditValues = PlanMetadataValues & { status: PlanStatus };

const isSame = (before: unknown, after: unknown) =>
  JSON.stringify(before ?? null) === JSON.stringify(after ?? null);

/** Only what changed goes to the server, so that the audit log shows the real edit. */
function changedFields(plan: Plan, values: EditValues): Omit<PlanUpdate, 'version'> {
  const next = metadataToApi(values);
  const changes: Omit<PlanUpdate, 'version'> = {};
  if (!isSame(plan.number, next.number)) changes.number = next.number;
  if (!isSame(plan.issuer, next.issuer)) changes.issuer = next.issuer;
  if (!isSame(plan.place, next.place)) changes.place = next.place;
  if (!isSame(plan.date, next.date)) changes.date = next.date;
  if (!isSame(plan.title, next.title)) changes.title = next.title;
  if (!isSame(plan.legalBasis, next.legalBasis)) changes.legalBasis = next.legalBasis;
  if (!isSame(plan.purpose, next.purpose)) changes.purpose = next.purpose;
  if (!isSame(plan.funding, next.funding)) changes.funding = next.funding;
  if (!isSame(plan.organization, next.organization)) changes.organization = next.organization;
  if (!isSame(plan.recipients, next.recipients)) changes.recipients = next.recipients;
  if (!isSame(plan.signerAuthority, next.signerAuthority)) changes.signerAuthority = next.signerAuthority;
  if (!isSame(plan.signerName, next.signerName)) changes.signerName = next.signerName;
  if (plan.status !== values.status) changes.status = values.status;
  return changes;
}

interface PlanEditDrawerProps {
  plan: Plan;
  open: boolean;
  onClose: () => void;
}

export function PlanEditDrawer({ plan, open, onClose }: PlanEditDrawerProps) {
  const t = useT();
  return (
    <Drawer title={t(planPageText.editPlan)} open={open} onClose={onClose} size={720} destroyOnHidden>
      {open ? <PlanEditForm key={plan.version} plan={plan} onClose={onClose} /> : null}
    </Drawer>
  );
}

function PlanEditForm({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const handleApiError = useApiErrorHandler();
  const updateMutation = useUpdatePlan();

  const handleFinish = (values: EditValues) => {
    const changes = changedFields(plan, values);
    if (Object.keys(changes).length === 0) return onClose();
    updateMutation.mutate(
      { id: plan.id, version: plan.version, ...changes },
      {
        onSuccess: () => {
          message.success(t(planPageText.planUpdated));
          onClose();
        },
        onError: (error) => handleApiError(error, form),
      },
    );
  };

  return (
    <Form<EditValues>
      form={form}
      layout="vertical"
      onFinish={handleFinish}
      initialValues={{
        number: plan.number,
        issuer: plan.issuer,
        place: plan.place,
        date: plan.date ? dayjs(plan.date) : null,
        title: plan.title,
        legalBasis: plan.legalBasis,
        purpose: plan.purpose,
        funding: plan.funding,
        organization: plan.organization,
        recipients: plan.recipients,
        signerAuthority: plan.signerAuthority,
        signerName: plan.signerName,
        status: plan.status,
      }}
    >
      <Form.Item name="status" label={t(plansText.status)}>
        <Select<PlanStatus>
          options={STATUSES.map((status) => ({ value: status, label: t(STATUS_LABELS[status]) }))}
          style={{ width: 220 }}
        />
      </Form.Item>
      <PlanMetadataFields />
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onClose}>{t(common.cancel)}</Button>
        <Button type="primary" htmlType="submit" loading={updateMutation.isPending}>
          {t(common.save)}
        </Button>
      </Flex>
    </Form>
  );
}
