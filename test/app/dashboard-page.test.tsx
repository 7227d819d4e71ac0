import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bundledReports } from '@/data/bundled-reports';
import { reportSchema } from '@/data/report-schema';
import { createHandlers } from '@/mocks/handlers';
import { server } from '../msw-server';
import { renderApp } from '../render';

const secondReport = reportSchema.parse(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/reports/test-unit-2023.json'), 'utf8')),
);

describe('the dashboard page', () => {
  it('opens the scene named by ?scene and marks it current in the navigation', async () => {
    renderApp({ url: '/?scene=review' });
    const nav = screen.getByRole('navigation', { name: '场景' });
    expect(within(nav).getByRole('link', { name: /法制审核力量/ })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('region', { name: '审核力量(人)' })).toBeInTheDocument();
  });

  it('falls back to the overview for an unknown scene id', async () => {
    renderApp({ url: '/?scene=nope' });
    expect(await screen.findByText('11,961')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /总览/ })).toHaveAttribute('aria-current', 'page');
  });

  it('moves to another scene from its link and records it in the URL', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/' });
    await screen.findByText('11,961');
    await user.click(screen.getByRole('link', { name: /执法监督与效率/ }));
    expect(await screen.findByRole('region', { name: '执法通报期数' })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('scene')).toBe('supervision');
  });

  it('switches between Chinese and English with a visible control', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?scene=overview' });
    await screen.findByText('11,961');
    await user.click(screen.getByRole('link', { name: 'Switch to English' }));
    expect(await screen.findByRole('heading', { name: 'Rule-of-Law Policing Indicators' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en-GB');
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('en');
    expect(screen.getByText('Data as of 31 December 2022', { exact: false })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '切换到中文' }));
    expect(await screen.findByRole('heading', { name: '法治公安建设指标看板' })).toBeInTheDocument();
  });

  it('offers no report picker when there is one report', async () => {
    renderApp();
    await screen.findByText('11,961');
    expect(screen.queryByRole('combobox', { name: '报告' })).not.toBeInTheDocument();
  });

  it('offers a picker when a second report file is added, and shows the chosen report', async () => {
    server.use(...createHandlers([...bundledReports, secondReport]));
    const user = userEvent.setup();
    renderApp({ url: '/?scene=overview' });
    const picker = await screen.findByRole('combobox', { name: '报告' });
    expect(within(picker).getAllByRole('option').map((option) => option.textContent)).toEqual([
      '测试单位 2023 年度报告(测试数据)',
      '烟台市公安局 2022 年度法治政府建设情况报告',
    ]);
    await user.selectOptions(picker, 'yantai-psb-2022');
    expect(await screen.findByText('11,961')).toBeInTheDocument();
    await user.selectOptions(picker, 'test-unit-2023');
    expect(await screen.findByRole('article', { name: /从事案件审核人员: 12/ })).toBeInTheDocument();
    expect(screen.getAllByText('此报告未提供该项数据。').length).toBeGreaterThan(0);
    expect(new URLSearchParams(window.location.search).get('report')).toBe('test-unit-2023');
  });
});
