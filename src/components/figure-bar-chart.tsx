import { useContext, useState, type KeyboardEvent } from 'react';
import { Bar, BarChart, LabelList, XAxis, YAxis, type BarShapeProps, type LabelProps } from 'recharts';
import type { FigureView } from '@/lib/figure-view';
import { formatFigureValue, formatNumber } from '@/lib/format';
import { useI18n } from '@/i18n/i18n-context';
import type { Locale } from '@/i18n/locale';
import { chartLayout, chartMetricsFor } from '@/styles/chart-layout';
import { ChartMotionContext } from '@/components/chart-motion';
import { useChartBox, type ChartBox } from '@/components/use-chart-box';
import { useMountStages } from '@/components/chart-mount-turns';
import { useOpenProvenance, type OpenProvenance } from '@/components/provenance-context';

type BarRow = { id: string; label: string; value: number; display: string; kind: 'exact' | 'atLeast'; name: string };

type FigureBarChartProps = {
  figures: readonly FigureView[];
  /** Optional short label per bar (e.g. the section, when two bars share a label). */
  labelFor?: (figure: FigureView, locale: Locale) => string;
};

/**
 * Horizontal bars, one per figure; lower bounds are hatched with a dashed outline and a "≥" label. The box is
 * laid out first (the card around it is final at once); the chart is drawn into it once it has been measured,
 * in stages that take turns with the other charts on screen (chart-mount-turns.ts). `data-drawn` marks a chart
 * whose every stage is in, which the briefing pack waits for before it offers to print.
 */
export function FigureBarChart({ figures, labelFor }: FigureBarChartProps) {
  const [boxRef, box] = useChartBox<HTMLDivElement>();
  const stage = useMountStages(box !== undefined, chartStages.length);
  return (
    <div className="figure-bar-chart" ref={boxRef} data-drawn={stage === chartStages.length ? '' : undefined}>
      {box && stage > 0 && <BarChartIn box={box} figures={figures} labelFor={labelFor} stage={chartStages[stage - 1]!} />}
    </div>
  );
}

// The parts of a chart in the order they mount, one turn each (see chart-mount-turns.ts).
const chartStages = ['frame', 'categories', 'numberAxis', 'bars', 'values'] as const;
type ChartStage = (typeof chartStages)[number];
const reached = (stage: ChartStage, part: ChartStage) => chartStages.indexOf(stage) >= chartStages.indexOf(part);

function BarChartIn({ box, figures, labelFor, stage }: FigureBarChartProps & { box: ChartBox; stage: ChartStage }) {
  const { t, pick, locale } = useI18n();
  const openProvenance = useOpenProvenance();
  const metrics = chartMetricsFor(box);
  const motion = useContext(ChartMotionContext);
  // Animates once, when the chart (its scene) appears; a refetch later never replays it.
  const [animating, setAnimating] = useState(motion.animateOnAppear);
  const rows: BarRow[] = figures.map((figure) => {
    const label = labelFor ? labelFor(figure, locale) : pick(figure.label);
    const display = formatFigureValue(figure, locale);
    const unit = figure.unit.en === '%' ? '' : ` ${pick(figure.unit)}`;
    return {
      id: figure.id,
      label,
      value: figure.value,
      display,
      kind: figure.qualifier === 'atLeast' ? 'atLeast' : 'exact',
      name: t('provenance.barLabel', { label, value: `${display}${unit}` }),
    };
  });
  return (
    // Recharts' own keyboard layer (a focusable role=application svg) is off: each bar is a button instead.
    <BarChart
      width={box.width}
      height={box.height}
      data={rows}
      layout="vertical"
      margin={metrics.margin}
      barCategoryGap={chartLayout.barCategoryGap}
      accessibilityLayer={false}
    >
      {reached(stage, 'categories') && (
        <YAxis type="category" dataKey="label" width={metrics.categoryAxisWidth} tick={<WrappedTick maxEm={metrics.labelEm} />} interval={0} />
      )}
      {/* Every tick is shown (interval 0), with as many ticks as fit: Recharts' own choice of ticks measures each
          label in the DOM, and so does its tick text, which forced a layout in the middle of drawing the chart. */}
      {reached(stage, 'numberAxis') && (
        <XAxis
          type="number"
          domain={[0, 'auto']}
          tick={<NumberTick locale={locale} />}
          interval={0}
          allowDecimals={false}
          tickCount={metrics.tickCount}
          height={metrics.numberAxisHeight}
        />
      )}
      {reached(stage, 'bars') && (
        <Bar
          dataKey="value"
          isAnimationActive={animating}
          animationDuration={motion.durationMs}
          onAnimationEnd={() => setAnimating(false)}
          maxBarSize={metrics.maxBarSize}
          shape={(props: BarShapeProps) => <BarMark {...props} openProvenance={openProvenance} />}
        >
          {reached(stage, 'values') && <LabelList dataKey="display" content={BarValueLabel} />}
        </Bar>
      )}
    </BarChart>
  );
}

