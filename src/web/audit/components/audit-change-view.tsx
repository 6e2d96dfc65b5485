import { Table, Typography } from 'antd';
import { ROLE_LABELS } from '../../../domain/auth/constants.ts';
import { UNIT_KIND_LABELS } from '../../../domain/org/constants.ts';
import { common, useT, type Text } from '../../lib/i18n.ts';
import { auditText, FIELD_LABELS } from '../messages.ts';

interface ChangeRow {
  field: string;
  before: unknown;
  after: unknown;
  isChanged: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One row per field of either side; a value that is not an object is one row of its own. */
function toRows(before: unknown, after: unknown): ChangeRow[] {
  if (!isRecord(before) && !isRecord(after)) {
    return [{ field: '', before, after, isChanged: JSON.stringify(before) !== JSON.stringify(after) }];
  }
  const beforeRecord = isRecord(before) ? before : {};
  const afterRecord = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(beforeRecord), ...Object.keys(afterRecord)])];
  return fields.map((field) => ({
    field,
    before: isRecord(before) ? beforeRecord[field] : undefined,
    after: isRecord(after) ? afterRecord[field] : undefined,
    isChanged: JSON.stringify(beforeRecord[field]) !== JSON.stringify(afterRecord[field]),
  }));
}

/** Coded values that read better in words. */
const VALUE_LABELS: Record<string, Record<string, Text>> = { role: ROLE_LABELS, kind: UNIT_KIND_LABELS };

function ValueCell({ field, value }: { field: string; value: unknown }) {
  const t = useT();
  const label = typeof value === 'string' ? VALUE_LABELS[field]?.[value] : undefined;
  if (label) {
    return (
      <span>
        {t(label)}
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
          {String(value)}
        </Typography.Text>
      </span>
    );
  }
  if (value === undefined || value === null || value === '') {
    return <Typography.Text type="secondary">{t(common.none)}</Typography.Text>;
  }
  if (typeof value === 'boolean') return <span>{t(value ? common.yes : common.no)}</span>;
  if (typeof value === 'object') {
    return <pre className="audit-change__json">{JSON.stringify(value, null, 2)}</pre>;
  }
  return (
    <span className="audit-change__value">{typeof value === 'string' ? value : JSON.stringify(value)}</span>
  );
}

/** Before and after side by side, changed fields highlighted. */
export function AuditChangeView({ before, after }: { before: unknown; after: unknown }) {
  const t = useT();
  if ((before === null || before === undefined) && (after === null || after === undefined)) {
    return <Typography.Text type="secondary">{t(auditText.noChangeData)}</Typography.Text>;
  }
  const rows = toRows(before, after);
  const changedCount = rows.filter((row) => row.isChanged).length;
  return (
    <div className="audit-change">
      {before !== null && after !== null ? (
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
          {t(auditText.changedCount, { count: changedCount })}
        </Typography.Text>
      ) : null}
      <Table<ChangeRow>
        size="small"
        bordered
        rowKey="field"
        pagination={false}
        dataSource={rows}
        rowClassName={(row) =>
          row.isChanged && before !== null && after !== null ? 'audit-change__row--changed' : ''
        }
        columns={[
          {
            title: t(auditText.field),
            dataIndex: 'field',
            width: 200,
            render: (field: string) => {
              const label = FIELD_LABELS[field];
              return (
                <span>
                  {label ? t(label) : field}
                  {label ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
                      {field}
                    </Typography.Text>
                  ) : null}
                </span>
              );
            },
          },
          {
            title: t(auditText.before),
            dataIndex: 'before',
            render: (_value, row) => <ValueCell field={row.field} value={row.before} />,
          },
          {
            title: t(auditText.after),
            dataIndex: 'after',
            render: (_value, row) => <ValueCell field={row.field} value={row.after} />,
          },
        ]}
      />
    </div>
  );
}
