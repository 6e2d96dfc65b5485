import { useState } from 'react';
import { DeleteOutlined, FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Flex,
  Input,
  Select,
  Spin,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { Link } from 'react-router';
import { foldText } from '../../../domain/common/text.ts';
import { ATTENDANCE_RESULT_LABELS, type Attendee } from '../../../domain/events/attendance.ts';
import { ATTENDANCE_RESULTS, type AttendanceResult } from '../../../domain/events/constants.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import {
  exportAttendance,
  useAttendance,
  useMemberOptions,
  useRemoveAttendance,
  useSetAttendance,
} from '../api/attendance.ts';
import { attendanceText } from '../messages.ts';

const RESULT_COLORS: Record<AttendanceResult, string> = {
  passed: 'success',
  attended: 'processing',
  failed: 'error',
  absent: 'default',
};

/** The members at a force-training course, drill or contest: add from the register, results, certificates. */
export function EventAttendance({ eventId }: { eventId: string }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const attendanceQuery = useAttendance(eventId);
  const setMutation = useSetAttendance(eventId);
  const removeMutation = useRemoveAttendance(eventId);
  const [picked, setPicked] = useState<string[]>([]);
  const [newResult, setNewResult] = useState<AttendanceResult>('attended');
  const [search, setSearch] = useState('');
  const [resultFilter, setResultFilter] = useState<AttendanceResult | undefined>();
  const [isExporting, setIsExporting] = useState(false);

  if (attendanceQuery.isPending) return <Spin />;
  if (attendanceQuery.isError) return <Alert type="error" showIcon title={attendanceQuery.error.message} />;
  const { items, counts, canEdit } = attendanceQuery.data;

  const save = (item: Attendee, change: Partial<Pick<Attendee, 'result' | 'certificateNo'>>) => {
    const next = { result: item.result, certificateNo: item.certificateNo, ...change };
    // A certificate goes to those who attended or passed: changing to absent or failed drops it.
    if (next.result === 'absent' || next.result === 'failed') next.certificateNo = null;
    setMutation.mutate(
      { items: [{ memberId: item.memberId, ...next }] },
      {
        onSuccess: () => message.success(t(attendanceText.updated, { name: item.fullName })),
        onError: (error) => handleApiError(error),
      },
    );
  };
  const add = () =>
    setMutation.mutate(
      { items: picked.map((memberId) => ({ memberId, result: newResult })) },
      {
        onSuccess: () => {
          message.success(t(attendanceText.added, { count: picked.length }));
          setPicked([]);
        },
        onError: (error) => handleApiError(error),
      },
    );
  const confirmRemove = (item: Attendee) =>
    void modal.confirm({
      title: t(attendanceText.removeConfirm, { name: item.fullName }),
      okText: t(attendanceText.remove),
      okButtonProps: { danger: true },
      cancelText: t(common.cancel),
      onOk: () =>
        removeMutation.mutateAsync(item.memberId).then(
          () => message.success(t(attendanceText.removed, { name: item.fullName })),
          (error: unknown) => handleApiError(error),
        ),
    });
  const handleExport = async () => {
    setIsExporting(true);
    try {
      await exportAttendance(eventId);
    } catch (error) {
      handleApiError(error);
    } finally {
      setIsExporting(false);
    }
  };

  const folded = foldText(search.trim());
  const shown = items.filter(
    (item) =>
      (!resultFilter || item.result === resultFilter) &&
      (!folded || foldText(`${item.fullName} ${item.team?.name ?? ''} ${item.unit.name}`).includes(folded)),
  );
  const resultOptions = ATTENDANCE_RESULTS.map((result) => ({
    value: result,
    label: t(ATTENDANCE_RESULT_LABELS[result]),
  }));

  const columns: TableColumnsType<Attendee> = [
    {
      title: t(attendanceText.name),
      key: 'name',
      sorter: (a, b) => foldText(a.fullName).localeCompare(foldText(b.fullName)),
      render: (_, item) => (
        <Flex vertical>
          <span>
            <Link to={`/force/members/${encodeURIComponent(item.memberId)}`}>{item.fullName}</Link>
            {item.memberStatus === 'left' ? (
              <Typography.Text type="secondary"> ({t(attendanceText.left)})</Typography.Text>
            ) : null}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDate(item.dateOfBirth)} · {item.team?.name ?? item.unit.name}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t(attendanceText.result),
      key: 'result',
      width: 140,
      sorter: (a, b) => ATTENDANCE_RESULTS.indexOf(a.result) - ATTENDANCE_RESULTS.indexOf(b.result),
      render: (_, item) =>
        canEdit ? (
          <Select<AttendanceResult>
            size="small"
            aria-label={`${t(attendanceText.result)} ${item.fullName}`}
            value={item.result}
            options={resultOptions}
            onChange={(result) => save(item, { result })}
            style={{ width: '100%' }}
          />
        ) : (
          <Tag color={RESULT_COLORS[item.result]}>{t(ATTENDANCE_RESULT_LABELS[item.result])}</Tag>
        ),
    },
    {
      title: t(attendanceText.certificate),
      key: 'certificateNo',
      width: 160,
      sorter: (a, b) => (a.certificateNo ?? '').localeCompare(b.certificateNo ?? ''),
      render: (_, item) =>
        canEdit ? (
          <CertificateInput
            // A new value from the server (or a refused one) starts the field afresh.
            key={`${item.certificateNo ?? ''}-${item.updatedAt}`}
            item={item}
            placeholder={t(attendanceText.certificatePlaceholder)}
            onSave={(certificateNo) => save(item, { certificateNo })}
          />
        ) : (
          (item.certificateNo ?? t(common.none))
        ),
    },
    ...(canEdit
      ? [
          {
            title: '',
            key: 'remove',
            width: 44,
            render: (_: unknown, item: Attendee) => (
              <Button
                type="text"
                danger
                size="small"
                icon={<DeleteOutlined />}
                aria-label={`${t(attendanceText.remove)} ${item.fullName}`}
                onClick={() => confirmRemove(item)}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{t(attendanceText.hint)}</Typography.Paragraph>
      {canEdit ? (
        <Flex gap={8} wrap align="flex-start" style={{ marginBottom: 16 }}>
          <MemberPicker eventId={eventId} value={picked} onChange={setPicked} />
          <Select<AttendanceResult>
            aria-label={t(attendanceText.resultForNew)}
            value={newResult}
            options={resultOptions}
            onChange={setNewResult}
            style={{ width: 130 }}
          />
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={picked.length === 0}
            loading={setMutation.isPending}
            onClick={add}
          >
            {t(attendanceText.add)}
          </Button>
        </Flex>
      ) : (
        <Alert type="info" title={t(attendanceText.readOnly)} style={{ marginBottom: 16 }} />
      )}
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 8 }}>
        <Flex gap={8} wrap>
          <Input.Search
            allowClear
            aria-label={t(attendanceText.searchLabel)}
            placeholder={t(attendanceText.searchPlaceholder)}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 240 }}
          />
          <Select<AttendanceResult>
            allowClear
            aria-label={t(attendanceText.result)}
            placeholder={t(attendanceText.allResults)}
            value={resultFilter}
            onChange={setResultFilter}
            options={resultOptions}
            style={{ width: 150 }}
          />
        </Flex>
        <Button icon={<FileExcelOutlined />} loading={isExporting} onClick={handleExport}>
          {t(common.exportExcel)}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t(attendanceText.counts, {
          total: formatNumber(items.length),
          passed: formatNumber(counts.passed),
          attended: formatNumber(counts.attended),
          failed: formatNumber(counts.failed),
          absent: formatNumber(counts.absent),
        })}
      </Typography.Paragraph>
      <Table<Attendee>
        rowKey="memberId"
        size="small"
        dataSource={shown}
        columns={columns}
        pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: t(items.length === 0 ? attendanceText.empty : attendanceText.noMatch) }}
      />
    </>
  );
}

