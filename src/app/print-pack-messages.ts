import type { Locale } from '@/i18n/locale';
import type { FeatureText, PlaceholderMismatches } from '@/i18n/feature-catalogue';
import { useFeatureText } from '@/i18n/use-feature-text';

// The briefing pack's own words (?view=print); see src/i18n/feature-catalogue.ts for why they live here. Its
// title and the link to it stay in the main catalogue: the dashboard's header shows them.

const zh = {
  'hint': '每屏一页，浅色主题；每页注明报告年度与数据来源。',
  'print': '打印 / 另存为 PDF',
  'preparing': '正在绘制图表，稍候即可打印…',
  'ready': '全部 {total} 页已就绪，可以打印。',
  'page': '第 {index} / {total} 页',
  'sourceAddress': '报告原文：{url}',
} as const;

type PrintMessageKey = keyof typeof zh;

const en = {
  'hint': 'One scene per page, light theme; every page names the report year and its sources.',
  'print': 'Print or save as PDF',
  'preparing': 'Drawing the charts; ready to print in a moment…',
  'ready': 'All {total} pages are ready to print.',
  'page': 'Page {index} of {total}',
  'sourceAddress': 'Original text: {url}',
} as const satisfies Record<PrintMessageKey, string>;

/** @public A compile-time check: nothing imports it; exported so that noUnusedLocals keeps it. */
export const printPlaceholdersMatch: [PlaceholderMismatches<typeof zh, typeof en>] extends [never] ? true : PlaceholderMismatches<typeof zh, typeof en> = true;

const catalogues: Record<Locale, Record<PrintMessageKey, string>> = { zh, en };

/** The briefing pack's words in the reader's language. */
export function usePrintText(): FeatureText<typeof zh> {
  return useFeatureText<typeof zh>(catalogues);
}
