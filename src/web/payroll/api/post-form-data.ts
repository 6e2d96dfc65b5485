import { networkError, parseErrorResponse } from '../../lib/api-client.ts';
import { getLanguage } from '../../lib/i18n.ts';

/** Multipart, so not through apiRequest's JSON body; errors still become ApiError (415 type, 413 size). */
export async function postFormData<T>(path: string, body: FormData): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Accept-Language': getLanguage() },
      credentials: 'same-origin',
      body,
    });
  } catch {
    throw networkError();
  }
  if (!response.ok) throw await parseErrorResponse(response);
  // The server's response schemas define T; this cast is the typed boundary, as in apiRequest.
  return (await response.json()) as T;
}