/** One bar; with a provenance card available it is a button whose hit area is the whole row. */
function BarMark({ x, y, width, height, payload, background, openProvenance }: BarShapeProps & { openProvenance: OpenProvenance | null }) {
  const row = payload as BarRow;
  const bar = <rect x={x} y={y} width={Math.max(width, 0)} height={Math.max(height, 0)} className={`bar bar--${row.kind}`} />;
  if (!openProvenance) return bar;
  const open = () => openProvenance(row.id);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open();
    }
  };
  const hit = background ?? { x, y, width, height };
  return (
    <g className="bar-mark" role="button" tabIndex={0} aria-label={row.name} aria-haspopup="dialog" onClick={open} onKeyDown={onKeyDown}>
      <rect x={hit.x ?? x} y={hit.y ?? y} width={hit.width} height={hit.height} className="bar-mark__hit" />
      {bar}
      <rect x={x} y={y} width={Math.max(width, 0)} height={Math.max(height, 0)} className="bar-mark__focus" />
    </g>
  );
}

// Between a bar's end and its value label.
const barLabelGapPx = 5;

/**
 * A bar's value just past its end, as plain text in the text colour. Recharts' own label measures every word
 * in the DOM first, and paints grey (#808080, under 4.5:1 on both themes).
 */
function BarValueLabel({ viewBox, value }: LabelProps) {
  const bar = viewBox as { x: number; y: number; width: number; height: number };
  return (
    <text x={bar.x + Math.max(bar.width, 0) + barLabelGapPx} y={bar.y + bar.height / 2} dominantBaseline="central" className="bar-label">
      {String(value)}
    </text>
  );
}

/** A number-axis tick label, in the axis colour (Recharts paints ticks #666, 2.9:1 on the dark theme). */
function NumberTick({ x = 0, y = 0, payload, locale }: { x?: number; y?: number; payload?: { value: number }; locale: Locale }) {
  return (
    <text x={x} y={y} dy="0.71em" textAnchor="middle" className="axis-tick">
      {formatNumber(payload?.value ?? 0, locale, 0)}
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

// Wide (CJK) characters take about 1em, Latin letters and digits about half of that.
const wideCharacter = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;
const latinCharWidthEm = 0.55;
const widthEm = (text: string) => Array.from(text).reduce((sum, char) => sum + (wideCharacter.test(char) ? 1 : latinCharWidthEm), 0);

/**
 * Breaks a label into lines of at most `maxEm` (about maxEm Chinese characters): between words where there
 * are spaces, after hyphens, between any two Chinese characters, never elsewhere inside a Latin word. Mixed labels such as
 * "一(四) 下发执法问题通报" wrap like Chinese.
 */
export function wrapLabel(label: string, maxEm: number = chartLayout.labelCharsPerLine): string[] {
  // Tokens: a Chinese character, or a run of other non-space characters; a flag keeps the space before it.
  const tokens = [...label.trim().matchAll(/(\s*)([\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF-]+-?|-)/gu)].map(
    (match) => ({ text: match[2] ?? '', spaced: (match[1] ?? '') !== '' }),
  );
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line === '' ? token.text : `${line}${token.spaced ? ' ' : ''}${token.text}`;
    if (widthEm(candidate) > maxEm && line !== '') {
      lines.push(line);
      line = token.text;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
