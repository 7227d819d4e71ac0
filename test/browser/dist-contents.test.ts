import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptPattern } from '../../build/csp-plugin';
import { secretCanary } from '../production-build';

// dist/ as npm test or the browser suite's global set-up built it (test/production-build.ts): what must never ship.

const dist = path.resolve(import.meta.dirname, '../../dist');

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const files = filesUnder(dist).map((file) => ({ name: path.relative(dist, file), text: readFileSync(file, 'utf8') }));

describe('what dist/ holds', () => {
  it('holds no MSW: no worker script and no MSW code in any bundle', () => {
    expect(files.map((file) => file.name)).not.toContain('mockServiceWorker.js');
    for (const file of files) expect(file.text, file.name).not.toMatch(/Mock Service Worker|mockServiceWorker|setupWorker/);
  });

  it('holds no source maps and no references to them', () => {
    expect(files.filter((file) => file.name.endsWith('.map'))).toEqual([]);
    for (const file of files) expect(file.text, file.name).not.toContain('sourceMappingURL');
  });

  it('holds nothing from the build environment except VITE_ variables', () => {
    const secretLooking = Object.entries(process.env).filter(
      ([name, value]) => !name.startsWith('VITE_') && /SECRET|TOKEN|PASSWORD|API_KEY|CREDENTIAL/i.test(name) && value && value.length >= 8,
    );
    for (const file of files) {
      expect(file.text, file.name).not.toContain(secretCanary);
      for (const [name, value] of secretLooking) expect(file.text.includes(value!), `${name} in ${file.name}`).toBe(false);
    }
  });

  it('serves index.html with a Content-Security-Policy and no inline script', () => {
    const index = files.find((file) => file.name === 'index.html')!.text;
    expect(index).not.toMatch(inlineScriptPattern);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(index)?.[1]?.replaceAll('&#39;', "'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});
