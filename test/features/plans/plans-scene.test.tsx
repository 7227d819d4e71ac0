import { screen, within } from '@testing-library/react';
import { PlansScene } from '@/features/plans/components/plans-scene';
import { itShowsLoadingAndErrorStates, renderScene } from '../scene-states';

describe('the plans scene', () => {
  itShowsLoadingAndErrorStates(PlansScene);

  it('lists the three shortcomings and five 2023 plans with their sections', async () => {
    renderScene(PlansScene, '/?lang=en');
    const shortcomings = await screen.findByRole('region', { name: 'Shortcomings in 2022' });
    expect(within(shortcomings).getAllByRole('listitem')).toHaveLength(3);
    const plans = screen.getByRole('region', { name: 'Main plans for 2023' });
    const items = within(plans).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items[4]).toHaveTextContent('四(五)');
  });
});
