import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TrainingScene } from '@/features/training/components/training-scene';
import { itShowsLoadingAndErrorStates, renderScene } from '../scene-states';

describe('the training scene', () => {
  itShowsLoadingAndErrorStates(TrainingScene);

  it('draws participation as hatched lower-bound bars that the legend explains', async () => {
    renderScene(TrainingScene, '/?lang=en');
    const chart = await screen.findByRole('region', { name: 'Participation in training and exams' });
    // Charts are drawn a moment after their card (one per task): wait for the bars.
    await waitFor(() => expect(chart.querySelectorAll('.figure-bar-chart .bar--atLeast').length).toBe(2));
    expect(chart.querySelectorAll('.figure-bar-chart .bar--exact').length).toBe(0);
    expect(within(chart).getByText('lower bound (the report says “more than”)')).toBeInTheDocument();
    expect(within(chart).getByText('Source: section 一(五), 三(三)')).toBeInTheDocument();
  });

  it('shows the derived people-per-session figure with its formula', async () => {
    renderScene(TrainingScene);
    const tile = await screen.findByRole('article', { name: /规范执法培训平均每期人数/ });
    expect(tile).toHaveTextContent('96');
    expect(tile).toHaveTextContent('推算');
    expect(tile).toHaveTextContent('算式:960 ÷ 10 = 96 人/期');
  });

  it('shows a chart as a table from the keyboard, with qualifiers and sections', async () => {
    const user = userEvent.setup();
    renderScene(TrainingScene, '/?lang=en');
    const chart = await screen.findByRole('region', { name: 'Enforcement and legal-profession qualifications' });
    const toggle = within(chart).getByRole('button', { name: 'Show as table' });
    toggle.focus();
    await user.keyboard('{Enter}');
    const table = within(chart).getByRole('table');
    expect(within(table).getByRole('row', { name: /Officers with mid\/advanced enforcement qualification/ })).toHaveTextContent('4,500');
    expect(within(table).getByRole('row', { name: /Passed the national legal-profession exam/ })).toHaveTextContent('三(三)');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });
});
