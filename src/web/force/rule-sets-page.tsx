import { useState } from 'react';
import { CheckOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Collapse, Descriptions, Flex, Row, Table, Tag, Typography } from 'antd';
import type { RuleSet, Village } from '../../domain/force/force-api.schemas.ts';
import type { CriteriaRule } from '../../domain/force/criteria.schemas.ts';
import { VILLAGE_KIND_LABELS } from '../../domain/force/force.labels.ts';
import { PageHeader } from '../components/page-header.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { common, useT } from '../lib/i18n.ts';
import { useRuleSets, useShippedRuleSets, type ShippedRuleSet } from './api/list-rule-sets.ts';
import { useVillages } from './api/list-villages.ts';
import { ChooseRuleSetModal } from './components/choose-rule-set-modal.tsx';
import { CommuneSelect } from '../components/commune-select.tsx';
import { GapTag } from './components/gap-tag.tsx';
import { serverPagination } from '../components/server-pagination.ts';
import { forceText } from './messages.ts';
import { rulesText } from './rules-messages.ts';
import type { UnitOption } from './types.ts';

interface RuleSetsPageProps {
  canChoose: boolean;
  myCommune?: UnitOption;
}

function RuleList({ rules }: { rules: CriteriaRule[] }) {
  const t = useT();
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }}>
      {rules.map((rule) => (
        <li key={rule.id}>{t(rule.label)}</li>
      ))}
    </ol>
  );
}

function VillageRequirements({ myCommune }: { myCommune?: UnitOption }) {
  const t = useT();
  const [commune, setCommune] = useState<UnitOption | undefined>(myCommune);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const villagesQuery = useVillages({
    unitId: commune?.id,
    sort: 'name',
    order: 'asc',
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  });
  return (
    <Card size="small" title={t(rulesText.villagesTitle)}>
      {!myCommune ? (
        <CommuneSelect
          allowClear
          aria-label={t(forceText.commune)}
          value={commune?.id}
          initialUnit={commune}
          onChange={(_id, unit) => {
            setCommune(unit);
            setPaging((previous) => ({ ...previous, page: 1 }));
          }}
          style={{ width: 280, marginBottom: 12 }}
        />
      ) : null}
      <Table<Village>
        rowKey="id"
        size="small"
        loading={villagesQuery.isFetching}
        dataSource={villagesQuery.data?.items ?? []}
        scroll={{ x: 1100 }}
        onChange={(pagination) =>
          setPaging({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? paging.pageSize })
        }
        pagination={serverPagination(t, { ...paging, total: villagesQuery.data?.total ?? 0 })}
        columns={[
          {
            title: t(forceText.village),
            key: 'name',
            width: 220,
            render: (_v, row) => (
              <Flex vertical>
                <Typography.Text strong>{row.name}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(VILLAGE_KIND_LABELS[row.kind])} · {row.unit.name}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t(rulesText.figures),
            key: 'figures',
            width: 140,
            align: 'right',
            render: (_v, row) =>
              `${row.households === null ? '—' : formatNumber(row.households)} / ${row.population === null ? '—' : formatNumber(row.population)}`,
          },
          {
            title: t(rulesText.explanation),
            key: 'explanation',
            render: (_v, row) => (
              <Typography.Text style={{ fontSize: 12 }}>{row.requirement?.explanation ?? ''}</Typography.Text>
            ),
          },
          {
            title: t(forceText.required),
            key: 'required',
            width: 100,
            align: 'right',
            render: (_v, row) =>
              row.requirement?.members === null || !row.requirement
                ? t(common.none)
                : formatNumber(row.requirement.members),
          },
          { title: t(forceText.inPost), dataIndex: 'inPost', key: 'inPost', width: 90, align: 'right' },
          { title: t(forceText.gap), key: 'gap', width: 110, render: (_v, row) => <GapTag gap={row.gap} /> },
        ]}
      />
    </Card>
  );
}

export function RuleSetsPage({ canChoose, myCommune }: RuleSetsPageProps) {
  const t = useT();
  const shippedQuery = useShippedRuleSets();
  const chosenQuery = useRuleSets();
  const [choosing, setChoosing] = useState<ShippedRuleSet | null>(null);
  const chosen = chosenQuery.data?.items ?? [];
  const inForce: RuleSet | undefined = chosen.find((set) => set.inForce);

  return (
    <>
      <PageHeader title={t(rulesText.title)} description={t(rulesText.description)} />
      {chosenQuery.isError ? (
        <Alert type="error" showIcon title={chosenQuery.error.message} style={{ marginBottom: 16 }} />
      ) : null}
      <Card size="small" title={t(rulesText.inForce)} style={{ marginBottom: 16 }}>
        {inForce ? (
          <>
            {inForce.isExample ? (
              <Alert
                type="warning"
                showIcon
                title={t(rulesText.exampleWarning)}
                style={{ marginBottom: 12 }}
              />
            ) : null}
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'name', label: t(forceText.name), children: <strong>{inForce.name}</strong> },
                { key: 'province', label: t(rulesText.province), children: inForce.province.name },
                { key: 'resolution', label: t(rulesText.resolution), children: inForce.resolution },
                {
                  key: 'from',
                  label: t(rulesText.effectiveFrom),
                  children: `${formatDate(inForce.effectiveFrom)}${inForce.effectiveTo ? ` ${t(rulesText.effectiveTo)} ${formatDate(inForce.effectiveTo)}` : ''}`,
                },
                {
                  key: 'rules',
                  label: t(rulesText.rules),
                  children: <RuleList rules={inForce.ruleSet.rules} />,
                  span: 2,
                },
              ]}
            />
          </>
        ) : chosenQuery.isPending ? null : (
          <Alert type="warning" showIcon title={t(rulesText.noneInForce)} />
        )}
        {chosen.length > 1 ? (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
            {t(rulesText.history)}:{' '}
            {chosen
              .filter((set) => set.id !== inForce?.id)
              .map((set) => `${set.name} (${formatDate(set.effectiveFrom)})`)
              .join('; ')}
          </Typography.Text>
        ) : null}
      </Card>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col span={24}>
          <Card size="small" title={t(rulesText.shipped)} loading={shippedQuery.isPending}>
            {shippedQuery.isError ? <Alert type="error" showIcon title={shippedQuery.error.message} /> : null}
            <Collapse
              items={(shippedQuery.data?.items ?? []).map((set) => ({
                key: set.id,
                label: (
                  <Flex gap={8} wrap align="center">
                    <strong>{set.title}</strong>
                    <span>· {set.resolutionText}</span>
                    {set.isExample ? <Tag color="gold">{t(rulesText.example)}</Tag> : null}
                    {inForce?.sourceKey === set.id ? <Tag color="green">{t(rulesText.inUse)}</Tag> : null}
                  </Flex>
                ),
                extra: canChoose ? (
                  <Button
                    size="small"
                    icon={<CheckOutlined />}
                    onClick={(event) => {
                      event.stopPropagation();
                      setChoosing(set);
                    }}
                  >
                    {t(rulesText.choose)}
                  </Button>
                ) : null,
                children: (
                  <>
                    <Typography.Paragraph>
                      <strong>{t(rulesText.source)}:</strong> {set.source}
                    </Typography.Paragraph>
                    <Typography.Text strong>{t(rulesText.rules)}</Typography.Text>
                    <RuleList rules={set.rules} />
                  </>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
      <VillageRequirements myCommune={myCommune} />
      <ChooseRuleSetModal ruleSet={choosing} onClose={() => setChoosing(null)} />
    </>
  );
}
