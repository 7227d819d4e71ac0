import type { Locale } from '@/i18n/locale';
import type { FeatureText, PlaceholderMismatches } from '@/i18n/feature-catalogue';
import { useFeatureText } from '@/i18n/use-feature-text';

// The data-quality page's own words (?view=quality); see src/i18n/feature-catalogue.ts for why they live here.
// Its title and the link to it stay in the main catalogue: the dashboard's header shows them.

const zh = {
  'intro': '报告中前后不一的数字、由报告数字推算的指标，以及报告只给出下限、约数或目标的数字。',
  'contradictions': '前后不一（{count}）',
  'derived': '推算指标（{count}）',
  'bounds': '只给出下限、上限或约数的数字（{count}）',
  'targets': '目标值，非实绩（{count}）',
  'none': '无。',
  'asWritten': '报告写作“{reportedAs}”',
  'input': '{label}（{value}，{sections}）',
  'inputJoiner': '；',
} as const;

type QualityMessageKey = keyof typeof zh;

const en = {
  'intro': 'Where the report is inconsistent, which figures are derived from others and how, and which the report gives only as a bound, an approximation or a target.',
  'contradictions': 'Inconsistencies ({count})',
  'derived': 'Derived figures ({count})',
  'bounds': 'Figures given only as a bound or an approximation ({count})',
  'targets': 'Targets, not results ({count})',
  'none': 'None.',
  'asWritten': 'The report writes “{reportedAs}”',
  'input': '{label} ({value}, {sections})',
  'inputJoiner': '; ',
} as const satisfies Record<QualityMessageKey, string>;

/** @public A compile-time check: nothing imports it; exported so that noUnusedLocals keeps it. */
export const qualityPlaceholdersMatch: [PlaceholderMismatches<typeof zh, typeof en>] extends [never] ? true : PlaceholderMismatches<typeof zh, typeof en> = true;

const catalogues: Record<Locale, Record<QualityMessageKey, string>> = { zh, en };

/** The data-quality page's words in the reader's language. */
export function useQualityText(): FeatureText<typeof zh> {
  return useFeatureText<typeof zh>(catalogues);
}
