import { useContext, useState, type KeyboardEvent } from 'react';
import { Bar, BarChart as RechartsBarChart, LabelList, XAxis, YAxis, type BarShapeProps, type LabelProps } from 'recharts';
import type { MarkKind } from '@/lib/figure-semantics';
import { barValueGapPx, chartLayout, chartMetricsFor, roundAxisTicks, type ChartMetrics } from '@/components/charts/chart-layout';
import { ChartMotionContext } from '@/components/charts/chart-motion';
import { useChartBox, type ChartBox } from '@/components/charts/use-chart-box';
import { useMountStages } from '@/components/charts/chart-mount-turns';
import { widthEm } from '@/lib/text-width';
import { wrapLabel } from '@/components/charts/wrap-label';

/** One bar, described by what it shows rather than by Recharts. */
export type BarDatum = {
  /** The figure's id: the mark carries it as data-figure-id. */
  key: string;
  /** The category label beside the bar. */
  label: string;
  value: number;
  /** The value label at the bar's end, with its qualifier mark ("≥700"). */
  display: string;
  mark: MarkKind;
  /** The bar's accessible name when it is a button. */
  name: string;
};

export type BarChartProps = {
  data: readonly BarDatum[];
  /** Number-axis tick labels. */
  numberFormatter: (value: number) => string;
  /** Makes each bar a button (the provenance card); without it, bars are plain marks. */
  onSelect?: ((key: string) => void) | undefined;
  /** The number axis reaches at least this far: a chart shown in parts keeps the whole chart's scale. */
  scaleMax?: number | undefined;
};

/**
 * Horizontal bars on one axis; lower bounds are hatched with a dashed outline, upper bounds open, approximate
 * values dotted. The box is laid out first (the card around it is final at once); the chart is drawn into it
 * once it has been measured, in stages that take turns with the other charts on screen (chart-mount-turns.ts).
 * `data-drawn` marks a chart whose every stage is in, which the briefing pack waits for before it offers to print.
 */
export function BarChart({ data, numberFormatter, onSelect, scaleMax }: BarChartProps) {
  const [boxRef, box] = useChartBox<HTMLDivElement>();
  const stage = useMountStages(box !== undefined, chartStages.length);
  const cramped = box !== undefined && chartIsCramped(box, data);
  // Labels above the bars need more height per bar; where the page scrolls, the style sheet gives it
  // (whether they go above depends on the chart's width alone, so the extra height cannot flip it back).
  const labelsAbove = box !== undefined && stackedLabelsFor(box, data) !== undefined;
  // Where the page scrolls, labels wrapped onto two or three lines beside their bars ask for that height (theme.css).
  const labelLines = box === undefined || labelsAbove ? 1 : besideLabelLines(box, data);
  return (
    <div
      className="figure-bar-chart"
      ref={boxRef}
      data-drawn={stage === chartStages.length ? '' : undefined}
      data-cramped={cramped ? '' : undefined}
      data-labels={labelsAbove ? 'above' : undefined}
      data-label-lines={labelLines > 1 ? labelLines : undefined}
    >
      {box && stage > 0 && <BarChartIn box={box} data={data} numberFormatter={numberFormatter} onSelect={onSelect} scaleMax={scaleMax} stage={chartStages[stage - 1]!} />}
    </div>
  );
}

// The parts of a chart in the order they mount, one turn each (see chart-mount-turns.ts).
const chartStages = ['frame', 'categories', 'numberAxis', 'bars', 'values'] as const;
type ChartStage = (typeof chartStages)[number];
const reached = (stage: ChartStage, part: ChartStage) => chartStages.indexOf(stage) >= chartStages.indexOf(part);

/**
 * Where a label column would hold fewer than this many characters a line (a phone, a portrait screen, large
 * meeting-room text), each bar's label goes above the bar, across the chart's whole width, instead.
 */
const minimumLabelColumnEm = 7;
const maximumLabelLines = 3;
const labelLineHeightEm = 1.15;

/**
 * Labels above the bars: each label sits in the space between its bar and the one above. Recharts leaves the
 * category gap on both sides of every bar, so between two bars there are two gaps, and above the first only
 * one: the chart's top margin grows by the other half, so the first label has the same room as the rest.
 */
