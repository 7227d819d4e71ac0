import { useI18n } from '@/i18n/i18n-context';
import { formatSection } from '@/lib/sections';

/** "来源：三（三）" / "Source: Part III (3)". */
export function SourceLine({ sections }: { sections: readonly string[] }) {
  const { t, locale } = useI18n();
  if (sections.length === 0) return null;
  const list = sections.map((section) => formatSection(section, locale)).join(t('source.sectionsJoiner'));
  return <p className="source-line">{t(sections.length > 1 ? 'source.lines' : 'source.line', { sections: list })}</p>;
}
