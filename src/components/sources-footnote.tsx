import { useI18n } from '@/i18n/i18n-context';

/** The scene's sources as one footnote line, so a photo of the meeting-room screen still says where it came from. */
export function SourcesFootnote({ sections }: { sections: readonly string[] }) {
  const { t } = useI18n();
  if (sections.length === 0) return null;
  return (
    <p className="sources-footnote">{t('provenance.footnote', { sections: sections.join(t('source.sectionsJoiner')) })}</p>
  );
}
