import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../render';

describe('data-quality view', () => {
  it('is reachable from the header menu and lists contradictions, derived figures, bounds and targets', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?scene=overview&lang=en' });
    await user.click(await screen.findByText('Sources and export'));
    await user.click(screen.getByRole('link', { name: 'Data quality' }));

    expect(await screen.findByRole('region', { name: 'Inconsistencies (2)' })).toBeInTheDocument();
    expect(new URL(window.location.href).searchParams.get('view')).toBe('quality');
    expect(screen.getByRole('region', { name: 'Derived figures (2)' })).toHaveTextContent('Formula: 960 ÷ 10 = 96 people per session');
    const bounds = screen.getByRole('region', { name: 'Figures given only as a bound or an approximation (4)' });
    expect(within(bounds).getByRole('button', { name: /Enforcement problems found on patrol and rectified: at least 700 problems/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Targets, not results (1)' })).toHaveTextContent('a target of 5%');
  });

  it('goes back to a scene from the scene navigation', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?view=quality&lang=en' });
    await screen.findByRole('region', { name: 'Inconsistencies (2)' });
    await user.click(screen.getByRole('link', { name: /Training/ }));
    expect(new URL(window.location.href).searchParams.get('view')).toBeNull();
    expect(await screen.findByText('Sources on this screen: Part I (5); Part III (3)')).toBeInTheDocument();
  });
});
