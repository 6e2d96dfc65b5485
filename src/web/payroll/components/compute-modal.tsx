import { useEffect, useState } from 'react';
import { Alert, Flex, Form, Modal, Progress, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useComputePayroll } from '../api/payrolls.ts';
import { previousMonth } from '../format.ts';
import { payrollText, payrollsText } from '../messages.ts';
import type { UnitOption } from '../types.ts';
import { CommuneSelect } from '../../components/commune-select.tsx';
import { MonthPicker } from './month-picker.tsx';

/** While the request runs: a bar that fills towards 90 % over a few seconds, then the answer completes it. */
export function useComputeProgress(isRunning: boolean): number {
  const [ticks, setTicks] = useState(0);
  const [wasRunning, setWasRunning] = useState(isRunning);
  if (wasRunning !== isRunning) {
    setWasRunning(isRunning);
    setTicks(0);
  }
  useEffect(() => {
    if (!isRunning) return undefined;
    const timer = window.setInterval(() => setTicks((n) => n + 1), 300);
    return () => window.clearInterval(timer);
  }, [isRunning]);
  // 5 % at once, then each tick covers an eighth of what is left below 90 %.
  return isRunning ? Math.round(90 - 85 * (7 / 8) ** ticks) : 0;
}

export function ComputingProgress({ isRunning }: { isRunning: boolean }) {
  const t = useT();
  const percent = useComputeProgress(isRunning);
  if (!isRunning) return null;
  return (
    <Flex vertical gap={4} style={{ marginTop: 8 }} role="status">
      <Typography.Text>{t(payrollsText.computing)}</Typography.Text>
      <Progress percent={percent} status="active" showInfo={false} />
    </Flex>
  );
}

interface ComputeModalProps {
  open: boolean;
  myCommune?: UnitOption;
  initialCommune?: UnitOption;
  initialMonth?: string;
  onClose: () => void;
}

/** "Lập bảng chi tháng": a commune (fixed for the commune police) and a month; opens the payroll when done. */
export function ComputeModal({ open, myCommune, initialCommune, initialMonth, onClose }: ComputeModalProps) {
  const t = useT();
  const navigate = useNavigate();
  const handleApiError = useApiErrorHandler();
  const compute = useComputePayroll();
  const [commune, setCommune] = useState<UnitOption | undefined>(myCommune ?? initialCommune);
  const [month, setMonth] = useState<string | undefined>(initialMonth ?? previousMonth());
  const unitId = myCommune?.id ?? commune?.id;

  const run = () => {
    if (!unitId || !month) return;
    compute.mutate(
      { unitId, month },
      {
        onSuccess: (payroll) => {
          onClose();
          void navigate(`/payroll/payrolls/${payroll.id}`);
        },
        onError: (error) => handleApiError(error),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t(payrollsText.computeTitle)}
      okText={t(payrollsText.compute)}
      cancelText={t(common.cancel)}
      okButtonProps={{ disabled: !unitId || !month, loading: compute.isPending }}
      cancelButtonProps={{ disabled: compute.isPending }}
      closable={!compute.isPending}
      onOk={run}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t(payrollsText.computeHint)} style={{ marginBottom: 16 }} />
      <Form layout="vertical">
        <Form.Item label={t(payrollText.commune)} required>
          {myCommune ? (
            <Typography.Text strong>{myCommune.name}</Typography.Text>
          ) : (
            <CommuneSelect
              aria-label={t(payrollText.commune)}
              placeholder={t(payrollText.communePick)}
              value={commune?.id}
              initialUnit={commune}
              onChange={(_id, unit) => setCommune(unit)}
              style={{ width: '100%' }}
            />
          )}
        </Form.Item>
        <Form.Item label={t(payrollText.month)} required>
          <MonthPicker value={month} onChange={setMonth} />
        </Form.Item>
      </Form>
      <ComputingProgress isRunning={compute.isPending} />
    </Modal>
  );
}
