import type { KeyboardEvent } from 'react';
import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { FigureView } from '@/lib/figure-view';
import { formatFigureValue, formatNumber } from '@/lib/format';
import { useI18n } from '@/i18n/i18n-context';
import type { Locale } from '@/i18n/locale';
import { chartLayout } from '@/styles/chart-layout';
import { useOpenProvenance, type OpenProvenance } from '@/components/provenance-context';

type BarRow = { id: string; label: string; value: number; display: string; kind: 'exact' | 'atLeast'; name: string };

type FigureBarChartProps = {
  figures: readonly FigureView[];
  /** Optional short label per bar (e.g. the section, when two bars share a label). */
  labelFor?: (figure: FigureView, locale: Locale) => string;
};

/** Horizontal bars, one per figure; lower bounds are hatched with a dashed outline and a "≥" label. */
export function FigureBarChart({ figures, labelFor }: FigureBarChartProps) {
  const { t, pick, locale } = useI18n();
  const openProvenance = useOpenProvenance();
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
    <ResponsiveContainer width="100%" height="100%">
      {/* Recharts' own keyboard layer (a focusable role=application svg) is off: each bar is a button instead. */}
      <BarChart
        data={rows}
        layout="vertical"
        margin={chartLayout.margin}
        barCategoryGap={chartLayout.barCategoryGap}
        accessibilityLayer={false}
      >
        <XAxis
          type="number"
          domain={[0, 'auto']}
          tickFormatter={(value: number) => formatNumber(value, locale, 0)}
          allowDecimals={false}
          tickCount={chartLayout.tickCount}
        />
        <YAxis type="category" dataKey="label" width={chartLayout.categoryAxisWidth} tick={<WrappedTick />} interval={0} />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          maxBarSize={chartLayout.maxBarSize}
          shape={(props: BarShapeProps) => <BarMark {...props} openProvenance={openProvenance} />}
        >
          <LabelList dataKey="display" position="right" className="bar-label" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
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

type TickProps = { x?: number; y?: number; payload?: { value: string } };

/** Category labels wrap onto lines so long Chinese and English labels stay inside the axis. */
function WrappedTick({ x = 0, y = 0, payload }: TickProps) {
  const lines = wrapLabel(payload?.value ?? '');
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

export function wrapLabel(label: string, maxChars = chartLayout.labelCharsPerLine): string[] {
  const hasSpaces = /\s/.test(label.trim());
  const limit = hasSpaces ? maxChars * 2 : maxChars;
  const tokens = hasSpaces ? label.split(/\s+/) : Array.from(label);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line === '' ? token : hasSpaces ? `${line} ${token}` : line + token;
    if (candidate.length > limit && line !== '') {
      lines.push(line);
      line = token;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
