import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { FigureView } from '@/lib/figure-view';
import { formatFigureValue, formatNumber } from '@/lib/format';
import { useI18n } from '@/i18n/i18n-context';
import type { Locale } from '@/i18n/locale';
import { chartLayout } from '@/styles/chart-layout';
import { useMediaQuery } from '@/lib/use-media-query';

type BarRow = { id: string; label: string; value: number; display: string; kind: 'exact' | 'atLeast' };

type FigureBarChartProps = {
  figures: readonly FigureView[];
  /** Optional short label per bar (e.g. the section, when two bars share a label). */
  labelFor?: (figure: FigureView, locale: Locale) => string;
};

/** Horizontal bars, one per figure; lower bounds are hatched with a dashed outline and a "≥" label. */
export function FigureBarChart({ figures, labelFor }: FigureBarChartProps) {
  const { pick, locale } = useI18n();
  const narrow = useMediaQuery(chartLayout.narrowQuery);
  const rows: BarRow[] = figures.map((figure) => ({
    id: figure.id,
    label: labelFor ? labelFor(figure, locale) : pick(figure.label),
    value: figure.value,
    display: formatFigureValue(figure, locale),
    kind: figure.qualifier === 'atLeast' ? 'atLeast' : 'exact',
  }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} layout="vertical" margin={narrow ? chartLayout.narrowMargin : chartLayout.margin} barCategoryGap={chartLayout.barCategoryGap}>
        <XAxis
          type="number"
          domain={[0, 'auto']}
          tickFormatter={(value: number) => formatNumber(value, locale, 0)}
          allowDecimals={false}
          tickCount={chartLayout.tickCount}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={narrow ? chartLayout.narrowCategoryAxisWidth : chartLayout.categoryAxisWidth}
          tick={<WrappedTick charsPerLine={narrow ? chartLayout.narrowLabelCharsPerLine : chartLayout.labelCharsPerLine} />}
          interval={0}
        />
        <Bar dataKey="value" isAnimationActive={false} maxBarSize={chartLayout.maxBarSize}>
          {rows.map((row) => (
            <Cell key={row.id} className={`bar bar--${row.kind}`} />
          ))}
          <LabelList dataKey="display" position="right" className="bar-label" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

type TickProps = { x?: number; y?: number; payload?: { value: string }; charsPerLine: number };

/** Category labels wrap onto lines so long Chinese and English labels stay inside the axis. */
function WrappedTick({ x = 0, y = 0, payload, charsPerLine }: TickProps) {
  const lines = wrapLabel(payload?.value ?? '', charsPerLine);
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

export function wrapLabel(label: string, maxChars: number): string[] {
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
