import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { versionFileName, versionFileSchema, type VersionFile } from '../src/api/app-version.ts';

/** The version of a build: a hash of every emitted file's name and content, so any change gives a new one. */
export function versionOf(files: ReadonlyArray<{ fileName: string; content: string | Uint8Array }>): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    hash.update(file.fileName).update('\0').update(file.content).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Writes dist/version.json. Screens left on for days read it with each data refresh and reload at the next
 * scene boundary when a new build has been deployed.
 */
export function versionFilePlugin(): Plugin {
  return {
    name: 'rule-of-law:version-file',
    apply: 'build',
    generateBundle(_options, bundle) {
      const body: VersionFile = versionFileSchema.parse({
        version: versionOf(
          Object.values(bundle).map((output) => ({
            fileName: output.fileName,
            content: output.type === 'chunk' ? output.code : output.source,
          })),
        ),
        builtAt: new Date().toISOString(),
      });
      this.emitFile({ type: 'asset', fileName: versionFileName, source: `${JSON.stringify(body)}\n` });
    },
  };
}
