import type { Locale } from '@/i18n/locale';

// Every string shown to people. Chinese is the reference; English must have the same keys and placeholders
// (the type check fails otherwise). Chinese text uses full-width punctuation (：，；（）“”, with ‘’ inside
// “”) as GB/T 15834 asks; English uses curly quotes and apostrophes throughout.
const zh = {
  'app.title': '法治公安建设指标看板',
  'app.reportLine': '{unit} · {year} 年度',
  'app.published': '{date} 发布',
  'app.sourceLink': '原文',
  'app.sourceLinkLabel': '报告原文（{site}）',
  'app.skipToContent': '跳到主要内容',

  'nav.label': '场景',
  'nav.position': '第 {index} / {total} 屏',
  'language.switch': 'English',
  'language.switchLabel': 'Switch to English',
  'report.picker': '报告',
  'report.unknown': '没有编号为“{id}”的报告，现显示：{shown}。',
  'report.draft': '草稿，未经审核',
  'report.draftDetail': '此报告的数字由程序从原文中提出，尚未经人逐项核对。',

  'state.loading': '正在载入报告数据…',
  'state.errorTitle': '无法载入报告数据',
  'state.errorRetrying': '页面会自动重试。',
  'state.retryNow': '立即重试',
  'state.missing': '此报告未提供该项数据。',
  'state.noReports': '没有可显示的报告。',
  'state.chartFailed': '此图表无法显示，其余内容不受影响。',

  'error.http': '服务器返回错误（{status}）。',
  'error.notFound': '找不到所请求的报告（404）。',
  'error.network': '网络连接失败。',
  'error.timeout': '服务器在规定时间内没有响应。',
  'error.notJson': '服务器返回的不是数据（JSON）。',
  'error.invalid': '收到的数据未通过校验，已拒绝显示。',
  'error.redirect': '服务器把请求转到了别的地址（重定向），看板不跟随转向。',
  'error.wrongReport': '服务器送来的是另一份报告，不是所请求的这份，已拒绝显示。',
  'error.unknown': '发生未知错误。',

  'qualifier.exact': '确数',
  'qualifier.atLeast': '下限',
  'qualifier.atMost': '上限',
  'qualifier.approximately': '约数',
  'qualifier.target': '目标',
  'qualifier.change': '变化量',
  'qualifier.targetPrefix': '目标',
  'qualifier.reachedPrefix': '达',
  'qualifier.exactWords': '{value}',
  'qualifier.atLeastWords': '不少于 {value}',
  'qualifier.atMostWords': '不超过 {value}',
  'qualifier.approximatelyWords': '约 {value}',
  'qualifier.targetWords': '目标值 {value}',
  'qualifier.reachedWords': '达 {value}',

  'change.yearOnYear.increase': '同比上升',
  'change.yearOnYear.decrease': '同比下降',
  'change.periodOnPeriod.increase': '环比上升',
  'change.periodOnPeriod.decrease': '环比下降',
  'change.unstated.increase': '上升',
  'change.unstated.decrease': '下降',
  'change.noValue': '报告未给出幅度',

  'derived.badge': '推算',
  'derived.formula': '算式：{formula}',

  'legend.title': '图例',
  'legend.exact': '报告给出的确数',
  'legend.atLeast': '下限（报告写作“余”“多”“上万”等）',
  'legend.atMost': '上限（报告写作“不到”“以内”等）',
  'legend.approximately': '约数（报告写作“近”“约”“左右”等）',

  'source.line': '来源：{sections}',
  'source.lines': '来源：{sections}',
  'source.sectionsJoiner': '、',
  'list.separator': ' · ',
  'chart.unit': '单位：{unit}',
  'chart.changeOf': '{label}：',

  'table.show': '查看数据表',
  'table.hide': '收起数据表',
  'table.caption': '{title}数据表',
  'table.item': '项目',
  'table.value': '数值',
  'table.unit': '单位',
  'table.qualifier': '性质',
  'table.section': '出处',

  'contradiction.badge': '报告前后不一',
  'contradiction.title': '报告中的不同说法',
  'target.title': '目标',
  'target.noneReached': '报告未给出实际达到的数字。',

  'draft.untranslated': '尚无英文，显示中文原文',
  'draft.untranslatedMark': '中',
  'draft.proposed': '待审核',

  'kiosk.enter': '会议室模式',
  'kiosk.enterLabel': '进入会议室模式：全屏轮播各场景',
  'kiosk.exit': '退出会议室模式',
  'kiosk.position': '{index} / {total}',
  'kiosk.sceneAnnouncement': '{position}：{scene}',
  'kiosk.paused': '已暂停',
  'kiosk.pausedByInput': '无操作 {seconds} 秒后继续轮播 · 按 P 立即继续',
  'kiosk.pausedByKey': '按 P 继续轮播',
  'kiosk.blanked': '屏幕已黑屏，按 B 恢复显示',
  'kiosk.period': '{year} 年度报告',
  'kiosk.page': '（第 {index}/{total} 页）',
  'kiosk.updatedAt': '更新于 {time}',
  'kiosk.clockLabel': '当前时间',

  'provenance.toolsMenu': '出处与导出',
  'provenance.openHint': '查看出处',
  'provenance.barLabel': '{label}：{value}。查看出处',
  'provenance.title': '数据出处',
  'provenance.value': '数值',
  'provenance.unit': '单位',
  'provenance.period': '时期',
  'provenance.reportYear': '{year} 年度',
  'provenance.section': '报告章节',
  'provenance.clause': '报告原文',
  'provenance.reportedAs': '报告写法',
  'provenance.derivedFrom': '推算所用的报告数字',
  'provenance.contradictionTitle': '报告中的不同说法',
  'provenance.statement': '报告 {section}',
  'provenance.close': '关闭',
  'provenance.back': '返回：{label}',
  'provenance.missing': '此报告中没有该项数据。',
  'provenance.footnote': '本屏数据来源：报告 {sections}',
  'provenance.labelled': '{label}：{value}',

  'quality.open': '数据质量',
  'quality.title': '数据质量',

  'export.csv': '下载 CSV',
  'export.json': '下载 JSON',
  'export.failed': '下载失败，请重试。',
  'export.col.id': '编号',
  'export.col.label': '项目',
  'export.col.value': '数值',
  'export.col.unit': '单位',
  'export.col.qualifier': '性质',
  'export.col.reportedAs': '报告写法',
  'export.col.period': '时期',
  'export.col.section': '报告章节',
  'export.col.clause': '报告原文',
  'export.col.formula': '算式',
  'export.col.contradiction': '前后不一',

  'print.open': '打印简报',
  'print.title': '简报预览（A4 横向）',

  'roomCheck.open': '会议室检查',
  'roomCheck.title': '会议室显示检查',

  'author.open': '从原文制作数据文件',
  'author.title': '从报告原文制作数据文件',

  'fault.empty': '服务器返回了空白内容。',
  'fault.tooLarge': '服务器返回的数据过大，已拒绝接收。',
  'fault.sceneFailed': '此屏无法显示，将在切换到下一屏时重试。',
  'stale.notUpdatedSince': '数据自 {time} 起未更新',
  'stale.keepsTrying': '页面会自动重试。',
  'stale.fromBuild': '构建时的数字，尚未从服务器更新',
  'stale.fetching': '正在从服务器获取最新数字。',

  // A listed report that answers 404: the page shows another and says so.
  // The paused badge counts down; screen readers get 'kiosk.pausedByInput' once instead.
  'kiosk.resumesIn': '{seconds} 秒后继续轮播 · 按 P 立即继续',
  'report.fallback': '未找到报告“{missing}”（服务器答复 404），现显示“{shown}”；页面会继续尝试原报告。',
} as const;

