import { ERROR_CODES, ERROR_MESSAGES, type ErrorCode, type FieldError } from '../../domain/errors.ts';
import { common, getLanguage, translate } from './i18n.ts';

/** A failed API call, built from the server's RFC 9457 problem+json body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly detail: string;
  readonly errors: FieldError[];
  readonly requestId: string | undefined;

  constructor(options: {
    status: number;
    code: ErrorCode;
    detail: string;
    errors?: FieldError[];
    requestId?: string;
  }) {
    super(options.detail);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.detail = options.detail;
    this.errors = options.errors ?? [];
    this.requestId = options.requestId;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

/** `{ q: 'a', role: undefined }` → `?q=a`; empty values are left out. */
export function buildQuery(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

type UnauthenticatedHandler = () => void;
let handleUnauthenticated: UnauthenticatedHandler = () => {
  if (window.location.pathname !== '/login') window.location.assign('/login');
};

/** The app sets this so that an expired session sends the user to the login page without a full reload. */
export function setUnauthenticatedHandler(handler: UnauthenticatedHandler): void {
  handleUnauthenticated = handler;
}

/** Calls whose 401 is an answer, not an expired session. */
const AUTH_PATHS = new Set(['/api/auth/login', '/api/auth/me']);

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'INVALID_STATE',
  429: 'RATE_LIMITED',
};

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

function readFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { path, message } = item as Record<string, unknown>;
    return typeof message === 'string' ? [{ path: typeof path === 'string' ? path : '', message }] : [];
  });
}

/** Reads a failed response into an ApiError, whatever its body holds. */
export async function parseErrorResponse(response: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (typeof parsed === 'object' && parsed !== null) body = parsed as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy error page, an empty body): fall back to the status alone.
  }
  const code: ErrorCode = isErrorCode(body.code)
    ? body.code
    : (STATUS_CODES[response.status] ?? (response.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST'));
  const detail =
    typeof body.detail === 'string' && body.detail ? body.detail : translate(ERROR_MESSAGES[code]);
  return new ApiError({
    status: response.status,
    code,
    detail,
    errors: readFieldErrors(body.errors),
    requestId: typeof body.requestId === 'string' ? body.requestId : undefined,
  });
}

export function networkError(): ApiError {
  return new ApiError({
    status: 0,
    code: 'INTERNAL',
    detail: translate(common.networkError),
  });
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
}

/** Sends a request to the API with the session cookie; resolves with the JSON body or throws ApiError. */
export async function apiFetch(path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': getLanguage() };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path + buildQuery(options.query ?? {}), {
      method: options.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
  if (response.ok) return response;
  const apiError = await parseErrorResponse(response);
  if (apiError.status === 401 && !AUTH_PATHS.has(path)) handleUnauthenticated();
  throw apiError;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await apiFetch(path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  // The server's response schemas define T; this cast is the one typed boundary of the web app.
  return (text ? JSON.parse(text) : undefined) as T;
}
