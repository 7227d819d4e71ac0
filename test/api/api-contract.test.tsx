import { http, HttpResponse } from 'msw';
import { render, screen } from '@testing-library/react';
import { z } from 'zod';
import { server } from '../msw-server';
import { yantaiReport } from '../fixtures/yantai';
import { createTestQueryClient } from '../query-client';
import { ApiError, getJson } from '@/api/api-client';
import { reportQueries } from '@/api/report-queries';
import { ErrorState } from '@/components/query-state';
import { I18nProvider } from '@/i18n/i18n-context';

// What docs/api.md asks of an answer beyond its body: declared as JSON, given at the address asked, and, for a
// report, the report that was asked for.

const schema = z.object({ ok: z.boolean() });
const probe = '*/api/v1/probe.json';
const jsonBytes = () => new TextEncoder().encode('{"ok":true}');

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('the Content-Type of a successful answer', () => {
  it('refuses a JSON body sent as text/html, saying what was declared', async () => {
    server.use(http.get(probe, () => new HttpResponse('{"ok":true}', { headers: { 'Content-Type': 'text/html; charset=utf-8' } })));
    const error = await failure(getJson('/probe.json', schema));
    expect(error.kind).toBe('notJson');
    expect(error.message).toBe('/probe.json was sent as "text/html; charset=utf-8", not application/json');
  });

  it('refuses a JSON body sent with no Content-Type at all', async () => {
    // Bytes, not a string: a string body would get text/plain from the Response constructor.
    server.use(http.get(probe, () => new HttpResponse(jsonBytes())));
    const error = await failure(getJson('/probe.json', schema));
    expect(error.kind).toBe('notJson');
    expect(error.message).toBe('/probe.json was sent as no Content-Type, not application/json');
  });

  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON', 'application/problem+json', 'application/vnd.api+json; charset=utf-8'])(
    'accepts %s',
    async (contentType) => {
      server.use(http.get(probe, () => new HttpResponse(jsonBytes(), { headers: { 'Content-Type': contentType } })));
      await expect(getJson('/probe.json', schema)).resolves.toEqual({ ok: true });
    },
  );

  it('still reads the error body of a failed answer whatever its type', async () => {
    server.use(
      http.get(probe, () => new HttpResponse('{"error":{"code":"busy","message":"Try later"}}', { status: 503, headers: { 'Content-Type': 'text/plain' } })),
    );
    expect(await failure(getJson('/probe.json', schema))).toMatchObject({ kind: 'http', status: 503, message: '/probe.json: HTTP 503 Try later' });
  });

  it('is what the app’s own handlers send for the report list and a report', async () => {
    const types: Array<string | null> = [];
    server.events.on('response:mocked', ({ response }) => types.push(response.headers.get('Content-Type')));
    await getJson('/reports.json', z.unknown());
    await getJson('/reports/yantai-psb-2022.json', z.unknown());
    server.events.removeAllListeners();
    expect(types).toEqual(['application/json', 'application/json']);
  });
});

describe('a redirect', () => {
  it('costs one request, not one per hop of a loop, and is an error of its own', async () => {
    let requests = 0;
    server.use(
      http.get(probe, () => {
        requests += 1;
        return new HttpResponse(null, { status: 302, headers: { Location: '/api/v1/probe.json' } });
      }),
    );
    const error = await failure(getJson('/probe.json', schema));
    expect(error).toMatchObject({ kind: 'redirect', status: 302, message: '/probe.json answered with a redirect to /api/v1/probe.json; the API must answer at its own address' });
    expect(requests).toBe(1);
  });

  it('is not followed even to a good answer', async () => {
    const followed: string[] = [];
    server.use(
      http.get(probe, () => new HttpResponse(null, { status: 308, headers: { Location: '/api/v1/elsewhere.json' } })),
      http.get('*/api/v1/elsewhere.json', ({ request }) => {
        followed.push(request.url);
        return HttpResponse.json({ ok: true });
      }),
    );
    expect((await failure(getJson('/probe.json', schema))).kind).toBe('redirect');
    expect(followed).toEqual([]);
  });

  it.each([
    ['en', 'The server sent the request to another address (a redirect), which the dashboard does not follow.'],
    ['zh', '服务器把请求转到了别的地址（重定向），看板不跟随转向。'],
  ] as const)('is described on screen (%s)', (locale, says) => {
    render(
      <I18nProvider locale={locale}>
        <ErrorState error={new ApiError('redirect', 'x')} onRetry={() => {}} />
      </I18nProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(says);
  });
});

describe('a report with another id than the one asked for', () => {
  const otherReport = () => ({ ...yantaiReport(), id: 'other-psb-2022', unit: { zh: '另一公安局', en: 'Another bureau' } });

  it('is refused by the report query as a wrong report', async () => {
    server.use(http.get('*/api/v1/reports/:file', () => HttpResponse.json(otherReport())));
    const queryClient = createTestQueryClient();
    const error = await failure(queryClient.fetchQuery(reportQueries.detail('yantai-psb-2022')));
    expect(error).toMatchObject({ kind: 'wrongReport', message: 'asked for report "yantai-psb-2022" but received "other-psb-2022"' });
  });

  it.each([
    ['en', 'The server sent a different report from the one requested, so it was not shown.'],
    ['zh', '服务器送来的是另一份报告，不是所请求的这份，已拒绝显示。'],
  ] as const)('is described on screen (%s)', (locale, says) => {
    render(
      <I18nProvider locale={locale}>
        <ErrorState error={new ApiError('wrongReport', 'x')} onRetry={() => {}} />
      </I18nProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(says);
  });
});
