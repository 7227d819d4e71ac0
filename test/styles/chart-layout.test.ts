import { describe, expect, it } from 'vitest';
import { chartLayout, chartMetricsFor } from '@/components/charts/chart-layout';

describe('chart metrics', () => {
  it('asks for as many number ticks as fit the plot, at least 2 and at most the desktop count', () => {
    expect(chartMetricsFor({ fontPx: 16, width: 900 }).tickCount).toBe(chartLayout.tickCount);
    const phone = chartMetricsFor({ fontPx: 16, width: 330 });
    // 330 px less the narrow margins and label column leaves about 160 px: two labels of about 5 em.
    expect(phone.tickCount).toBe(2);
    expect(chartMetricsFor({ fontPx: 54, width: 900 }).tickCount).toBeLessThan(chartLayout.tickCount);
  });

  it('keeps the desktop layout where the font size is unknown (no layout, as in jsdom)', () => {
    expect(chartMetricsFor(undefined).tickCount).toBe(chartLayout.tickCount);
    expect(chartMetricsFor({ fontPx: undefined, width: 800 }).categoryAxisWidth).toBe(chartLayout.categoryAxisWidth);
  });

  it('leaves room at the right for the widest value label, on phones and wide screens', () => {
    // "2,604,400" is about 4.7 em: at 24 px that is over 110 px, more than the fixed margins give.
    for (const width of [330, 900]) {
      const plain = chartMetricsFor({ fontPx: 24, width });
      const withValue = chartMetricsFor({ fontPx: 24, width }, 4.7);
      expect(withValue.margin.right).toBeGreaterThanOrEqual(Math.ceil(4.7 * 24));
      expect(withValue.margin.right).toBeGreaterThan(plain.margin.right);
    }
    expect(chartMetricsFor({ fontPx: 16, width: 900 }, 1).margin.right).toBe(chartMetricsFor({ fontPx: 16, width: 900 }).margin.right);
  });
});
