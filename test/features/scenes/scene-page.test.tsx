import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '../../msw-server';
import { itShowsLoadingAndErrorStates, renderScene } from '../scene-states';
import { yantaiReport } from '../../fixtures/yantai';

describe('a scene drawn from the report’s layout', () => {
  itShowsLoadingAndErrorStates('overview');

  it('shows the headline figures as tiles, with their qualifiers in the report’s own form and their sections', async () => {
    renderScene('overview');
    const rectified = await screen.findByRole('article', { name: /巡查整改执法问题/ });
    expect(rectified).toHaveTextContent('≥700');
    expect(rectified).toHaveTextContent('下限');
    expect(rectified).toHaveTextContent('来源：三（三）');
    expect(screen.getByRole('article', { name: /执法骨干大轮训/ })).toHaveTextContent('≥1万');
    expect(screen.getByRole('article', { name: /从事案件审核人员/ })).toHaveTextContent('达 470');
    const fastTrack = screen.getByRole('article', { name: /行政案件快速办理/ });
    expect(fastTrack).toHaveTextContent('11,961');
    expect(fastTrack).not.toHaveTextContent('下限');
  });

  it('marks every element that shows a figure with its id', async () => {
    renderScene('overview');
    await screen.findByRole('article', { name: /巡查整改执法问题/ });
    const ids = [...document.querySelectorAll('[data-figure-id]')].map((element) => element.getAttribute('data-figure-id'));
    expect(ids).toEqual(yantaiReport().layout?.scenes[0]?.panels.flatMap((panel) => ('figures' in panel ? panel.figures : [])));
  });

  it('shows both notice counts the report gives, says that they disagree and that the report gives no reason', async () => {
    renderScene('supervision');
    // The card and its title are there at once; what it holds follows with the chart's lazy module.
    const notices = await screen.findByRole('region', { name: '执法通报期数' });
    expect(await within(notices).findByText(/未说明差异原因/)).toBeInTheDocument();
    const table = within(notices).getByRole('table', { hidden: true });
    expect(within(table).getByRole('row', { name: /下发执法问题通报/, hidden: true })).toHaveTextContent('11');
    expect(within(table).getByRole('row', { name: /下发执法通报/, hidden: true })).toHaveTextContent('10');
    expect(within(table).getAllByText(/报告前后不一/)).toHaveLength(2);
  });

  it('shows the backlog as cleared of assigned, with a derived completion and its formula', async () => {
    renderScene('supervision', '/?lang=en');
    const completion = await screen.findByRole('article', { name: /Share of key backlog cases cleared/ });
    expect(completion).toHaveTextContent('100%');
    expect(completion).toHaveTextContent('Formula: 4,308 ÷ 4,308 × 100% = 100%');
    expect(completion).toHaveTextContent('Derived');
  });

  it('shows the committee’s two briefing frequencies side by side as a contradiction', async () => {
    renderScene('review');
    const briefings = await screen.findByRole('region', { name: '党委听取执法工作报告' });
    expect(briefings).toHaveTextContent('每季度听取一次');
    expect(within(briefings).getByRole('article', { name: /次\/季度/ })).toHaveTextContent('来源：一（二）');
    expect(within(briefings).getByRole('article', { name: /次\/月/ })).toHaveTextContent('≥1');
  });

  it('shows the 5% as a target and says the report gives no share reached; no headcount is derived from it', async () => {
    renderScene('review', '/?lang=en');
    const target = await screen.findByRole('region', { name: 'Review-staff target' });
    expect(within(target).getByRole('article')).toHaveTextContent('Target 5%');
    expect(target).toHaveTextContent('The report does not say what was reached.');
    expect(document.body).not.toHaveTextContent('9,400');
  });

  it('lists the report’s four parts as the report groups them, the plans under the year after the report', async () => {
    renderScene('plans');
    const duties = await screen.findByRole('region', { name: '主要负责人推进法治建设' });
    expect(within(duties).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByRole('region', { name: '2023 年主要安排' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '2022 年存在的不足' })).toBeInTheDocument();
  });

  it('shows the first scene when the report has no scene with the id asked for', async () => {
    renderScene('no-such-scene');
    expect(await screen.findByRole('region', { name: '总览' })).toBeInTheDocument();
  });

  it('shows a report without a layout through a generated one, every figure included', async () => {
    const report = yantaiReport();
    delete report.layout;
    server.use(http.get('*/api/v1/reports/:file', () => HttpResponse.json(report)));
    renderScene('legal-review');
    expect(await screen.findByRole('article', { name: /法制审核人员占执法人数目标/ })).toHaveTextContent('目标 5%');
  });
});
