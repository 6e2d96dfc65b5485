import { useState } from 'react';
import { FileWordOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import type { Procedure } from '../../../domain/force/force-api.schemas.ts';
import { useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { downloadProcedureForm } from '../api/download-procedure-form.ts';
import { proceduresText } from '../procedure-messages.ts';
import { formLabel } from './procedure-labels.ts';

/** A button per form the procedure can produce now (Mẫu 01 is per applicant, in the dossier table). */
export function ProcedureForms({ procedure }: { procedure: Procedure }) {
  const t = useT();
  const handleApiError = useApiErrorHandler();
  const [busy, setBusy] = useState<string | null>(null);
  const forms = procedure.forms.filter((form) => form.replace('-', '_') !== 'mau_01');

  const handleDownload = async (form: string) => {
    setBusy(form);
    try {
      await downloadProcedureForm({ procedureId: procedure.id, form });
    } catch (error) {
      handleApiError(error);
    } finally {
      setBusy(null);
    }
  };

  if (forms.length === 0)
    return <Typography.Text type="secondary">{t(proceduresText.noForms)}</Typography.Text>;
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t(proceduresText.formsHint)}</Typography.Text>
      <Flex gap={8} wrap>
        {forms.map((form) => (
          <Button
            key={form}
            icon={<FileWordOutlined />}
            loading={busy === form}
            onClick={() => void handleDownload(form)}
          >
            {t(proceduresText.download, { form: t(formLabel(form)) })}
          </Button>
        ))}
      </Flex>
    </Flex>
  );
}
