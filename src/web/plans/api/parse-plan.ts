import { useMutation } from '@tanstack/react-query';
import type { PlanParseResult } from '../../../domain/plans/plan-api.schemas.ts';
import { apiRequest, networkError, parseErrorResponse } from '../../lib/api-client.ts';
import { getLanguage } from '../../lib/i18n.ts';

/** Pasted text, or an uploaded .docx/.md/.txt file. */
export type PlanSource = { text: string } | { file: File };

/** A file goes as multipart (apiFetch only sends JSON); the answer is read the same way. */
async function uploadPlanFile(file: File): Promise<PlanParseResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/api/plans/parse', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Accept-Language': getLanguage() },
      credentials: 'same-origin',
      body,
    });
  } catch {
    throw networkError();
  }
  if (!response.ok) throw await parseErrorResponse(response);
  // The server's response schema defines this shape.
  return (await response.json()) as PlanParseResult;
}

/** Asks the server's parser for a draft of the plan, its units matched to the organisation tree. */
export async function parsePlan(source: PlanSource): Promise<PlanParseResult> {
  if ('file' in source) return uploadPlanFile(source.file);
  return apiRequest<PlanParseResult>('/api/plans/parse', { method: 'POST', body: { text: source.text } });
}

export function useParsePlan() {
  return useMutation({ mutationFn: parsePlan });
}
