import { screen } from '@testing-library/react';
import { renderApp } from './render';

it('renders the overview scene with figures from the API', async () => {
  renderApp({ url: '/?scene=overview' });
  expect(await screen.findByText('11,961')).toBeInTheDocument();
});
