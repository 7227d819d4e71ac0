import { safeParse, type $ZodType } from 'zod/v4/core';
import { apiErrorSchema } from '@/data/report-schema';
import { apiBaseUrl, apiTimeoutMs } from '@/api/api-config';
import { resilienceConfig } from '@/api/resilience-config';

export type ApiErrorKind = 'http' | 'notFound' | 'network' | 'timeout' | 'notJson' | 'invalid' | 'empty' | 'tooLarge';

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

// index.html preloads the report list and the default report (build/first-screen-preload-plugin.ts). Chromium
// hands a preloaded response to a matching fetch, but it also attaches every later matching fetch to a preload
// that is still waiting: against a server that never answers, each retry would wait on that first request
// for good. So only the first request for an address may take the preload; later ones (retries, refreshes)
// ask the server afresh with cache: 'no-store', the one mode that Chromium never matches to a preload.
const requestedUrls = new Set<string>();

function cacheModeFor(url: string): RequestCache {
  if (requestedUrls.has(url)) return 'no-store';
  requestedUrls.add(url);
  return 'default';
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

/**
 * Reads the body as text, giving up as soon as it grows past `maxBytes` (a runaway body must not fill memory)
 * or `signal` aborts (checked here too, because not every fetch implementation errors the body stream on abort).
 */
async function readBodyText(response: Response, path: string, maxBytes: number, signal: AbortSignal): Promise<string> {
  const tooLarge = () => new ApiError('tooLarge', `${path} sent more than ${maxBytes} bytes`, { status: response.status });
  // Cancelling is not awaited: a stalled server may never acknowledge it.
  const stop = (stream: { cancel(): Promise<void> } | null | undefined) => void stream?.cancel().catch(() => undefined);
  if (Number(response.headers.get('Content-Length') ?? 0) > maxBytes) {
    stop(response.body);
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) throw tooLarge();
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    stop(reader);
    throw error;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
  return text + decoder.decode();
}

/** GET a JSON resource and parse it with `schema`; anything else becomes an ApiError. */
export async function getJson<T>(
  path: string,
  schema: $ZodType<T>,
  options: { signal?: AbortSignal; timeoutMs?: number; maxBodyBytes?: number } = {},
): Promise<T> {
  // The time limit covers the whole body, so a body that trickles in slowly times out too.
  const timeoutSignal = AbortSignal.timeout(options.timeoutMs ?? apiTimeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeoutSignal]) : timeoutSignal;
  let response: Response;
  let text: string;
  try {
    const url = resolveUrl(path);
    response = await fetch(url, { signal, headers: { Accept: 'application/json' }, cache: cacheModeFor(url) });
    text = await readBodyText(response, path, options.maxBodyBytes ?? resilienceConfig.maxBodyBytes, signal);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (timeoutSignal.aborted) throw new ApiError('timeout', `No answer from ${path} within the time limit`);
    if (options.signal?.aborted) throw error;
    throw new ApiError('network', `Could not reach ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }

  if (text.trim() === '') {
    if (!response.ok) throw httpError(response, path, undefined);
    throw new ApiError('empty', `${path} returned an empty body`, { status: response.status });
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
