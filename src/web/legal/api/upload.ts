import { networkError, parseErrorResponse } from '../../lib/api-client.ts';
import { getLanguage } from '../../lib/i18n.ts';

/** Multipart, so not through apiRequest's JSON body; errors still become ApiError (415 type, 413 size). */
export async function uploadFile<T>(path: string, file: File, method: 'POST' | 'PUT' = 'POST'): Promise<T> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { Accept: 'application/json', 'Accept-Language': getLanguage() },
      credentials: 'same-origin',
      body,
    });
  } catch {
    throw networkError();
  }
  if (!response.ok) throw await parseErrorResponse(response);
  return (await response.json()) as T;
}
