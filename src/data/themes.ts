import type { LocalizedText } from '@/data/report-schema';

// The known themes of a rule-of-law report, in the order a generated layout shows them. The vocabulary is open:
// a report may use a theme that is not listed here, and its figures then appear under "other" (named by
// `otherTheme`). Adding a theme is adding a line here; docs/data.md lists them for whoever writes data files.
export const knownThemes = [
  { id: 'training', name: { zh: '教育培训', en: 'Training' } },
  { id: 'qualification', name: { zh: '执法资格', en: 'Enforcement qualifications' } },
  { id: 'legal-review', name: { zh: '法制审核', en: 'Legal review' } },
  { id: 'supervision', name: { zh: '执法监督', en: 'Enforcement supervision' } },
  { id: 'backlog', name: { zh: '积案清理', en: 'Backlog clearance' } },
  { id: 'efficiency', name: { zh: '办案效率', en: 'Case-handling efficiency' } },
  { id: 'services', name: { zh: '政务服务', en: 'Public services' } },
  { id: 'business-environment', name: { zh: '法治营商环境', en: 'Business environment' } },
  { id: 'public-order', name: { zh: '治安与打击犯罪', en: 'Public order and crime' } },
  { id: 'traffic', name: { zh: '道路交通', en: 'Road traffic' } },
  { id: 'safety', name: { zh: '安全监管', en: 'Safety oversight' } },
  { id: 'law-publicity', name: { zh: '普法宣传', en: 'Public legal education' } },
  { id: 'governance', name: { zh: '党委领导与决策', en: 'Party leadership and decisions' } },
  { id: 'recognition', name: { zh: '荣誉与评价', en: 'Recognition' } },
] as const satisfies ReadonlyArray<{ id: string; name: LocalizedText & { en: string } }>;


export const otherTheme = { id: 'other', name: { zh: '其他指标', en: 'Other figures' } } as const;

const byId = new Map<string, { id: string; name: LocalizedText }>(knownThemes.map((theme) => [theme.id, theme]));

/** The theme's place and name; an unknown theme is "other". */
export function themeOf(themeId: string): { id: string; name: LocalizedText; known: boolean } {
  const theme = byId.get(themeId);
  return theme ? { ...theme, known: true } : { ...otherTheme, known: false };
}

/** Position in the vocabulary's order; unknown themes sort last. */
export function themeRank(themeId: string): number {
  const index = knownThemes.findIndex((theme) => theme.id === themeId);
  return index === -1 ? knownThemes.length : index;
}
