import { useEffect, useRef, useState } from 'react';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, Flex, Form, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Member, MemberCreate, MemberUpdate } from '../../../domain/force/force-api.schemas.ts';
import type { FieldError } from '../../../domain/errors.ts';
import { ageOn } from '../../../domain/force/eligibility.ts';
import { isApiError } from '../../lib/api-client.ts';
import { toIsoDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useCheckMember } from '../api/check-member.ts';
import { useCreateMember } from '../api/create-member.ts';
import { useUpdateMember } from '../api/update-member.ts';
import { membersText } from '../member-messages.ts';
import { forceText } from '../messages.ts';
import type { UnitOption } from '../types.ts';
import { CommuneSelect } from '../../components/commune-select.tsx';
import { MemberFormFields, type MemberFormValues } from './member-form-fields.tsx';

interface MemberDrawerProps {
  open: boolean;
  /** The member edited; none: a new one. */
  member: Member | null;
  /** The commune a new member joins (the page's); users above a commune may pick another here. */
  commune: UnitOption | undefined;
  canPickCommune: boolean;
  onClose: () => void;
}

const dateOf = (value: string | null | undefined) => (value ? dayjs(value) : null);
const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

function initialValues(member: Member | null): Partial<MemberFormValues> {
  if (!member)
    return {
      ethnicity: 'Kinh',
      isVietnameseCitizen: true,
      residenceKind: 'permanent',
      recordStatus: 'clean',
      chairmanAgeException: false,
      role: 'to_vien',
    };
  return {
    teamId: member.team.id,
    villageId: member.village?.id ?? null,
    fullName: member.fullName,
    dateOfBirth: dayjs(member.dateOfBirth),
    sex: member.sex,
    ethnicity: member.ethnicity,
    isVietnameseCitizen: member.isVietnameseCitizen,
    residence: member.residence,
    residenceKind: member.residenceKind,
    residenceSince: dayjs(member.residenceSince),
    education: member.education,
    recordStatus: member.recordStatus,
    healthCertifiedOn: dateOf(member.healthCertifiedOn),
    chairmanAgeException: member.chairmanAgeException,
    role: member.role,
    origin: member.origin,
    recognitionDecisionNumber: member.recognitionDecisionNumber,
    recognitionDecisionDate: dateOf(member.recognitionDecisionDate),
    certificateNumber: member.certificateNumber,
    certificateIssuedOn: dateOf(member.certificateIssuedOn),
    namePlateIssuedOn: dateOf(member.namePlateIssuedOn),
    healthInsuranceNumber: member.healthInsuranceNumber,
    note: member.note,
  };
}

/** The form's values as the API takes them (dates `YYYY-MM-DD`, empty texts null). */
function toInput(values: MemberFormValues): Omit<MemberCreate, 'cccd' | 'phone' | 'status'> {
  return {
    teamId: values.teamId,
    villageId: values.villageId ?? null,
    fullName: values.fullName.trim(),
    dateOfBirth: toIsoDate(values.dateOfBirth) ?? '',
    sex: values.sex,
    ethnicity: values.ethnicity.trim(),
    isVietnameseCitizen: values.isVietnameseCitizen,
    residence: values.residence.trim(),
    residenceKind: values.residenceKind,
    residenceSince: toIsoDate(values.residenceSince) ?? '',
    education: values.education,
    recordStatus: values.recordStatus,
    healthCertifiedOn: toIsoDate(values.healthCertifiedOn) ?? null,
    chairmanAgeException: values.chairmanAgeException,
    role: values.role,
    origin: values.origin,
    recognitionDecisionNumber: text(values.recognitionDecisionNumber),
    recognitionDecisionDate: toIsoDate(values.recognitionDecisionDate) ?? null,
    leaveReason: null,
    leftOn: null,
    certificateNumber: text(values.certificateNumber),
    certificateIssuedOn: toIsoDate(values.certificateIssuedOn) ?? null,
    namePlateIssuedOn: toIsoDate(values.namePlateIssuedOn) ?? null,
    healthInsuranceNumber: text(values.healthInsuranceNumber),
    note: text(values.note),
  };
}

/** Only what changed goes to the server, so that the history and the audit log show the real edit. */
function changedFields(member: Member, values: MemberFormValues): Omit<MemberUpdate, 'version'> {
  const next = toInput(values);
  const before = toInput({ ...(initialValues(member) as MemberFormValues) });
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(before[key])) changes[key] = next[key];
  }
  if (values.cccd?.trim()) changes.cccd = values.cccd.trim();
  if (values.phone?.trim()) changes.phone = values.phone.trim();
  if (values.effectiveDate && ('teamId' in changes || 'role' in changes))
    changes.effectiveDate = toIsoDate(values.effectiveDate);
  return changes;
}

