import type { MessageKey, Placeholders, Catalogue } from '@/i18n/messages';

// The English catalogue. It loads only for an English page (src/i18n/messages.ts), so the Chinese screen's
// first JS does not carry it.
export const en = {
  'app.title': 'Rule-of-Law Policing Indicators',
  'app.reportLine': '{unit} · {year}',
  'app.published': 'Published {date}',
  'app.sourceLink': 'Original text',
  'app.sourceLinkLabel': 'The report’s original text ({site})',
  'app.skipToContent': 'Skip to main content',

  'nav.label': 'Scenes',
  'nav.position': 'Screen {index} of {total}',
  'language.switch': '中文',
  'language.switchLabel': '切换到中文',
  'report.picker': 'Report',
  'report.unknown': 'There is no report “{id}”; showing “{shown}” instead.',
  'report.draft': 'Draft, not yet reviewed',
  'report.draftDetail': 'A program drafted these figures from the report’s text; they have not yet been checked one by one.',

  'state.loading': 'Loading the report data…',
  'state.errorTitle': 'The report data could not be loaded',
  'state.errorRetrying': 'The page will retry automatically.',
  'state.retryNow': 'Retry now',
  'state.missing': 'This report does not give this figure.',
  'state.noReports': 'There are no reports to show.',
  'state.chartFailed': 'This chart cannot be shown; the rest of the screen is unaffected.',

  'error.http': 'The server returned an error ({status}).',
  'error.notFound': 'The requested report was not found (404).',
  'error.network': 'The network connection failed.',
  'error.timeout': 'The server did not respond in time.',
  'error.notJson': 'The server did not return data (JSON).',
  'error.invalid': 'The data received failed validation and was rejected.',
  'error.redirect': 'The server sent the request to another address (a redirect), which the dashboard does not follow.',
  'error.wrongReport': 'The server sent a different report from the one requested, so it was not shown.',
  'error.unknown': 'Something unexpected went wrong.',

  'qualifier.exact': 'Exact figure',
  'qualifier.atLeast': 'Lower bound',
  'qualifier.atMost': 'Upper bound',
  'qualifier.approximately': 'Approximation',
  'qualifier.target': 'Target',
  'qualifier.change': 'Change',
  'qualifier.targetPrefix': 'Target',
  'qualifier.reachedPrefix': 'Reached',
  'qualifier.exactWords': '{value}',
  'qualifier.atLeastWords': 'at least {value}',
  'qualifier.atMostWords': 'at most {value}',
  'qualifier.approximatelyWords': 'about {value}',
  'qualifier.targetWords': 'a target of {value}',
  'qualifier.reachedWords': 'reached {value}',

  'change.yearOnYear.increase': 'up year on year',
  'change.yearOnYear.decrease': 'down year on year',
  'change.periodOnPeriod.increase': 'up on the previous period',
  'change.periodOnPeriod.decrease': 'down on the previous period',
  'change.unstated.increase': 'up',
  'change.unstated.decrease': 'down',
  'change.noValue': 'no amount given',

  'derived.badge': 'Derived',
  'derived.formula': 'Formula: {formula}',

  'legend.title': 'Legend',
  'legend.exact': 'Exact figure from the report',
  'legend.atLeast': 'Lower bound (the report says “more than” or “over”)',
  'legend.atMost': 'Upper bound (the report says “under” or “within”)',
  'legend.approximately': 'Approximation (the report says “about” or “nearly”)',

  'source.line': 'Source: {sections}',
  'source.lines': 'Sources: {sections}',
  'source.sectionsJoiner': '; ',
  'list.separator': ' · ',
  'chart.unit': 'Unit: {unit}',
  'chart.changeOf': '{label}: ',

  'table.show': 'Show as table',
  'table.hide': 'Hide table',
  'table.caption': '{title}: data table',
  'table.item': 'Item',
  'table.value': 'Value',
  'table.unit': 'Unit',
  'table.qualifier': 'Kind',
  'table.section': 'Section',

  'contradiction.badge': 'Inconsistency',
  'contradiction.title': 'Differing statements in the report',
  'target.title': 'Target',
  'target.noneReached': 'The report does not say what was reached.',

  'draft.untranslated': 'No English yet; shown in Chinese',
  'draft.untranslatedMark': 'ZH',
  'draft.proposed': 'To review',

  'kiosk.enter': 'Meeting-room mode',
  'kiosk.enterLabel': 'Enter meeting-room mode: full screen, scenes in rotation',
  'kiosk.exit': 'Leave meeting-room mode',
  'kiosk.position': '{index} / {total}',
  'kiosk.sceneAnnouncement': '{position}: {scene}',
  'kiosk.paused': 'Paused',
  'kiosk.pausedByInput': 'Rotation resumes after {seconds} s without input · Press P to resume now',
  'kiosk.pausedByKey': 'Press P to resume rotation',
  'kiosk.blanked': 'Screen blanked; press B to show it again',
  'kiosk.period': 'Report for {year}',
  'kiosk.page': '(page {index} of {total})',
  'kiosk.updatedAt': 'Updated {time}',
  'kiosk.clockLabel': 'Current time',

  'provenance.toolsMenu': 'Sources and export',
  'provenance.openHint': 'show source',
  'provenance.barLabel': '{label}: {value}. Show source',
  'provenance.title': 'Where this figure comes from',
  'provenance.value': 'Value',
  'provenance.unit': 'Unit',
  'provenance.period': 'Period',
  'provenance.reportYear': 'Report year {year}',
  'provenance.section': 'Report section',
  'provenance.clause': 'Original text',
  'provenance.reportedAs': 'As written',
  'provenance.derivedFrom': 'Report figures it is derived from',
  'provenance.contradictionTitle': 'Differing statements in the report',
  'provenance.statement': '{section}',
  'provenance.close': 'Close',
  'provenance.back': 'Back to {label}',
  'provenance.missing': 'This report does not contain this figure.',
  'provenance.footnote': 'Sources on this screen: {sections}',
  'provenance.labelled': '{label}: {value}',

  'quality.open': 'Data quality',
  'quality.title': 'Data quality',

  'export.csv': 'Download CSV',
  'export.json': 'Download JSON',
  'export.failed': 'The download failed; please try again.',
  'export.col.id': 'ID',
  'export.col.label': 'Item',
  'export.col.value': 'Value',
  'export.col.unit': 'Unit',
  'export.col.qualifier': 'Kind',
  'export.col.reportedAs': 'As written',
  'export.col.period': 'Period',
  'export.col.section': 'Report section',
  'export.col.clause': 'Original text',
  'export.col.formula': 'Formula',
  'export.col.contradiction': 'Inconsistency',

  'print.open': 'Print briefing pack',
  'print.title': 'Briefing pack preview (A4 landscape)',

  'roomCheck.open': 'Meeting-room check',
  'roomCheck.title': 'Meeting-room check',

  'author.open': 'Make a data file from a report’s text',
  'author.title': 'Make a data file from a report’s text',

  'fault.empty': 'The server returned an empty response.',
  'fault.tooLarge': 'The server sent more data than any report could hold, so it was refused.',
  'fault.sceneFailed': 'This screen cannot be shown; it will be tried again at the next scene change.',
  'stale.notUpdatedSince': 'Not updated since {time}',
  'stale.keepsTrying': 'The page will retry automatically.',
  'stale.fromBuild': 'Figures from the build, not yet from the server',
  'stale.fetching': 'Getting the current figures from the server.',
  'kiosk.resumesIn': 'Rotation resumes in {seconds} s · Press P to resume now',
  'report.fallback': 'The report “{missing}” was not found (the server answered 404), so “{shown}” is shown instead; the page will keep trying the requested report.',
} as const satisfies Record<MessageKey, string>;

/** Keys whose English placeholders differ from the Chinese; must be none (checked by the compiler). */
type PlaceholderMismatches = {
  [K in MessageKey]: [Placeholders<(typeof en)[K]>] extends [Placeholders<Catalogue[K]>]
    ? [Placeholders<Catalogue[K]>] extends [Placeholders<(typeof en)[K]>]
      ? never
      : K
    : K;
}[MessageKey];
/** @public A compile-time check: nothing imports it; exported so that noUnusedLocals keeps it. */
export const englishPlaceholdersMatch: [PlaceholderMismatches] extends [never] ? true : PlaceholderMismatches = true;

