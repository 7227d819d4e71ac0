import { readFileSync } from 'node:fs';
import path from 'node:path';
import { http, HttpResponse } from 'msw';
import { screen, waitFor } from '@testing-library/react';
import { bundledReports } from '@/data/bundled-reports';
import { reportSchema, type ReportSummary } from '@/data/report-schema';
import { createHandlers } from '@/mocks/handlers';
import { notFoundBody } from '@/api/api-responses';
import { pickReport, type ReportStatus } from '@/app/report-fallback';
import { server } from '../msw-server';
import { renderResilientApp } from '../faults/fault-render';

// A listed report that answers 404 (here the newest, which the page opens by default) must not leave the
// screen retrying it for good: another listed report is shown, and the screen says so.

const newest = reportSchema.parse(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/reports/test-unit-2023.json'), 'utf8')));
const summary = (id: string): ReportSummary => ({ id, title: { zh: id, en: id }, unit: { zh: id, en: id }, year: 2022 });

function listBothButNewestIsMissing() {
  let missing = true;
  // The first handler that matches answers: the 404 goes before the happy path.
  server.use(
    http.get('*/api/v1/reports/test-unit-2023.json', () => (missing ? HttpResponse.json(notFoundBody('test-unit-2023'), { status: 404 }) : HttpResponse.json(newest))),
    ...createHandlers([...bundledReports, newest]),
  );
  return { restore: () => (missing = false) };
}

describe('which report a page shows when one answers 404', () => {
  const reports = [summary('a'), summary('b'), summary('c')];
  const statuses = (map: Record<string, ReportStatus>) => (id: string) => map[id] ?? 'pending';

  it('shows the requested (or first) report unless it is missing', () => {
    expect(pickReport(reports, null, statuses({ a: 'ok' }))).toEqual({ report: reports[0], insteadOf: undefined });
    expect(pickReport(reports, 'b', statuses({ b: 'failing', a: 'ok' }))).toEqual({ report: reports[1], insteadOf: undefined });
  });

  it('stands in the first other report that has loaded, and names the missing one', () => {
    expect(pickReport(reports, null, statuses({ a: 'missing', b: 'missing', c: 'ok' }))).toEqual({ report: reports[2], insteadOf: reports[0] });
    expect(pickReport(reports, 'c', statuses({ c: 'missing', a: 'ok', b: 'ok' }))).toEqual({ report: reports[0], insteadOf: reports[2] });
  });

  it('keeps the missing report (and its 404 on screen) while no other has loaded', () => {
    expect(pickReport(reports, null, statuses({ a: 'missing', b: 'pending', c: 'failing' }))).toEqual({ report: reports[0], insteadOf: undefined });
    expect(pickReport([], null, statuses({}))).toEqual({ report: undefined, insteadOf: undefined });
  });
});

describe('a default report that answers 404', () => {
  it('on the dashboard: shows another listed report, says so, and goes back once the report is there again', async () => {
    const deploy = listBothButNewestIsMissing();
    renderResilientApp({ url: '/?scene=overview&lang=en' });
    expect(await screen.findByText('11,961')).toBeInTheDocument();
    const notice = await screen.findByText(/was not found/);
    expect(notice).toHaveTextContent(
      'The report “Test unit: 2023 report (test data)” was not found (the server answered 404), so “Yantai Public Security Bureau: 2022 report on building a rule-of-law government” is shown instead; the page will keep trying the requested report.',
    );
    expect(screen.getByRole('combobox', { name: 'Report' })).toHaveValue('yantai-psb-2022');
    deploy.restore();
    await waitFor(() => expect(screen.queryByText(/was not found/)).not.toBeInTheDocument());
    expect(screen.getByRole('combobox', { name: 'Report' })).toHaveValue('test-unit-2023');
  });

  it('in meeting-room mode: shows another listed report and says so, in Chinese', async () => {
    listBothButNewestIsMissing();
    renderResilientApp({ url: '/?kiosk&motion=off&interval=3600&scene=overview' });
    expect(await screen.findByText('11,961')).toBeInTheDocument();
    expect(await screen.findByText(/未找到报告“测试单位 2023 年度报告\(测试数据\)”（服务器答复 404），现显示“/)).toBeInTheDocument();
  });
});
