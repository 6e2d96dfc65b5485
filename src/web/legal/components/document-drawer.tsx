import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import {
  App,
  AutoComplete,
  Button,
  DatePicker,
  Divider,
  Drawer,
  Flex,
  Form,
  Input,
  Select,
  Typography,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  LEGAL_DOCUMENT_KIND_LABELS,
  LEGAL_DOCUMENT_KINDS,
  LEGAL_ISSUER_LABELS,
  LEGAL_ISSUERS,
  LEGAL_VALIDITIES,
  LEGAL_VALIDITY_LABELS,
} from '../../../domain/legal/constants.ts';
import { readDocumentNumber } from '../../../domain/legal/document-import.ts';
import {
  legalDocumentInputSchema,
  type LegalDocument,
  type LegalDocumentInput,
} from '../../../domain/legal/documents.schemas.ts';
import { isApiError } from '../../lib/api-client.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { zodRule } from '../../lib/zod-rule.ts';
import { useUploadDocumentFile } from '../api/upload-document-file.ts';
import { useCreateDocument } from '../api/create-document.ts';
import { useDeleteDocument } from '../api/delete-document.ts';
import { downloadDocumentFile } from '../api/download-document-file.ts';
import { useDocumentFields } from '../api/list-document-fields.ts';
import { useUpdateDocument } from '../api/update-document.ts';
import { documentsText } from '../messages.ts';

type FormValues = Omit<LegalDocumentInput, 'issuedOn'> & { issuedOn: Dayjs | null };

const ACCEPT = '.pdf,.docx,.jpg,.jpeg,.png';

function toInput(values: FormValues): LegalDocumentInput {
  const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
  return {
    ...values,
    issuedOn: values.issuedOn?.format('YYYY-MM-DD') ?? '',
    field: text(values.field),
    note: text(values.note),
  };
}

interface DocumentDrawerProps {
  /** The document to edit; null to add one. */
  document: LegalDocument | null;
  open: boolean;
  onClose: () => void;
  /** After a new document is saved or its file changed: the drawer goes on with the saved one. */
  onSaved: (document: LegalDocument) => void;
}

export function DocumentDrawer({ document, open, onClose, onSaved }: DocumentDrawerProps) {
  const t = useT();
  return (
    <Drawer
      title={t(document ? documentsText.edit : documentsText.add)}
      open={open}
      onClose={onClose}
      size={560}
      destroyOnHidden
    >
      {open ? (
        <DocumentForm key={document?.id ?? 'new'} document={document} onClose={onClose} onSaved={onSaved} />
      ) : null}
    </Drawer>
  );
}

