import { App, Checkbox, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { EDUCATION_LEVEL_LABELS, SEX_LABELS } from '../../../domain/force/force.labels.ts';
import {
  EDUCATION_LEVELS,
  SEXES,
  type EducationLevel,
  type Sex,
} from '../../../domain/force/force.schemas.ts';
import { DOSSIER_ITEM_LABELS } from '../../../domain/force/procedures.ts';
import { DATE_FORMAT, toIsoDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useSaveProcedurePerson } from '../api/save-procedure-person.ts';
import { membersText } from '../member-messages.ts';
import { proceduresText } from '../procedure-messages.ts';
import { forceText } from '../messages.ts';

interface PersonValues {
  fullName: string;
  dateOfBirth?: Dayjs;
  sex?: Sex;
  cccd?: string;
  residence?: string;
  phone?: string;
  education?: EducationLevel;
  hasApplication: boolean;
  hasPersonalHistory: boolean;
  hasHealthCertificate: boolean;
  hasEducationCertificate: boolean;
}

/** A citizen who applies in a selection (TT 14/2024, Điều 3): who they are and which papers they brought. */
export function ProcedurePersonModal({
  procedureId,
  open,
  onClose,
}: {
  procedureId: string;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [form] = Form.useForm<PersonValues>();
  const saveMutation = useSaveProcedurePerson();

  const handleFinish = (values: PersonValues) =>
    saveMutation.mutate(
      {
        procedureId,
        person: {
          fullName: values.fullName.trim(),
          dateOfBirth: toIsoDate(values.dateOfBirth) ?? null,
          sex: values.sex ?? null,
          cccd: values.cccd?.trim() || null,
          residence: values.residence?.trim() || null,
          phone: values.phone?.trim() || null,
          education: values.education ?? null,
          hasApplication: values.hasApplication,
          hasPersonalHistory: values.hasPersonalHistory,
          hasHealthCertificate: values.hasHealthCertificate,
          hasEducationCertificate: values.hasEducationCertificate,
        },
      },
      {
        onSuccess: () => {
          message.success(t(proceduresText.personSaved, { name: values.fullName }));
          onClose();
        },
        onError: (error) => handleApiError(error, form),
      },
    );

  return (
    <Modal
      open={open}
      title={t(proceduresText.addPerson)}
      okText={t(common.save)}
      cancelText={t(common.cancel)}
      okButtonProps={{ loading: saveMutation.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <Form<PersonValues>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{
          hasApplication: false,
          hasPersonalHistory: false,
          hasHealthCertificate: false,
          hasEducationCertificate: false,
        }}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="fullName"
              label={t(membersText.fullName)}
              rules={[{ required: true, message: t(membersText.requiredThis) }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="dateOfBirth" label={t(membersText.dateOfBirth)}>
              <DatePicker
                format={DATE_FORMAT}
                placeholder={t(forceText.datePlaceholder)}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="sex" label={t(membersText.sex)}>
              <Select<Sex> options={SEXES.map((sex) => ({ value: sex, label: t(SEX_LABELS[sex]) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="cccd"
              label={t(membersText.cccd)}
              rules={[{ pattern: /^\d{12}$/, message: t(membersText.cccdFormat) }]}
            >
              <Input maxLength={12} inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="phone" label={t(membersText.phone)}>
              <Input maxLength={20} inputMode="tel" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="residence" label={t(membersText.residence)}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="education" label={t(membersText.education)}>
              <Select<EducationLevel>
                options={EDUCATION_LEVELS.map((level) => ({
                  value: level,
                  label: t(EDUCATION_LEVEL_LABELS[level]),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="hasApplication" valuePropName="checked" style={{ marginBottom: 4 }}>
          <Checkbox>{t(DOSSIER_ITEM_LABELS.application)}</Checkbox>
        </Form.Item>
        <Form.Item name="hasPersonalHistory" valuePropName="checked" style={{ marginBottom: 4 }}>
          <Checkbox>{t(DOSSIER_ITEM_LABELS.personal_history)}</Checkbox>
        </Form.Item>
        <Form.Item name="hasHealthCertificate" valuePropName="checked" style={{ marginBottom: 4 }}>
          <Checkbox>{t(DOSSIER_ITEM_LABELS.health_certificate)}</Checkbox>
        </Form.Item>
        <Form.Item name="hasEducationCertificate" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox>{t(DOSSIER_ITEM_LABELS.education_certificate)}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
