import { describe, expect, it } from 'vitest';
import { chartLayout, chartMetricsFor, roundAxisTicks } from '@/components/charts/chart-layout';

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

  it('gives a portrait meeting-room chart’s bars most of its width: labels wrap and the value room is measured', () => {
    // 1080×1920: text at 2.5% of the height (48 px) in a chart about 930 px wide; values such as "≥2万" (about 2.6 em).
    const width = 928;
    const fontPx = 48;
    const metrics = chartMetricsFor({ fontPx, width }, 2.6);
    const plot = width - metrics.margin.left - metrics.margin.right - metrics.categoryAxisWidth;
    expect(plot / width).toBeGreaterThan(0.45);
    // The labels wrap at the phone line length, not below it (shorter lines go above the bars instead).
    expect(metrics.labelEm).toBe(chartLayout.narrowLabelCharsPerLine);
    expect(metrics.margin.right).toBeGreaterThanOrEqual(Math.ceil((2.6 + 0.5) * fontPx));
    // Without a measured value label the margin keeps a label’s usual room.
    expect(chartMetricsFor({ fontPx, width }).margin.right).toBe(5 * fontPx);
    // A desk chart keeps its line length and margins.
    const desk = chartMetricsFor({ fontPx: 16, width: 900 }, 2.6);
    expect(desk.labelEm).toBeGreaterThanOrEqual(chartLayout.labelCharsPerLine);
    expect(desk.margin.right).toBe(chartLayout.margin.right);
  });
});

describe('round ticks for a scale shared by a chart’s pages', () => {
  it('ends on a round tick at or past the scale, in whole, even steps', () => {
    // Meeting-room mode's portrait pages of the notices chart: 11 and 10, on one scale.
    expect(roundAxisTicks(11, 5)).toEqual([0, 3, 6, 9, 12]);
    expect(roundAxisTicks(11_961, 5)).toEqual([0, 3_000, 6_000, 9_000, 12_000]);
    expect(roundAxisTicks(11_961, 3)).toEqual([0, 6_000, 12_000]);
    expect(roundAxisTicks(4_308, 5)).toEqual([0, 1_200, 2_400, 3_600, 4_800]);
    expect(roundAxisTicks(20_000, 5)).toEqual([0, 5_000, 10_000, 15_000, 20_000]);
  });

  it('never draws more ticks than fit, nor a fraction, nor a tick short of the scale', () => {
    for (const max of [1, 2, 3, 7, 11, 99, 113, 470, 960, 4_308, 11_961, 2_604_400]) {
      for (const tickCount of [2, 3, 4, 5]) {
        const ticks = roundAxisTicks(max, tickCount);
        expect(ticks.length, `${max} in ${tickCount}`).toBeLessThanOrEqual(tickCount);
        expect(ticks.every(Number.isInteger), `${max} in ${tickCount}`).toBe(true);
        expect(ticks.at(-1)!, `${max} in ${tickCount}`).toBeGreaterThanOrEqual(max);
        const steps = new Set(ticks.slice(1).map((tick, index) => tick - ticks[index]!));
        expect(steps.size, `${max} in ${tickCount}`).toBe(1);
      }
    }
  });
});
