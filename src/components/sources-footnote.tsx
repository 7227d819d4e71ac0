import { useI18n } from '@/i18n/i18n-context';
import { formatSection } from '@/lib/sections';

/** The scene's sources as one footnote line, so a photo of the meeting-room screen still says where it came from. */
export function SourcesFootnote({ sections }: { sections: readonly string[] }) {
  const { t, locale } = useI18n();
  if (sections.length === 0) return null;
  const list = sections.map((section) => formatSection(section, locale)).join(t('source.sectionsJoiner'));
  return <p className="sources-footnote">{t('provenance.footnote', { sections: list })}</p>;
}
