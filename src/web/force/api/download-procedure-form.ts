import { downloadFile } from '../../lib/download.ts';

/** Mẫu 01 (one applicant), 05, 06, 07 or 08 of Thông tư 14/2024, filled from the procedure, as .docx. */
export async function downloadProcedureForm(input: {
  procedureId: string;
  form: string;
  personId?: string;
}): Promise<void> {
  await downloadFile({
    path: `/api/procedures/${encodeURIComponent(input.procedureId)}/forms/${encodeURIComponent(input.form)}`,
    query: { personId: input.personId },
    fallbackName: `${input.form}.docx`,
  });
}
