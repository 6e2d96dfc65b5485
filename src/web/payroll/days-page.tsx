import { useMemo, useState } from 'react';
import {
  DownloadOutlined,
  ImportOutlined,
  SaveOutlined,
  UndoOutlined,
  ProfileOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Input,
  InputNumber,
  Select,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { PAYROLL_ROLE_LABELS, PAYROLL_ROLES, type RateKind } from '../../domain/payroll/constants.ts';
import { PageHeader } from '../components/page-header.tsx';
import { formatNumber } from '../lib/format.ts';
import { common, useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { downloadDaysTemplate, usePayrollDays, useSavePayrollDays } from './api/days.ts';
import { CommuneSelect } from '../components/commune-select.tsx';
import { DaysImportDrawer } from './components/days-import-drawer.tsx';
import { ExportButton } from '../components/export-button.tsx';
import { MonthPicker } from './components/month-picker.tsx';
import { PayrollStatusTag } from './components/status-tag.tsx';
import { previousMonth } from './format.ts';
import { daysText, payrollText } from './messages.ts';
import type { DaysRow, DaysRowInput, UnitOption } from './types.ts';

interface DaysPageProps {
  canEdit: boolean;
  myCommune?: UnitOption;
}

const DUTY_FIELDS = ['dutyAssigned', 'dutyNight', 'dutyHoliday', 'dutyHazardous'] as const;
const DAY_FIELDS = [...DUTY_FIELDS, 'trainingDays'] as const;
type DayField = (typeof DAY_FIELDS)[number];
type Draft = Record<string, Partial<Record<DayField, number | null>>>;
const KIND_OF: Record<DayField, RateKind> = {
  dutyAssigned: 'duty_assigned',
  dutyNight: 'duty_night',
  dutyHoliday: 'duty_holiday',
  dutyHazardous: 'duty_hazardous',
  trainingDays: 'training_day',
};

const byText = (a: string, b: string) => a.localeCompare(b, 'vi');

/** The row as it will be saved: what the user changed over what the server holds. */
function inputOf(row: DaysRow, change: Draft[string] | undefined): DaysRowInput {
  const training =
    change && 'trainingDays' in change
      ? (change.trainingDays ?? null)
      : row.trainingSource === 'records'
        ? null
        : row.trainingDays;
  return {
    memberId: row.memberId,
    dutyAssigned: change?.dutyAssigned ?? row.dutyAssigned,
    dutyNight: change?.dutyNight ?? row.dutyNight,
    dutyHoliday: change?.dutyHoliday ?? row.dutyHoliday,
    dutyHazardous: change?.dutyHazardous ?? row.dutyHazardous,
    trainingDays: training,
  };
}

export function DaysPage({ canEdit, myCommune }: DaysPageProps) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [searchParams, setSearchParams] = useSearchParams();
  const unitId = myCommune?.id ?? searchParams.get('unitId') ?? undefined;
  const commune: UnitOption | undefined =
    myCommune ??
    (unitId ? { id: unitId, code: '', name: searchParams.get('unitName') ?? unitId } : undefined);
  const month = searchParams.get('month') ?? previousMonth();
  const [draft, setDraft] = useState<Draft>({});
  const [q, setQ] = useState('');
  const [teamId, setTeamId] = useState<string | undefined>();
  const [isImporting, setIsImporting] = useState(false);
  const daysQuery = usePayrollDays(unitId, month);
  const save = useSavePayrollDays();
  const data = daysQuery.data;
  const editable = canEdit && Boolean(data) && !data?.frozen;
  const changed = Object.keys(draft).length;

  const setParams = (next: { unitId?: string; unitName?: string; month?: string }) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) params.set(key, value);
    setSearchParams(params, { replace: true });
    setDraft({});
  };
  const current = {
    unitId: myCommune ? undefined : unitId,
    unitName: myCommune ? undefined : commune?.name,
    month,
  };

  const teams = useMemo(() => {
    const seen = new Map<string, string>();
    for (const row of data?.members ?? []) seen.set(row.teamId, row.teamName);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [data]);
  const needle = q.trim().toLocaleLowerCase('vi');
  const rows = (data?.members ?? []).filter(
    (row) =>
      (!needle || row.fullName.toLocaleLowerCase('vi').includes(needle)) &&
      (!teamId || row.teamId === teamId),
  );

  const edit = (memberId: string, field: DayField, value: number | null) =>
    setDraft((previous) => ({ ...previous, [memberId]: { ...previous[memberId], [field]: value } }));

  const handleSave = () => {
    if (!data || !unitId) return;
    const input = data.members
      .filter((row) => draft[row.memberId])
      .map((row) => inputOf(row, draft[row.memberId]));
    save.mutate(
      { unitId, month, rows: input },
      {
        onSuccess: () => {
          message.success(t(daysText.saved, { count: formatNumber(input.length) }));
          setDraft({});
        },
        onError: (error) => handleApiError(error),
      },
    );
  };

  const max = data?.daysInMonth ?? 31;
  const valueOf = (row: DaysRow, field: DayField): number | null => {
    const change = draft[row.memberId];
    if (change && field in change) return change[field] ?? null;
    return row[field];
  };
  const numberCell = (row: DaysRow, field: DayField, label: string) =>
    editable ? (
      <InputNumber<number>
        size="small"
        min={0}
        max={max}
        precision={0}
        aria-label={`${row.fullName}, ${label}`}
        value={valueOf(row, field)}
        onChange={(value) => edit(row.memberId, field, field === 'trainingDays' ? value : (value ?? 0))}
        style={{
          width: 72,
          ...(draft[row.memberId] && field in draft[row.memberId]! ? { background: '#e6f4ff' } : {}),
        }}
      />
    ) : (
      formatNumber(valueOf(row, field) ?? 0)
    );

  /** A kind no rate in force pays: its column stays, greyed and marked *, the mark explained under the table. */
  const isUnpaid = (field: DayField) => data !== undefined && !data.paidKinds.includes(KIND_OF[field]);
  const unpaidShown = rows.length > 0 && DAY_FIELDS.some(isUnpaid);
  const titleOf = (field: DayField) =>
    isUnpaid(field) ? (
      <Tooltip title={t(daysText.notPaid)}>
        <Typography.Text type="secondary">{t(daysText[field])}*</Typography.Text>
      </Tooltip>
    ) : (
      t(daysText[field])
    );
  const dutyColumn = (field: (typeof DUTY_FIELDS)[number]) => ({
    title: titleOf(field),
    key: field,
    width: 120,
    align: 'center' as const,
    sorter: (a: DaysRow, b: DaysRow) => (valueOf(a, field) ?? 0) - (valueOf(b, field) ?? 0),
    render: (_v: unknown, row: DaysRow) => numberCell(row, field, t(daysText[field])),
  });

  const columns: TableColumnsType<DaysRow> = [
    {
      title: t(payrollText.member),
      key: 'name',
      fixed: 'left',
      width: 220,
      sorter: (a, b) => byText(a.fullName, b.fullName),
      render: (_v, row) => (
        <Flex vertical>
          <Typography.Text strong>{row.fullName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.teamName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t(payrollText.role),
      key: 'role',
      width: 110,
      sorter: (a, b) => PAYROLL_ROLES.indexOf(a.role) - PAYROLL_ROLES.indexOf(b.role),
      render: (_v, row) => t(PAYROLL_ROLE_LABELS[row.role]),
    },
    {
      title: t(daysText.daysInPost),
      key: 'daysInPost',
      width: 100,
      align: 'center',
      sorter: (a, b) => a.daysInPost - b.daysInPost,
      render: (_v, row) =>
        row.daysInPost < max ? (
          <Typography.Text type="warning">{`${row.daysInPost}/${max}`}</Typography.Text>
        ) : (
          `${row.daysInPost}/${max}`
        ),
    },
    ...DUTY_FIELDS.map(dutyColumn),
    {
      title: titleOf('trainingDays'),
      key: 'trainingDays',
      width: 200,
      sorter: (a, b) =>
        (valueOf(a, 'trainingDays') ?? a.trainingDaysFromRecords) -
        (valueOf(b, 'trainingDays') ?? b.trainingDaysFromRecords),
      render: (_v, row) => {
        const change = draft[row.memberId];
        const edited = Boolean(change && 'trainingDays' in change);
        const fromRecords = edited ? change?.trainingDays === null : row.trainingSource === 'records';
        const shown = fromRecords ? row.trainingDaysFromRecords : valueOf(row, 'trainingDays');
        return (
          <Flex gap={6} align="center" wrap>
            {editable ? (
              <InputNumber<number>
                size="small"
                min={0}
                max={max}
                precision={0}
                aria-label={`${row.fullName}, ${t(daysText.trainingDays)}`}
                value={shown}
                onChange={(value) => edit(row.memberId, 'trainingDays', value)}
                style={{ width: 72, ...(edited ? { background: '#e6f4ff' } : {}) }}
              />
            ) : (
              formatNumber(shown ?? 0)
            )}
            {fromRecords ? (
              <Tag color="cyan" style={{ marginInlineEnd: 0 }}>
                {t(daysText.fromRecords)}
              </Tag>
            ) : editable && row.trainingDaysFromRecords >= 0 ? (
              <Tooltip title={t(daysText.useRecords, { days: row.trainingDaysFromRecords })}>
                <Button
                  size="small"
                  type="link"
                  style={{ padding: 0 }}
                  onClick={() => edit(row.memberId, 'trainingDays', null)}
                >
                  {t(daysText.useRecords, { days: row.trainingDaysFromRecords })}
                </Button>
              </Tooltip>
            ) : (
              <Tag style={{ marginInlineEnd: 0 }}>{t(daysText.entered)}</Tag>
            )}
          </Flex>
        );
      },
    },
  ];

  const sum = (field: DayField) =>
    rows.reduce(
      (total, row) =>
        total +
        ((field === 'trainingDays' && inputOf(row, draft[row.memberId]).trainingDays === null
          ? row.trainingDaysFromRecords
          : valueOf(row, field)) ?? 0),
      0,
    );

  return (
    <>
      <PageHeader
        title={t(daysText.title)}
        description={t(daysText.description)}
        extra={
          unitId ? (
            <>
              <ExportButton
                label={t(daysText.template)}
                icon={<DownloadOutlined />}
                onExport={() => downloadDaysTemplate(unitId, month)}
              />
              {editable ? (
                <Button icon={<ImportOutlined />} onClick={() => setIsImporting(true)}>
                  {t(daysText.import)}
                </Button>
              ) : null}
            </>
          ) : null
        }
      />
      <Card>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
          {!myCommune ? (
            <CommuneSelect
              aria-label={t(payrollText.commune)}
              placeholder={t(payrollText.communePick)}
              value={unitId}
              initialUnit={commune}
              onChange={(id, unit) => setParams({ ...current, unitId: id, unitName: unit?.name })}
              style={{ width: 260 }}
            />
          ) : (
            <Typography.Text strong>{myCommune.name}</Typography.Text>
          )}
          <MonthPicker
            value={month}
            onChange={(next) => setParams({ ...current, month: next ?? previousMonth() })}
          />
          <Input.Search
            allowClear
            aria-label={t(daysText.searchMember)}
            placeholder={t(daysText.searchMember)}
            value={q}
            onChange={(event) => setQ(event.target.value)}
            style={{ width: 240 }}
          />
          <Select<string>
            allowClear
            aria-label={t(payrollText.team)}
            placeholder={t(daysText.allTeams)}
            value={teamId}
            onChange={setTeamId}
            options={teams}
            style={{ width: 240 }}
            popupMatchSelectWidth={false}
          />
          {data?.payrollId ? (
            <Flex gap={6} align="center" style={{ marginLeft: 'auto' }}>
              <PayrollStatusTag status={data.payrollStatus} />
              <Button
                icon={<ProfileOutlined />}
                onClick={() => void navigate(`/payroll/payrolls/${data.payrollId}`)}
              >
                {t(daysText.openPayroll)}
              </Button>
            </Flex>
          ) : null}
        </Flex>
        {!unitId ? (
          <Alert type="info" showIcon title={t(payrollText.communeRequired)} style={{ marginBottom: 16 }} />
        ) : null}
        {daysQuery.isError ? (
          <Alert type="error" showIcon title={daysQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        {data?.frozen ? (
          <Alert type="success" showIcon title={t(daysText.frozen)} style={{ marginBottom: 16 }} />
        ) : null}
        {data && !data.frozen && data.payrollStatus === 'submitted' ? (
          <Alert type="info" showIcon title={t(daysText.submitted)} style={{ marginBottom: 16 }} />
        ) : null}
        {!canEdit && data ? (
          <Alert type="info" showIcon title={t(payrollText.readOnly)} style={{ marginBottom: 16 }} />
        ) : null}
        {changed > 0 ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t(daysText.unsaved, { count: formatNumber(changed) })}
            action={
              <Flex gap={8}>
                <Button icon={<UndoOutlined />} onClick={() => setDraft({})}>
                  {t(daysText.undo)}
                </Button>
                <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} onClick={handleSave}>
                  {t(daysText.save)}
                </Button>
              </Flex>
            }
          />
        ) : null}
        <Table<DaysRow>
          rowKey="memberId"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={daysQuery.isFetching}
          scroll={{ x: 1150 }}
          locale={{ emptyText: unitId ? t(daysText.noMembers) : t(common.noData) }}
          pagination={{
            defaultPageSize: 100,
            showSizeChanger: true,
            pageSizeOptions: [50, 100, 500],
            hideOnSinglePage: true,
          }}
          summary={() =>
            rows.length > 0 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}>
                  <Typography.Text strong>{t(daysText.total)}</Typography.Text>
                </Table.Summary.Cell>
                {DAY_FIELDS.map((field, index) => (
                  <Table.Summary.Cell
                    key={field}
                    index={index + 1}
                    align={field === 'trainingDays' ? 'left' : 'center'}
                  >
                    <Typography.Text strong>{formatNumber(sum(field))}</Typography.Text>
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            ) : null
          }
        />
        {unpaidShown ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            * {t(daysText.notPaid)}
          </Typography.Paragraph>
        ) : null}
        {editable && rows.length > 0 ? (
          <Flex justify="flex-end" gap={8} style={{ marginTop: 16 }}>
            <Button icon={<UndoOutlined />} disabled={changed === 0} onClick={() => setDraft({})}>
              {t(daysText.undo)}
            </Button>
            <Button
              type="primary"
              icon={<SaveOutlined />}
              disabled={changed === 0}
              loading={save.isPending}
              onClick={handleSave}
            >
              {t(daysText.save)}
            </Button>
          </Flex>
        ) : null}
      </Card>
      {unitId && isImporting ? (
        <DaysImportDrawer unitId={unitId} month={month} onClose={() => setIsImporting(false)} />
      ) : null}
    </>
  );
}
