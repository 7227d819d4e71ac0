import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { OverviewScene } from '@/features/overview/components/overview-scene';
import { bundledReports } from '@/data/bundled-reports';
import { server } from '../../msw-server';
import { itShowsLoadingAndErrorStates, renderScene } from '../scene-states';

describe('the overview scene', () => {
  itShowsLoadingAndErrorStates(OverviewScene);

  it('shows the headline figures as tiles, lower bounds marked as such, with their sections', async () => {
    renderScene(OverviewScene);
    const rectified = await screen.findByRole('article', { name: /巡查整改执法问题/ });
    expect(rectified).toHaveTextContent('≥700');
    expect(rectified).toHaveTextContent('下限');
    expect(rectified).toHaveTextContent('来源:三(三)');
    expect(screen.getByRole('article', { name: /执法骨干大轮训/ })).toHaveTextContent('≥1万');
    expect(screen.getByRole('article', { name: /行政案件快速办理/ })).toHaveTextContent('11,961');
    expect(screen.getByRole('article', { name: /行政案件快速办理/ })).not.toHaveTextContent('下限');
  });

  it('says so where the report lacks a headline figure', async () => {
    const [report] = bundledReports;
    server.use(
      http.get('*/api/v1/reports/:file', () =>
        HttpResponse.json({ ...report, figures: report!.figures.filter((figure) => figure.id !== 'case-reviewers') }),
      ),
    );
    renderScene(OverviewScene);
    expect(await screen.findByText('此报告未提供该项数据。')).toBeInTheDocument();
    expect(screen.getByText('11,961')).toBeInTheDocument();
  });
});
