import {
  CheckOutlined,
  CloseOutlined,
  DeleteOutlined,
  EditOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import {
  Button,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Table,
  Tag,
  Tooltip,
  Typography,
  type FormInstance,
  type TableColumnsType,
} from 'antd';
import type { Village } from '../../../domain/force/force-api.schemas.ts';
import {
  AREA_TYPE_LABELS,
  SECURITY_RATING_LABELS,
  VILLAGE_CLASS_LABELS,
  VILLAGE_KIND_LABELS,
} from '../../../domain/force/force.labels.ts';
import {
  AREA_TYPES,
  SECURITY_RATINGS,
  VILLAGE_CLASSES,
  VILLAGE_KINDS,
  type AreaType,
  type SecurityRating,
  type VillageClass,
  type VillageKind,
} from '../../../domain/force/force.schemas.ts';
import { formatNumber } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { forceText, SECURITY_RATING_SHORT, villagesText } from '../messages.ts';
import type { SortOrder, VillageSortField } from '../types.ts';
import { GapTag } from './gap-tag.tsx';
import { columnSortOrder, serverPagination, serverTableChange } from '../../components/server-pagination.ts';

/** The row being edited (or the new one, id `NEW_VILLAGE_ID`) holds its values in this form. */
export interface VillageRowValues {
  name: string;
  kind: VillageKind;
  households: number | null;
  population: number | null;
  areaHectares: number | null;
  villageClass: VillageClass | null;
  areaTypes: AreaType[];
  securityRating: SecurityRating;
}

export const NEW_VILLAGE_ID = '__new__';

const SORT_FIELDS: readonly VillageSortField[] = ['name', 'households', 'population', 'gap'];

interface VillagesTableProps {
  /** What the table says when empty: nothing yet, nothing in scope, or nothing matching the filters. */
  emptyText: string;
  form: FormInstance<VillageRowValues>;
  data: Village[];
  total: number;
  isLoading: boolean;
  page: number;
  pageSize: number;
  sort: VillageSortField;
  order: SortOrder;
  /** The row in edit, or null. */
  editingId: string | null;
  isSaving: boolean;
  canEdit: boolean;
  /** Show the commune column (users above one commune). */
  showCommune: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onSortChange: (sort: VillageSortField, order: SortOrder) => void;
  onEdit: (village: Village) => void;
  onSave: () => void;
  onCancel: () => void;
  onDelete: (village: Village) => void;
}

export function VillagesTable(props: VillagesTableProps) {
  const t = useT();
  const isEditing = (row: Village) => row.id === props.editingId;
  const sortOrderOf = (field: VillageSortField) => columnSortOrder(props, field);
  const count = (value: number | null) => (value === null ? t(common.none) : formatNumber(value));
  const numberInput = (name: keyof VillageRowValues, label: string, max: number) => (
    <Form.Item name={name} style={{ margin: 0 }}>
      <InputNumber min={0} max={max} aria-label={label} style={{ width: '100%' }} />
    </Form.Item>
  );

  const columns: TableColumnsType<Village> = [
    {
      title: t(forceText.village),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf('name'),
      fixed: 'left',
      width: 210,
      render: (name: string, row) =>
        isEditing(row) ? (
          <Flex vertical gap={4}>
            <Form.Item
              name="name"
              style={{ margin: 0 }}
              rules={[{ required: true, whitespace: true, message: t(villagesText.nameRequired) }]}
            >
              <Input aria-label={t(forceText.village)} maxLength={200} />
            </Form.Item>
            <Form.Item name="kind" style={{ margin: 0 }}>
              <Select<VillageKind>
                aria-label={t(villagesText.kind)}
                options={VILLAGE_KINDS.map((kind) => ({ value: kind, label: t(VILLAGE_KIND_LABELS[kind]) }))}
              />
            </Form.Item>
          </Flex>
        ) : (
          <Flex vertical>
            <Typography.Text strong>{name}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(VILLAGE_KIND_LABELS[row.kind])}
              {props.showCommune ? ` · ${row.unit.name}` : ''}
            </Typography.Text>
          </Flex>
        ),
    },
    {
      title: t(forceText.required),
      key: 'required',
      align: 'right',
      width: 100,
      render: (_value, row) =>
        row.requirement?.members === null || !row.requirement ? (
          t(common.none)
        ) : (
          <Tooltip title={row.requirement.explanation}>
            <span style={{ borderBottom: '1px dotted' }}>{formatNumber(row.requirement.members)}</span>
          </Tooltip>
        ),
    },
    {
      title: t(forceText.inPost),
      dataIndex: 'inPost',
      key: 'inPost',
      align: 'right',
      width: 90,
      onCell: (row) => ({
        style: row.gap.status === 'short' ? { background: '#fff1f0', color: '#cf1322', fontWeight: 600 } : {},
      }),
      render: (value: number) => formatNumber(value),
    },
    {
      title: t(forceText.gap),
      key: 'gap',
      sorter: true,
      sortOrder: sortOrderOf('gap'),
      width: 130,
      render: (_value, row) => (
        <Flex gap={4} align="center">
          <GapTag gap={row.gap} />
          {row.problems.length > 0 ? (
            <Tooltip title={row.problems.join(' ')}>
              <WarningOutlined style={{ color: '#d46b08' }} aria-label={t(villagesText.problems)} />
            </Tooltip>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t(villagesText.teams),
      key: 'teams',
      width: 170,
      render: (_value, row) =>
        row.teams.length === 0 ? (
          <Typography.Text type="danger">{t(villagesText.noTeam)}</Typography.Text>
        ) : (
          row.teams.map((team) => <div key={team.id}>{team.name}</div>)
        ),
    },
    {
      title: t(villagesText.households),
      dataIndex: 'households',
      key: 'households',
      sorter: true,
      sortOrder: sortOrderOf('households'),
      align: 'right',
      width: 120,
      render: (value: number | null, row) =>
        isEditing(row) ? numberInput('households', t(villagesText.households), 100_000) : count(value),
    },
    {
      title: t(villagesText.population),
      dataIndex: 'population',
      key: 'population',
      sorter: true,
      sortOrder: sortOrderOf('population'),
      align: 'right',
      width: 110,
      render: (value: number | null, row) =>
        isEditing(row) ? numberInput('population', t(villagesText.population), 1_000_000) : count(value),
    },
    {
      title: t(villagesText.area),
      dataIndex: 'areaHectares',
      key: 'areaHectares',
      align: 'right',
      width: 100,
      render: (value: number | null, row) =>
        isEditing(row) ? numberInput('areaHectares', t(villagesText.area), 1_000_000) : count(value),
    },
    {
      title: t(villagesText.villageClass),
      dataIndex: 'villageClass',
      key: 'villageClass',
      width: 110,
      render: (value: VillageClass | null, row) =>
        isEditing(row) ? (
          <Form.Item name="villageClass" style={{ margin: 0 }}>
            <Select<VillageClass>
              allowClear
              aria-label={t(villagesText.villageClass)}
              options={VILLAGE_CLASSES.map((c) => ({ value: c, label: t(VILLAGE_CLASS_LABELS[c]) }))}
            />
          </Form.Item>
        ) : value ? (
          t(VILLAGE_CLASS_LABELS[value])
        ) : (
          t(common.none)
        ),
    },
    {
      title: t(villagesText.areaTypes),
      dataIndex: 'areaTypes',
      key: 'areaTypes',
      width: 220,
      render: (value: AreaType[], row) =>
        isEditing(row) ? (
          <Form.Item name="areaTypes" style={{ margin: 0 }}>
            <Select<AreaType[]>
              mode="multiple"
              allowClear
              aria-label={t(villagesText.areaTypes)}
              options={AREA_TYPES.map((type) => ({ value: type, label: t(AREA_TYPE_LABELS[type]) }))}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
        ) : (
          <Flex gap={4} wrap>
            {value.map((type) => (
              <Tag key={type} style={{ marginInlineEnd: 0 }}>
                {t(AREA_TYPE_LABELS[type])}
              </Tag>
            ))}
          </Flex>
        ),
    },
    {
      title: t(villagesText.securityRating),
      dataIndex: 'securityRating',
      key: 'securityRating',
      width: 170,
      render: (value: SecurityRating, row) =>
        isEditing(row) ? (
          <Form.Item name="securityRating" style={{ margin: 0 }}>
            <Select<SecurityRating>
              aria-label={t(villagesText.securityRating)}
              options={SECURITY_RATINGS.map((r) => ({ value: r, label: t(SECURITY_RATING_LABELS[r]) }))}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
        ) : (
          <Tooltip title={t(SECURITY_RATING_LABELS[value])}>
            <Tag color={value === 'key' ? 'red' : value === 'complex' ? 'orange' : 'default'}>
              {t(SECURITY_RATING_SHORT[value])}
            </Tag>
          </Tooltip>
        ),
    },
  ];

  if (props.canEdit) {
    columns.push({
      title: t(common.actions),
      key: 'actions',
      width: 96,
      fixed: 'right',
      render: (_value, row) =>
        isEditing(row) ? (
          <Flex gap={4}>
            <Tooltip title={t(villagesText.saveRow)}>
              <Button
                type="primary"
                icon={<CheckOutlined />}
                aria-label={t(villagesText.saveRow)}
                loading={props.isSaving}
                onClick={props.onSave}
              />
            </Tooltip>
            <Tooltip title={t(villagesText.cancelRow)}>
              <Button
                icon={<CloseOutlined />}
                aria-label={t(villagesText.cancelRow)}
                onClick={props.onCancel}
              />
            </Tooltip>
          </Flex>
        ) : (
          <Flex gap={4}>
            <Tooltip title={t(common.edit)}>
              <Button
                type="text"
                icon={<EditOutlined />}
                aria-label={t(villagesText.editAction, { name: row.name })}
                disabled={props.editingId !== null}
                onClick={() => props.onEdit(row)}
              />
            </Tooltip>
            <Tooltip title={t(forceText.delete)}>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t(villagesText.deleteAction, { name: row.name })}
                disabled={props.editingId !== null}
                onClick={() => props.onDelete(row)}
              />
            </Tooltip>
          </Flex>
        ),
    });
  }

  const handleChange = serverTableChange<Village, VillageSortField>({
    sortFields: SORT_FIELDS,
    defaultSort: 'name',
    pageSize: props.pageSize,
    onSortChange: props.onSortChange,
    onPageChange: props.onPageChange,
  });

  return (
    <Form form={props.form} component={false}>
      <Table<Village>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={props.data}
        loading={props.isLoading}
        onChange={handleChange}
        scroll={{ x: 1560 }}
        locale={{ emptyText: props.emptyText }}
        rowClassName={(row) => (row.gap.status === 'short' ? 'force-row--short' : '')}
        pagination={serverPagination(t, { page: props.page, pageSize: props.pageSize, total: props.total })}
      />
    </Form>
  );
}
