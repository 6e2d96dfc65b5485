import { useState } from 'react';
import { ClusterOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, List, Popconfirm, Select, Tag, Typography } from 'antd';
import type { Assignment, Task } from '../../../domain/plans/plan-api.schemas.ts';
import { isApiError } from '../../lib/api-client.ts';
import { formatNumber } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useAddAssignments } from '../api/add-assignments.ts';
import { useDeleteAssignments } from '../api/delete-assignment.ts';
import { useResolveAssignment } from '../api/resolve-assignment.ts';
import { useUpdateAssignment } from '../api/update-assignment.ts';
import { planPageText, ROLE_LABELS } from '../messages.ts';
import { assignmentEntries, type AssignmentEntry } from '../utils/plan-tasks.ts';
import type { UnitChoice } from '../utils/unit-choice.ts';
import { UnitChoiceSelect } from './unit-choice-select.tsx';

type Role = Assignment['role'];
const ROLES: Role[] = ['lead', 'coordinator'];

interface TaskAssignmentsEditorProps {
  planId: string;
  task: Task;
  groupNames: Record<string, string>;
}

function entryName(entry: AssignmentEntry, groupNames: Record<string, string>): string {
  if (entry.kind === 'group') return groupNames[entry.groupKey] ?? entry.groupKey;
  if (entry.kind === 'unit') return entry.unit.name;
  return entry.assignment.nameText;
}

function entryIds(entry: AssignmentEntry): string[] {
  return entry.kind === 'group'
    ? entry.assignments.map((assignment) => assignment.id)
    : [entry.assignment.id];
}

/** The units of one task: change a role, settle an unresolved name, remove, or assign one more. */
export function TaskAssignmentsEditor({ planId, task, groupNames }: TaskAssignmentsEditorProps) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const addMutation = useAddAssignments(planId);
  const updateMutation = useUpdateAssignment(planId);
  const deleteMutation = useDeleteAssignments(planId);
  const resolveMutation = useResolveAssignment(planId);
  const [newRole, setNewRole] = useState<Role>('coordinator');
  const [choice, setChoice] = useState<UnitChoice | null>(null);
  const [pickerKey, setPickerKey] = useState(0);

  const entries = ROLES.flatMap((role) => assignmentEntries(task.assignments, role));
  // A 409 here is not a stale version but "already assigned": the server's words say so.
  const showError = (error: unknown) =>
    isApiError(error) && error.status === 409 ? message.error(error.detail) : handleApiError(error);

  const handleAdd = () => {
    if (!choice) return;
    const name = choice.kind === 'unit' ? choice.unit.name : choice.group.name;
    addMutation.mutate(
      {
        taskId: task.id,
        role: newRole,
        ...(choice.kind === 'unit' ? { unitId: choice.unit.id } : { groupKey: choice.group.key }),
      },
      {
        onSuccess: () => {
          message.success(t(planPageText.assignmentAdded, { name }));
          setChoice(null);
          setPickerKey((key) => key + 1);
        },
        onError: showError,
      },
    );
  };

  const renderEntry = (entry: AssignmentEntry) => {
    const name = entryName(entry, groupNames);
    const role = entry.kind === 'group' ? entry.role : entry.assignment.role;
    return (
      <List.Item
        actions={[
          <Popconfirm
            key="remove"
            title={
              entry.kind === 'group'
                ? t(planPageText.removeGroupConfirm, { name, count: formatNumber(entry.assignments.length) })
                : t(planPageText.removeAssignmentConfirm, { name })
            }
            okText={t(planPageText.removeAssignment, { name: '' }).trim()}
            okButtonProps={{ danger: true }}
            cancelText={t(common.cancel)}
            onConfirm={() =>
              deleteMutation.mutate(entryIds(entry), {
                onSuccess: () => message.success(t(planPageText.assignmentRemoved)),
                onError: (error) => handleApiError(error),
              })
            }
          >
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t(planPageText.removeAssignment, { name })}
            />
          </Popconfirm>,
        ]}
      >
        <Flex vertical gap={6} style={{ width: '100%', minWidth: 0 }}>
          <Flex gap={8} align="center" wrap>
            {entry.kind === 'group' ? <ClusterOutlined /> : null}
            <Typography.Text strong={role === 'lead'}>{name}</Typography.Text>
            {entry.kind === 'group' ? (
              <Tag color="processing">
                {t(planPageText.unitsCount, { count: formatNumber(entry.assignments.length) })}
              </Tag>
            ) : null}
            {entry.kind === 'unresolved' ? <Tag color="error">{t(planPageText.unresolved)}</Tag> : null}
          </Flex>
          <Flex gap={8} wrap>
            <Select<Role>
              size="small"
              aria-label={`${t(planPageText.role)} — ${name}`}
              value={role}
              disabled={entry.kind === 'group'}
              options={ROLES.map((value) => ({ value, label: t(ROLE_LABELS[value]) }))}
              onChange={(value) => {
                if (entry.kind === 'group') return;
                updateMutation.mutate(
                  { id: entry.assignment.id, version: entry.assignment.version, role: value },
                  { onError: (error) => handleApiError(error) },
                );
              }}
              style={{ width: 120 }}
            />
            {entry.kind === 'unresolved' ? (
              <UnitChoiceSelect
                size="small"
                aria-label={t(planPageText.resolveFor, { name })}
                onChoose={(picked) =>
                  resolveMutation.mutate(
                    { assignment: entry.assignment, choice: picked },
                    {
                      onSuccess: () => message.success(t(planPageText.resolved, { name })),
                      onError: showError,
                    },
                  )
                }
                status="error"
                style={{ flex: 1, minWidth: 200 }}
              />
            ) : null}
          </Flex>
        </Flex>
      </List.Item>
    );
  };

  return (
    <Flex vertical gap={12}>
      <List
        size="small"
        bordered
        dataSource={entries}
        rowKey={(entry) => entryIds(entry).join(',')}
        renderItem={renderEntry}
        locale={{ emptyText: t(planPageText.chooseUnit) }}
      />
      <Typography.Text strong>{t(planPageText.addAssignment)}</Typography.Text>
      <Flex gap={8} wrap>
        <Select<Role>
          aria-label={t(planPageText.role)}
          value={newRole}
          options={ROLES.map((value) => ({ value, label: t(ROLE_LABELS[value]) }))}
          onChange={setNewRole}
          style={{ width: 120 }}
        />
        <UnitChoiceSelect
          key={pickerKey}
          aria-label={t(planPageText.chooseUnit)}
          placeholder={t(planPageText.chooseUnit)}
          onChoose={setChoice}
          style={{ flex: 1, minWidth: 220 }}
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={!choice}
          loading={addMutation.isPending}
          onClick={handleAdd}
        >
          {t(planPageText.add)}
        </Button>
      </Flex>
    </Flex>
  );
}
