import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../render';

const load = { timeout: 8000 };

describe('data-quality view', { timeout: 20_000 }, () => {
  it('is reachable from the header menu and lists contradictions, derived figures, bounds and targets', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?scene=overview&lang=en' });
    await user.click(await screen.findByText('Sources & export', {}, load));
    await user.click(screen.getByRole('link', { name: 'Data quality' }));

    expect(await screen.findByRole('region', { name: 'Contradictions (2)' }, load)).toBeInTheDocument();
    expect(new URL(window.location.href).searchParams.get('view')).toBe('quality');
    expect(screen.getByRole('region', { name: 'Derived figures (3)' })).toHaveTextContent('Formula: 960 ÷ 10 = 96 people per session');
    const bounds = screen.getByRole('region', { name: 'Figures given only as a lower bound (4)' });
    expect(within(bounds).getByRole('button', { name: /Enforcement problems found on patrol and rectified: at least 700 problems/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Targets, not achieved figures (1)' })).toHaveTextContent('target 5%');
  });

  it('goes back to a scene from the scene navigation', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?view=quality&lang=en' });
    await screen.findByRole('region', { name: 'Contradictions (2)' }, load);
    await user.click(screen.getByRole('link', { name: /Training/ }));
    expect(new URL(window.location.href).searchParams.get('view')).toBeNull();
    expect(await screen.findByText('Sources on this screen: report sections 一(五), 三(三)', {}, load)).toBeInTheDocument();
  });
});
