import { useCallback, useMemo, useReducer, useState } from 'react';
import { ArrowLeftOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Form, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Plan, PlanCreate, PlanParseResult } from '../../../domain/plans/plan-api.schemas.ts';
import { ApiError, isApiError } from '../../lib/api-client.ts';
import { formatNumber } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler, fieldNameFromPath } from '../../lib/use-api-error.ts';
import { useCreatePlan } from '../api/create-plan.ts';
import { reviewText } from '../messages.ts';
import type { ParentLink, UnitOption } from '../types.ts';
import { reviewReducer, type ReviewAction } from '../utils/review-reducer.ts';
import {
  countTasks,
  flattenTasks,
  namesInTasks,
  resolutionOf,
  taskAtPath,
  toResolutions,
  toReviewTasks,
  toTaskInputs,
  type Resolution,
  type Resolutions,
  type ReviewTask,
} from '../utils/review-tree.ts';
import { ParserWarnings } from './parser-warnings.tsx';
import { metadataToApi, PlanMetadataFields, type PlanMetadataValues } from './plan-metadata-fields.tsx';
import { ReportingDutiesList } from './reporting-duties-list.tsx';
import { ReviewTaskCard, taskElementId, type TaskErrors } from './review-task-card.tsx';
import { findInSource, SourceTextPanel } from './source-text-panel.tsx';
import { UnitReconcilePanel } from './unit-reconcile-panel.tsx';

interface PlanReviewProps {
  result: PlanParseResult;
  parent?: ParentLink;
  onBack: () => void;
  onSaved: (plan: Plan) => void;
}

function initialValues(result: PlanParseResult): PlanMetadataValues {
  const { draft } = result;
  return {
    number: draft.number,
    issuer: draft.issuer,
    place: draft.place,
    date: draft.date ? dayjs(draft.date) : null,
    title: draft.title ?? '',
    legalBasis: draft.legalBasis,
    purpose: draft.purpose,
    funding: draft.funding,
    organization: draft.organization,
    recipients: draft.recipients,
    signerAuthority: draft.signer.authority,
    signerName: draft.signer.name,
  };
}

/** Tasks whose code or title is empty, by key: the API would refuse them. */
function missingTaskFields(tasks: ReviewTask[], message: string): TaskErrors {
  const errors: TaskErrors = {};
  for (const task of flattenTasks(tasks)) {
    const fields: Record<string, string> = {};
    if (!task.code.trim()) fields.code = message;
    if (!task.title.trim()) fields.title = message;
    if (Object.keys(fields).length > 0) errors[task.key] = fields;
  }
  return errors;
}

