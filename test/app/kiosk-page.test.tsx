import { act, fireEvent, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '../msw-server';
import { createQueryClient } from '@/app/query-client';
import { renderApp } from '../render';
import { untilFound, useStoppedClock } from '../stopped-clock';

// Meeting-room mode as a person in the room sees it; timings are driven by a fake clock.

const findSceneHeading = (name: string) => screen.findByRole('heading', { level: 2, name });
const sceneHeading = (name: string) => screen.getByRole('heading', { level: 2, name });

describe('meeting-room mode', () => {
  afterEach(() => {
    delete document.documentElement.dataset.mode;
  });

  it('hides the interactive chrome and always shows the scene name, its place, the data date and a clock', async () => {
    renderApp({ url: '/?kiosk&scene=review' });
    expect(await findSceneHeading('法制审核与执法责任')).toBeInTheDocument();
    expect(screen.getByText('3 / 5')).toBeInTheDocument();
    expect(await screen.findByText('2022 年度报告')).toBeInTheDocument();
    // When the report was published, from the data file: the report text itself gives no date.
    expect(screen.getByText('2023年1月30日 发布')).toBeInTheDocument();
    expect(screen.getByLabelText('当前时间')).toHaveTextContent(/^\d{2}:\d{2}$/);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Switch to English' })).not.toBeInTheDocument();
    expect(document.documentElement.dataset.mode).toBe('kiosk');
  });

  it('is entered from a visible link on the dashboard', async () => {
    renderApp({ url: '/?scene=plans' });
    fireEvent.click(await screen.findByRole('link', { name: '会议室模式' }));
    expect(await findSceneHeading('举措、不足与 2023 年安排')).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).has('kiosk')).toBe(true);
  });

  it('moves with the clicker keys, says it is paused, and P holds and releases the rotation', async () => {
    renderApp({ url: '/?kiosk' });
    await findSceneHeading('总览');
    fireEvent.keyDown(window, { key: 'PageDown' });
    expect(await findSceneHeading('教育培训')).toBeInTheDocument();
    const status = (await screen.findByText('已暂停')).closest<HTMLElement>('[role="status"]')!;
    expect(within(status).getByText('无操作 60 秒后继续轮播 · 按 P 立即继续')).toBeInTheDocument();
    fireEvent.keyDown(window, { key: '5' });
    expect(await findSceneHeading('举措、不足与 2023 年安排')).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('scene')).toBe('plans');
    fireEvent.keyDown(window, { key: 'p' });
    expect(within(status).getByText('按 P 继续轮播')).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'P' });
    expect(within(status).queryByText('已暂停')).not.toBeInTheDocument();
  });

  it('announces each scene change politely to screen readers', async () => {
    renderApp({ url: '/?kiosk&lang=en' });
    await findSceneHeading('Overview');
    const announcement = () => document.querySelector('[aria-live="polite"]');
    expect(announcement()).toHaveTextContent('Screen 1 of 5: Overview');
    fireEvent.keyDown(window, { key: 'PageDown' });
    await findSceneHeading('Training');
    expect(announcement()).toHaveTextContent('Screen 2 of 5: Training');
  });

  it('says what failed on a first load with no data, and keeps trying', async () => {
    server.use(http.get('*/api/v1/reports.json', () => HttpResponse.error()));
    // The production client: it retries forever, so the failure arrives as failureReason, not as an error.
    const { queryClient } = renderApp({ url: '/?kiosk', queryClient: createQueryClient() });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('网络连接失败');
    expect(alert).toHaveTextContent('页面会自动重试');
    await queryClient.cancelQueries();
    queryClient.clear();
  });

  it('blanks the screen with B or "." and brings it back', async () => {
    renderApp({ url: '/?kiosk' });
    await findSceneHeading('总览');
    fireEvent.keyDown(window, { key: 'b' });
    expect(screen.getByTestId('kiosk-blank')).toHaveTextContent('屏幕已黑屏，按 B 恢复显示');
    fireEvent.keyDown(window, { key: '.' });
    expect(screen.queryByTestId('kiosk-blank')).not.toBeInTheDocument();
  });

  it('rotates in the ?scenes order every ?interval seconds and refetches every ?refresh minutes without leaving the scene', async () => {
    useStoppedClock(new Date(2026, 0, 5, 8, 0, 0));
    renderApp({ url: '/?kiosk&scenes=plans,overview&interval=45&refresh=1' });
    await untilFound(() => sceneHeading('举措、不足与 2023 年安排'));
    expect(await untilFound(() => screen.getByText('更新于 08:00'))).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(45_000));
    expect(await untilFound(() => sceneHeading('总览'))).toBeInTheDocument();
    expect(await untilFound(() => screen.getByText('11,961'))).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(14_000));
    expect(sceneHeading('总览')).toBeInTheDocument();
    // A minute in: the data is fetched again while the scene and its figures stay on screen.
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(await untilFound(() => screen.getByText('更新于 08:01'))).toBeInTheDocument();
    expect(screen.getByText('11,961')).toBeInTheDocument();
    expect(screen.queryByText('正在载入报告数据…')).not.toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(await untilFound(() => sceneHeading('举措、不足与 2023 年安排'))).toBeInTheDocument();
  });

  it('moves the whole layout by one drift step every few minutes against burn-in, without changing scene', async () => {
    useStoppedClock();
    const { container } = renderApp({ url: '/?kiosk&interval=3600' });
    await untilFound(() => sceneHeading('总览'));
    const frame = container.querySelector<HTMLElement>('.kiosk')!;
    expect(frame.style.getPropertyValue('--kiosk-drift-x')).toBe('');
    await act(() => vi.advanceTimersByTimeAsync(4 * 60_000));
    expect([frame.style.getPropertyValue('--kiosk-drift-x'), frame.style.getPropertyValue('--kiosk-drift-y')]).toEqual(['1', '0']);
    await act(() => vi.advanceTimersByTimeAsync(4 * 60_000));
    expect([frame.style.getPropertyValue('--kiosk-drift-x'), frame.style.getPropertyValue('--kiosk-drift-y')]).toEqual(['1', '1']);
    expect(sceneHeading('总览')).toBeInTheDocument();
  });

  it('counts the pause down each second, starts again from the top on more input, and resumes at zero', async () => {
    useStoppedClock();
    renderApp({ url: '/?kiosk&resume=10&interval=3600' });
    await untilFound(() => sceneHeading('总览'));
    fireEvent.pointerDown(window);
    const countdown = () => screen.getByText(/^\d+ 秒后继续轮播 · 按 P 立即继续$/);
    expect(countdown()).toHaveTextContent('10 秒后继续轮播 · 按 P 立即继续');
    // Screen readers hear the sentence once, without a count that changes every second.
    expect(countdown()).toHaveAttribute('aria-hidden', 'true');
    // The count changes a millisecond after each whole second, so that rounding has surely moved.
    await act(() => vi.advanceTimersByTimeAsync(1_001));
    expect(countdown()).toHaveTextContent(/^9 秒后/);
    await act(() => vi.advanceTimersByTimeAsync(3_000));
    expect(countdown()).toHaveTextContent(/^6 秒后/);
    fireEvent.pointerDown(window);
    expect(countdown()).toHaveTextContent(/^10 秒后/);
    await act(() => vi.advanceTimersByTimeAsync(9_001));
    expect(countdown()).toHaveTextContent(/^1 秒后/);
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(screen.queryByText('已暂停')).not.toBeInTheDocument();
  });

  it('with ?motion=off, animates nothing: the progress bar stands still and changes only with the scene', async () => {
    renderApp({ url: '/?kiosk&motion=off&interval=3600' });
    await findSceneHeading('总览');
    expect(document.querySelector('.kiosk-progress__bar')).toBeNull();
    const step = screen.getByTestId('kiosk-progress-step');
    expect(step.style.getPropertyValue('--kiosk-step')).toBe('0.2');
    fireEvent.keyDown(window, { key: 'PageDown' });
    await findSceneHeading('教育培训');
    expect(screen.getByTestId('kiosk-progress-step').style.getPropertyValue('--kiosk-step')).toBe('0.4');
  });

  it('with motion on, fills the bar over the interval instead', async () => {
    renderApp({ url: '/?kiosk&interval=30' });
    await findSceneHeading('总览');
    expect(document.querySelector<HTMLElement>('.kiosk-progress__bar')!.style.getPropertyValue('--kiosk-interval')).toBe('30000ms');
    expect(screen.queryByTestId('kiosk-progress-step')).not.toBeInTheDocument();
  });

  it('only brings the picture back when PageDown is pressed on a blank screen', async () => {
    renderApp({ url: '/?kiosk&scene=review' });
    await findSceneHeading('法制审核与执法责任');
    fireEvent.keyDown(window, { key: 'b' });
    fireEvent.keyDown(window, { key: 'PageDown' });
    expect(screen.queryByTestId('kiosk-blank')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '法制审核与执法责任' })).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'PageDown' });
    expect(await findSceneHeading('执法监督与效率')).toBeInTheDocument();
  });
});
