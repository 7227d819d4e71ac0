import { safeParse, type $ZodType } from 'zod/v4/core';
import { apiErrorSchema } from '@/data/report-schema';
import { apiBaseUrl, apiTimeoutMs } from '@/api/api-config';
import { resilienceConfig } from '@/api/resilience-config';
import { readOfflineCopy } from '@/api/offline-copy';
import { ApiError } from '@/api/api-error';

export { ApiError, type ApiErrorKind } from '@/api/api-error';

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

/** application/json, or a JSON-based type such as application/problem+json; parameters (charset) aside. */
function isJsonMediaType(contentType: string | null): boolean {
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return mediaType === 'application/json' || /^application\/[a-z0-9.!#$&^_-]+\+json$/.test(mediaType);
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

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
    // manual: a redirect is answered in one request instead of up to 20 per attempt (a loop), and the API has no
    // reason to send one, so it is an error rather than something to follow.
    response = await fetch(url, { signal, headers: { Accept: 'application/json' }, cache: cacheModeFor(url), redirect: 'manual' });
    if (response.type === 'opaqueredirect' || redirectStatuses.has(response.status)) {
      void response.body?.cancel().catch(() => undefined);
      const to = response.headers.get('Location');
      throw new ApiError('redirect', `${path} answered with a redirect${to ? ` to ${to}` : ''}; the API must answer at its own address`, {
        status: response.status || undefined,
      });
    }
    text = await readBodyText(response, path, options.maxBodyBytes ?? resilienceConfig.maxBodyBytes, signal);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (timeoutSignal.aborted) throw new ApiError('timeout', `No answer from ${path} within the time limit`);
    if (options.signal?.aborted) throw error;
    throw new ApiError('network', `Could not reach ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }

  // The service worker answered from its copy because the network failed: that is a network failure, with
  // the copy attached when it still passes the schema.
  const offline = readOfflineCopy(response.headers);
  if (offline) {
    const unreachable = `Could not reach ${path}; the service worker has a copy`;
    let copy: unknown;
    try {
      copy = JSON.parse(text);
    } catch {
      throw new ApiError('network', unreachable);
    }
    const parsed = safeParse(schema, copy);
    const savedAt = offline.savedAt;
    throw new ApiError('network', unreachable, parsed.success && savedAt !== undefined ? { offlineCopy: { data: parsed.data, savedAt } } : {});
  }

  if (text.trim() === '') {
    if (!response.ok) throw httpError(response, path, undefined);
    throw new ApiError('empty', `${path} returned an empty body`, { status: response.status });
  }
  // Only error bodies are read whatever their type: a 200 that is not declared JSON is not the API's answer, even
  // when it happens to parse (a proxy's page, a misconfigured host).
  if (response.ok && !isJsonMediaType(response.headers.get('Content-Type'))) {
    const declared = response.headers.get('Content-Type');
    throw new ApiError('notJson', `${path} was sent as ${declared ? `"${declared}"` : 'no Content-Type'}, not application/json`, {
      status: response.status,
    });
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
