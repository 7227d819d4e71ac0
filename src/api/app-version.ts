import { z } from 'zod/mini';

// dist/version.json names the deployed build; a meeting-room screen that sees it change reloads itself.

export const versionFileName = 'version.json';
/** index.html names its own build in `<meta name="dashboard-version" content="…">` (build/version-file-plugin.ts). */
export const versionMetaName = 'dashboard-version';

export const versionFileSchema = z.object({
  version: z.string().check(z.minLength(1)),
  builtAt: z.iso.datetime(),
});
export type VersionFile = z.infer<typeof versionFileSchema>;

/** Reads the deployed version; undefined when there is none or it cannot be read, so nothing reloads. */
export async function fetchDeployedVersion(url: string, fetchImpl: typeof fetch = fetch): Promise<string | undefined> {
  try {
    const response = await fetchImpl(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
    if (!response.ok) return undefined;
    // Static servers answer unknown paths with index.html: only a body that parses counts.
    const parsed = versionFileSchema.safeParse(JSON.parse(await response.text()));
    return parsed.success ? parsed.data.version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The build this page was loaded from, or undefined where index.html names none (development, tests) or there
 * is no page (prerendering at build time).
 */
export function runningVersion(doc: Pick<Document, 'querySelector'> | undefined = globalThis.document): string | undefined {
  const content = doc?.querySelector<HTMLMetaElement>(`meta[name="${versionMetaName}"]`)?.content.trim();
  return content ? content : undefined;
}
