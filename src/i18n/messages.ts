import type { Locale } from '@/i18n/locale';

// Every string shown to people. Chinese is the reference; English must have the same keys.
const zh = {
  'app.title': '法治公安建设指标看板',
  'app.reportLine': '{unit} · {year} 年度',
  'app.asOf': '数据截至 {date}',
  'app.skipToContent': '跳到主要内容',

  'nav.label': '场景',
  'nav.position': '第 {index} / {total} 屏',
  'language.switch': 'English',
  'language.switchLabel': 'Switch to English',
  'report.picker': '报告',

  'scene.overview': '总览',
  'scene.training': '教育培训',
  'scene.review': '法制审核力量',
  'scene.supervision': '执法监督与效率',
  'scene.plans': '不足与 2023 年安排',
  'scene.overview.description': '报告中的主要指标',
  'scene.training.description': '培训、考试与执法资格',
  'scene.review.description': '审核人员目标与队伍',
  'scene.supervision.description': '巡查整改、通报、积案清理与快办',
  'scene.plans.description': '2022 年存在的不足与 2023 年主要安排',

  'state.loading': '正在载入报告数据…',
  'state.errorTitle': '无法载入报告数据',
  'state.errorRetrying': '页面会自动重试。',
  'state.retryNow': '立即重试',
  'state.missing': '此报告未提供该项数据。',
  'state.noReports': '没有可显示的报告。',
  'state.chartFailed': '此图表无法显示,其余内容不受影响。',

  'error.http': '服务器返回错误({status})。',
  'error.notFound': '找不到所请求的报告(404)。',
  'error.network': '网络连接失败。',
  'error.timeout': '服务器在规定时间内没有响应。',
  'error.notJson': '服务器返回的不是数据(JSON)。',
  'error.invalid': '收到的数据未通过校验,已拒绝显示。',
  'error.unknown': '发生未知错误。',

  'qualifier.atLeast': '下限',
  'qualifier.atLeastWords': '不少于 {value}',
  'qualifier.target': '目标',
  'qualifier.targetWords': '目标值 {value}',
  'qualifier.exact': '实数',
  'derived.badge': '推算',
  'derived.fromTarget': '按目标推算,非报告人数',
  'derived.formula': '算式:{formula}',

  'legend.title': '图例',
  'legend.exact': '报告给出的确数',
  'legend.atLeast': '下限(报告写作“余”或“上万”)',
  'legend.target': '目标值(非实绩)',
  'legend.derived': '由报告数字推算',

  'source.line': '来源:{sections}',
  'source.sectionsJoiner': '、',

  'table.show': '查看数据表',
  'table.hide': '收起数据表',
  'table.caption': '{title} 数据表',
  'table.item': '项目',
  'table.value': '数值',
  'table.unit': '单位',
  'table.qualifier': '性质',
  'table.section': '出处',

  'contradiction.badge': '报告前后不一',

  'overview.title': '主要指标',

  'training.personTimes.title': '各类培训与考试参与人次',
  'training.standard.title': '全市规范执法培训',
  'training.qualifications.title': '执法资格与法律职业资格',
  'training.unit.personTimes': '单位:人次',
  'training.unit.people': '单位:人',

  'review.staff.title': '审核力量(人)',
  'review.target.title': '审核人员配备目标',
  'review.target.explain': '报告要求法制审核人员达到本单位执法人数的比例',
  'review.coverage.title': '按目标推算',

  'supervision.rectified.title': '巡查整改执法问题',
  'supervision.notices.title': '执法通报期数',
  'supervision.notices.explain': '报告两处数字不同,两者均列出',
  'supervision.backlog.title': '省厅下发重点积案清零',
  'supervision.efficiency.title': '办案效率',
  'supervision.unit.cases': '单位:起',
  'supervision.unit.notices': '单位:期',

  'plans.shortcomings.title': '2022 年存在的不足',
  'plans.plans.title': '2023 年主要安排',
  'plans.measures.title': '2022 年主要举措',

  'derived.key-backlog-completion-rate': '重点积案清零完成率',
  'derived.standard-training-people-per-session': '规范执法培训平均每期人数',
  'derived.reviewer-target-coverage': '{reviewers} 名审核人员按 {target} 目标可覆盖的执法人数',
  'fault.empty': '服务器返回了空白内容。',
  'fault.tooLarge': '服务器返回的数据过大,已拒绝接收。',
  'fault.sceneFailed': '此屏无法显示,将在切换到下一屏时重试。',
  'stale.notUpdatedSince': '数据自 {time} 起未更新',
  'stale.keepsTrying': '页面会自动重试。',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  'app.title': 'Rule-of-Law Policing Indicators',
  'app.reportLine': '{unit} · {year}',
  'app.asOf': 'Data as of {date}',
  'app.skipToContent': 'Skip to main content',

  'nav.label': 'Scenes',
  'nav.position': 'Screen {index} of {total}',
  'language.switch': '中文',
  'language.switchLabel': '切换到中文',
  'report.picker': 'Report',

  'scene.overview': 'Overview',
  'scene.training': 'Training',
  'scene.review': 'Legal review',
  'scene.supervision': 'Supervision & efficiency',
  'scene.plans': 'Shortcomings & 2023 plans',
  'scene.overview.description': 'The report’s headline indicators',
  'scene.training.description': 'Training, exams and qualifications',
  'scene.review.description': 'Review-staff target and teams',
  'scene.supervision.description': 'Problems fixed, notices, backlog and fast-tracking',
  'scene.plans.description': 'What fell short in 2022 and the plans for 2023',

  'state.loading': 'Loading the report data…',
  'state.errorTitle': 'The report data could not be loaded',
  'state.errorRetrying': 'The page keeps trying on its own.',
  'state.retryNow': 'Retry now',
  'state.missing': 'This report does not give this figure.',
  'state.noReports': 'There are no reports to show.',
  'state.chartFailed': 'This chart cannot be shown; the rest of the screen is unaffected.',

  'error.http': 'The server returned an error ({status}).',
  'error.notFound': 'The requested report was not found (404).',
  'error.network': 'The network connection failed.',
  'error.timeout': 'The server did not answer in time.',
  'error.notJson': 'The server did not return data (JSON).',
  'error.invalid': 'The data received failed validation and was rejected.',
  'error.unknown': 'Something unexpected went wrong.',

  'qualifier.atLeast': 'lower bound',
  'qualifier.atLeastWords': 'at least {value}',
  'qualifier.target': 'target',
  'qualifier.targetWords': 'target {value}',
  'qualifier.exact': 'exact',
  'derived.badge': 'derived',
  'derived.fromTarget': 'derived from a target, not a reported headcount',
  'derived.formula': 'Formula: {formula}',

  'legend.title': 'Legend',
  'legend.exact': 'exact figure from the report',
  'legend.atLeast': 'lower bound (the report says “more than”)',
  'legend.target': 'target (not an achieved figure)',
  'legend.derived': 'derived from report figures',

  'source.line': 'Source: section {sections}',
  'source.sectionsJoiner': ', ',

  'table.show': 'Show as table',
  'table.hide': 'Hide table',
  'table.caption': '{title}: data table',
  'table.item': 'Item',
  'table.value': 'Value',
  'table.unit': 'Unit',
  'table.qualifier': 'Kind',
  'table.section': 'Section',

  'contradiction.badge': 'report disagrees with itself',

  'overview.title': 'Headline indicators',

  'training.personTimes.title': 'Participation in training and exams',
  'training.standard.title': 'Citywide standardised-enforcement training',
  'training.qualifications.title': 'Enforcement and legal-profession qualifications',
  'training.unit.personTimes': 'Unit: person-times',
  'training.unit.people': 'Unit: people',

  'review.staff.title': 'Review strength (people)',
  'review.target.title': 'Review-staff target',
  'review.target.explain': 'Legal-review staff the report asks for, as a share of a unit’s enforcement staff',
  'review.coverage.title': 'Derived from the target',

  'supervision.rectified.title': 'Problems found on patrol and rectified',
  'supervision.notices.title': 'Enforcement notices issued',
  'supervision.notices.explain': 'The report gives two different numbers; both are shown',
  'supervision.backlog.title': 'Key backlog cases cleared',
  'supervision.efficiency.title': 'Case-handling efficiency',
  'supervision.unit.cases': 'Unit: cases',
  'supervision.unit.notices': 'Unit: notices',

  'plans.shortcomings.title': 'Shortcomings in 2022',
  'plans.plans.title': 'Main plans for 2023',
  'plans.measures.title': 'Main measures in 2022',

  'derived.key-backlog-completion-rate': 'Share of key backlog cases cleared',
  'derived.standard-training-people-per-session': 'Average people per standardised-training session',
  'derived.reviewer-target-coverage': 'Enforcement staff that {reviewers} reviewers cover at the {target} target',
  'fault.empty': 'The server returned an empty response.',
  'fault.tooLarge': 'The server sent far more data than a report can be, so it was refused.',
  'fault.sceneFailed': 'This screen cannot be shown; it is tried again on the next scene change.',
  'stale.notUpdatedSince': 'Not updated since {time}',
  'stale.keepsTrying': 'The page keeps trying on its own.',
};

export const messages: Record<Locale, Record<MessageKey, string>> = { zh, en };

export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[locale][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
