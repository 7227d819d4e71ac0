import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { versionFileName, versionFileSchema, versionMetaName, type VersionFile } from '../src/api/app-version.ts';

/** The version of a build: a hash of every emitted file's name and content, so any change gives a new one. */
export function versionOf(files: ReadonlyArray<{ fileName: string; content: string | Uint8Array }>): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    hash.update(file.fileName).update('\0').update(file.content).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** index.html with the build's version in a <meta>, so a running page knows which build it is. */
export function withVersionMeta(html: string, version: string): string {
  const meta = `<meta name="${versionMetaName}" content="${version}">`;
  if (!/<\/head>/i.test(html)) throw new Error('index.html has no </head> to put the version <meta> before');
  return html.replace(/<\/head>/i, `  ${meta}\n  </head>`);
}

/**
 * Writes dist/version.json and names the same version in index.html. Screens left on for days read the file
 * with each data refresh and reload at the next scene boundary when it names a build other than their own.
 * Runs after every other plugin has emitted its files, so the version covers all of them.
 */
export function versionFilePlugin(): Plugin {
  return {
    name: 'rule-of-law:version-file',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const body: VersionFile = versionFileSchema.parse({
          version: versionOf(
            Object.values(bundle).map((output) => ({
              fileName: output.fileName,
              content: output.type === 'chunk' ? output.code : output.source,
            })),
          ),
          builtAt: new Date().toISOString(),
        });
        for (const output of Object.values(bundle)) {
          if (output.type === 'asset' && output.fileName.endsWith('.html')) output.source = withVersionMeta(String(output.source), body.version);
        }
        this.emitFile({ type: 'asset', fileName: versionFileName, source: `${JSON.stringify(body)}\n` });
      },
    },
  };
}
