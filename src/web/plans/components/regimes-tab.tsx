import { useMemo, useState } from 'react';
import { DeleteOutlined, EditOutlined, FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Flex, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Plan } from '../../../domain/plans/plan-api.schemas.ts';
import { REGIME_FREQUENCIES, type Regime, type RegimeFrequency } from '../../../domain/plans/regimes.ts';
import { formatDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { exportRegimes, useDeleteRegime, useRegimes } from '../api/regimes.ts';
import { FREQUENCY_LABELS, regimeText } from '../messages.ts';
import { RegimeEditDrawer } from './regime-edit-drawer.tsx';
import { ScheduleTag } from './schedule-tag.tsx';

/** The plan's reporting regimes (chế độ báo cáo): who reports what to whom, how often, by when. */
export function RegimesTab({ plan }: { plan: Plan }) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const regimesQuery = useRegimes(plan.id);
  const deleteMutation = useDeleteRegime(plan.id);
  const [editing, setEditing] = useState<Regime | 'new' | null>(null);
  const [frequency, setFrequency] = useState<RegimeFrequency | undefined>();
  const [isExporting, setIsExporting] = useState(false);
  const rows = useMemo(
    () => (regimesQuery.data ?? []).filter((r) => !frequency || r.frequency === frequency),
    [regimesQuery.data, frequency],
  );

  const handleExport = async () => {
    setIsExporting(true);
    try {
      await exportRegimes(plan.id);
    } catch (error) {
      handleApiError(error);
    } finally {
      setIsExporting(false);
    }
  };

  const columns: TableColumnsType<Regime> = [
    {
      title: t(regimeText.title),
      dataIndex: 'title',
      width: 360,
      sorter: (a, b) => a.title.localeCompare(b.title, 'vi'),
      render: (_, regime) => (
        <Flex vertical gap={4}>
          <Typography.Text strong>{regime.title}</Typography.Text>
          <span>
            <Tag>{regime.task ? `${t(regimeText.task)} ${regime.task.code}` : t(regimeText.wholePlan)}</Tag>
          </span>
        </Flex>
      ),
    },
    { title: t(regimeText.reporters), dataIndex: 'reportersText', width: 220 },
    { title: t(regimeText.receiver), dataIndex: 'receiverText', width: 200 },
    {
      title: t(regimeText.frequency),
      dataIndex: 'frequency',
      width: 120,
      sorter: (a, b) => REGIME_FREQUENCIES.indexOf(a.frequency) - REGIME_FREQUENCIES.indexOf(b.frequency),
      render: (value: RegimeFrequency) => t(FREQUENCY_LABELS[value]),
    },
    {
      title: t(regimeText.deadlines),
      key: 'deadlines',
      width: 260,
      render: (_, regime) => (
        <Flex vertical gap={4}>
          <span>
            {regime.unitDeadlineText} <ScheduleTag schedule={regime.schedule} />
          </span>
          {regime.consolidationDeadlineText ? (
            <Typography.Text type="secondary">{regime.consolidationDeadlineText}</Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    ...(plan.canEdit
      ? [
          {
            title: t(common.actions),
            key: 'actions',
            width: 110,
            render: (_: unknown, regime: Regime) => (
              <Flex gap={4}>
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={t(common.edit)}
                  onClick={() => setEditing(regime)}
                />
                <Popconfirm
                  title={t(regimeText.deleteConfirm)}
                  okText={t(regimeText.delete)}
                  cancelText={t(common.cancel)}
                  onConfirm={() =>
                    deleteMutation.mutate(regime, {
                      onSuccess: () => message.success(t(regimeText.deleted)),
                      onError: (error) => handleApiError(error),
                    })
                  }
                >
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t(regimeText.delete)} />
                </Popconfirm>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Select<RegimeFrequency>
          allowClear
          placeholder={t(regimeText.frequency)}
          style={{ width: 200 }}
          value={frequency}
          onChange={setFrequency}
          options={REGIME_FREQUENCIES.map((value) => ({ value, label: t(FREQUENCY_LABELS[value]) }))}
        />
        <Flex gap={8}>
          <Button icon={<FileExcelOutlined />} loading={isExporting} onClick={handleExport}>
            {t(common.exportExcel)}
          </Button>
          {plan.canEdit ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t(regimeText.add)}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <Table<Regime>
        rowKey="id"
        size="middle"
        loading={regimesQuery.isPending}
        dataSource={rows}
        columns={columns}
        pagination={false}
        locale={{ emptyText: t(regimeText.empty) }}
        expandable={{
          expandedRowRender: (regime) => (
            <Descriptions
              size="small"
              column={1}
              bordered
              items={[
                { key: 'content', label: t(regimeText.content), children: regime.content ?? t(common.none) },
                { key: 'method', label: t(regimeText.method), children: regime.method ?? t(common.none) },
                { key: 'cutoff', label: t(regimeText.cutoff), children: regime.cutoffText ?? t(common.none) },
                {
                  key: 'consolidation',
                  label: t(regimeText.consolidation),
                  children:
                    [regime.consolidationDeadlineText, formatDate(regime.consolidationDate)]
                      .filter(Boolean)
                      .join(' · ') || t(common.none),
                },
                {
                  key: 'outline',
                  label: t(regimeText.outline),
                  children: <div className="plan-info__text">{regime.outline ?? t(common.none)}</div>,
                },
                { key: 'form', label: t(regimeText.dataForm), children: regime.dataForm ?? t(common.none) },
              ]}
            />
          ),
        }}
      />
      {plan.canEdit ? (
        <RegimeEditDrawer plan={plan} regime={editing} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}
