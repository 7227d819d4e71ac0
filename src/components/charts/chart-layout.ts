// Chart geometry in one place; colours and font sizes come from CSS variables in theme.css.
export const chartLayout = {
  margin: { top: 8, right: 96, bottom: 8, left: 8 },
  narrowMargin: { top: 8, right: 56, bottom: 8, left: 4 },
  barCategoryGap: '22%',
  categoryAxisWidth: 220,
  labelCharsPerLine: 9,
  /** Charts narrower than this (phones) get a narrower label column so the bars keep most of the width. */
  narrowChartWidthPx: 480,
  narrowCategoryAxisWidth: 110,
  narrowLabelCharsPerLine: 6,
  tickCount: 5,
  maxBarSize: 72,
  numberAxisHeight: 30,
} as const;

// In font-size units (em): room a bar's value label, the number axis, a bar and a number tick need.
const emPerValueLabel = 5;
const emPerNumberTick = 5;
const emPerNumberAxis = 1.8;
const emPerBar = 3;
/** Between a bar's end and its value label, in px (bar-chart.tsx draws it there). */
export const barValueGapPx = 5;
// Category labels may take up to this share of the chart's width, and lines up to this many em.
const categoryAxisShare = 0.38;
const maxLabelEm = 16;

export type ChartMetrics = {
  margin: { top: number; right: number; bottom: number; left: number };
  categoryAxisWidth: number;
  /** Line length for wrapped category labels, in em (about that many Chinese characters). */
  labelEm: number;
  numberAxisHeight: number;
  maxBarSize: number;
  /** Ticks on the number axis: as many as fit (every tick is drawn, none is dropped for overlapping). */
  tickCount: number;
};

/**
 * Geometry for the chart's text size and width: never smaller than the desktop layout, growing with the text
 * when meeting-room mode sets it from the viewport height (so labels are not clipped at 4K), and letting
 * labels run longer in wide charts so they need fewer lines.
 */
export function chartMetricsFor(box: { fontPx: number | undefined; width: number } | undefined, valueLabelEm = 0): ChartMetrics {
  const fontPx = box?.fontPx;
  if (!box || fontPx === undefined) {
    const { margin, categoryAxisWidth, labelCharsPerLine, numberAxisHeight, maxBarSize, tickCount } = chartLayout;
    return { margin, categoryAxisWidth, labelEm: labelCharsPerLine, numberAxisHeight, maxBarSize, tickCount };
  }
  const { width } = box;
  // The widest value label past the longest bar ("2,604,400"), and half the last number tick centred on the
  // axis's end, must stay inside the chart: the right margin grows to hold it.
  const valueLabelPx = Math.ceil((valueLabelEm + 0.5) * fontPx) + barValueGapPx;
  const withRoomForValues = (margin: ChartMetrics['margin']) => ({ ...margin, right: Math.max(margin.right, valueLabelPx) });
  const ticksThatFit = (metrics: Omit<ChartMetrics, 'tickCount'>): ChartMetrics => {
    const plotWidth = width - metrics.margin.left - metrics.margin.right - metrics.categoryAxisWidth;
    return { ...metrics, tickCount: Math.max(2, Math.min(chartLayout.tickCount, Math.floor(plotWidth / (fontPx * emPerNumberTick)))) };
  };
  if (width < chartLayout.narrowChartWidthPx) {
    const { narrowMargin, narrowCategoryAxisWidth, narrowLabelCharsPerLine, numberAxisHeight, maxBarSize } = chartLayout;
    return ticksThatFit({ margin: withRoomForValues(narrowMargin), categoryAxisWidth: narrowCategoryAxisWidth, labelEm: narrowLabelCharsPerLine, numberAxisHeight, maxBarSize });
  }
  const em = (count: number, floor: number) => Math.max(floor, Math.ceil(fontPx * count));
  // Where the share holds fewer characters than a line usually has (large text in a narrow chart: a portrait
  // meeting-room screen), the labels wrap onto more lines rather than take the bars' width: down to the phone
  // layout's line, below which the labels go above the bars (bar-chart.tsx).
  const labelEm = Math.max(chartLayout.narrowLabelCharsPerLine, Math.min(maxLabelEm, Math.floor((width * categoryAxisShare) / fontPx) - 1));
  // The right margin holds the widest value label as measured; only without one does it keep a label's usual room.
  const valueRoom = valueLabelEm > 0 ? chartLayout.margin.right : em(emPerValueLabel, chartLayout.margin.right);
  return ticksThatFit({
    margin: withRoomForValues({ ...chartLayout.margin, right: valueRoom }),
    categoryAxisWidth: em(labelEm + 1, chartLayout.categoryAxisWidth),
    labelEm,
    numberAxisHeight: em(emPerNumberAxis, chartLayout.numberAxisHeight),
    maxBarSize: em(emPerBar, chartLayout.maxBarSize),
  });
}

// Round steps for a number axis, each times a power of ten: the kind of step Recharts picks for an axis of its own.
const roundSteps = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/**
 * Ticks for a number axis that must reach at least `max` (one scale shared by a chart's pages): whole, round
 * steps from 0 to a round end at or past `max`, at most `tickCount` of them. Given an end that is not round,
 * Recharts ends the axis there and draws that end as one more tick, which crowds the last round one
 * ("9" and "11" side by side).
 */
export function roundAxisTicks(max: number, tickCount: number): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / Math.max(1, tickCount - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const steps = roundSteps.map((step) => Math.round(step * magnitude * 1e6) / 1e6);
  const step = steps.find((candidate) => candidate >= rough && Number.isInteger(candidate)) ?? Math.max(1, Math.ceil(rough));
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, index) => index * step);
}
