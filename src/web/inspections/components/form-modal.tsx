import { useState, type ReactNode } from 'react';
import { Form, Modal } from 'antd';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';

interface FormModalProps<T> {
  open: boolean;
  title: string;
  okText: string;
  isDanger?: boolean;
  width?: number;
  initialValues?: Partial<T>;
  /** Sends the values; resolves to close the dialog, rejects to show the server's answer on the fields. */
  onSubmit: (values: T) => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
}

/** A dialog holding one small form; it is built afresh each time it opens, so no old input lingers. */
export function FormModal<T extends object>(props: FormModalProps<T>) {
  return props.open ? <OpenFormModal<T> {...props} /> : null;
}

function OpenFormModal<T extends object>(props: FormModalProps<T>) {
  const t = useT();
  const [form] = Form.useForm<T>();
  const [isPending, setIsPending] = useState(false);
  const handleApiError = useApiErrorHandler();
  const handleFinish = async (values: T) => {
    setIsPending(true);
    try {
      await props.onSubmit(values);
      props.onClose();
    } catch (error) {
      handleApiError(error, form);
    } finally {
      setIsPending(false);
    }
  };
  return (
    <Modal
      open
      title={props.title}
      okText={props.okText}
      cancelText={t(common.cancel)}
      okButtonProps={{ loading: isPending, danger: props.isDanger }}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      width={props.width ?? 560}
      maskClosable={false}
    >
      <Form<T> form={form} layout="vertical" initialValues={props.initialValues} onFinish={handleFinish}>
        {props.children}
      </Form>
    </Modal>
  );
}
