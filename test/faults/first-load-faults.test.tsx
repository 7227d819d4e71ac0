import { http, HttpResponse } from 'msw';
import { screen, waitFor } from '@testing-library/react';
import { server } from '../msw-server';
import { renderResilientApp } from './fault-render';
import { brokenReportText } from '../fixtures/broken-reports';
import { yantaiReport } from '../fixtures/yantai';

// First load, nothing received yet: each fault shows what failed and that the screen keeps trying, never a
// number, and the screen recovers by itself once the API answers properly again.

const everyApiPath = '*/api/v1/*';
const reportPath = '*/api/v1/reports/:file';
const keepsTrying = 'The page will retry automatically.';

type Fault = { name: string; path: string; respond: () => Response | Promise<Response>; says: string };

const figureWithoutValue = () => {
  const report = yantaiReport() as unknown as { figures: Array<Record<string, unknown>> };
  delete report.figures[0]!.value;
  return report;
};

const faults: Fault[] = [
  { name: 'HTTP 500', path: everyApiPath, respond: () => HttpResponse.json({ error: { code: 'boom', message: 'boom' } }, { status: 500 }), says: 'The server returned an error (500).' },
  { name: '503 with Retry-After', path: everyApiPath, respond: () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '1' } }), says: 'The server returned an error (503).' },
  { name: '404 for the report', path: reportPath, respond: () => HttpResponse.json({ error: { code: 'not_found', message: 'no' } }, { status: 404 }), says: 'The requested report was not found (404).' },
  { name: 'a network error', path: everyApiPath, respond: () => HttpResponse.error(), says: 'The network connection failed.' },
  { name: 'HTML where JSON was expected', path: everyApiPath, respond: () => HttpResponse.html('<!doctype html><title>Not here</title>'), says: 'The server did not return data (JSON).' },
  { name: 'malformed JSON', path: reportPath, respond: () => new HttpResponse('{"id": "yantai-psb-2022", "figures": [', { headers: { 'Content-Type': 'application/json' } }), says: 'The server did not return data (JSON).' },
  { name: 'an empty body', path: everyApiPath, respond: () => new HttpResponse('', { status: 200 }), says: 'The server returned an empty response.' },
  { name: 'a 10 MB body', path: reportPath, respond: () => HttpResponse.json({ ...yantaiReport(), padding: 'x'.repeat(10 * 1024 * 1024) }), says: 'The server sent more data than any report could hold, so it was refused.' },
  { name: 'a figure without its value', path: reportPath, respond: () => HttpResponse.json(figureWithoutValue()), says: 'The data received failed validation and was rejected.' },
  ...(['missing-clause', 'negative-value', 'string-value', 'unknown-qualifier'] as const).map((broken) => ({
    name: `a payload failing the schema (${broken})`,
    path: reportPath,
    respond: () => new HttpResponse(brokenReportText(broken, yantaiReport()), { headers: { 'Content-Type': 'application/json' } }),
    says: 'The data received failed validation and was rejected.',
  })),
];

describe('first load with no data received', () => {
  for (const fault of faults) {
    it(`says what failed on ${fault.name}, keeps trying, and recovers by itself`, async () => {
      let calls = 0;
      server.use(
        http.get(fault.path, () => {
          calls += 1;
          return fault.respond();
        }),
      );
      renderResilientApp({ url: '/?scene=overview&lang=en' });
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(fault.says);
      expect(alert).toHaveTextContent(keepsTrying);
      expect(screen.queryByText('11,961')).not.toBeInTheDocument();
      // Still trying: more requests arrive while the message is up.
      await waitFor(() => expect(calls).toBeGreaterThanOrEqual(3));
      expect(screen.queryByText('11,961')).not.toBeInTheDocument();

      server.resetHandlers();
      expect(await screen.findByText('11,961')).toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
  }

  it('says it in Chinese when the screen is in Chinese', async () => {
    server.use(http.get(everyApiPath, () => HttpResponse.error()));
    renderResilientApp({ url: '/?scene=overview' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('网络连接失败。');
    expect(alert).toHaveTextContent('页面会自动重试。');
  });
});
