import { http, HttpResponse, delay } from 'msw';
import { z } from 'zod';
import { ApiError, getJson } from '@/api/api-client';
import { reportListSchema } from '@/data/report-schema';
import { server } from '../msw-server';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('the API client', () => {
  it('returns the parsed report list', async () => {
    const list = await getJson('/reports.json', reportListSchema);
    expect(list.reports.map((report) => report.id)).toContain('yantai-psb-2022');
  });

  it('turns a 404 with a JSON error body into a not-found error with the server message', async () => {
    const error = await failure(getJson('/reports/no-such-report.json', z.unknown()));
    expect(error).toMatchObject({ kind: 'notFound', status: 404 });
    expect(error.message).toContain('No report with id "no-such-report"');
  });

  it('reports a server error with its status and Retry-After', async () => {
    server.use(http.get('*/api/v1/reports.json', () => new HttpResponse('busy', { status: 503, headers: { 'Retry-After': '30' } })));
    expect(await failure(getJson('/reports.json', reportListSchema))).toMatchObject({ kind: 'http', status: 503, retryAfterSeconds: 30 });
  });

  it('rejects HTML where JSON was expected', async () => {
    server.use(http.get('*/api/v1/reports.json', () => HttpResponse.html('<!doctype html><html></html>')));
    expect(await failure(getJson('/reports.json', reportListSchema))).toMatchObject({ kind: 'notJson' });
  });

  it('rejects a payload that fails the schema as a whole', async () => {
    server.use(http.get('*/api/v1/reports.json', () => HttpResponse.json({ reports: [{ id: 'x' }] })));
    const error = await failure(getJson('/reports.json', reportListSchema));
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain('reports.0');
  });

  it('reports a network failure', async () => {
    server.use(http.get('*/api/v1/reports.json', () => HttpResponse.error()));
    expect(await failure(getJson('/reports.json', reportListSchema))).toMatchObject({ kind: 'network' });
  });

  it('gives up after the timeout', async () => {
    server.use(
      http.get('*/api/v1/reports.json', async () => {
        await delay('infinite');
        return HttpResponse.json({ reports: [] });
      }),
    );
    expect(await failure(getJson('/reports.json', reportListSchema, { timeoutMs: 50 }))).toMatchObject({ kind: 'timeout' });
  });

  it('lets only the first request for an address take a preloaded response; later ones go to the server', async () => {
    const cacheModes: string[] = [];
    server.use(
      http.get('*/api/v1/reports/cache-mode-check.json', ({ request }) => {
        cacheModes.push(request.cache);
        return HttpResponse.json({ ok: true });
      }),
    );
    await getJson('/reports/cache-mode-check.json', z.unknown());
    await getJson('/reports/cache-mode-check.json', z.unknown());
    await getJson('/reports/cache-mode-check.json', z.unknown());
    expect(cacheModes).toEqual(['default', 'no-store', 'no-store']);
  });
});
