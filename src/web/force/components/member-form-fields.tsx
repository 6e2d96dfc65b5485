import { Checkbox, Col, DatePicker, Divider, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  EDUCATION_LEVEL_LABELS,
  MEMBER_ORIGIN_LABELS,
  MEMBER_ROLE_LABELS,
  RECORD_STATUS_LABELS,
  RESIDENCE_KIND_LABELS,
  SEX_LABELS,
} from '../../../domain/force/force.labels.ts';
import {
  EDUCATION_LEVELS,
  MEMBER_ORIGINS,
  MEMBER_ROLES,
  RECORD_STATUSES,
  RESIDENCE_KINDS,
  SEXES,
  type EducationLevel,
  type MemberOrigin,
  type MemberRole,
  type RecordStatus,
  type ResidenceKind,
  type Sex,
} from '../../../domain/force/force.schemas.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { useT, type Text } from '../../lib/i18n.ts';
import { membersText } from '../member-messages.ts';
import { forceText } from '../messages.ts';
import { TeamSelect } from './team-select.tsx';
import { VillageSelect } from './village-select.tsx';

/** The member drawer's values: dates as Dayjs for the pickers, the rest as the API takes them. */
export interface MemberFormValues {
  teamId: string;
  villageId?: string | null;
  fullName: string;
  dateOfBirth: Dayjs;
  sex: Sex;
  ethnicity: string;
  isVietnameseCitizen: boolean;
  cccd?: string;
  phone?: string;
  residence: string;
  residenceKind: ResidenceKind;
  residenceSince: Dayjs;
  education: EducationLevel;
  recordStatus: RecordStatus;
  healthCertifiedOn?: Dayjs | null;
  chairmanAgeException: boolean;
  role: MemberRole;
  origin: MemberOrigin;
  recognitionDecisionNumber?: string | null;
  recognitionDecisionDate?: Dayjs | null;
  certificateNumber?: string | null;
  certificateIssuedOn?: Dayjs | null;
  namePlateIssuedOn?: Dayjs | null;
  healthInsuranceNumber?: string | null;
  note?: string | null;
  effectiveDate?: Dayjs | null;
}

interface MemberFormFieldsProps {
  unitId: string | undefined;
  /** Editing: the CCCD and phone are masked; empty keeps them. */
  maskedCccd?: string;
  maskedPhone?: string | null;
  isEditing: boolean;
  /** Over 70 on the form's date of birth: the chairman's exception is called out. */
  isOverAge: boolean;
}

function options<T extends string>(values: readonly T[], labels: Record<T, Text>, t: (text: Text) => string) {
  return values.map((value) => ({ value, label: t(labels[value]) }));
}

export function MemberFormFields({
  unitId,
  maskedCccd,
  maskedPhone,
  isEditing,
  isOverAge,
}: MemberFormFieldsProps) {
  const t = useT();
  const need = (field: Text) => [
    { required: true, message: t(membersText.requiredField, { field: t(field).toLowerCase() }) },
  ];
  const pick = (field: Text) => [
    { required: true, message: t(membersText.requiredSelect, { field: t(field).toLowerCase() }) },
  ];
  const date = (
    <DatePicker format={DATE_FORMAT} placeholder={t(forceText.datePlaceholder)} style={{ width: '100%' }} />
  );
  return (
    <>
      <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
        {t(membersText.sectionPerson)}
      </Divider>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="fullName" label={t(membersText.fullName)} rules={need(membersText.fullName)}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="dateOfBirth"
            label={t(membersText.dateOfBirth)}
            rules={need(membersText.dateOfBirth)}
          >
            {date}
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="sex" label={t(membersText.sex)} rules={pick(membersText.sex)}>
            <Select<Sex> options={options(SEXES, SEX_LABELS, t)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="cccd"
            label={t(membersText.cccd)}
            rules={[
              ...(isEditing ? [] : need(membersText.cccd)),
              { pattern: /^\d{12}$/, message: t(membersText.cccdFormat) },
            ]}
          >
            <Input
              maxLength={12}
              inputMode="numeric"
              placeholder={isEditing ? t(membersText.cccdKeep, { masked: maskedCccd ?? '' }) : undefined}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="phone"
            label={t(membersText.phone)}
            rules={[{ pattern: /^\+?\d{9,12}$/, message: t(membersText.phoneFormat) }]}
          >
            <Input
              maxLength={13}
              inputMode="tel"
              placeholder={isEditing && maskedPhone ? maskedPhone : undefined}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="ethnicity" label={t(membersText.ethnicity)} rules={need(membersText.ethnicity)}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t(membersText.sectionResidence)}
      </Divider>
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="residence" label={t(membersText.residence)} rules={need(membersText.residence)}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="residenceKind" label={t(membersText.residenceKind)}>
            <Select<ResidenceKind> options={options(RESIDENCE_KINDS, RESIDENCE_KIND_LABELS, t)} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="residenceSince"
            label={t(membersText.residenceSince)}
            rules={need(membersText.residenceSince)}
          >
            {date}
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="villageId" label={t(membersText.village)}>
            <VillageSelect unitId={unitId} allowClear />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t(membersText.sectionCriteria)}
      </Divider>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="education" label={t(membersText.education)} rules={pick(membersText.education)}>
            <Select<EducationLevel> options={options(EDUCATION_LEVELS, EDUCATION_LEVEL_LABELS, t)} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="recordStatus" label={t(membersText.recordStatus)}>
            <Select<RecordStatus>
              options={options(RECORD_STATUSES, RECORD_STATUS_LABELS, t)}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="healthCertifiedOn" label={t(membersText.healthCertifiedOn)}>
            {date}
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="isVietnameseCitizen" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox>{t(membersText.citizen)}</Checkbox>
          </Form.Item>
          <Form.Item
            name="chairmanAgeException"
            valuePropName="checked"
            extra={isOverAge ? t(membersText.chairmanAgeHint) : undefined}
            style={isOverAge ? { background: '#fffbe6', padding: 8, borderRadius: 6 } : undefined}
          >
            <Checkbox>{t(membersText.chairmanAgeException)}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t(membersText.sectionTeam)}
      </Divider>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="teamId" label={t(membersText.team)} rules={pick(membersText.team)}>
            <TeamSelect unitId={unitId} activeOnly />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="role" label={t(membersText.role)} rules={pick(membersText.role)}>
            <Select<MemberRole> options={options(MEMBER_ROLES, MEMBER_ROLE_LABELS, t)} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="origin" label={t(membersText.origin)} rules={pick(membersText.origin)}>
            <Select<MemberOrigin>
              options={options(MEMBER_ORIGINS, MEMBER_ORIGIN_LABELS, t)}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="recognitionDecisionNumber" label={t(membersText.recognitionDecisionNumber)}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="recognitionDecisionDate" label={t(membersText.recognitionDecisionDate)}>
            {date}
          </Form.Item>
        </Col>
        {isEditing ? (
          <Col span={12}>
            <Form.Item name="effectiveDate" label={t(membersText.effectiveDate)}>
              {date}
            </Form.Item>
          </Col>
        ) : null}
      </Row>
      <Divider titlePlacement="start" plain>
        {t(membersText.sectionIssued)}
      </Divider>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="certificateNumber" label={t(membersText.certificateNumber)}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="certificateIssuedOn" label={t(membersText.certificateIssuedOn)}>
            {date}
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="namePlateIssuedOn" label={t(membersText.namePlateIssuedOn)}>
            {date}
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="healthInsuranceNumber" label={t(membersText.healthInsuranceNumber)}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="note" label={t(membersText.note)}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
