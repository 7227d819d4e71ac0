import type { FigureView } from '@/lib/figure-view';
import { useI18n } from '@/i18n/i18n-context';

/** Words and a shape, never colour alone, for what kind of number this is. */
export function QualifierBadges({ figure }: { figure: FigureView }) {
  const { t } = useI18n();
  return (
    <span className="badges">
      {figure.qualifier === 'atLeast' && <span className="badge badge--bound">{t('qualifier.atLeast')}</span>}
      {figure.qualifier === 'target' && <span className="badge badge--target">{t('qualifier.target')}</span>}
      {figure.derived && (
        <span className="badge badge--derived">
          {figure.derived.basedOnTarget ? t('derived.fromTarget') : t('derived.badge')}
        </span>
      )}
      {figure.contradiction && <span className="badge badge--conflict">{t('contradiction.badge')}</span>}
    </span>
  );
}