function stackedLayout(box: ChartBox, data: readonly BarDatum[], numberAxisHeight: number, margin: { top: number; bottom: number }) {
  const fontPx = box.fontPx ?? 16;
  const lineEm = Math.max(4, box.width / fontPx - 1);
  const lines = Math.max(1, ...data.map((datum) => wrapLabel(datum.label, lineEm).length));
  const labelPx = lines * labelLineHeightEm * fontPx + 6;
  const extraTop = labelPx / 2;
  const band = Math.max(1, (box.height - numberAxisHeight - margin.top - margin.bottom - extraTop) / Math.max(1, data.length));
  const gap = Math.min(0.45, Math.max(0.15, labelPx / (2 * band)));
  // Too short for its labels: they would run into the bar above, or leave a bar thinner than its value's line,
  // whose value would reach into the next label (meeting-room mode then splits the scene; the desk lets it flow).
  const cramped = labelPx > 2 * gap * band + 2 || band * (1 - 2 * gap) < labelLineHeightEm * fontPx;
  return { lineEm, gap: `${Math.round(gap * 100)}%`, top: margin.top + extraTop, cramped };
}

/** The labels-above-bars layout when a label column would be too narrow or break the longest label into many lines. */
function stackedLabelsFor(box: ChartBox, data: readonly BarDatum[]) {
  const metrics = barChartMetrics(box, data);
  const longestLabelEm = Math.max(0, ...data.map((datum) => widthEm(datum.label)));
  const columnEm = box.fontPx === undefined ? Infinity : metrics.categoryAxisWidth / box.fontPx;
  // Lines as the labels really wrap (at word and character boundaries), not their width over the column's.
  const labelLines = Math.max(1, ...data.map((datum) => wrapLabel(datum.label, metrics.labelEm).length));
  const stack = columnEm < Math.min(longestLabelEm, minimumLabelColumnEm) || labelLines > maximumLabelLines;
  return stack ? stackedLayout(box, data, metrics.numberAxisHeight, metrics.margin) : undefined;
}

/** Too short for its labels: they would run into each other (meeting-room mode then splits the scene). */
function chartIsCramped(box: ChartBox, data: readonly BarDatum[]): boolean {
  const stacked = stackedLabelsFor(box, data);
  if (stacked) return stacked.cramped;
  if (box.fontPx === undefined) return false;
  const metrics = barChartMetrics(box, data);
  const lines = besideLabelLines(box, data);
  const band = (box.height - metrics.numberAxisHeight - metrics.margin.top - metrics.margin.bottom) / Math.max(1, data.length);
  return lines * labelLineHeightEm * box.fontPx > band;
}

/** Lines of the longest category label in the column beside the bars. */
function besideLabelLines(box: ChartBox, data: readonly BarDatum[]): number {
  const { labelEm } = barChartMetrics(box, data);
  return Math.max(1, ...data.map((datum) => wrapLabel(datum.label, labelEm).length));
}

/** The chart's geometry, with room at the right for its widest value label. */
function barChartMetrics(box: ChartBox, data: readonly BarDatum[]): ChartMetrics {
  return chartMetricsFor(box, Math.max(0, ...data.map((datum) => widthEm(datum.display))));
}

/**
 * The bars' id, the same each time this chart is drawn. Recharts memoises one of its selectors on the chart
 * store's initial (module-wide) item list and the bars' id; with its default, a new React id for every chart
 * mounted, that cache gains an entry per mount that is never freed, and a wall screen mounts charts all day.
 */
function barSeriesId(data: readonly BarDatum[]): string {
  return `bars-${data.map((datum) => datum.key).join('_')}`;
}

function BarChartIn({ box, data, numberFormatter, onSelect, scaleMax, stage }: BarChartProps & { box: ChartBox; stage: ChartStage }) {
  const metrics = barChartMetrics(box, data);
  const motion = useContext(ChartMotionContext);
  // Animates once, when the chart (its scene) appears; a refetch later never replays it.
  const [animating, setAnimating] = useState(motion.animateOnAppear);
  const rows = data.map((datum) => ({ ...datum }));
  const stacked = stackedLabelsFor(box, data);
  // A scale shared with the chart's other pages gets round ticks up to a round end past it; otherwise Recharts
  // picks its own from the data.
  const sharedTicks = scaleMax === undefined ? undefined : roundAxisTicks(Math.max(scaleMax, ...data.map((datum) => datum.value)), metrics.tickCount);
  return (
    // Recharts' own keyboard layer (a focusable role=application svg) is off: each bar is a button instead.
    <RechartsBarChart
      width={box.width}
      height={box.height}
      data={rows}
      layout="vertical"
      margin={stacked ? { ...metrics.margin, top: stacked.top, left: metrics.margin.right / 4 } : metrics.margin}
      barCategoryGap={stacked?.gap ?? chartLayout.barCategoryGap}
      accessibilityLayer={false}
    >
      {reached(stage, 'categories') &&
        (stacked ? (
          <YAxis type="category" dataKey="label" width={0} tick={false} tickLine={false} interval={0} />
        ) : (
          <YAxis type="category" dataKey="label" width={metrics.categoryAxisWidth} tick={<WrappedTick maxEm={metrics.labelEm} />} interval={0} />
        ))}
      {/* Every tick is shown (interval 0), with as many ticks as fit: Recharts' own choice of ticks measures each
          label in the DOM, and so does its tick text, which forced a layout in the middle of drawing the chart. */}
      {reached(stage, 'numberAxis') && (
        <XAxis
          type="number"
          domain={[0, sharedTicks?.at(-1) ?? 'auto']}
          ticks={sharedTicks}
          tick={<NumberTick format={numberFormatter} />}
          interval={0}
          allowDecimals={false}
          tickCount={metrics.tickCount}
          height={metrics.numberAxisHeight}
        />
      )}
      {reached(stage, 'bars') && (
        <Bar
          id={barSeriesId(data)}
          dataKey="value"
          isAnimationActive={animating}
          animationDuration={motion.durationMs}
          onAnimationEnd={() => setAnimating(false)}
          maxBarSize={metrics.maxBarSize}
          shape={(props: BarShapeProps) => <BarMark {...props} onOpen={onSelect} />}
        >
          {reached(stage, 'values') && <LabelList dataKey="display" content={BarValueLabel} />}
          {stacked && reached(stage, 'categories') && <LabelList dataKey="label" content={<LabelAboveBar lineEm={stacked.lineEm} />} />}
        </Bar>
      )}
    </RechartsBarChart>
  );
}

