import type { Locale } from '@/i18n/locale';
import type { Placeholders } from '@/i18n/messages';

// Words that only one lazily loaded view reads (the author page, the room check) live with that view, not in
// src/i18n/messages.ts: that catalogue is in the JS every dashboard visitor loads first. The rules are the
// catalogue's: Chinese is the reference, with full-width punctuation; English has the same keys and
// placeholders (each feature asserts it with PlaceholderMismatches).

type ParamsOf<Zh extends Record<string, string>, K extends keyof Zh & string> = [Placeholders<Zh[K]>] extends [never]
  ? []
  : [params: Record<Placeholders<Zh[K]>, string | number>];

/** The feature's message function: a key of its Chinese catalogue, and the placeholders that message has. */
export type FeatureText<Zh extends Record<string, string>> = <K extends keyof Zh & string>(key: K, ...params: ParamsOf<Zh, K>) => string;

/** The keys of messages without placeholders. */
export type PlainKeys<Zh extends Record<string, string>> = { [K in keyof Zh & string]: [Placeholders<Zh[K]>] extends [never] ? K : never }[keyof Zh & string];

/** The keys whose English message names other placeholders than the Chinese one (never, when they agree). */
export type PlaceholderMismatches<Zh extends Record<string, string>, En extends Record<keyof Zh, string>> = {
  [K in keyof Zh & string]: [Placeholders<En[K]>] extends [Placeholders<Zh[K]>] ? ([Placeholders<Zh[K]>] extends [Placeholders<En[K]>] ? never : K) : K;
}[keyof Zh & string];

export function featureText<Zh extends Record<string, string>>(catalogues: Record<Locale, Record<keyof Zh, string>>, locale: Locale): FeatureText<Zh> {
  return (key, ...[params]) => {
    const values: Record<string, string | number> = params ?? {};
    // A value inside “…” that has quotes of its own (“法考”通过) gets single ones, as quotes within quotes do.
    return catalogues[locale][key].replace(/(“?)\{(\w+)\}(”?)/g, (match, open: string, name: string, close: string) => {
      if (!(name in values)) return match;
      const value = String(values[name]);
      return open && close ? `“${value.replace(/“/g, '‘').replace(/”/g, '’')}”` : `${open}${value}${close}`;
    });
  };
}
