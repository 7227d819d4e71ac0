import { useI18n } from '@/i18n/i18n-context';

export function SourceLine({ sections }: { sections: readonly string[] }) {
  const { t } = useI18n();
  return <p className="source-line">{t('source.line', { sections: sections.join(t('source.sectionsJoiner')) })}</p>;
}
