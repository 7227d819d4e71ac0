import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render';

describe('the briefing pack (?view=print)', () => {
  it('offers to print only once every page shows its scene and every chart is drawn', async () => {
    renderApp({ url: '/?view=print&lang=en' });
    const button = await screen.findByRole('button', { name: 'Print or save as PDF' });
    expect(button).toBeDisabled();
    expect(screen.getByText(/Drawing the charts/)).toHaveAttribute('role', 'status');

    await screen.findByText('All 5 pages are ready to print.');
    expect(button).toBeEnabled();
    const charts = document.querySelectorAll('.print-page .figure-bar-chart');
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) expect(chart).toHaveAttribute('data-drawn');
  });
});
