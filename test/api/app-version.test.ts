import { fetchDeployedVersion } from '@/api/app-version';

const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as unknown as typeof fetch;

describe('reading the deployed version', () => {
  it('returns the version named in version.json', async () => {
    const body = JSON.stringify({ version: 'abc123', builtAt: '2026-11-26T04:00:00.000Z' });
    await expect(fetchDeployedVersion('/version.json', respond(body))).resolves.toBe('abc123');
  });

  it('treats the index.html a static server sends for unknown paths as "no version", not a new one', async () => {
    await expect(fetchDeployedVersion('/version.json', respond('<!doctype html><html></html>'))).resolves.toBeUndefined();
  });

  it('treats errors and malformed files as "no version"', async () => {
    await expect(fetchDeployedVersion('/version.json', respond('{}', 404))).resolves.toBeUndefined();
    await expect(fetchDeployedVersion('/version.json', respond('{"version":""}'))).resolves.toBeUndefined();
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(fetchDeployedVersion('/version.json', offline)).resolves.toBeUndefined();
  });
});
