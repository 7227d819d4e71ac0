#!/usr/bin/env node
// `npm run bench:extract`: scores the report extractor (src/features/authoring/model/) against known answers and
// prints the figures. A benchmark: it reports, it never fails on a score.
//   - the Yantai 2022 full text (src/data/sources/) against today's hand-made data file (src/data/reports/);
//   - the development reports in ../shared/reports-dev/ (relative to the repository), whose markdown tables are
//     the answers. When that folder is absent it says so and scores what it has.
// How rows score is documented in docs/extractor.md ("The benchmark").
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// --dev-dir=<folder> scores another folder of reports in the same format (and shows the "absent" case).
const devDirArgument = process.argv.find((argument) => argument.startsWith('--dev-dir='));
const devDir = devDirArgument ? path.resolve(devDirArgument.slice('--dev-dir='.length)) : path.resolve(root, '../shared/reports-dev');
const verbose = process.argv.includes('--verbose');

const importTs = async (file) =>
  (await runnerImport(path.join(root, file), { configFile: false, logLevel: 'silent', resolve: { alias: { '@': path.join(root, 'src') } } }))
    .module;
const { draftReport } = await importTs('src/features/authoring/model/draft-report.ts');
const { parseArabicNumber, parseChineseNumeral } = await importTs('src/features/authoring/model/chinese-numerals.ts');

/** Longest common substring length: how much of a proposal's clause the answer's phrase shares. */
function overlap(a, b) {
  let best = 0;
  const previous = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j];
      previous[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
      if (previous[j] > best) best = previous[j];
      diagonal = above;
    }
  }
  return best;
}

/** A table cell's value: 91, 2841万, 260.44万, 两, 六; undefined for — and anything else. */
function readValue(cell) {
  const text = cell.trim();
  const arabic = /^([0-9.]+)(万|亿)?$/u.exec(text);
  if (arabic) return parseArabicNumber(arabic[1], arabic[2] === '万' ? 4 : arabic[2] === '亿' ? 8 : 0);
  return parseChineseNumeral(text);
}

/** What the qualifier column means in the schema's terms. */
function expectedQualifier(cell) {
  const text = cell.trim();
  const change = /同比下降|下降|减少/u.test(text) ? 'decrease' : /同比上升|上升|增长|增加/u.test(text) ? 'increase' : undefined;
  let qualifier = 'exact';
  if (/余|多|以上|至少|超过|上万|逾/u.test(text)) qualifier = 'atLeast';
  else if (/近|约|左右/u.test(text)) qualifier = 'approximately';
  else if (/不到|不足|以内/u.test(text)) qualifier = 'atMost';
  else if (/目标|力争/u.test(text)) qualifier = 'target';
  return { qualifier, reached: /达/u.test(text) && qualifier === 'exact', change };
}

