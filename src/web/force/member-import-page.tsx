import { useState } from 'react';
import { ArrowLeftOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../components/page-header.tsx';
import { useT } from '../lib/i18n.ts';
import { CommuneSelect } from '../components/commune-select.tsx';
import { ImportWorkbench } from './components/import-workbench.tsx';
import { importText } from './import-messages.ts';
import { membersText } from './member-messages.ts';
import { forceText } from './messages.ts';
import type { UnitOption } from './types.ts';

interface MemberImportPageProps {
  /** A commune's own user imports into that commune; others choose one. */
  myCommune?: UnitOption;
}

export function MemberImportPage({ myCommune }: MemberImportPageProps) {
  const t = useT();
  const navigate = useNavigate();
  const [commune, setCommune] = useState<UnitOption | undefined>(myCommune);
  const picker = (
    <Flex gap={8} align="center" wrap style={{ marginBottom: 16 }}>
      <Typography.Text strong>{t(importText.commune)}:</Typography.Text>
      {myCommune ? (
        <Typography.Text>{myCommune.name}</Typography.Text>
      ) : (
        <CommuneSelect
          aria-label={t(forceText.commune)}
          placeholder={t(forceText.communePick)}
          value={commune?.id}
          initialUnit={commune}
          onChange={(_id, unit) => setCommune(unit)}
          style={{ width: 300 }}
        />
      )}
    </Flex>
  );
  return (
    <>
      <Link to="/force/members">
        <ArrowLeftOutlined /> {t(membersText.backToList)}
      </Link>
      <PageHeader title={t(importText.title)} description={t(importText.description)} />
      <Card>
        <ImportWorkbench
          key={commune?.id ?? 'none'}
          kind="members"
          commune={commune}
          communePicker={picker}
          doneActions={
            <Button type="primary" icon={<TeamOutlined />} onClick={() => navigate('/force/members')}>
              {t(importText.viewMembers)}
            </Button>
          }
        />
      </Card>
    </>
  );
}
