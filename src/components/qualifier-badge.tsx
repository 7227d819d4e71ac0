import type { Change } from '@/data/report-schema';
import type { FigureView } from '@/lib/figure-view';
import type { PlainMessageKey } from '@/i18n/messages';
import { useI18n } from '@/i18n/i18n-context';
import { LocalText } from '@/components/local-text';

/** 同比下降 / down year on year, and so on. */
export function changeWordsKey(change: Change): PlainMessageKey {
  return `change.${change.basis}.${change.direction}`;
}

/** Words and a shape, never colour alone, for what kind of number this is. */
export function QualifierBadges({ figure }: { figure: FigureView }) {
  const { t } = useI18n();
  return (
    <span className="badges">
      {figure.qualifier === 'atLeast' && <span className="badge badge--bound">{t('qualifier.atLeast')}</span>}
      {figure.qualifier === 'atMost' && <span className="badge badge--bound badge--upper">{t('qualifier.atMost')}</span>}
      {figure.qualifier === 'approximately' && <span className="badge badge--approximate">{t('qualifier.approximately')}</span>}
      {figure.qualifier === 'target' && <span className="badge badge--target">{t('qualifier.target')}</span>}
      {figure.change && <span className="badge badge--change">{t('qualifier.change')}</span>}
      {figure.scope && (
        <span className="badge badge--scope">
          <LocalText text={figure.scope.label} />
        </span>
      )}
      {figure.derived && <span className="badge badge--derived">{t('derived.badge')}</span>}
      {figure.contradiction && <span className="badge badge--conflict">{t('contradiction.badge')}</span>}
      {figure.review && figure.review !== 'accepted' && <span className="badge badge--proposed">{t('draft.proposed')}</span>}
    </span>
  );
}