/** The answers of one development report: positives, negatives (DISTRACTOR) and judgement calls. */
function readDevReport(file) {
  const markdown = readFileSync(file, 'utf8');
  const year = Number(/Year:\s*(\d{4})/u.exec(markdown)?.[1]);
  const excerpt = (markdown.split(/^## Excerpt\s*$/mu)[1] ?? '').replace(/\[…excerpt ends\]/gu, '').replace(/^\n+/u, '');
  const rows = [];
  let previousPhrase = '';
  const table = markdown.split(/^## Figures.*$/mu)[1]?.split(/^## /mu)[0] ?? '';
  for (const line of table.split('\n')) {
    if (!line.startsWith('|') || /^\|\s*-/u.test(line) || /^\|\s*value\s*\|/u.test(line)) continue;
    const [value = '', unit = '', qualifier = '', written = '', notes = ''] = line.slice(1, -1).split('|').map((cell) => cell.trim());
    // 同上: the same phrase as the row above.
    const phrase = written === '同上' ? previousPhrase : written;
    previousPhrase = phrase;
    const judgement = /DISTRACTOR-ish|label-like|\brank\b|streak|summary label/iu.test(notes);
    // DISTRACTOR leads the note of a negative row; elsewhere it qualifies one word ("110" is DISTRACTOR).
    const negative = !judgement && /^DISTRACTOR/u.test(notes) && !/direction only/iu.test(notes);
    const unitName = /^[(（]?([^\s,，(（)）]+)/u.exec(unit)?.[1];
    const stated = unitName && !['—', 'date', '-'].includes(unitName) ? unitName : undefined;
    const expected = expectedQualifier(qualifier);
    const directionOnly = value === '—' && expected.change !== undefined;
    // "2 / 2" (发2起破2起) is two figures; "1310 / 1312" two distractors.
    const values = directionOnly ? [undefined] : value.split('/').map(readValue);
    for (const parsed of values) {
      rows.push({ value: parsed, directionOnly, unit: stated, ...expected, phrase: phrase.replace(/…$/u, ''), kind: judgement ? 'judgement' : negative ? 'negative' : 'positive' });
    }
  }
  return { name: path.basename(file, '.md'), text: excerpt, year, rows };
}

/** The Yantai data file's figures as answers. */
function readYantai() {
  const data = JSON.parse(readFileSync(path.join(root, 'src/data/reports/yantai-psb-2022.json'), 'utf8'));
  const text = readFileSync(path.join(root, 'src/data/sources/yantai-psb-2022.txt'), 'utf8');
  const rows = data.figures.map((figure) => ({
    value: figure.value,
    directionOnly: figure.value === undefined,
    unit: figure.unit.zh,
    qualifier: figure.qualifier,
    reached: figure.reached === true,
    change: figure.change?.direction,
    phrase: figure.source.clause,
    kind: 'positive',
  }));
  return { name: 'yantai-psb-2022 (full text)', text, year: data.year, rows };
}

function matches(row, figure) {
  if (row.directionOnly) return figure.value === undefined && figure.change?.direction === row.change;
  return row.value !== undefined && figure.value === row.value;
}

/** One-to-one matching of answer rows to proposed figures by value, the closest clause first. */
function score({ name, text, year, rows }) {
  const { report } = draftReport(text, { id: 'bench', unit: 'bench', year });
  const figures = report.figures;
  const pairs = [];
  rows.forEach((row, rowIndex) => {
    figures.forEach((figure, figureIndex) => {
      if (!matches(row, figure)) return;
      const shared = overlap(figure.source.clause, row.phrase);
      if (shared >= 2) pairs.push({ rowIndex, figureIndex, shared });
    });
  });
  pairs.sort((a, b) => b.shared - a.shared);
  const rowFigure = new Map();
  const figureRow = new Map();
  for (const pair of pairs) {
    if (rowFigure.has(pair.rowIndex) || figureRow.has(pair.figureIndex)) continue;
    rowFigure.set(pair.rowIndex, pair.figureIndex);
    figureRow.set(pair.figureIndex, pair.rowIndex);
  }
  const positives = rows.filter((row) => row.kind === 'positive');
  const matched = [...rowFigure.entries()].filter(([rowIndex]) => rows[rowIndex].kind === 'positive');
  const judged = [...figureRow.values()].filter((rowIndex) => rows[rowIndex].kind === 'judgement').length;
  const distractors = [...figureRow.values()].filter((rowIndex) => rows[rowIndex].kind === 'negative').length;
  let qualifierRight = 0;
  let unitRight = 0;
  let unitStated = 0;
  const wrong = [];
  for (const [rowIndex, figureIndex] of matched) {
    const row = rows[rowIndex];
    const figure = figures[figureIndex];
    const qualifierOk = figure.qualifier === row.qualifier && (figure.reached === true) === row.reached && figure.change?.direction === row.change;
    if (qualifierOk) qualifierRight += 1;
    else wrong.push(`qualifier ${figure.reportedAs}: proposed ${figure.qualifier}${figure.reached ? '+reached' : ''}${figure.change ? `/${figure.change.direction}` : ''}, expected ${row.qualifier}${row.reached ? '+reached' : ''}${row.change ? `/${row.change}` : ''}`);
    if (row.unit !== undefined) {
      unitStated += 1;
      if (figure.unit.zh === row.unit) unitRight += 1;
      else wrong.push(`unit ${figure.reportedAs}: proposed ${figure.unit.zh}, expected ${row.unit}`);
    }
  }
  const scored = figures.length - judged;
  const missed = positives.filter((row) => !rowFigure.has(rows.indexOf(row))).map((row) => `${row.value ?? '(direction)'} ${row.unit ?? ''} — ${row.phrase}`);
  const extra = figures.filter((_, index) => !figureRow.has(index)).map((figure) => `${figure.reportedAs} — ${figure.source.clause}`);
  return {
    name,
    positives: positives.length,
    proposed: scored,
    matched: matched.length,
    distractors,
    qualifierRight,
    unitRight,
    unitStated,
    contradictions: report.contradictions.length,
    missed,
    extra,
    wrong,
  };
}

const ratio = (part, whole) => (whole === 0 ? '—' : (part / whole).toFixed(2));

const sets = [readYantai()];
if (existsSync(devDir)) {
  for (const name of readdirSync(devDir).filter((file) => file.endsWith('.md') && file !== 'README.md').sort()) sets.push(readDevReport(path.join(devDir, name)));
} else {
  console.log(`Note: ${path.relative(process.cwd(), devDir) || devDir} is absent; scoring the Yantai text only.`);
}

// A benchmark reports: a report the extractor cannot read is shown as such, and the others still score.
const results = sets.map((set) => {
  try {
    return score(set);
  } catch (error) {
    console.log(`error scoring ${set.name}: ${error.message}`);
    return { name: `${set.name} (error)`, positives: set.rows.filter((row) => row.kind === 'positive').length, proposed: 0, matched: 0, distractors: 0, qualifierRight: 0, unitRight: 0, unitStated: 0, contradictions: 0, missed: [], extra: [], wrong: [] };
  }
});
let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
} catch {
  // not a git checkout: the table still prints
}
console.log(`bench:extract ${new Date().toISOString().slice(0, 10)} at ${commit}\n`);
console.log('| report | answers | proposed | found | recall | precision | qualifier right | unit right | distractors proposed |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
const total = { positives: 0, proposed: 0, matched: 0, qualifierRight: 0, unitRight: 0, unitStated: 0, distractors: 0 };
for (const result of results) {
  for (const key of Object.keys(total)) total[key] += result[key];
  console.log(
    `| ${result.name} | ${result.positives} | ${result.proposed} | ${result.matched} | ${ratio(result.matched, result.positives)} | ${ratio(result.matched, result.proposed)} | ${ratio(result.qualifierRight, result.matched)} | ${ratio(result.unitRight, result.unitStated)} | ${result.distractors} |`,
  );
}
const dev = results.slice(1);
const devTotal = { positives: 0, proposed: 0, matched: 0, qualifierRight: 0, unitRight: 0, unitStated: 0, distractors: 0 };
for (const result of dev) for (const key of Object.keys(devTotal)) devTotal[key] += result[key];
const line = (label, sum) =>
  console.log(
    `| **${label}** | ${sum.positives} | ${sum.proposed} | ${sum.matched} | ${ratio(sum.matched, sum.positives)} | ${ratio(sum.matched, sum.proposed)} | ${ratio(sum.qualifierRight, sum.matched)} | ${ratio(sum.unitRight, sum.unitStated)} | ${sum.distractors} |`,
  );
if (dev.length > 0) line('development reports', devTotal);
line('overall', total);
console.log(`\nYantai contradictions proposed: ${results[0]?.contradictions ?? 0}`);

for (const result of results) {
  if (!verbose && result.missed.length + result.extra.length + result.wrong.length === 0) continue;
  console.log(`\n${result.name}`);
  for (const row of result.missed) console.log(`  missed: ${row}`);
  for (const row of result.extra) console.log(`  not in the answers: ${row}`);
  for (const row of result.wrong) console.log(`  wrong ${row}`);
}
