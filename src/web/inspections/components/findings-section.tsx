import { useState } from 'react';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Typography } from 'antd';
import type { Finding, FollowUp, Inspection } from '../../../domain/inspections/inspections.schemas.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useChangeFinding } from '../api/change-finding.ts';
import { inspectionsText } from '../messages.ts';
import { FindingFields, type FindingValues } from './finding-fields.tsx';
import { CompleteFollowUpModal, FollowUpModal } from './follow-up-dialogs.tsx';
import { FollowUpsOfFinding } from './follow-ups-of-finding.tsx';
import { FormModal } from './form-modal.tsx';
import { FindingKindTag } from './status-tags.tsx';

type Dialog =
  | { kind: 'finding'; finding?: Finding }
  | { kind: 'followUp'; finding: Finding; followUp?: FollowUp }
  | { kind: 'done'; followUp: FollowUp }
  | null;

/** What the inspection found, each with the follow-ups it asks for. */
export function FindingsSection({ inspection }: { inspection: Inspection }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [dialog, setDialog] = useState<Dialog>(null);
  const mutation = useChangeFinding();
  const close = () => setDialog(null);

  const handleDelete = (finding: Finding) =>
    void modal.confirm({
      title: t(inspectionsText.deleteFinding),
      content: t(inspectionsText.deleteFindingConfirm),
      okText: t(inspectionsText.deleteFinding),
      okButtonProps: { danger: true },
      cancelText: t(common.cancel),
      onOk: () =>
        mutation
          .mutateAsync({ kind: 'delete', findingId: finding.id, version: finding.version })
          .then(() => message.success(t(inspectionsText.findingDeleted)), handleApiError),
    });

  const saveFinding = async (values: FindingValues) => {
    const input = { kind: values.kind, text: values.text.trim() };
    const finding = dialog?.kind === 'finding' ? dialog.finding : undefined;
    await mutation.mutateAsync(
      finding
        ? { kind: 'update', findingId: finding.id, input: { version: finding.version, ...input } }
        : { kind: 'create', inspectionId: inspection.id, input },
    );
    message.success(t(inspectionsText.findingSaved));
  };

  return (
    <Card
      title={t(inspectionsText.findingsTitle)}
      extra={
        inspection.canEdit ? (
          <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'finding' })}>
            {t(inspectionsText.addFinding)}
          </Button>
        ) : null
      }
    >
      {inspection.findings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(inspectionsText.noFindings)} />
      ) : null}
      <Flex vertical gap={16}>
        {inspection.findings.map((finding, index) => (
          <Card
            key={finding.id}
            size="small"
            type="inner"
            title={
              <Flex gap={8} align="center">
                <Typography.Text strong>{index + 1}.</Typography.Text>
                <FindingKindTag kind={finding.kind} />
              </Flex>
            }
            extra={
              inspection.canEdit ? (
                <Flex gap={4}>
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={t(inspectionsText.editFinding)}
                    onClick={() => setDialog({ kind: 'finding', finding })}
                  />
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t(inspectionsText.deleteFinding)}
                    onClick={() => handleDelete(finding)}
                  />
                </Flex>
              ) : null
            }
          >
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{finding.text}</Typography.Paragraph>
            <FollowUpsOfFinding
              followUps={finding.followUps}
              onEdit={(followUp) => setDialog({ kind: 'followUp', finding, followUp })}
              onComplete={(followUp) => setDialog({ kind: 'done', followUp })}
            />
            {inspection.canEdit ? (
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                style={{ marginTop: 12 }}
                onClick={() => setDialog({ kind: 'followUp', finding })}
              >
                {t(inspectionsText.addFollowUp)}
              </Button>
            ) : null}
          </Card>
        ))}
      </Flex>
      <FormModal<FindingValues>
        open={dialog?.kind === 'finding'}
        title={t(
          dialog?.kind === 'finding' && dialog.finding
            ? inspectionsText.editFinding
            : inspectionsText.addFinding,
        )}
        okText={t(common.save)}
        width={640}
        initialValues={
          dialog?.kind === 'finding' && dialog.finding ? dialog.finding : { kind: 'shortcoming' }
        }
        onClose={close}
        onSubmit={saveFinding}
      >
        <FindingFields />
      </FormModal>
      <FollowUpModal
        open={dialog?.kind === 'followUp'}
        findingId={dialog?.kind === 'followUp' ? dialog.finding.id : ''}
        followUp={dialog?.kind === 'followUp' ? dialog.followUp : undefined}
        inspectedUnit={inspection.inspectedUnit}
        inspectionDate={inspection.actualDate}
        onClose={close}
      />
      <CompleteFollowUpModal followUp={dialog?.kind === 'done' ? dialog.followUp : null} onClose={close} />
    </Card>
  );
}
