import { useMemo, useSyncExternalStore } from 'react';
import { parseLocale, type Locale } from '@/i18n/locale';
import { currentSearch, subscribeToUrl } from '@/lib/url-state';
import { isKioskEnabled } from '@/features/kiosk/model/kiosk-settings';

// The one parsed view of the address: every page reads the URL contract (?scene, ?view, ?report, ?lang,
// ?theme, ?motion, ?kiosk and meeting-room mode's own) from here, never from location.search itself.

const viewIds = ['quality', 'print', 'room-check', 'author'] as const;
export type ViewId = (typeof viewIds)[number];

type ThemeName = 'dark' | 'light';

export type AppUrl = {
  /** The requested scene id; which scenes exist depends on the report, so it is checked against its layout. */
  scene: string | null;
  view: ViewId | null;
  report: string | null;
  locale: Locale;
  theme: ThemeName;
  motionOff: boolean;
  kiosk: boolean;
  /** The raw parameters, for meeting-room mode's own (?interval, ?scenes, ?resume, ?refresh). */
  params: URLSearchParams;
  /** Parameters whose value the app does not know: the address is corrected to say what is shown. */
  invalid: ReadonlyArray<'view' | 'lang' | 'theme' | 'motion'>;
};

const motionOffValues = ['off', '0', 'false', 'none', 'reduce'];
const motionOnValues = ['on', '1', 'true'];

export function parseAppUrl(search: string): AppUrl {
  const params = new URLSearchParams(search);
  const invalid: Array<AppUrl['invalid'][number]> = [];
  const viewParam = params.get('view');
  const view = viewIds.find((id) => id === viewParam) ?? null;
  if (viewParam !== null && view === null) invalid.push('view');
  const lang = params.get('lang');
  if (lang !== null && lang !== 'en' && lang !== 'zh') invalid.push('lang');
  const themeParam = params.get('theme')?.trim().toLowerCase();
  if (themeParam !== undefined && themeParam !== 'light' && themeParam !== 'dark') invalid.push('theme');
  const motion = params.get('motion')?.trim().toLowerCase();
  if (motion !== undefined && !motionOffValues.includes(motion) && !motionOnValues.includes(motion)) invalid.push('motion');
  return {
    scene: params.get('scene'),
    view,
    report: params.get('report'),
    locale: parseLocale(lang),
    theme: themeParam === 'light' ? 'light' : 'dark',
    motionOff: motion !== undefined && motionOffValues.includes(motion),
    kiosk: isKioskEnabled(params.get('kiosk')),
    params,
    invalid,
  };
}

/** The parsed URL, re-read whenever the app changes it or the user goes back or forward. */
export function useAppUrl(): AppUrl {
  const search = useSyncExternalStore(subscribeToUrl, currentSearch, currentSearch);
  return useMemo(() => parseAppUrl(search), [search]);
}
