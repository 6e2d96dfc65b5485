import { vietnamToday } from '../../domain/common/dates.ts';
import { useState } from 'react';
import {
  ArrowLeftOutlined,
  EditOutlined,
  LogoutOutlined,
  PauseCircleOutlined,
  PlayCircleOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Tabs, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Member } from '../../domain/force/force-api.schemas.ts';
import { ageOn } from '../../domain/force/eligibility.ts';
import {
  EDUCATION_LEVEL_LABELS,
  LEAVE_REASON_LABELS,
  MEMBER_ORIGIN_LABELS,
  MEMBER_ROLE_LABELS,
  MEMBER_STATUS_LABELS,
  RECORD_STATUS_LABELS,
  RESIDENCE_KIND_LABELS,
  SEX_LABELS,
} from '../../domain/force/force.labels.ts';
import { PageHeader } from '../components/page-header.tsx';
import { formatDate } from '../lib/format.ts';
import { common, useT } from '../lib/i18n.ts';
import { useMember } from './api/get-member.ts';
import { MaskedIdentity } from './components/masked-identity.tsx';
import { MemberDrawer } from './components/member-drawer.tsx';
import { MemberLeaveModal } from './components/member-leave-modal.tsx';
import { MemberHistoryTable, MemberRecords } from './components/member-records.tsx';
import { MemberStatusModal } from './components/member-status-modal.tsx';
import { ROLE_COLORS, STATUS_COLORS } from './components/members-table.tsx';
import { useReveal } from './components/use-reveal.ts';
import { membersText } from './member-messages.ts';

interface MemberPageProps {
  memberId: string;
  canEdit: boolean;
}

function MemberDetails({ member, reveal }: { member: Member; reveal: ReturnType<typeof useReveal> }) {
  const t = useT();
  const whole = reveal.revealed[member.id];
  const none = t(common.none);
  const identity = (masked: string | null, value: string | null | undefined, canReveal: boolean) =>
    masked ? (
      <MaskedIdentity
        name={member.fullName}
        masked={masked}
        whole={value}
        isPending={reveal.pendingId === member.id}
        canReveal={canReveal}
        onReveal={() => reveal.reveal(member.id)}
        onHide={() => reveal.hide(member.id)}
      />
    ) : (
      none
    );
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2, xxl: 3 }}
      items={[
        {
          key: 'dob',
          label: t(membersText.dateOfBirth),
          children: `${formatDate(member.dateOfBirth)} (${t(membersText.age, { age: ageOn(member.dateOfBirth, vietnamToday()) })})`,
        },
        { key: 'sex', label: t(membersText.sex), children: t(SEX_LABELS[member.sex]) },
        { key: 'ethnicity', label: t(membersText.ethnicity), children: member.ethnicity },
        { key: 'cccd', label: t(membersText.cccd), children: identity(member.cccd, whole?.cccd, true) },
        { key: 'phone', label: t(membersText.phone), children: identity(member.phone, whole?.phone, false) },
        {
          key: 'residenceKind',
          label: t(membersText.residenceKind),
          children: `${t(RESIDENCE_KIND_LABELS[member.residenceKind])} · ${t(membersText.startedOn).toLowerCase()} ${formatDate(member.residenceSince)}`,
        },
        { key: 'residence', label: t(membersText.residence), children: member.residence, span: 2 },
        { key: 'village', label: t(membersText.village), children: member.village?.name ?? none },
        {
          key: 'education',
          label: t(membersText.education),
          children: t(EDUCATION_LEVEL_LABELS[member.education]),
        },
        {
          key: 'record',
          label: t(membersText.recordStatus),
          children: t(RECORD_STATUS_LABELS[member.recordStatus]),
        },
        {
          key: 'health',
          label: t(membersText.healthCertifiedOn),
          children: member.healthCertifiedOn ? (
            formatDate(member.healthCertifiedOn)
          ) : (
            <Typography.Text type="warning">{t(membersText.healthMissing)}</Typography.Text>
          ),
        },
        { key: 'team', label: t(membersText.team), children: member.team.name },
        { key: 'origin', label: t(membersText.origin), children: t(MEMBER_ORIGIN_LABELS[member.origin]) },
        {
          key: 'recognition',
          label: t(membersText.recognitionDecisionNumber),
          children: member.recognitionDecisionNumber
            ? `${member.recognitionDecisionNumber} · ${formatDate(member.recognitionDecisionDate)}`
            : none,
        },
        {
          key: 'certificate',
          label: t(membersText.certificateNumber),
          children: member.certificateNumber
            ? `${member.certificateNumber} · ${formatDate(member.certificateIssuedOn)}`
            : none,
        },
        {
          key: 'plate',
          label: t(membersText.namePlateIssuedOn),
          children: formatDate(member.namePlateIssuedOn) || none,
        },
        {
          key: 'insurance',
          label: t(membersText.healthInsuranceNumber),
          children: member.healthInsuranceNumber ?? none,
        },
        ...(member.chairmanAgeException
          ? [{ key: 'age', label: t(membersText.chairmanAgeException), children: t(common.yes), span: 3 }]
          : []),
        ...(member.note ? [{ key: 'note', label: t(membersText.note), children: member.note, span: 3 }] : []),
      ]}
    />
  );
}

