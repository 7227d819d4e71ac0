import { screen } from '@testing-library/react';
import { ReviewScene } from '@/features/review/components/review-scene';
import { itShowsLoadingAndErrorStates, renderScene } from '../scene-states';

describe('the review scene', () => {
  itShowsLoadingAndErrorStates(ReviewScene);

  it('shows 5% as a target and the 470 reviewers as a reported headcount', async () => {
    renderScene(ReviewScene, '/?lang=en');
    const target = await screen.findByRole('article', { name: /Target: legal-review staff/ });
    expect(target).toHaveTextContent('5%');
    expect(target).toHaveTextContent('target');
    expect(await screen.findByRole('region', { name: 'Review strength (people)' })).toHaveTextContent('470');
  });

  it('labels what the target implies as derived from a target, not a reported headcount', async () => {
    renderScene(ReviewScene, '/?lang=en');
    const coverage = await screen.findByRole('article', { name: /Enforcement staff that 470 reviewers cover at the 5% target/ });
    expect(coverage).toHaveTextContent('9,400');
    expect(coverage).toHaveTextContent('derived from a target, not a reported headcount');
    expect(coverage).toHaveTextContent('Formula: 470 ÷ 5% = 9,400 enforcement staff');
  });

  it("lists a chart's sources in the report's order, whatever the order of its figures", async () => {
    renderScene(ReviewScene, '/?lang=en');
    const chart = await screen.findByRole('region', { name: 'Review strength (people)' });
    // Its bars come from 三(三) and then 三(二); the source line reads them as the report does.
    expect(chart).toHaveTextContent('Source: section 三(二), 三(三)');
  });
});

