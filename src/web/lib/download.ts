import { apiFetch, type QueryParams } from './api-client.ts';

function fileNameFrom(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1]);
    } catch {
      // A malformed encoded name: use the plain one below.
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/**
 * Downloads an export through fetch (not a bare link) so that an error answer shows as a message
 * instead of replacing the page with JSON.
 */
export async function downloadFile(options: {
  path: string;
  query: QueryParams;
  fallbackName: string;
}): Promise<void> {
  const response = await apiFetch(options.path, { query: options.query });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFrom(response, options.fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
