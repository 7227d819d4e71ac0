import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '@/components/error-boundary';
import { renderWithProviders } from '../render';
import type * as Scenes from '@/app/scenes';

// The real scene list, except that the training scene's download fails once, like a chunk requested during
// a network outage.
const trainingDownloads = vi.hoisted(() => ({ failuresLeft: 1, attempts: 0 }));
vi.mock('@/app/scenes', async (importOriginal) => {
  const actual = await importOriginal<typeof Scenes>();
  return {
    ...actual,
    scenes: actual.scenes.map((scene) =>
      scene.id === 'training'
        ? {
            ...scene,
            load: () => {
              trainingDownloads.attempts += 1;
              if (trainingDownloads.failuresLeft > 0) {
                trainingDownloads.failuresLeft -= 1;
                return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
              }
              return Promise.resolve({ default: () => <p>training scene</p> });
            },
          }
        : scene,
    ),
  };
});

const { SceneSwitch } = await import('@/app/scene-switch');

function Harness() {
  return (
    <ErrorBoundary resetKey="training" fallback={<p>scene failed</p>}>
      <SceneSwitch sceneId="training" reportId="yantai-psb-2022" />
    </ErrorBoundary>
  );
}

describe('SceneSwitch', () => {
  it('shows a failed download to the error boundary, and downloads again the next time the scene is shown', async () => {
    const first = renderWithProviders(<Harness />);
    expect(await screen.findByText('scene failed')).toBeInTheDocument();
    first.unmount();

    // React.lazy would keep the first failure for the life of the page; a new attempt fetches again.
    renderWithProviders(<Harness />);
    expect(await screen.findByText('training scene')).toBeInTheDocument();
    expect(trainingDownloads.attempts).toBeGreaterThanOrEqual(2);
  });
});
