// The API client's one error type, apart from the client itself: screens and retry rules need it from the
// start, the fetching code only once a screen asks the API for something (src/api/report-queries.ts).

export type ApiErrorKind = 'http' | 'notFound' | 'network' | 'timeout' | 'notJson' | 'invalid' | 'empty' | 'tooLarge' | 'redirect' | 'wrongReport';

/** Every failure of the API client is one of these, so screens can say what happened. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly retryAfterSeconds: number | undefined;
  /**
   * With a network failure: the service worker's last good copy, already parsed, and when it was saved. A
   * screen with nothing to show may show it, marked as not updated since then (src/api/report-queries.ts).
   */
  readonly offlineCopy: { data: unknown; savedAt: number } | undefined;

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: { status?: number; retryAfterSeconds?: number; offlineCopy?: { data: unknown; savedAt: number } } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.offlineCopy = options.offlineCopy;
  }
}