/** The review screen: the source on the left, everything read from it on the right, all editable. */
export function PlanReview({ result, parent, onBack, onSaved }: PlanReviewProps) {
  const t = useT();
  const { message, modal } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [form] = Form.useForm<PlanMetadataValues>();
  const [tasks, dispatchTree] = useReducer(reviewReducer, result.draft.tasks, toReviewTasks);
  const [resolutions, setResolutions] = useState<Resolutions>(() => toResolutions(result.units));
  const [taskErrors, setTaskErrors] = useState<TaskErrors>({});
  const [highlight, setHighlight] = useState<{ start: number; end: number; seq: number } | null>(null);
  const createMutation = useCreatePlan();
  // Blank lines above the heading only push the document down.
  const sourceText = useMemo(() => result.sourceText.replace(/^\s*\n/, ''), [result.sourceText]);

  const suggestionsByName = useMemo(() => {
    const byName: Record<string, UnitOption[]> = {};
    for (const { name, match } of result.units)
      if (match.kind === 'unmatched') byName[name] = match.suggestions;
    return byName;
  }, [result.units]);
  const initiallyOpen = useMemo(
    () => new Set(result.units.filter((unit) => unit.match.kind === 'unmatched').map((unit) => unit.name)),
    [result.units],
  );

  const names = useMemo(() => namesInTasks(tasks), [tasks]);
  const reconcileNames = names
    .map((entry) => ({
      ...entry,
      resolution: resolutionOf(resolutions, entry.name),
      suggestions: suggestionsByName[entry.name] ?? [],
    }))
    .filter(
      (entry) =>
        initiallyOpen.has(entry.name) ||
        (entry.resolution.kind !== 'unit' && entry.resolution.kind !== 'group'),
    );
  const unmatchedCount = reconcileNames.filter((entry) => entry.resolution.kind === 'unmatched').length;

  // An edited task loses the errors of its last save attempt.
  const dispatch = useCallback((action: ReviewAction) => {
    dispatchTree(action);
    if (action.type !== 'patch') return;
    setTaskErrors((previous) => {
      if (!previous[action.key]) return previous;
      const { [action.key]: _edited, ...rest } = previous;
      return rest;
    });
  }, []);
  const handleResolve = useCallback(
    (name: string, resolution: Resolution) =>
      setResolutions((previous) => ({ ...previous, [name]: resolution })),
    [],
  );
  const handleShowInSource = useCallback(
    (task: ReviewTask) => {
      const found = findInSource(sourceText, task);
      if (found) setHighlight((previous) => ({ ...found, seq: (previous?.seq ?? 0) + 1 }));
    },
    [sourceText],
  );

  const showSaveError = (error: unknown) => {
    if (!isApiError(error)) return handleApiError(error, form);
    const onTasks: TaskErrors = {};
    const rest = error.errors.filter((fieldError) => {
      const at = taskAtPath(tasks, fieldNameFromPath(fieldError.path));
      if (!at) return true;
      onTasks[at.key] = { ...onTasks[at.key], [at.field]: fieldError.message };
      return false;
    });
    setTaskErrors(onTasks);
    if (Object.keys(onTasks).length > 0 && rest.length === 0) {
      message.error(t(reviewText.invalid));
      return;
    }
    handleApiError(
      new ApiError({ status: error.status, code: error.code, detail: error.detail, errors: rest }),
      form,
    );
  };

  const handleSave = async () => {
    const values = await form.validateFields().then(
      (valid) => valid,
      () => null,
    );
    const missing = missingTaskFields(tasks, t(reviewText.taskFieldRequired));
    setTaskErrors(missing);
    const firstMissing = Object.keys(missing)[0];
    if (!values || firstMissing) {
      message.error(t(reviewText.invalid));
      // Bring the first field to fix into view: the plan's own fields come first on the screen.
      const invalidField = form.getFieldsError().find((field) => field.errors.length > 0);
      if (invalidField) form.scrollToField(invalidField.name, { block: 'center', behavior: 'smooth' });
      else if (firstMissing)
        document
          .getElementById(taskElementId(firstMissing))
          ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return;
    }
    const input: PlanCreate = {
      ...metadataToApi(values),
      status: 'active',
      parentPlanId: parent?.parentPlanId ?? null,
      parentTaskId: parent?.parentTaskId ?? null,
      sourceText: result.sourceText,
      tasks: toTaskInputs(tasks, resolutions),
      reportingDuties: result.draft.reportingDuties,
    };
    createMutation.mutate(input, {
      onSuccess: (plan) => {
        message.success(t(reviewText.saved, { name: plan.number ?? plan.title }));
        onSaved(plan);
      },
      onError: showSaveError,
    });
  };

  const handleBack = () => {
    void modal.confirm({
      title: t(reviewText.back),
      content: t(reviewText.backConfirm),
      okText: t(reviewText.back),
      cancelText: t(common.cancel),
      onOk: onBack,
    });
  };

  return (
    <>
      <Row gutter={[16, 16]} className="plan-review">
        <Col xs={24} xl={10}>
          <SourceTextPanel text={sourceText} highlight={highlight} />
        </Col>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <Card size="small">
              <Flex vertical gap={12}>
                <Typography.Text>
                  {t(reviewText.summary, {
                    tasks: formatNumber(countTasks(tasks)),
                    names: formatNumber(names.length),
                  })}
                </Typography.Text>
                <UnitReconcilePanel
                  names={reconcileNames}
                  unmatchedCount={unmatchedCount}
                  onResolve={handleResolve}
                />
                <ParserWarnings warnings={result.draft.warnings} />
              </Flex>
            </Card>
            <Card title={t(reviewText.general)}>
              <Form<PlanMetadataValues> form={form} layout="vertical" initialValues={initialValues(result)}>
                <PlanMetadataFields />
              </Form>
            </Card>
            <Card
              title={t(reviewText.tasks, { count: formatNumber(countTasks(tasks)) })}
              extra={
                <Button icon={<PlusOutlined />} onClick={() => dispatch({ type: 'add', parentKey: null })}>
                  {t(reviewText.addTask)}
                </Button>
              }
              styles={{ body: { padding: 12 } }}
            >
              <Flex vertical gap={12}>
                {tasks.map((task, index) => (
                  <ReviewTaskCard
                    key={task.key}
                    task={task}
                    depth={0}
                    isFirst={index === 0}
                    isLast={index === tasks.length - 1}
                    dispatch={dispatch}
                    resolutions={resolutions}
                    suggestionsByName={suggestionsByName}
                    errors={taskErrors}
                    onResolve={handleResolve}
                    onShowInSource={handleShowInSource}
                  />
                ))}
              </Flex>
            </Card>
            <Card title={t(reviewText.reportingDuties)}>
              <ReportingDutiesList duties={result.draft.reportingDuties} />
            </Card>
          </Flex>
        </Col>
      </Row>
      <div className="plan-review__footer">
        <Button icon={<ArrowLeftOutlined />} onClick={handleBack}>
          {t(reviewText.back)}
        </Button>
        <Flex gap={12} align="center">
          {unmatchedCount > 0 ? (
            <Typography.Text type="warning">
              {t(reviewText.unmatchedCount, { count: formatNumber(unmatchedCount) })}
            </Typography.Text>
          ) : null}
          <Button
            type="primary"
            size="large"
            icon={<SaveOutlined />}
            loading={createMutation.isPending}
            onClick={handleSave}
          >
            {t(reviewText.save)}
          </Button>
        </Flex>
      </div>
    </>
  );
}