function CertificateInput({
  item,
  placeholder,
  onSave,
}: {
  item: Attendee;
  placeholder: string;
  onSave: (value: string | null) => void;
}) {
  const [value, setValue] = useState(item.certificateNo ?? '');
  // Enter, then leaving the field, sends the number once.
  const [sent, setSent] = useState(item.certificateNo);
  const disabled = item.result === 'absent' || item.result === 'failed';
  const commit = () => {
    const next = value.trim() || null;
    if (next === sent) return;
    setSent(next);
    onSave(next);
  };
  return (
    <Input
      size="small"
      aria-label={`${placeholder} ${item.fullName}`}
      placeholder={disabled ? '' : placeholder}
      disabled={disabled}
      maxLength={100}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onBlur={commit}
      onPressEnter={commit}
    />
  );
}

/** Members of the register not yet on the list, searched on the server as the user types. */
function MemberPicker({
  eventId,
  value,
  onChange,
}: {
  eventId: string;
  value: string[];
  onChange: (value: string[]) => void;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const q = useDebouncedValue(search.trim(), 300);
  const optionsQuery = useMemberOptions(eventId, q, isOpen || q.length > 0);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const options = (optionsQuery.data ?? []).map((member) => ({
    value: member.id,
    label: `${member.fullName} · ${formatDate(member.dateOfBirth)} · ${member.team?.name ?? member.unit.name}`,
  }));
  // Chosen members stay named while the search moves on.
  for (const id of value)
    if (!options.some((option) => option.value === id)) options.push({ value: id, label: labels[id] ?? id });
  return (
    <Select<string[]>
      mode="multiple"
      aria-label={t(attendanceText.pickMembers)}
      placeholder={t(attendanceText.pickPlaceholder)}
      value={value}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onOpenChange={setIsOpen}
      onChange={(next) => {
        const known = Object.fromEntries(options.map((option) => [option.value, option.label]));
        setLabels((previous) => ({ ...previous, ...known }));
        onChange(next);
      }}
      notFoundContent={optionsQuery.isFetching ? <Spin size="small" /> : t(attendanceText.noMembers)}
      style={{ flex: 1, minWidth: 280 }}
      popupMatchSelectWidth={false}
    />
  );
}
