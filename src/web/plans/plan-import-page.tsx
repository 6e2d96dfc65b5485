import { useState } from 'react';
import { ApartmentOutlined } from '@ant-design/icons';
import { Alert, Steps } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import type { PlanParseResult } from '../../domain/plans/plan-api.schemas.ts';
import { PageHeader } from '../components/page-header.tsx';
import { useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { usePlan } from './api/get-plan.ts';
import { useParsePlan, type PlanSource } from './api/parse-plan.ts';
import { PlanReview } from './components/plan-review.tsx';
import { PlanSourceStep } from './components/plan-source-step.tsx';
import { importText } from './messages.ts';
import type { ParentLink } from './types.ts';
import { findTask } from './utils/plan-tasks.ts';
import './plans.css';

function ParentNotice({ parent }: { parent: ParentLink }) {
  const t = useT();
  const planQuery = usePlan(parent.parentPlanId);
  const plan = planQuery.data;
  if (!plan) return null;
  const task = parent.parentTaskId ? findTask(plan.tasks, parent.parentTaskId) : undefined;
  return (
    <Alert
      type="info"
      showIcon
      icon={<ApartmentOutlined />}
      style={{ marginBottom: 16 }}
      title={t(importText.parentPlan, { plan: [plan.number, plan.title].filter(Boolean).join(' — ') })}
      description={
        <>
          {task ? <div>{t(importText.parentTask, { code: task.code, title: task.title })}</div> : null}
          <div>{t(importText.parentHint)}</div>
        </>
      }
    />
  );
}

export function PlanImportPage() {
  const t = useT();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const handleApiError = useApiErrorHandler();
  const parseMutation = useParsePlan();
  const [result, setResult] = useState<PlanParseResult | null>(null);
  const parentPlanId = searchParams.get('parentPlanId');
  const parent: ParentLink | undefined = parentPlanId
    ? { parentPlanId, parentTaskId: searchParams.get('parentTaskId') ?? undefined }
    : undefined;

  const handleAnalyze = (source: PlanSource) => {
    parseMutation.mutate(source, {
      onSuccess: (parsed) => {
        setResult(parsed);
        window.scrollTo({ top: 0 });
      },
      onError: (error) => handleApiError(error),
    });
  };

  return (
    <>
      <PageHeader title={t(importText.title)} description={t(importText.description)} />
      <Steps
        className="plan-import__steps"
        current={result ? 1 : 0}
        items={[
          { title: t(importText.stepSource), content: t(importText.stepSourceHint) },
          { title: t(importText.stepReview), content: t(importText.stepReviewHint) },
          { title: t(importText.stepSave), content: t(importText.stepSaveHint) },
        ]}
      />
      {parent ? <ParentNotice parent={parent} /> : null}
      {result ? (
        <PlanReview
          result={result}
          parent={parent}
          onBack={() => setResult(null)}
          onSaved={(plan) => navigate(`/plans/${plan.id}`)}
        />
      ) : null}
      {/* Kept mounted under the review, so that going back finds the pasted text again. */}
      <div hidden={Boolean(result)}>
        <PlanSourceStep isParsing={parseMutation.isPending} onAnalyze={handleAnalyze} />
      </div>
    </>
  );
}
