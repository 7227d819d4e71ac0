// Chart geometry in one place; colours and font sizes come from CSS variables in theme.css.
export const chartLayout = {
  margin: { top: 8, right: 96, bottom: 8, left: 8 },
  barCategoryGap: '22%',
  categoryAxisWidth: 220,
  labelCharsPerLine: 9,
  tickCount: 5,
  maxBarSize: 72,
} as const;
