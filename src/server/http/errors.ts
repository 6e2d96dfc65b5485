import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  ERROR_MESSAGES,
  type ErrorCode,
  type FieldError,
  type LocalizedText,
  type Problem,
} from '../../domain/errors.ts';

const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 422,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** The one error type services throw; the handler below renders it as problem+json. */
export class AppError extends Error {
  readonly detail: LocalizedText;
  constructor(
    readonly code: ErrorCode,
    detail?: LocalizedText,
    readonly errors?: FieldError[],
  ) {
    const text = detail ?? ERROR_MESSAGES[code];
    super(text.en);
    this.detail = text;
  }
  get status(): number {
    return STATUS[this.code];
  }
}

export const notFound = (what?: LocalizedText) => new AppError('NOT_FOUND', what);
export const forbidden = () => new AppError('FORBIDDEN');
export const conflict = (detail?: LocalizedText, errors?: FieldError[]) =>
  new AppError('CONFLICT', detail, errors);

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

function toAppError(err: FastifyError | AppError): AppError | undefined {
  if (err instanceof AppError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const errors = err.validation.map((v) => ({
      path: `${v.instancePath}`.replace(/^\/(body|querystring|params)/, '') || '/',
      message: v.message ?? '',
    }));
    return new AppError('VALIDATION_FAILED', undefined, errors);
  }
  const status = err.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    const code = CODE_BY_STATUS[status] ?? 'BAD_REQUEST';
    // Fastify's own 4xx (malformed JSON, empty body …): keep its status, explain in both languages.
    const detail =
      code === 'BAD_REQUEST'
        ? { vi: `Yêu cầu không hợp lệ: ${err.message}`, en: `Bad request: ${err.message}` }
        : ERROR_MESSAGES[code];
    return new AppError(code, detail);
  }
  return undefined;
}

function prefersEnglish(req: FastifyRequest): boolean {
  const header = req.headers['accept-language'];
  return typeof header === 'string' && /^en\b/i.test(header.trim());
}

/** The one error handler: typed errors become RFC 9457 problem+json; anything else is a logged 500. */
export function problemHandler(err: FastifyError | AppError, req: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(err);
  if (!appError) req.log.error({ err, requestId: req.id }, 'unhandled error');
  const code = appError?.code ?? 'INTERNAL';
  const detail = appError?.detail ?? ERROR_MESSAGES.INTERNAL;
  const problem: Problem = {
    type: 'about:blank',
    title: code,
    status: STATUS[code],
    code,
    detail: prefersEnglish(req) ? detail.en : detail.vi,
    requestId: req.id,
    ...(appError?.errors ? { errors: appError.errors } : {}),
  };
  if (code === 'RATE_LIMITED' && err instanceof Error && 'headers' in err) {
    // @fastify/rate-limit attaches retry-after headers to its error.
    void reply.headers((err as { headers: Record<string, string> }).headers);
  }
  return reply.status(problem.status).type('application/problem+json').send(problem);
}