function DocumentForm({ document, onClose, onSaved }: Omit<DocumentDrawerProps, 'open'>) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const handleApiError = useApiErrorHandler();
  const fieldsQuery = useDocumentFields();
  const createMutation = useCreateDocument();
  const updateMutation = useUpdateDocument();
  const deleteMutation = useDeleteDocument();
  const uploadMutation = useUploadDocumentFile();

  const handleFinish = (values: FormValues) => {
    const input = toInput(values);
    if (!document) {
      createMutation.mutate(input, {
        onSuccess: (created) => {
          message.success(t(documentsText.created, { number: created.number }));
          onSaved(created);
        },
        onError: (error) => handleApiError(error, form),
      });
      return;
    }
    updateMutation.mutate(
      { id: document.id, version: document.version, ...input },
      {
        onSuccess: (updated) => {
          message.success(t(documentsText.updated, { number: updated.number }));
          onClose();
        },
        onError: (error) => handleApiError(error, form),
      },
    );
  };

  /** The symbol says the kind and the issuer: fill them in while they are empty or still what it said before. */
  const handleNumberChange = (number: string) => {
    const read = readDocumentNumber(number);
    const patch: Partial<FormValues> = {};
    if (read.kind) patch.kind = read.kind;
    if (read.issuer) patch.issuer = read.issuer;
    form.setFieldsValue(patch);
  };

  const handleUpload = async (file: File) => {
    if (!document) return;
    try {
      onSaved(await uploadMutation.mutateAsync({ id: document.id, file }));
      message.success(t(documentsText.fileUploaded, { name: file.name }));
    } catch (error) {
      if (isApiError(error) && error.status === 415) message.error(t(documentsText.unsupportedFile));
      else if (isApiError(error) && error.status === 413) message.error(t(documentsText.fileTooLarge));
      else handleApiError(error);
    }
  };

  const confirmDelete = () => {
    if (!document) return;
    void modal.confirm({
      title: t(documentsText.deleteConfirm, { number: document.number }),
      okText: t(documentsText.delete),
      okButtonProps: { danger: true },
      onOk: () =>
        deleteMutation.mutateAsync(document.id).then(() => {
          message.success(t(documentsText.deleted, { number: document.number }));
          onClose();
        }, handleApiError),
    });
  };

  const isSaving = createMutation.isPending || updateMutation.isPending;
  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      onFinish={handleFinish}
      autoComplete="off"
      initialValues={
        document
          ? { ...document, issuedOn: dayjs(document.issuedOn) }
          : { validity: 'in_force', issuedOn: null, kind: undefined, issuer: undefined }
      }
    >
      <Form.Item
        name="number"
        label={t(documentsText.number)}
        extra={t(documentsText.numberHint)}
        rules={[
          { required: true, message: t(common.required, { field: t(documentsText.number).toLowerCase() }) },
          zodRule(legalDocumentInputSchema.shape.number),
        ]}
      >
        <Input
          placeholder={t(documentsText.numberPlaceholder)}
          onChange={(e) => handleNumberChange(e.target.value)}
        />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item
          name="kind"
          label={t(documentsText.kind)}
          style={{ flex: 1 }}
          rules={[
            {
              required: true,
              message: t(common.requiredSelect, { field: t(documentsText.kind).toLowerCase() }),
            },
          ]}
        >
          <Select
            options={LEGAL_DOCUMENT_KINDS.map((kind) => ({
              value: kind,
              label: t(LEGAL_DOCUMENT_KIND_LABELS[kind]),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="issuer"
          label={t(documentsText.issuer)}
          style={{ flex: 1 }}
          rules={[
            {
              required: true,
              message: t(common.requiredSelect, { field: t(documentsText.issuer).toLowerCase() }),
            },
          ]}
        >
          <Select
            options={LEGAL_ISSUERS.map((issuer) => ({
              value: issuer,
              label: t(LEGAL_ISSUER_LABELS[issuer]),
            }))}
          />
        </Form.Item>
      </Flex>
      <Flex gap={12}>
        <Form.Item
          name="issuedOn"
          label={t(documentsText.issuedOn)}
          style={{ flex: 1 }}
          rules={[
            {
              required: true,
              message: t(common.requiredSelect, { field: t(documentsText.issuedOn).toLowerCase() }),
            },
          ]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="validity" label={t(documentsText.validity)} style={{ flex: 1 }}>
          <Select
            options={LEGAL_VALIDITIES.map((validity) => ({
              value: validity,
              label: t(LEGAL_VALIDITY_LABELS[validity]),
            }))}
          />
        </Form.Item>
      </Flex>
      <Form.Item
        name="title"
        label={t(documentsText.docTitle)}
        rules={[
          { required: true, message: t(common.required, { field: t(documentsText.docTitle).toLowerCase() }) },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Form.Item name="field" label={t(documentsText.field)}>
        <AutoComplete
          options={(fieldsQuery.data ?? []).map((field) => ({ value: field }))}
          filterOption={(input, option) => (option?.value ?? '').toLowerCase().includes(input.toLowerCase())}
        />
      </Form.Item>
      <Form.Item name="note" label={t(documentsText.note)}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
      </Form.Item>
      <Divider titlePlacement="start" plain>
        {t(documentsText.file)}
      </Divider>
      {document ? (
        <Flex vertical gap={8} style={{ marginBottom: 24 }}>
          {document.file ? (
            <Typography.Link onClick={() => downloadDocumentFile(document).catch(handleApiError)}>
              {document.file.filename}
            </Typography.Link>
          ) : null}
          <Upload
            accept={ACCEPT}
            showUploadList={false}
            customRequest={({ file, onSuccess }) => {
              void handleUpload(file as File).then(() => onSuccess?.(null));
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploadMutation.isPending}>
              {t(document.file ? documentsText.replaceFile : documentsText.uploadFile)}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t(documentsText.uploadHint)}</Typography.Text>
        </Flex>
      ) : (
        <Typography.Paragraph type="secondary">{t(documentsText.saveFirst)}</Typography.Paragraph>
      )}
      <Flex justify="space-between" gap={8}>
        {document ? (
          <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
            {t(documentsText.delete)}
          </Button>
        ) : (
          <span />
        )}
        <Flex gap={8}>
          <Button onClick={onClose}>{t(common.cancel)}</Button>
          <Button type="primary" htmlType="submit" loading={isSaving}>
            {t(common.save)}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
