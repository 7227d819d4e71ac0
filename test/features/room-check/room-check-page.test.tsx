import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../render';

describe('room check page', () => {
  it('says in words whether the smallest text is legible from the back row', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?view=room-check&lang=en' });
    const distance = await screen.findByLabelText('Farthest viewer’s distance (metres)');
    expect(screen.getByText(/Meets the minimum/)).toBeInTheDocument();
    expect(screen.getByText(/At 3 m, characters must be at least 14 mm tall/)).toBeInTheDocument();

    await user.clear(distance);
    await user.type(distance, '4');
    expect(screen.getByText(/Does not meet the minimum/)).toBeInTheDocument();
    expect(screen.getByText(/legible up to 3 m away/)).toBeInTheDocument();
  });

  it('names the field and the range for a value no room has, and refuses a decimal comma', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?view=room-check&lang=en' });
    const scaling = await screen.findByLabelText('Display scaling (%)');
    await user.clear(scaling);
    await user.type(scaling, '100000');
    expect(screen.getByText('Display scaling (%) must be between 50 and 500.')).toBeInTheDocument();
    expect(screen.queryByText(/Meets the minimum|Does not meet/)).not.toBeInTheDocument();
    await user.clear(scaling);
    await user.type(scaling, '200');
    const distance = screen.getByLabelText('Farthest viewer’s distance (metres)');
    await user.clear(distance);
    await user.type(distance, '4,5');
    expect(screen.getByText('Farthest viewer’s distance (metres) is not a number (use “.” as the decimal point).')).toBeInTheDocument();
  });

  it('asks for numbers instead of giving a verdict on empty input', async () => {
    const user = userEvent.setup();
    renderApp({ url: '/?view=room-check&lang=en' });
    await user.clear(await screen.findByLabelText('Screen diagonal (inches)'));
    expect(screen.getByText('Enter a number in every field.')).toBeInTheDocument();
    expect(screen.queryByText(/Meets the minimum|Does not meet/)).not.toBeInTheDocument();
  });
});
