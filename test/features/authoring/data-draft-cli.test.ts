import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reportSchema } from '@/data/report-schema';

// npm run data:draft, run as a person would run it: the command line shape is a contract (issue 11).
const root = path.resolve(import.meta.dirname, '../../..');
const yantai = path.join(root, 'src/data/sources/yantai-psb-2022.txt');

function dataDraft(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/data-draft.mjs', ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const folder = mkdtempSync(path.join(os.tmpdir(), 'data-draft-'));
const file = (name: string, content: string | Uint8Array) => {
  const target = path.join(folder, name);
  writeFileSync(target, content);
  return target;
};
const required = ['--id', 'test-report', '--unit', '某市公安局', '--year', '2023'];

describe('npm run data:draft', () => {
  it('prints a valid draft report when no --out is given', () => {
    const result = dataDraft(yantai, '--id', 'yantai-psb-2022', '--unit', '烟台市公安局', '--year', '2022');
    expect(result.status).toBe(0);
    const report = reportSchema.parse(JSON.parse(result.stdout));
    expect(report).toMatchObject({ id: 'yantai-psb-2022', status: 'draft', year: 2022, draft: { sourceFile: 'yantai-psb-2022.txt' } });
    expect(result.stderr).toMatch(/18 proposed figure\(s\)/);
  });

  it('writes --out through a temporary file and leaves nothing else behind', () => {
    const out = path.join(folder, 'written.json');
    const result = dataDraft(yantai, '--id', 'yantai-psb-2022', '--unit', '烟台市公安局', '--year=2022', '--out', out);
    expect(result.status).toBe(0);
    expect(reportSchema.safeParse(JSON.parse(readFileSync(out, 'utf8'))).success).toBe(true);
    expect(readdirSync(folder).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('does not overwrite a reviewed report without --force', () => {
    const reviewed = file('reviewed.json', readFileSync(path.join(root, 'src/data/reports/yantai-psb-2022.json')));
    const before = readFileSync(reviewed, 'utf8');
    const result = dataDraft(yantai, ...required, '--out', reviewed);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/exists and is not a draft/);
    expect(readFileSync(reviewed, 'utf8')).toBe(before);
  });

  it.each([
    ['a missing file', () => path.join(folder, 'missing.txt'), /no such file/],
    ['an empty file', () => file('empty.txt', ''), /is empty \(0 bytes\)/],
    ['a UTF-16 file', () => file('utf16.txt', new Uint8Array([0xff, 0xfe, 0x34, 0x78, 0x48, 0x68])), /is UTF-16 LE text/],
    ['a GBK file', () => file('gbk.txt', new Uint8Array([0xc8, 0xab, 0xc4, 0xea, 0xc6, 0xc6, 0xbb, 0xf1, 0xb0, 0xb8, 0xbc, 0xfe])), /GB18030\/GBK/],
    ['a PDF', () => file('report.pdf', '%PDF-1.7'), /is a PDF document/],
  ])('refuses %s with a clear message, exit code 1 and no file written', (_name, makeInput, message) => {
    const out = path.join(folder, `never-${Math.random().toString(36).slice(2)}.json`);
    const result = dataDraft(makeInput(), ...required, '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(readdirSync(folder)).not.toContain(path.basename(out));
  });

  it.each([
    ['no text file', [...required], /no report text file given/],
    ['no --year', [yantai, '--id', 'a', '--unit', '某局'], /--year is required/],
    ['an id that is not kebab-case', [yantai, '--id', 'Yantai_2022', '--unit', '某局', '--year', '2022'], /must be kebab-case/],
    ['a year of two digits', [yantai, '--id', 'a', '--unit', '某局', '--year', '22'], /four-digit year/],
    ['an unknown option', [yantai, ...required, '--format', 'yaml'], /unknown option --format/],
  ])('refuses %s with the usage and exit code 2', (_name, args, message) => {
    const result = dataDraft(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('usage: npm run data:draft -- <report.txt> --id <id> --unit <unit name> --year <yyyy> [--out <file>]');
  });

  it('writes a valid draft with no figures for a text with none, warns, and exits with 3', () => {
    const out = path.join(folder, 'no-figures.json');
    const result = dataDraft(file('no-figures.txt', '坚持以习近平法治思想为指导，全面推进依法行政。'), ...required, '--out', out);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/no figures found/);
    const report = reportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(report.figures).toEqual([]);
  });
});
