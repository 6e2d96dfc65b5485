import dayjs from 'dayjs';
import type { FollowUp } from '../../../domain/inspections/inspections.schemas.ts';
import { toIsoDate } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { useChangeFollowUp } from '../api/change-follow-up.ts';
import { inspectionsText } from '../messages.ts';
import type { UnitOption } from '../types.ts';
import {
  FollowUpDoneFields,
  FollowUpFields,
  type FollowUpDoneValues,
  type FollowUpValues,
} from './finding-fields.tsx';
import { FormModal } from './form-modal.tsx';
import { App } from 'antd';

type FollowUpRef = Pick<FollowUp, 'id' | 'version' | 'what'>;

/** The responsible unit (or the inspecting side) records what was done and when. */
export function CompleteFollowUpModal({
  followUp,
  onClose,
}: {
  followUp: FollowUpRef | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const mutation = useChangeFollowUp();
  return (
    <FormModal<FollowUpDoneValues>
      open={followUp !== null}
      title={t(inspectionsText.completeFollowUpTitle)}
      okText={t(inspectionsText.completeFollowUp)}
      initialValues={{ doneOn: dayjs() }}
      onClose={onClose}
      onSubmit={async (values) => {
        if (!followUp) return;
        await mutation.mutateAsync({
          kind: 'complete',
          followUpId: followUp.id,
          input: {
            version: followUp.version,
            doneOn: toIsoDate(values.doneOn) ?? '',
            result: values.result.trim(),
          },
        });
        message.success(t(inspectionsText.followUpCompleted));
      }}
    >
      {followUp ? <p style={{ marginTop: 0 }}>{followUp.what}</p> : null}
      <FollowUpDoneFields />
    </FormModal>
  );
}

interface FollowUpModalProps {
  open: boolean;
  findingId: string;
  /** The follow-up to edit; none to add one to the finding. */
  followUp?: FollowUp;
  inspectedUnit: Pick<UnitOption, 'id' | 'code' | 'name'>;
  inspectionDate: string | null;
  onClose: () => void;
}

export function FollowUpModal({
  open,
  findingId,
  followUp,
  inspectedUnit,
  inspectionDate,
  onClose,
}: FollowUpModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const mutation = useChangeFollowUp();
  const handleSubmit = async (values: FollowUpValues) => {
    const input = {
      what: values.what.trim(),
      dueDate: toIsoDate(values.dueDate) ?? '',
      responsibleUnitId: values.responsibleUnitId,
    };
    await mutation.mutateAsync(
      followUp
        ? { kind: 'update', followUpId: followUp.id, input: { version: followUp.version, ...input } }
        : { kind: 'create', findingId, input },
    );
    message.success(t(inspectionsText.followUpSaved));
  };
  return (
    <FormModal<FollowUpValues>
      open={open}
      width={640}
      title={t(followUp ? inspectionsText.editFollowUp : inspectionsText.addFollowUp)}
      okText={t(followUp ? inspectionsText.editFollowUp : inspectionsText.addFollowUp)}
      initialValues={
        followUp
          ? {
              what: followUp.what,
              dueDate: dayjs(followUp.dueDate),
              responsibleUnitId: followUp.responsibleUnit.id,
            }
          : { responsibleUnitId: inspectedUnit.id }
      }
      onClose={onClose}
      onSubmit={handleSubmit}
    >
      <FollowUpFields
        inspectedUnit={inspectedUnit}
        responsibleUnit={followUp?.responsibleUnit}
        earliest={inspectionDate}
      />
    </FormModal>
  );
}
