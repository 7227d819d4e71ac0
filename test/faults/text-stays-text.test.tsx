import { screen } from '@testing-library/react';
import { server } from '../msw-server';
import { renderApp } from '../render';
import { createHandlers } from '@/mocks/handlers';
import { reportSchema } from '@/data/report-schema';
import fixture from '../fixtures/reports/script-in-text-2023.json';

// Labels, units, titles and clauses come from outside: markup in them is shown as characters and never runs.

const report = reportSchema.parse(fixture);
const injected = () => (window as { __injected?: unknown }).__injected;

beforeEach(() => {
  server.use(...createHandlers([report]));
  delete (window as { __injected?: unknown }).__injected;
});

describe('data text with markup in it', () => {
  // The report has no layout: the generated one gives it these scenes (legal-review holds the labelled chart).
  for (const scene of ['overview', 'legal-review', 'plans']) {
    it(`shows script tags and HTML literally on the ${scene} scene and runs nothing`, async () => {
      const { container } = renderApp({ url: `/?scene=${scene}&lang=en` });
      expect(await screen.findByText(/<i>Test unit<\/i><img src="x" onerror="window.__injected = 'img'">/)).toBeInTheDocument();
      const main = container.querySelector('main')!;
      if (scene === 'plans') expect(await screen.findByText(/<iframe src="javascript:window.__injected=1"><\/iframe>Test shortcoming/)).toBeInTheDocument();
      else if (scene === 'overview') expect(await screen.findByText(/<a href="javascript:window.__injected=1">Rectified<\/a>/)).toBeInTheDocument();
      else expect((await screen.findAllByText(/<script>window.__injected = "script"<\/script>Case reviewers/)).length).toBeGreaterThan(0);
      expect(container.querySelectorAll('script, iframe, img, b, i, br, a[href^="javascript"]')).toHaveLength(0);
      expect(main.innerHTML).toMatch(scene === 'plans' ? /&lt;iframe/ : scene === 'overview' ? /&lt;a href/ : /&lt;script&gt;/);
      expect(injected()).toBeUndefined();
    });
  }
});
