import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { reportJsonSchema } from '@/data/report-schema';

const root = path.resolve(import.meta.dirname, '../..');

function dataCheck(...files: string[]) {
  const result = spawnSync(process.execPath, ['scripts/data-check.mjs', ...files], { cwd: root, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run data:check', () => {
  it('accepts the bundled data module and the fixture reports', { timeout: 60_000 }, () => {
    const folders = ['src/data/reports', 'test/fixtures/reports'];
    const fileCount = folders.flatMap((folder) => readdirSync(path.join(root, folder)).filter((name) => name.endsWith('.json'))).length;
    const result = dataCheck(...folders);
    expect(fileCount).toBeGreaterThanOrEqual(2);
    expect(result.output).toContain(`${fileCount} report file(s) valid`);
    expect(result.status).toBe(0);
  });

  // One run over every broken fixture: each must be reported on its own line.
  let brokenRun: { status: number | null; output: string };
  beforeAll(() => {
    brokenRun = dataCheck('test/fixtures/broken');
  }, 60_000);

  it('exits non-zero when any file is broken', () => {
    expect(brokenRun.status).toBe(1);
  });

  it.each([
    ['negative-value', '$.figures[0].value', 'expected number to be >=0'],
    ['string-value', '$.figures[1].value', 'expected number, received string'],
    ['unknown-qualifier', '$.figures[2].qualifier', 'expected one of "exact"|"atLeast"|"target"'],
    ['missing-clause', '$.figures[3].source.clause', 'expected string, received undefined'],
    ['reported-as-not-in-clause', '$.figures[4].reportedAs', 'does not occur in the cited clause'],
    ['duplicate-id', '$.figures[5].id', 'duplicate figure id'],
    ['contradiction-unknown-figure', '$.contradictions[0].figureIds[1]', 'unknown figure id "no-such-figure"'],
    ['not-json', '$', 'not valid JSON'],
  ])('rejects %s, naming the file, the JSON path and the problem', (name, jsonPath, problem) => {
    const line = brokenRun.output.split('\n').find((candidate) => candidate.includes(`test/fixtures/broken/${name}.json ${jsonPath}: `));
    expect(line, `a line for ${name}`).toBeDefined();
    expect(line).toContain(problem);
  });

  it('publishes an up-to-date JSON Schema in docs/ (regenerate with npm run data:check -- --write-schema)', () => {
    const published = JSON.parse(readFileSync(path.join(root, 'docs/report.schema.json'), 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(reportJsonSchema())));
  });
});
