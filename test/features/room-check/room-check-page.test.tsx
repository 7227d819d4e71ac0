import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../render';

const load = { timeout: 8000 };

describe('room check page', { timeout: 20_000 }, () => {
  beforeEach(() => {
    // jsdom loads no CSS: give the document the theme's font tokens.
    document.documentElement.style.setProperty('--fs-body', 'clamp(0.9rem, 1.75vh, 2.8rem)');
    document.documentElement.style.setProperty('--fs-small', 'clamp(0.8rem, 1.45vh, 2.4rem)');
  });
  afterEach(() => {
    document.documentElement.removeAttribute('style');
  });

  it('says in words whether the smallest text is legible from the back row', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?view=room-check&lang=en' });
    const distance = await screen.findByLabelText('Farthest viewer’s distance (metres)', {}, load);
    expect(screen.getByText(/Does not meet the minimum/)).toBeInTheDocument();
    expect(screen.getByText(/At 4 m, characters must be at least 18.6 mm tall/)).toBeInTheDocument();

    await user.clear(distance);
    await user.type(distance, '1.5');
    expect(screen.getByText(/Meets the minimum/)).toBeInTheDocument();
  });

  it('asks for numbers instead of giving a verdict on empty input', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?view=room-check&lang=en' });
    await user.clear(await screen.findByLabelText('Screen diagonal (inches)', {}, load));
    expect(screen.getByText('Enter a number greater than zero in every field.')).toBeInTheDocument();
    expect(screen.queryByText(/Meets the minimum|Does not meet/)).not.toBeInTheDocument();
  });
});
