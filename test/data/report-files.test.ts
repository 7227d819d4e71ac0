// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkReportCollection, formatProblem, maxReportFileBytes, ReportFilesError, type CheckedReportFile } from '../../build/report-files';
import { readReportFiles } from '../../build/static-api-plugin';
import { resilienceConfig } from '@/api/resilience-config';
import type { Report } from '@/data/report-schema';

// What only a file or a folder of files can get wrong, checked by `npm run data:check` and by the build alike.
// Each case is a small folder built from a copy of the Yantai report.

const root = path.resolve(import.meta.dirname, '../..');
const yantaiPath = path.join(root, 'src/data/reports/yantai-psb-2022.json');
const yantaiBytes = () => readFileSync(yantaiPath);
const yantai = () => JSON.parse(readFileSync(yantaiPath, 'utf8')) as Report;

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'report-files-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh folder holding the given files (name → contents). */
function folder(files: Record<string, string | Uint8Array>): string {
  const directory = mkdtempSync(path.join(scratch, 'case-'));
  for (const [name, contents] of Object.entries(files)) writeFileSync(path.join(directory, name), contents);
  return directory;
}

function dataCheck(directory: string) {
  const result = spawnSync(process.execPath, ['scripts/data-check.mjs', directory], { cwd: root, encoding: 'utf8' });
  const lines = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.startsWith('  ')).map((line) => line.trim());
  return { status: result.status, lines };
}

function buildProblems(directory: string): string[] {
  try {
    readReportFiles(directory);
  } catch (error) {
    if (error instanceof ReportFilesError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

const relative = (directory: string, name: string) => path.relative(process.cwd(), path.join(directory, name));

const withInvalidByte = () => {
  const data = Uint8Array.from(yantaiBytes());
  // The first byte of the first Chinese character (烟, in the title) becomes 0xFF, which UTF-8 never uses.
  const at = data.findIndex((byte) => byte >= 0x80);
  data[at] = 0xff;
  return { data, at, line: data.subarray(0, at).filter((byte) => byte === 0x0a).length + 1 };
};

describe('report files that the app could not show', () => {
  it('passes the Yantai report as it is, in data:check and in the build', () => {
    const directory = folder({ 'yantai-psb-2022.json': yantaiBytes() });
    expect(dataCheck(directory)).toEqual({ status: 0, lines: [] });
    expect(readReportFiles(directory).map((report) => report.id)).toEqual(['yantai-psb-2022']);
  });

  it('keeps the file limit at the most the API client accepts', () => {
    expect(maxReportFileBytes).toBe(resilienceConfig.maxBodyBytes);
  });

  const cases: Array<[string, () => { directory: string; expected: string[] }]> = [
    [
      'a file larger than the API client accepts, with its size and the limit',
      () => {
        // Valid JSON that passes the schema: only its size is wrong, as with a report padded by a careless export.
        const padded = `${JSON.stringify(yantai(), null, 2)}${' '.repeat(maxReportFileBytes)}\n`;
        const directory = folder({ 'yantai-psb-2022.json': padded });
        const size = Buffer.byteLength(padded).toLocaleString('en-US');
        return {
          directory,
          expected: [
            `${relative(directory, 'yantai-psb-2022.json')} $: file is ${size} bytes; a report may be at most 2,097,152 bytes, the most the app's API client accepts (resilienceConfig.maxBodyBytes)`,
          ],
        };
      },
    ],
    [
      'a UTF-8 byte order mark, saying "BOM"',
      () => {
        const directory = folder({ 'yantai-psb-2022.json': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), yantaiBytes()]) });
        return {
          directory,
          expected: [`${relative(directory, 'yantai-psb-2022.json')} $: starts with a UTF-8 byte order mark (BOM); save the file as UTF-8 without a BOM`],
        };
      },
    ],
    [
      'bytes that are not UTF-8, with where they are, rather than a U+FFFD on screen',
      () => {
        const { data, at, line } = withInvalidByte();
        const directory = folder({ 'yantai-psb-2022.json': data });
        return {
          directory,
          expected: [
            `${relative(directory, 'yantai-psb-2022.json')} $: not valid UTF-8: the bytes at offset ${at} (line ${line}) are not a UTF-8 character; save the file as UTF-8`,
          ],
        };
      },
    ],
    [
      'a file name that differs from the report id',
      () => {
        const directory = folder({ 'yantai-2022.json': yantaiBytes() });
        return {
          directory,
          expected: [`${relative(directory, 'yantai-2022.json')} $.id: id "yantai-psb-2022" does not match the file name; name the file yantai-psb-2022.json`],
        };
      },
    ],
    [
      'two files with one report id, naming both',
      () => {
        const directory = folder({ 'yantai-psb-2022.json': yantaiBytes(), 'yantai-psb-2022-copy.json': yantaiBytes() });
        const copy = relative(directory, 'yantai-psb-2022-copy.json');
        return {
          directory,
          expected: [
            `${copy} $.id: id "yantai-psb-2022" does not match the file name; name the file yantai-psb-2022.json`,
            `${relative(directory, 'yantai-psb-2022.json')} $.id: report id "yantai-psb-2022" is also the id of ${copy}; each report needs its own id`,
          ],
        };
      },
    ],
    [
      'a file that fails the schema, with the JSON path',
      () => {
        const report = yantai();
        report.figures[2]!.value = 1e308;
        const directory = folder({ 'yantai-psb-2022.json': JSON.stringify(report) });
        return {
          directory,
          expected: [`${relative(directory, 'yantai-psb-2022.json')} $.figures[2].value: must be at most 1,000,000,000,000 (no report states more)`],
        };
      },
    ],
  ];

  describe.each(cases)('refuses %s', (_name, makeCase) => {
    let subject: { directory: string; expected: string[] };
    beforeAll(() => {
      subject = makeCase();
    });

    it('in data:check, with a non-zero exit', () => {
      const result = dataCheck(subject.directory);
      expect(result.lines).toEqual(subject.expected);
      expect(result.status).toBe(1);
    });

    it('in the build, with the same messages', () => {
      expect(buildProblems(subject.directory)).toEqual(subject.expected);
      expect(() => readReportFiles(subject.directory)).toThrow(/report data has \d+ problem\(s\); npm run data:check lists the same/);
    });
  });

  it('shows why a fatal decoder is needed: the default one turns the bad byte into U+FFFD silently', () => {
    expect(new TextDecoder().decode(withInvalidByte().data)).toContain('\uFFFD');
  });

  it('refuses more reports than the report list can hold, naming the folder', () => {
    const report = yantai();
    const files: CheckedReportFile[] = Array.from({ length: 501 }, (_, index) => ({
      file: `r${index}.json`,
      name: `src/data/reports/r${index}.json`,
      report: { ...report, id: `r${index}` },
      problems: [],
    }));
    expect(checkReportCollection(files, 'src/data/reports').map(formatProblem)).toEqual([
      'src/data/reports $.reports: the report list (reports.json) of these 501 reports fails its schema: Too big: expected array to have <=500 items',
    ]);
  });

  it('checks clauses against the full text in the build as data:check does', () => {
    const report = yantai();
    // Still contains its reportedAs, so the schema passes; the full text in src/data/sources has no such words.
    report.figures[0]!.source.clause += '以上';
    const directory = folder({ 'yantai-psb-2022.json': JSON.stringify(report) });
    expect(buildProblems(directory)).toEqual([`${relative(directory, 'yantai-psb-2022.json')} $.figures[0].source.clause: not found verbatim in src/data/sources/yantai-psb-2022.txt`]);
  });
});
