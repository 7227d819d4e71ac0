import { screen, within } from '@testing-library/react';
import { http, HttpResponse, delay } from 'msw';
import { ScenePage } from '@/features/scenes/components/scene-page';
import { server } from '../msw-server';
import { renderWithProviders } from '../render';

export const reportId = 'yantai-psb-2022';

/** Renders one scene of the report the way the page does: fresh providers, at the given URL. */
export function renderScene(sceneId: string, url = '/', id = reportId) {
  return renderWithProviders(<ScenePage reportId={id} sceneId={sceneId} />, { url });
}

/** The loading and error states every scene owns, checked through MSW. */
export function itShowsLoadingAndErrorStates(sceneId: string) {
  it('shows a loading message while the report is on its way', async () => {
    server.use(
      http.get('*/api/v1/reports/:file', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    renderScene(sceneId);
    expect(await screen.findByRole('status')).toHaveTextContent('正在载入报告数据');
  });

  it('says what failed and that it keeps trying when the API returns 500', async () => {
    server.use(http.get('*/api/v1/reports/:file', () => HttpResponse.json({ error: { code: 'x', message: 'boom' } }, { status: 500 })));
    renderScene(sceneId);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法载入报告数据');
    expect(alert).toHaveTextContent('服务器返回错误（500）');
    expect(alert).toHaveTextContent('页面会自动重试');
    expect(within(alert).getByRole('button', { name: '立即重试' })).toBeInTheDocument();
  });

  it('rejects a report that fails the schema instead of showing part of it', async () => {
    server.use(http.get('*/api/v1/reports/:file', () => HttpResponse.json({ id: reportId, figures: [{ id: 'x', value: -1 }] })));
    renderScene(sceneId, '/?lang=en');
    expect(await screen.findByRole('alert')).toHaveTextContent('The data received failed validation and was rejected.');
    expect(document.querySelector('[data-figure-id]')).toBeNull();
  });
}
