import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reportJsonSchema } from '@/data/report-schema';
import { brokenReportNames, brokenReportText } from '../fixtures/broken-reports';
import { yantaiReport } from '../fixtures/yantai';

const root = path.resolve(import.meta.dirname, '../..');

function dataCheck(...files: string[]) {
  const result = spawnSync(process.execPath, ['scripts/data-check.mjs', ...files], { cwd: root, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run data:check', () => {
  it('accepts the bundled data module and the fixture reports', () => {
    const folders = ['src/data/reports', 'test/fixtures/reports'];
    const fileCount = folders.flatMap((folder) => readdirSync(path.join(root, folder)).filter((name) => name.endsWith('.json'))).length;
    const result = dataCheck(...folders);
    expect(fileCount).toBeGreaterThanOrEqual(2);
    expect(result.output).toContain(`${fileCount} report file(s) valid`);
    expect(result.status).toBe(0);
  });

  // One run over a folder of broken reports, written from the valid one: each must be reported on its own line.
  let brokenDir: string;
  let brokenRun: { status: number | null; output: string };
  beforeAll(() => {
    brokenDir = mkdtempSync(path.join(tmpdir(), 'data-check-broken-'));
    for (const name of brokenReportNames) writeFileSync(path.join(brokenDir, `${name}.json`), brokenReportText(name, yantaiReport()));
    brokenRun = dataCheck(brokenDir);
  });
  afterAll(() => rmSync(brokenDir, { recursive: true, force: true }));

  it('exits non-zero when any file is broken', () => {
    expect(brokenRun.status).toBe(1);
  });

  const expectedProblems = [
    ['negative-value', '$.figures[0].value', 'must not be negative'],
    ['string-value', '$.figures[1].value', 'expected number, received string'],
    ['unknown-qualifier', '$.figures[2].qualifier', 'expected one of "exact"|"atLeast"|"atMost"|"approximately"|"target"'],
    ['missing-clause', '$.figures[3].source.clause', 'expected string, received undefined'],
    ['reported-as-not-in-clause', '$.figures[4].reportedAs', 'does not occur in the cited clause'],
    ['duplicate-id', '$.figures[5].id', 'duplicate figure id'],
    ['contradiction-unknown-figure', '$.contradictions[0].figureIds[1]', 'unknown figure id "no-such-figure"'],
    ['not-json', '$', 'not valid JSON'],
  ] as const;

  it('has an expected problem for every broken report', () => {
    expect(expectedProblems.map(([name]) => name).sort()).toEqual([...brokenReportNames].sort());
  });

  it.each(expectedProblems)('rejects %s, naming the file, the JSON path and the problem', (name, jsonPath, problem) => {
    // data:check names each file by its path from the directory it runs in.
    const file = path.relative(root, path.join(brokenDir, `${name}.json`));
    const line = brokenRun.output.split('\n').find((candidate) => candidate.includes(`${file} ${jsonPath}: `));
    expect(line, `a line for ${name}`).toBeDefined();
    expect(line).toContain(problem);
  });

  it('publishes an up-to-date JSON Schema in docs/ (regenerate with npm run data:check -- --write-schema)', () => {
    const published = JSON.parse(readFileSync(path.join(root, 'docs/report.schema.json'), 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(reportJsonSchema())));
  });
});
