// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { reportSchema, type Figure, type Report } from '@/data/report-schema';
import { themeOf } from '@/data/themes';
import { generateLayout } from '@/lib/layout/generate-layout';

// The five development reports (test/fixtures/dev-reports, see its README) against the openings they were
// written from. The Markdown files live outside the repository, in ../shared/reports-dev; CI clones the
// repository alone, so each excerpt's text is also kept as <id>.txt beside its data file.

const root = path.resolve(import.meta.dirname, '../..');
const fixtureDir = path.join(root, 'test/fixtures/dev-reports');
const sharedDir = path.resolve(root, '../shared/reports-dev');
const hasShared = existsSync(sharedDir);
const withoutShared = hasShared ? '' : ' (skipped: ../shared/reports-dev is not beside this checkout; the .txt copies are checked instead)';

const ids = readdirSync(fixtureDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort();

function readFixture(id: string): Report {
  return reportSchema.parse(JSON.parse(readFileSync(path.join(fixtureDir, `${id}.json`), 'utf8')));
}

function markdownOf(id: string): string {
  return readFileSync(path.join(sharedDir, `${id}.md`), 'utf8');
}

/** The text under "## Excerpt" in the Markdown file. */
function markdownExcerpt(id: string): string {
  const [, excerpt] = markdownOf(id).split('\n## Excerpt\n');
  if (excerpt === undefined) throw new Error(`${id}.md has no "## Excerpt" section`);
  return excerpt.trim();
}

function excerptOf(id: string): string {
  return hasShared ? markdownExcerpt(id) : readFileSync(path.join(fixtureDir, `${id}.txt`), 'utf8').trim();
}

type Row = { value: string; unit: string; qualifier: string; phrase: string; notes: string };

/** The rows of the "value | unit | qualifier | phrase | notes" table; "同上" (ditto) takes the row above's phrase. */
function tableRows(id: string): Row[] {
  const rows: Row[] = [];
  for (const line of markdownOf(id).split('\n')) {
    if (!line.startsWith('|') || line.startsWith('|---') || line.startsWith('| value')) continue;
    const [value = '', unit = '', qualifier = '', phrase = '', notes = ''] = line.slice(1, -1).split('|').map((cell) => cell.trim());
    rows.push({ value, unit, qualifier, phrase: phrase === '同上' ? (rows.at(-1)?.phrase ?? phrase) : phrase, notes });
  }
  return rows;
}

// The mapping from table rows to figures. A row is not an indicator when its notes begin with DISTRACTOR (which
// takes in "DISTRACTOR-ish"; a note that only calls part of the phrase a distractor, such as 三个“一号工程” or
// 110案件类警情, leaves the row an indicator), or when it is one of the judgement calls below that the README explains. Every other
// row is an indicator: each of its values (Arabic, with 万; or a Chinese numeral; "a / b" for two) must be the
// value of a figure whose clause and the row's phrase contain one another. A row whose value is "—" and whose
// qualifier is 同比上升/下降 is a direction-only change: a figure with no value and that direction.
const notIndicators: Record<string, Record<string, string>> = {
  'jinhua-psb-2020': { '获评为全省唯一、全国六家之一的地市级“全国公安机关执法示范单位”': 'rank/award: counts the award’s holders' },
  'xuancheng-psb-2021': { '制定出台了《延时预约服务制》等“十项制度”': 'label-like: the number is part of a package’s name' },
  'guangzhou-zengcheng-psb-2024': { '社会治安呈现“两降两升”良好态势': 'summary label of the four direction-only changes' },
};

const chineseNumerals: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function rowValues(row: Row): number[] {
  if (row.value === '—') return [];
  return row.value.split('/').map((piece) => {
    const text = piece.trim();
    const arabic = /^(\d+(?:\.\d+)?)(万)?$/u.exec(text);
    if (arabic) return Number(arabic[1]) * (arabic[2] ? 10_000 : 1);
    const chinese = chineseNumerals[text];
    if (chinese === undefined) throw new Error(`cannot read the value "${row.value}" of "${row.phrase}": class the row`);
    return chinese;
  });
}

const sameValue = (a: number | undefined, b: number) => a !== undefined && Math.abs(a - b) < 1e-6;
const overlaps = (figure: Figure, phrase: string) => phrase.includes(figure.source.clause) || figure.source.clause.includes(phrase);

function indicatorRows(id: string): Row[] {
  const judged = notIndicators[id] ?? {};
  return tableRows(id).filter((row) => !row.notes.startsWith('DISTRACTOR') && !(row.phrase in judged));
}

it('has the five development reports', () => {
  expect(ids).toEqual(['guangzhou-zengcheng-psb-2024', 'jinhua-psb-2020', 'xuancheng-psb-2021', 'yichun-psb-2023', 'zhoushan-putuo-psb-2023']);
});

describe.each(ids)('%s', (id) => {
  it('passes the report schema, under its own file name, with no layout of its own', () => {
    const parsed = reportSchema.safeParse(JSON.parse(readFileSync(path.join(fixtureDir, `${id}.json`), 'utf8')));
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data?.id).toBe(id);
    expect(parsed.data?.layout).toBeUndefined();
  });

  it(`quotes every clause verbatim from the excerpt${hasShared ? '' : ' (the .txt copy)'}`, () => {
    const excerpt = excerptOf(id);
    const missing = readFixture(id).figures.filter((figure) => !excerpt.includes(figure.source.clause));
    expect(missing.map((figure) => `${figure.id}: ${figure.source.clause}`)).toEqual([]);
  });

  it('shows every figure on the layout the app generates for it', () => {
    const report = readFixture(id);
    const parsed = reportSchema.safeParse({ ...report, layout: generateLayout(report) });
    expect(parsed.error?.issues.map((issue) => issue.message) ?? []).toEqual([]);
  });

  it.skipIf(!hasShared)(`keeps a .txt copy identical to the Markdown excerpt${withoutShared}`, () => {
    expect(readFileSync(path.join(fixtureDir, `${id}.txt`), 'utf8').trim()).toBe(markdownExcerpt(id));
  });

  it.skipIf(!hasShared)(`has a figure for every value of every indicator row in the table${withoutShared}`, () => {
    const figures = readFixture(id).figures;
    const unmatched: string[] = [];
    for (const row of indicatorRows(id)) {
      const used = new Set<Figure>();
      const values = rowValues(row);
      if (values.length === 0) {
        const direction = row.qualifier.includes('上升') ? 'increase' : row.qualifier.includes('下降') ? 'decrease' : undefined;
        const found = figures.find((figure) => figure.value === undefined && figure.change?.direction === direction && overlaps(figure, row.phrase));
        if (!direction || !found) unmatched.push(`${row.phrase} (direction only)`);
        continue;
      }
      for (const value of values) {
        const found = figures.find((figure) => !used.has(figure) && sameValue(figure.value, value) && overlaps(figure, row.phrase));
        if (found) used.add(found);
        else unmatched.push(`${row.phrase}: ${value}`);
      }
    }
    expect(unmatched).toEqual([]);
  });

  it.skipIf(!hasShared)(`has no figure that the table does not list${withoutShared}`, () => {
    const phrases = indicatorRows(id).map((row) => row.phrase);
    const unlisted = readFixture(id).figures.filter((figure) => !phrases.some((phrase) => overlaps(figure, phrase)));
    expect(unlisted.map((figure) => figure.id)).toEqual([]);
  });
});

describe('judgement calls', () => {
  it('counts the clause that 宣城 repeats word for word once, and calls it no contradiction', () => {
    const report = readFixture('xuancheng-psb-2021');
    expect(report.figures.filter((figure) => figure.reportedAs === '5起')).toHaveLength(1);
    expect(report.contradictions).toEqual([]);
  });

  it('uses at least one theme outside the vocabulary, so the "other" path is exercised', () => {
    const unknown = ids.flatMap((id) => readFixture(id).figures).filter((figure) => !themeOf(figure.theme).known);
    expect(unknown.length).toBeGreaterThan(0);
  });

  it('marks headline figures in some files but not all', () => {
    const withHeadlines = ids.filter((id) => readFixture(id).figures.some((figure) => figure.headline));
    expect(withHeadlines.length).toBeGreaterThan(0);
    expect(withHeadlines.length).toBeLessThan(ids.length);
  });
});
