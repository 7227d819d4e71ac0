import { safeParse, type $ZodType } from 'zod/v4/core';
import { apiErrorSchema } from '@/data/report-schema';
import { apiBaseUrl, apiTimeoutMs } from '@/api/api-config';

export type ApiErrorKind = 'http' | 'notFound' | 'network' | 'timeout' | 'notJson' | 'invalid';

/** Every failure of the API client is one of these, so screens can say what happened. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(kind: ApiErrorKind, message: string, options: { status?: number; retryAfterSeconds?: number } = {}) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

function resolveUrl(path: string): string {
  // Relative bases (the default) resolve against the page, so dist/ works under any sub-path.
  return new URL(`${apiBaseUrl}${path}`, document.baseURI).toString();
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

/** GET a JSON resource and parse it with `schema`; anything else becomes an ApiError. */
export async function getJson<T>(
  path: string,
  schema: $ZodType<T>,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<T> {
  const timeoutSignal = AbortSignal.timeout(options.timeoutMs ?? apiTimeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeoutSignal]) : timeoutSignal;
  let response: Response;
  let text: string;
  try {
    response = await fetch(resolveUrl(path), { signal, headers: { Accept: 'application/json' } });
    text = await response.text();
  } catch (error) {
    if (timeoutSignal.aborted) throw new ApiError('timeout', `No answer from ${path} within the time limit`);
    if (options.signal?.aborted) throw error;
    throw new ApiError('network', `Could not reach ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    if (!response.ok) throw httpError(response, path, undefined);
    throw new ApiError('notJson', `${path} did not return JSON`, { status: response.status });
  }
  if (!response.ok) throw httpError(response, path, body);

  const parsed = safeParse(schema, body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join('.') || '(root)' : '(root)';
    throw new ApiError('invalid', `${path} failed validation at ${where}: ${first?.message ?? 'invalid'}`, {
      status: response.status,
    });
  }
  return parsed.data;
}

function httpError(response: Response, path: string, body: unknown): ApiError {
  const serverMessage = apiErrorSchema.safeParse(body);
  const detail = serverMessage.success ? serverMessage.data.error.message : response.statusText;
  return new ApiError(response.status === 404 ? 'notFound' : 'http', `${path}: HTTP ${response.status} ${detail}`.trim(), {
    status: response.status,
    retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
  });
}
