import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readReportFiles } from '../../../build/static-api-plugin';
import { draftReport } from '@/features/authoring/model/draft-report';

// Issue 11, part 2: a draft is never mistaken for a reviewed report, by data:check or by the build.
const root = path.resolve(import.meta.dirname, '../../..');
const folder = mkdtempSync(path.join(os.tmpdir(), 'drafts-'));
const text = readFileSync(path.join(root, 'src/data/sources/yantai-psb-2022.txt'), 'utf8');
const { report } = draftReport(text, { id: 'yantai-draft', unit: '烟台市公安局', year: 2022 });
writeFileSync(path.join(folder, 'yantai-draft.json'), JSON.stringify(report));
writeFileSync(path.join(folder, 'yantai-psb-2022.json'), readFileSync(path.join(root, 'src/data/reports/yantai-psb-2022.json')));

function dataCheck(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/data-check.mjs', ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run data:check on a draft', () => {
  it('passes it with a warning that lists what is left to review', () => {
    const result = dataCheck(folder);
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/yantai-draft\.json: a draft \(status "draft"\)/);
    expect(result.output).toMatch(/18 of 18 figure\(s\) not yet accepted/);
    expect(result.output).toMatch(/18 figure\(s\) without an English label/);
    expect(result.output).toMatch(/warning from data:draft/);
    expect(result.output).toMatch(/2 report file\(s\) valid, 1 of them draft\(s\)/);
  });

  it('fails it with --strict', () => {
    const result = dataCheck(folder, '--strict');
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/refused with --strict/);
  });
});

describe('the build’s report reader', () => {
  it('refuses draft reports, naming them', () => {
    expect(() => readReportFiles(folder, false)).toThrow(/Draft report\(s\) not built: yantai-draft\.json\..*ALLOW_DRAFT_REPORTS=1/);
  });

  it('builds them when ALLOW_DRAFT_REPORTS=1', () => {
    vi.stubEnv('ALLOW_DRAFT_REPORTS', '1');
    expect(readReportFiles(folder).map((built) => built.id)).toEqual(['yantai-draft', 'yantai-psb-2022']);
    vi.unstubAllEnvs();
  });

  it('reads a folder of reviewed reports as before', () => {
    expect(readReportFiles(path.join(root, 'src/data/reports'), false).map((built) => built.id)).toEqual(['yantai-psb-2022']);
  });
});
