// Chart geometry in one place; colours and font sizes come from CSS variables in theme.css.
export const chartLayout = {
  margin: { top: 8, right: 96, bottom: 8, left: 8 },
  narrowMargin: { top: 8, right: 56, bottom: 8, left: 4 },
  barCategoryGap: '22%',
  categoryAxisWidth: 220,
  labelCharsPerLine: 9,
  /** Phones: a narrower label column so the bars keep most of the width. */
  narrowQuery: '(max-width: 767px)',
  narrowCategoryAxisWidth: 110,
  narrowLabelCharsPerLine: 6,
  tickCount: 5,
  maxBarSize: 72,
} as const;