// The thinnest a bar is drawn, so that a small value beside a large one still has a visible mark.
const minimumBarPx = 2;

/** One bar; with a provenance card available it is a button whose hit area is the whole row. */
function BarMark({ x, y, width, height, payload, background, onOpen }: BarShapeProps & { onOpen: ((key: string) => void) | undefined }) {
  const row = payload as BarDatum;
  const drawnWidth = Math.max(width, minimumBarPx);
  const bar = <rect x={x} y={y} width={drawnWidth} height={Math.max(height, 0)} className={`bar bar--${row.mark}`} />;
  if (!onOpen) {
    return (
      <g className="bar-mark" data-figure-id={row.key}>
        {bar}
      </g>
    );
  }
  const open = () => onOpen(row.key);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open();
    }
  };
  const hit = background ?? { x, y, width, height };
  return (
    <g className="bar-mark" data-figure-id={row.key} role="button" tabIndex={0} aria-label={row.name} aria-haspopup="dialog" onClick={open} onKeyDown={onKeyDown}>
      <rect x={hit.x ?? x} y={hit.y ?? y} width={hit.width} height={hit.height} className="bar-mark__hit" />
      {bar}
      <rect x={x} y={y} width={drawnWidth} height={Math.max(height, 0)} className="bar-mark__focus" />
    </g>
  );
}


/**
 * A bar's value just past its end, as plain text in the text colour. Recharts' own label measures every word
 * in the DOM first, and paints grey (#808080, under 4.5:1 on both themes).
 */
function BarValueLabel({ viewBox, value }: LabelProps) {
  const bar = viewBox as { x: number; y: number; width: number; height: number };
  return (
    <text x={bar.x + Math.max(bar.width, minimumBarPx) + barValueGapPx} y={bar.y + bar.height / 2} dominantBaseline="central" className="bar-label">
      {String(value)}
    </text>
  );
}

/** A bar's category label above it, across the chart, for charts too narrow for a label column. */
function LabelAboveBar({ viewBox, value, lineEm }: LabelProps & { lineEm: number }) {
  const bar = viewBox as { x: number; y: number };
  const lines = wrapLabel(String(value ?? ''), lineEm);
  return (
    <text x={bar.x} y={bar.y} className="axis-label">
      {lines.map((line, index) => (
        <tspan key={index} x={bar.x} dy={`${index === 0 ? -(lines.length - 1) * labelLineHeightEm - 0.35 : labelLineHeightEm}em`}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A number-axis tick label, in the axis colour (Recharts paints ticks #666, 2.9:1 on the dark theme). */
function NumberTick({ x = 0, y = 0, payload, format }: { x?: number; y?: number; payload?: { value: number }; format: (value: number) => string }) {
  return (
    <text x={x} y={y} dy="0.71em" textAnchor="middle" className="axis-tick">
      {format(payload?.value ?? 0)}
    </text>
  );
}

type TickProps = { x?: number; y?: number; payload?: { value: string }; maxEm?: number };

/** Category labels wrap onto lines so long Chinese and English labels stay inside the axis. */
function WrappedTick({ x = 0, y = 0, payload, maxEm }: TickProps) {
  const lines = wrapLabel(payload?.value ?? '', maxEm);
  const lineHeightEm = 1.15;
  const firstDy = -((lines.length - 1) * lineHeightEm) / 2;
  return (
    <text x={x} y={y} textAnchor="end" dominantBaseline="middle" className="axis-label">
      {lines.map((line, index) => (
        <tspan key={index} x={x - 8} dy={`${index === 0 ? firstDy : lineHeightEm}em`}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
