import { Button, Table, Typography } from 'antd';
import { formatDate } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { orgText } from '../messages.ts';

interface SuccessionRef {
  id: string;
  code: string;
  name: string;
  effectiveDate: string;
}

interface UnitSuccessionListProps {
  title: string;
  units: SuccessionRef[];
  onSelect: (unitId: string) => void;
}

/** Units merged into or split from this one, with the date the change took effect. */
export function UnitSuccessionList({ title, units, onSelect }: UnitSuccessionListProps) {
  const t = useT();
  return (
    <div>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      <Table<SuccessionRef>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={units}
        columns={[
          {
            title: t(orgText.name),
            dataIndex: 'name',
            render: (name: string, unit) => (
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onSelect(unit.id)}>
                {name}
              </Button>
            ),
          },
          { title: t(orgText.code), dataIndex: 'code', width: 110 },
          {
            title: t(orgText.effectiveDate),
            dataIndex: 'effectiveDate',
            width: 140,
            render: (value: string) => formatDate(value),
          },
        ]}
      />
    </div>
  );
}
