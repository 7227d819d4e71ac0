import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chartModule } from '@/features/scenes/chart-module';
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
    expect(await within(nav).findByRole('link', { name: /法制审核与执法责任/ })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('region', { name: '审核力量' })).toBeInTheDocument();
  });

  it('falls back to the first scene for an unknown scene id, and says so in the address', async () => {
    renderApp({ url: '/?scene=nope&lang=fr&theme=sepia' });
    expect(await screen.findByText('11,961')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /总览/ })).toHaveAttribute('aria-current', 'page');
    expect(window.location.search).toBe('?scene=overview');
  });

  it('moves to another scene from its link and records it in the URL', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/' });
    await screen.findByText('11,961');
    await user.click(screen.getByRole('link', { name: /执法监督与效率/ }));
    expect(await screen.findByRole('region', { name: '执法通报期数' })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('scene')).toBe('supervision');
  });

  it('opens the next scene with its charts as charts, whatever was shown as a table on the last one', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?scene=review' });
    const reviewChart = await screen.findByRole('region', { name: '审核力量' });
    // The chart code arrives on demand: the toggle comes with the chart.
    await user.click(await within(reviewChart).findByRole('button', { name: '查看数据表' }));
    expect(within(reviewChart).getByRole('button', { name: '收起数据表' })).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('link', { name: /执法监督与效率/ }));
    const noticesChart = await screen.findByRole('region', { name: '执法通报期数' });
    for (const toggle of within(noticesChart.closest('.scene')!).getAllByRole('button', { name: '查看数据表' })) {
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
    }
    expect(screen.queryByRole('button', { name: '收起数据表' })).not.toBeInTheDocument();
  });

  it('fetches the chart code as soon as a scene link is pointed at, touched or focused', async () => {
    renderApp({ url: '/?scene=overview' });
    await screen.findByText('11,961');
    const preload = vi.spyOn(chartModule, 'preload');
    try {
      const link = screen.getByRole('link', { name: /教育培训/ });
      fireEvent.pointerEnter(link);
      expect(preload).toHaveBeenCalledTimes(1);
      fireEvent.touchStart(link);
      fireEvent.focus(link);
      expect(preload).toHaveBeenCalledTimes(3);
    } finally {
      preload.mockRestore();
    }
  });

  it('switches between Chinese and English with a visible control', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?scene=overview' });
    await screen.findByText('11,961');
    await user.click(screen.getByRole('link', { name: 'Switch to English' }));
    expect(await screen.findByRole('heading', { name: 'Rule-of-Law Policing Indicators' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en-GB');
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('en');
    // The period the report covers and when it was published; the report itself gives no "as of" date.
    expect(screen.getByText('Published 30 January 2023')).toBeInTheDocument();
    expect(screen.queryByText(/as of/i)).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '切换到中文' }));
    expect(await screen.findByRole('heading', { name: '法治公安建设指标看板' })).toBeInTheDocument();
  });

  it('adds a history entry for a language switch, so Back returns to the language as well as the scene', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?scene=overview' });
    await user.click(await screen.findByRole('link', { name: /教育培训/ }));
    await user.click(screen.getByRole('link', { name: 'Switch to English' }));
    expect(await screen.findByRole('heading', { name: 'Rule-of-Law Policing Indicators' })).toBeInTheDocument();
    window.history.back();
    expect(await screen.findByRole('heading', { name: '法治公安建设指标看板' })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('scene')).toBe('training');
  });

  it('offers no report picker when there is one report', async () => {
    renderApp();
    await screen.findByText('11,961');
    expect(screen.queryByRole('combobox', { name: '报告' })).not.toBeInTheDocument();
  });

  it('opens on the newest report, offers a picker, and shows every figure of a report it has no layout for', async () => {
    server.use(...createHandlers([...bundledReports, secondReport]));
    const user = userEvent.setup();
    renderApp({ url: '/?scene=overview' });
    const picker = await screen.findByRole('combobox', { name: '报告' });
    expect(within(picker).getAllByRole('option').map((option) => option.textContent)).toEqual([
      '测试单位 2023 年度报告(测试数据)',
      '烟台市公安局 2022 年度法治政府建设情况报告',
    ]);
    expect(await screen.findByRole('article', { name: /从事案件审核人员：12 人/ })).toBeInTheDocument();
    await user.selectOptions(picker, 'yantai-psb-2022');
    expect(await screen.findByText('11,961')).toBeInTheDocument();
    await user.selectOptions(picker, 'test-unit-2023');
    expect(await screen.findByRole('article', { name: /从事案件审核人员：12 人/ })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('report')).toBe('test-unit-2023');
  });

  it('says so when ?report names no report, and shows the default one', async () => {
    renderApp({ url: '/?report=xian-psb-2031' });
    expect(await screen.findByText(/没有编号为“xian-psb-2031”的报告/)).toHaveTextContent('现显示：烟台市公安局 2022 年度法治政府建设情况报告。');
    expect(await screen.findByText('11,961')).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('report')).toBe('yantai-psb-2022');
  });
});
