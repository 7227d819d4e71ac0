import { screen, within } from '@testing-library/react';
import { SupervisionScene } from '@/features/supervision/components/supervision-scene';
import { itShowsLoadingAndErrorStates, renderScene } from '../scene-states';

describe('the supervision scene', () => {
  itShowsLoadingAndErrorStates(SupervisionScene);

  it('shows both notice counts the report gives and says that they disagree', async () => {
    renderScene(SupervisionScene);
    const notices = await screen.findByRole('region', { name: '执法通报期数' });
    expect(within(notices).getByText('报告两处数字不同,两者均列出')).toBeInTheDocument();
    const table = within(notices).getByRole('table', { hidden: true });
    expect(within(table).getByRole('row', { name: /下发执法问题通报/, hidden: true })).toHaveTextContent('11');
    expect(within(table).getByRole('row', { name: /下发执法通报/, hidden: true })).toHaveTextContent('10');
    expect(within(table).getAllByText(/报告前后不一/)).toHaveLength(2);
  });

  it('shows the backlog as cleared of assigned with a derived completion', async () => {
    renderScene(SupervisionScene, '/?lang=en');
    const completion = await screen.findByRole('article', { name: /Share of key backlog cases cleared/ });
    expect(completion).toHaveTextContent('100%');
    expect(completion).toHaveTextContent('Formula: 4,308 ÷ 4,308 × 100% = 100%');
  });

  it('shows problems rectified as a lower bound', async () => {
    renderScene(SupervisionScene, '/?lang=en');
    const rectified = await screen.findByRole('article', { name: /problems found on patrol and rectified/i });
    expect(rectified).toHaveTextContent('≥700');
    expect(rectified).toHaveTextContent('lower bound');
  });
});