export function MemberPage({ memberId, canEdit }: MemberPageProps) {
  const t = useT();
  const memberQuery = useMember(memberId);
  const reveal = useReveal();
  const [isEditing, setIsEditing] = useState(false);
  const [isLeaving, setIsLeaving] = useState(false);
  const [statusTo, setStatusTo] = useState<'active' | 'suspended' | null>(null);
  const member = memberQuery.data;

  if (memberQuery.isError) return <Alert type="error" showIcon title={memberQuery.error.message} />;
  if (!member) return <Skeleton active />;
  const canChange = canEdit && member.status !== 'left';

  return (
    <>
      <Link to="/force/members">
        <ArrowLeftOutlined /> {t(membersText.backToList)}
      </Link>
      <PageHeader
        title={member.fullName}
        description={
          <Flex gap={8} wrap align="center" component="span">
            <Tag color={ROLE_COLORS[member.role]}>{t(MEMBER_ROLE_LABELS[member.role])}</Tag>
            <span>
              {member.team.name} · {member.unit.name}
            </span>
            <Tag color={STATUS_COLORS[member.status]}>{t(MEMBER_STATUS_LABELS[member.status])}</Tag>
          </Flex>
        }
        extra={
          canChange ? (
            <>
              <Button icon={<EditOutlined />} onClick={() => setIsEditing(true)}>
                {t(common.edit)}
              </Button>
              {member.status === 'active' ? (
                <Button icon={<PauseCircleOutlined />} onClick={() => setStatusTo('suspended')}>
                  {t(membersText.suspend)}
                </Button>
              ) : (
                <Button icon={<PlayCircleOutlined />} onClick={() => setStatusTo('active')}>
                  {t(membersText.reinstate)}
                </Button>
              )}
              <Button danger icon={<LogoutOutlined />} onClick={() => setIsLeaving(true)}>
                {t(membersText.leave)}
              </Button>
            </>
          ) : null
        }
      />
      {member.status === 'left' && member.leaveReason ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(membersText.leftInfo, {
            date: formatDate(member.leftOn),
            reason: t(LEAVE_REASON_LABELS[member.leaveReason]),
          })}
          description={
            member.leaveDecisionNumber
              ? `${t(membersText.decision)}: ${member.leaveDecisionNumber}`
              : undefined
          }
        />
      ) : null}
      {member.status === 'suspended' && member.suspendedFrom ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(membersText.suspendedInfo, { date: formatDate(member.suspendedFrom) })}
        />
      ) : null}
      {member.previousUnit ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(membersText.previousUnit, { name: member.previousUnit.name })}
        />
      ) : null}
      <Card style={{ marginBottom: 16 }}>
        <MemberDetails member={member} reveal={reveal} />
      </Card>
      <Card>
        <Tabs
          items={[
            {
              key: 'history',
              label: t(membersText.history),
              children: <MemberHistoryTable history={member.history} />,
            },
            {
              key: 'trainings',
              label: `${t(membersText.trainings)} (${member.trainings.length})`,
              children: <MemberRecords member={member} canEdit={canEdit} kind="trainings" />,
            },
            {
              key: 'equipment',
              label: `${t(membersText.equipment)} (${member.equipment.length})`,
              children: <MemberRecords member={member} canEdit={canEdit} kind="equipment" />,
            },
            {
              key: 'merits',
              label: `${t(membersText.merits)} (${member.merits.length})`,
              children: <MemberRecords member={member} canEdit={canEdit} kind="merits" />,
            },
          ]}
        />
      </Card>
      <MemberDrawer
        open={isEditing}
        member={member}
        commune={member.unit}
        canPickCommune={false}
        onClose={() => setIsEditing(false)}
      />
      <MemberLeaveModal member={isLeaving ? member : null} onClose={() => setIsLeaving(false)} />
      <MemberStatusModal
        change={statusTo ? { member, status: statusTo } : null}
        onClose={() => setStatusTo(null)}
      />
    </>
  );
}
