import { FileWordOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { Procedure, ProcedurePersonInput } from '../../../domain/force/force-api.schemas.ts';
import { MEMBER_ROLE_LABELS } from '../../../domain/force/force.labels.ts';
import { formatDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { downloadProcedureForm } from '../api/download-procedure-form.ts';
import { useSaveProcedurePerson } from '../api/save-procedure-person.ts';
import { proceduresText } from '../procedure-messages.ts';
import { formLabel } from './procedure-labels.ts';

type Person = Procedure['persons'][number];
type Flag = 'hasApplication' | 'hasPersonalHistory' | 'hasHealthCertificate' | 'hasEducationCertificate';

const FLAGS: { key: Flag; title: { vi: string; en: string } }[] = [
  { key: 'hasApplication', title: { vi: 'Đơn (Mẫu 01)', en: 'Application (Form 01)' } },
  { key: 'hasPersonalHistory', title: { vi: 'Sơ yếu lý lịch', en: 'Personal history' } },
  { key: 'hasHealthCertificate', title: { vi: 'Giấy khám sức khỏe', en: 'Health certificate' } },
  { key: 'hasEducationCertificate', title: { vi: 'Văn bằng', en: 'Education certificate' } },
];

/** The people of a procedure; for a selection, each dossier paper present or missing, ticked in place. */
export function ProcedurePersonsTable({ procedure, canEdit }: { procedure: Procedure; canEdit: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const saveMutation = useSaveProcedurePerson();
  const isSelection = procedure.kind === 'selection';
  const canTick = canEdit && procedure.status === 'open';
  const hasMau01 = procedure.forms.some((form) => form.replace('-', '_') === 'mau_01');

  const toggle = (person: Person, flag: Flag, value: boolean) => {
    const change: ProcedurePersonInput = { [flag]: value };
    saveMutation.mutate(
      { procedureId: procedure.id, personId: person.id, person: change },
      {
        onSuccess: () => message.success(t(proceduresText.personSaved, { name: person.fullName })),
        onError: (error) => handleApiError(error),
      },
    );
  };

  const columns: TableColumnsType<Person> = [
    { title: '#', key: 'position', width: 48, render: (_v, _r, index) => index + 1 },
    { title: t(proceduresText.fullName), dataIndex: 'fullName', key: 'fullName', width: 200 },
    {
      title: t(proceduresText.dob),
      dataIndex: 'dateOfBirth',
      key: 'dateOfBirth',
      width: 110,
      render: (value: string | null) => formatDate(value) || t(common.none),
    },
    {
      title: t(proceduresText.proposedRole),
      dataIndex: 'proposedRole',
      key: 'proposedRole',
      width: 130,
      render: (role: Person['proposedRole']) => (role ? t(MEMBER_ROLE_LABELS[role]) : t(common.none)),
    },
    {
      title: t(proceduresText.team),
      key: 'team',
      width: 200,
      render: (_v, person) => person.team?.name ?? '',
    },
  ];
  if (isSelection) {
    columns.push(
      ...FLAGS.map((flag) => ({
        title: t(flag.title),
        key: flag.key,
        width: 130,
        align: 'center' as const,
        render: (_value: unknown, person: Person) => (
          <Checkbox
            checked={person[flag.key]}
            disabled={!canTick}
            aria-label={`${t(flag.title)}: ${person.fullName}`}
            onChange={(event) => toggle(person, flag.key, event.target.checked)}
          />
        ),
      })),
      {
        title: t(proceduresText.missing),
        key: 'missing',
        width: 220,
        render: (_value, person) =>
          person.missing.length === 0 ? (
            <Tag color="success">{t(proceduresText.complete)}</Tag>
          ) : (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {person.missing.join('; ')}
            </Typography.Text>
          ),
      },
    );
  }
  if (hasMau01) {
    columns.push({
      title: '',
      key: 'mau01',
      width: 64,
      render: (_value, person) => (
        <Tooltip title={t(proceduresText.download, { form: t(formLabel('mau-01')) })}>
          <Button
            type="text"
            icon={<FileWordOutlined />}
            aria-label={`${t(proceduresText.download, { form: 'Mẫu 01' })}: ${person.fullName}`}
            onClick={() =>
              downloadProcedureForm({ procedureId: procedure.id, form: 'mau-01', personId: person.id }).catch(
                handleApiError,
              )
            }
          />
        </Tooltip>
      ),
    });
  }

  return (
    <Table<Person>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={procedure.persons}
      pagination={procedure.persons.length > 50 ? { pageSize: 50 } : false}
      loading={saveMutation.isPending}
      scroll={{ x: isSelection ? 1400 : 800 }}
    />
  );
}
