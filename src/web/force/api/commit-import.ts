import { useMutation } from '@tanstack/react-query';
import type { ImportResult } from '../../../domain/force/force-api.schemas.ts';
import type { ImportCorrections } from '../types.ts';
import { correctionsField, type ImportKind } from './preview-import.ts';
import { postFormData } from './post-form-data.ts';
import { useInvalidateForce } from './query-keys.ts';

/**
 * 'all': the server writes nothing unless every row is valid (422 naming the bad cells);
 * 'valid-only': the valid rows are written and the others reported as skipped.
 */
export async function commitImport(input: {
  kind: ImportKind;
  unitId: string;
  file: File;
  mode: 'all' | 'valid-only';
  corrections: ImportCorrections;
}): Promise<ImportResult> {
  const body = new FormData();
  // Fields before the file: the server reads the multipart stream in order.
  body.append('mode', input.mode);
  body.append('corrections', correctionsField(input.corrections));
  body.append('file', input.file, input.file.name);
  return postFormData<ImportResult>(
    `/api/communes/${encodeURIComponent(input.unitId)}/${input.kind}/imports/commit`,
    body,
  );
}

export function useCommitImport() {
  const invalidate = useInvalidateForce();
  return useMutation({ mutationFn: commitImport, onSettled: invalidate });
}
