import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../render';
import type * as BarChartModule from '@/components/charts/bar-chart';

// One chart's render error stays inside its card: the other cards, the scene and scene changes carry on.
vi.mock('@/components/charts/bar-chart', async (importOriginal) => {
  const original = await importOriginal<typeof BarChartModule>();
  return {
    ...original,
    BarChart: (props: Parameters<typeof original.BarChart>[0]) => {
      if (props.data.some((bar) => bar.key === 'law-exam-participants')) throw new Error('chart blew up');
      return original.BarChart(props);
    },
  };
});

it('replaces only the failing chart with a message and keeps the scene and navigation working', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  renderApp({ url: '/?scene=training&lang=en' });

  const failing = await screen.findByRole('region', { name: 'Participation in training and exams' });
  // The chart's code arrives after the card is drawn; its failure replaces the chart when it does.
  expect(await within(failing).findByText('This chart cannot be shown; the rest of the screen is unaffected.')).toBeInTheDocument();
  const healthy = screen.getByRole('region', { name: 'Enforcement and legal-profession qualifications' });
  expect(within(healthy).queryByText(/cannot be shown/)).not.toBeInTheDocument();
  await waitFor(() => expect(healthy.querySelector('.recharts-wrapper')).not.toBeNull());
  expect(screen.getByText('960')).toBeInTheDocument();

  await userEvent.click(screen.getByRole('link', { name: /Supervision/ }));
  expect(await screen.findByText('Case-handling efficiency')).toBeInTheDocument();
});
