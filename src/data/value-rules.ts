// What a report's number can be. A value outside these rules is a typing error or an attack (1e308 prints as
// "Infinity", 1e21 as "1e+21"), and the schema refuses it before it can reach a screen or an export.

/** The largest value a report states: a trillion (万亿) is far past any count or sum a bureau publishes. */
export const maximumValue = 1e12;
/** Decimal places a value may carry (260.44万 is 2,604,400; 5457.6 公斤 has one). */
const maximumDecimals = 4;

/**
 * Measure words that count whole things (people, cases, sessions, items …): their values are integers. A unit
 * that is not listed (公斤, 万元, 次/月) may carry decimals.
 */
const countingUnits: ReadonlySet<string> = new Set([
  '人', '人次', '名', '位', '件', '起', '期', '个', '项', '家', '家次', '所', '处', '批', '批次', '次', '轮', '条',
  '张', '份', '场', '场次', '户', '辆', '台', '套', '部', '支', '队', '组', '个次', '宗', '例', '篇', '本', '册', '座',
]);

const percentUnit = '%';

type ValueFields = {
  value?: number | undefined;
  unit: { zh: string; en?: string | undefined };
  change?: unknown;
  qualifier: string;
};

export type ValueProblem = { field: 'value' | 'unit'; message: string };

function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = String(value);
  if (text.includes('e')) return Infinity;
  return text.split('.')[1]?.length ?? 0;
}

/** Whether the unit is a percentage (in either language); both languages must agree, which `problems` checks. */
export function isPercentUnit(unit: { zh: string; en?: string | undefined }): boolean {
  return unit.zh === percentUnit || unit.en === percentUnit;
}

/**
 * Whether two figures count the same thing, so their bars can share an axis: the same measure word, and, where
 * both say in English what it counts, the same English (个 counts projects in one figure and work arrangements in
 * the next; 人 is people whatever the English). Case and a plural "s" do not matter.
 */
export function sameUnit(a: { zh: string; en?: string | undefined }, b: { zh: string; en?: string | undefined }): boolean {
  if (a.zh !== b.zh) return false;
  if (a.en === undefined || b.en === undefined) return true;
  const counted = (en: string) => en.trim().toLowerCase().replace(/s$/u, '');
  return counted(a.en) === counted(b.en);
}

export const valueRules = {
  problems(figure: ValueFields): ValueProblem[] {
    const problems: ValueProblem[] = [];
    const { value, unit } = figure;
    if (value === undefined) {
      if (!figure.change) problems.push({ field: 'value', message: 'a value is required unless the figure is a change whose direction alone is stated' });
    } else if (!Number.isFinite(value)) {
      problems.push({ field: 'value', message: 'must be a finite number' });
    } else if (value < 0) {
      problems.push({ field: 'value', message: 'must not be negative (a decrease is a change with direction "decrease")' });
    } else if (value > maximumValue) {
      problems.push({ field: 'value', message: `must be at most 1,000,000,000,000 (no report states more)` });
    } else if (decimalsOf(value) > maximumDecimals) {
      problems.push({ field: 'value', message: `must have at most ${maximumDecimals} decimal places` });
    } else if (countingUnits.has(unit.zh) && !Number.isInteger(value) && !figure.change) {
      problems.push({ field: 'value', message: `"${unit.zh}" counts whole things, so the value must be a whole number` });
    }
    if ((unit.zh === percentUnit) !== (unit.en === undefined ? unit.zh === percentUnit : unit.en === percentUnit)) {
      problems.push({ field: 'unit', message: `zh "${unit.zh}" and en "${unit.en ?? ''}" must both be "%" or neither` });
    }
    if (/[0-9０-９]/u.test(unit.zh) || /[0-9]/.test(unit.en ?? '')) {
      problems.push({ field: 'unit', message: 'a unit must not contain digits (they would read as part of the number)' });
    }
    return problems;
  },
};
