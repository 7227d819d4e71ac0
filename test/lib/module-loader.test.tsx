import { screen } from '@testing-library/react';
import { ErrorBoundary } from '@/components/error-boundary';
import { moduleLoader, useModule } from '@/lib/module-loader';
import { renderWithProviders } from '../render';

// Like the chart code requested during a network outage: the first download fails, the next one works.
let attempts = 0;
const loader = moduleLoader(async () => {
  attempts += 1;
  if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
  return { Greeting: () => <p>chart code arrived</p> };
});

function Consumer() {
  const module = useModule(loader);
  return module ? <module.Greeting /> : <p>waiting</p>;
}

function Harness() {
  return (
    <ErrorBoundary resetKey="chart" fallback={<p>chart failed</p>}>
      <Consumer />
    </ErrorBoundary>
  );
}

describe('code loaded on demand', () => {
  it('shows a failed download to the error boundary, and downloads again the next time it is needed', async () => {
    const view = renderWithProviders(<Harness />);
    expect(await screen.findByText('chart failed')).toBeInTheDocument();
    view.unmount();

    // React.lazy would keep the first failure for the life of the page; a new attempt fetches again.
    renderWithProviders(<Harness />);
    expect(await screen.findByText('chart code arrived')).toBeInTheDocument();
    expect(attempts).toBe(2);
    // Once here, the module renders at once, with no second download.
    renderWithProviders(<Harness />);
    expect(screen.getAllByText('chart code arrived')).toHaveLength(2);
    expect(attempts).toBe(2);
  });
});
