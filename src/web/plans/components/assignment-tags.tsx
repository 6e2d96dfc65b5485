import { useState } from 'react';
import { ClusterOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { App, Flex, Popover, Tag, Typography } from 'antd';
import type { Assignment } from '../../../domain/plans/plan-api.schemas.ts';
import { isApiError } from '../../lib/api-client.ts';
import { formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useResolveAssignment } from '../api/resolve-assignment.ts';
import { planPageText, reviewText } from '../messages.ts';
import { assignmentEntries, type AssignmentEntry } from '../utils/plan-tasks.ts';
import { UnitChoiceSelect } from './unit-choice-select.tsx';

interface AssignmentTagsProps {
  planId: string;
  assignments: Assignment[];
  groupNames: Record<string, string>;
  canEdit: boolean;
}

function GroupTag({
  entry,
  groupNames,
}: {
  entry: Extract<AssignmentEntry, { kind: 'group' }>;
  groupNames: Record<string, string>;
}) {
  const t = useT();
  const name = groupNames[entry.groupKey] ?? entry.assignments[0]?.nameText ?? entry.groupKey;
  const members = entry.assignments
    .map((assignment) => assignment.unit?.name ?? assignment.nameText)
    .sort((a, b) => a.localeCompare(b, 'vi'));
  return (
    <Popover
      trigger="click"
      title={t(planPageText.groupMembers, { name, count: formatNumber(members.length) })}
      content={
        <ul className="plan-units__members">
          {members.map((member, index) => (
            <li key={index}>{member}</li>
          ))}
        </ul>
      }
    >
      <Tag
        color="processing"
        icon={<ClusterOutlined />}
        className={`plan-units__tag plan-units__tag--clickable${entry.role === 'lead' ? ' plan-units__tag--lead' : ''}`}
        role="button"
        tabIndex={0}
        aria-label={t(planPageText.showMembers, { count: formatNumber(members.length) }) + ` — ${name}`}
      >
        {t(planPageText.groupMembers, { name, count: formatNumber(members.length) })}
      </Tag>
    </Popover>
  );
}

function UnresolvedTag({
  planId,
  assignment,
  canEdit,
}: {
  planId: string;
  assignment: Assignment;
  canEdit: boolean;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [isOpen, setIsOpen] = useState(false);
  const resolveMutation = useResolveAssignment(planId);
  const tag = (
    <Tag
      color="error"
      icon={<ExclamationCircleOutlined />}
      className={`plan-units__tag${canEdit ? ' plan-units__tag--clickable' : ''}${assignment.role === 'lead' ? ' plan-units__tag--lead' : ''}`}
      role={canEdit ? 'button' : undefined}
      tabIndex={canEdit ? 0 : undefined}
    >
      {assignment.nameText} · {t(planPageText.unresolved)}
    </Tag>
  );
  if (!canEdit) return tag;
  return (
    <Popover
      trigger="click"
      open={isOpen}
      onOpenChange={setIsOpen}
      destroyOnHidden
      title={assignment.nameText}
      content={
        isOpen ? (
          <div style={{ width: 400, maxWidth: '80vw' }}>
            <UnitChoiceSelect
              aria-label={t(planPageText.resolveFor, { name: assignment.nameText })}
              autoFocus
              onChoose={(choice) =>
                resolveMutation.mutate(
                  { assignment, choice },
                  {
                    onSuccess: () => {
                      message.success(t(planPageText.resolved, { name: assignment.nameText }));
                      setIsOpen(false);
                    },
                    // A 409 here means the unit or group is already on the task.
                    onError: (error) =>
                      isApiError(error) && error.status === 409
                        ? message.error(error.detail)
                        : handleApiError(error),
                  },
                )
              }
              style={{ width: '100%' }}
            />
          </div>
        ) : null
      }
    >
      {tag}
    </Popover>
  );
}

function EntryTags({ entries, ...props }: AssignmentTagsProps & { entries: AssignmentEntry[] }) {
  return entries.map((entry) => {
    if (entry.kind === 'group')
      return <GroupTag key={`group:${entry.groupKey}`} entry={entry} groupNames={props.groupNames} />;
    if (entry.kind === 'unresolved')
      return (
        <UnresolvedTag
          key={entry.assignment.id}
          planId={props.planId}
          assignment={entry.assignment}
          canEdit={props.canEdit}
        />
      );
    return (
      <Tag
        key={entry.assignment.id}
        className={`plan-units__tag${entry.assignment.role === 'lead' ? ' plan-units__tag--lead' : ''}`}
        title={entry.unit.code}
      >
        {entry.unit.name}
      </Tag>
    );
  });
}

/** A task's units: the leads in bold, then the coordinators; groups folded, unresolved names in red. */
export function AssignmentTags(props: AssignmentTagsProps) {
  const t = useT();
  const leads = assignmentEntries(props.assignments, 'lead');
  const coordinators = assignmentEntries(props.assignments, 'coordinator');
  return (
    <div className="plan-units">
      {leads.length > 0 ? (
        <>
          <Typography.Text type="secondary" className="plan-units__label">
            {t(reviewText.lead)}
          </Typography.Text>
          <Flex wrap gap={4}>
            <EntryTags {...props} entries={leads} />
          </Flex>
        </>
      ) : null}
      {coordinators.length > 0 ? (
        <>
          <Typography.Text type="secondary" className="plan-units__label">
            {t(reviewText.coordinators)}
          </Typography.Text>
          <Flex wrap gap={4}>
            <EntryTags {...props} entries={coordinators} />
          </Flex>
        </>
      ) : null}
    </div>
  );
}
