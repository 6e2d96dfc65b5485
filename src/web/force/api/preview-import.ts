import { useMutation } from '@tanstack/react-query';
import type { ImportPreview } from '../../../domain/force/force-api.schemas.ts';
import type { ImportCorrections } from '../types.ts';
import { postFormData } from './post-form-data.ts';

/** What a commune imports from .xlsx: its villages, or its member list. */
export type ImportKind = 'villages' | 'members';

export function correctionsField(corrections: ImportCorrections): string {
  return JSON.stringify(Object.entries(corrections).map(([row, cells]) => ({ row: Number(row), cells })));
}

/** Every row checked, nothing written; the corrections made so far are checked in place of the file's cells. */
export async function previewImport(input: {
  kind: ImportKind;
  unitId: string;
  file: File;
  corrections: ImportCorrections;
}): Promise<ImportPreview> {
  const body = new FormData();
  body.append('corrections', correctionsField(input.corrections));
  body.append('file', input.file, input.file.name);
  return postFormData<ImportPreview>(
    `/api/communes/${encodeURIComponent(input.unitId)}/${input.kind}/imports/preview`,
    body,
  );
}

export function usePreviewImport() {
  return useMutation({ mutationFn: previewImport });
}