export function MemberDrawer(props: MemberDrawerProps) {
  const t = useT();
  const title = props.member
    ? t(membersText.editTitle, { name: props.member.fullName })
    : t(membersText.createTitle);
  return (
    <Drawer title={title} open={props.open} onClose={props.onClose} size={760} destroyOnHidden>
      {props.open ? (
        <MemberForm key={props.member ? `${props.member.id}:${props.member.version}` : 'new'} {...props} />
      ) : null}
    </Drawer>
  );
}

function MemberForm({ member, commune, canPickCommune, onClose }: MemberDrawerProps) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [form] = Form.useForm<MemberFormValues>();
  const createMutation = useCreateMember();
  const updateMutation = useUpdateMember();
  const checkMutation = useCheckMember();
  const [unit, setUnit] = useState<UnitOption | undefined>(member ? member.unit : commune);
  const [problems, setProblems] = useState<FieldError[]>([]);
  const problemsRef = useRef<HTMLDivElement>(null);
  // The reasons sit at the top of a long form: bring them into view when the server gives them.
  useEffect(() => {
    if (problems.length > 0) problemsRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [problems]);
  const [checkedOk, setCheckedOk] = useState(false);
  const dateOfBirth = Form.useWatch('dateOfBirth', form);
  const isOverAge = dateOfBirth
    ? ageOn(toIsoDate(dateOfBirth) ?? '', dayjs().format('YYYY-MM-DD')) > 70
    : false;

  const showProblems = (error: unknown) => {
    handleApiError(error, form);
    if (isApiError(error) && error.errors.length > 0) setProblems(error.errors);
  };

  const handleFinish = (values: MemberFormValues) => {
    setProblems([]);
    setCheckedOk(false);
    if (!member) {
      const input: MemberCreate = {
        ...toInput(values),
        cccd: values.cccd?.trim() ?? '',
        phone: text(values.phone),
        status: 'active',
      };
      createMutation.mutate(input, {
        onSuccess: (created) => {
          message.success(t(membersText.created, { name: created.fullName, team: created.team.name }));
          onClose();
        },
        onError: showProblems,
      });
      return;
    }
    const changes = changedFields(member, values);
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    updateMutation.mutate(
      { id: member.id, version: member.version, ...changes },
      {
        onSuccess: (updated) => {
          message.success(t(membersText.updated, { name: updated.fullName }));
          onClose();
        },
        onError: showProblems,
      },
    );
  };

  const handleCheck = async () => {
    let values: MemberFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    checkMutation.mutate(
      { ...toInput(values), cccd: values.cccd?.trim() ?? '', phone: text(values.phone), status: 'active' },
      {
        onSuccess: (result) => {
          setProblems(result.errors);
          setCheckedOk(result.eligible);
          form.setFields(
            result.errors.map((error) => ({
              name: error.path.replace(/^\//, '') as keyof MemberFormValues,
              errors: [error.message],
            })),
          );
        },
        onError: showProblems,
      },
    );
  };

  return (
    <Form<MemberFormValues>
      form={form}
      layout="vertical"
      onFinish={handleFinish}
      initialValues={initialValues(member)}
    >
      {canPickCommune && !member ? (
        <Form.Item label={t(forceText.commune)} required>
          <CommuneSelect
            value={unit?.id}
            initialUnit={unit}
            placeholder={t(forceText.communePick)}
            onChange={(_id, chosen) => {
              setUnit(chosen);
              form.setFieldsValue({ teamId: undefined, villageId: null });
            }}
          />
        </Form.Item>
      ) : null}
      <div ref={problemsRef} />
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          title={t(membersText.problemsTitle)}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {problems.map((problem, index) => (
                <li key={index}>{problem.message}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {checkedOk ? (
        <Alert type="success" showIcon title={t(membersText.checkOk)} style={{ marginBottom: 16 }} />
      ) : null}
      <MemberFormFields
        unitId={unit?.id}
        isEditing={Boolean(member)}
        maskedCccd={member?.cccd}
        maskedPhone={member?.phone}
        isOverAge={isOverAge}
      />
      <Flex justify="space-between" gap={8} wrap>
        {member ? (
          <Typography.Text type="secondary" />
        ) : (
          <Button
            icon={<SafetyCertificateOutlined />}
            onClick={() => void handleCheck()}
            loading={checkMutation.isPending}
          >
            {t(membersText.check)}
          </Button>
        )}
        <Flex gap={8}>
          <Button onClick={onClose}>{t(common.cancel)}</Button>
          <Button
            type="primary"
            htmlType="submit"
            loading={createMutation.isPending || updateMutation.isPending}
          >
            {t(common.save)}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