export type Catalogue = typeof zh;
export type MessageKey = keyof Catalogue;

/** The {placeholder} names in a message. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** Keys whose message has no placeholders: what a lookup table of keys may hold. */
export type PlainMessageKey = { [K in MessageKey]: [Placeholders<Catalogue[K]>] extends [never] ? K : never }[MessageKey];

/** The parameters a message takes: none, or an object with exactly its placeholders. */
export type MessageParams<K extends MessageKey> = [Placeholders<Catalogue[K]>] extends [never]
  ? []
  : [params: Record<Placeholders<Catalogue[K]>, string | number>];

type MessageStrings = Record<MessageKey, string>;

// Chinese is always here; English arrives with loadLocale('en') (the first screen waits for it where the
// address asks for English, and the language switch before it switches).
const catalogues: { zh: MessageStrings; en?: MessageStrings } = { zh };
let englishLoad: Promise<void> | undefined;

export function isLocaleLoaded(locale: Locale): boolean {
  return catalogues[locale] !== undefined;
}

/** Makes the locale's messages available; a second call costs nothing, a failed download is tried again. */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'zh' || catalogues.en) return Promise.resolve();
  englishLoad ??= import('@/i18n/messages-en').then(
    (module) => {
      catalogues.en = module.en;
    },
    (error: unknown) => {
      englishLoad = undefined;
      throw error;
    },
  );
  return englishLoad;
}

/** A message in the locale, placeholders filled; Chinese until a locale's catalogue has arrived. */
export function translate<K extends MessageKey>(locale: Locale, key: K, ...[params]: MessageParams<K>): string {
  const values: Record<string, string | number> = params ?? {};
  const catalogue = catalogues[locale] ?? catalogues.zh;
  return catalogue[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
