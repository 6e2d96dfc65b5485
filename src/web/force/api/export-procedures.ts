import { downloadFile } from '../../lib/download.ts';
import { procedureQuery, type ProcedureFilters } from './list-procedures.ts';

export async function exportProcedures(filters: ProcedureFilters): Promise<void> {
  await downloadFile({
    path: '/api/procedures/export.xlsx',
    query: procedureQuery(filters),
    fallbackName: 'thu-tuc-thong-tu-14.xlsx',
  });
}
