import { ApiError, type ApiErrorKind } from '@/api/api-error';
import { useI18n } from '@/i18n/i18n-context';
import type { PlainMessageKey } from '@/i18n/messages';

const errorMessages: Record<Exclude<ApiErrorKind, 'http'>, PlainMessageKey> = {
  notFound: 'error.notFound',
  network: 'error.network',
  timeout: 'error.timeout',
  notJson: 'error.notJson',
  invalid: 'error.invalid',
  empty: 'fault.empty',
  tooLarge: 'fault.tooLarge',
  redirect: 'error.redirect',
  wrongReport: 'error.wrongReport',
};

/** One sentence saying what failed, in the current language. */
export function describeFailure(error: unknown, t: ReturnType<typeof useI18n>['t']): string {
  if (!(error instanceof ApiError)) return t('error.unknown');
  return error.kind === 'http' ? t('error.http', { status: error.status ?? '' }) : t(errorMessages[error.kind]);
}

export function LoadingState() {
  const { t } = useI18n();
  return (
    <div className="state state--loading" role="status">
      <p>{t('state.loading')}</p>
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const what = describeFailure(error, t);
  return (
    <div className="state state--error" role="alert">
      <h2>{t('state.errorTitle')}</h2>
      <p>{what}</p>
      <p>{t('state.errorRetrying')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('state.retryNow')}
      </button>
    </div>
  );
}
