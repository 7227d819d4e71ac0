import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { reportListSchema, reportSchema, type Report } from '../src/data/report-schema.ts';
import { buildReportList } from '../src/api/api-responses.ts';
import { resilienceConfig } from '../src/api/resilience-config.ts';

// Reading report data files, for both `npm run data:check` and the build (build/static-api-plugin.ts): one set of
// rules, so the build refuses exactly what the check refuses, with the same messages. The schema decides what a
// report may say; this module adds what only the file or the set of files can show: bytes, encoding, names, ids.

/**
 * The largest report file: the most the app's API client accepts for one response
 * (resilienceConfig.maxBodyBytes). A larger report would pass every other check and then show 数据过大 for good.
 * The body the API serves is the parsed report re-serialised without indentation, so no larger than the file.
 */
export const maxReportFileBytes = resilienceConfig.maxBodyBytes;

/** One problem with a file, or with the set of files when `file` is the folder. */
export type ReportFileProblem = { file: string; path: string; message: string };

/** A file that was read: its report when it passed the schema, and everything wrong with it. */
export type CheckedReportFile = { file: string; name: string; report?: Report; problems: ReportFileProblem[] };

/** "src/data/reports/x.json $.figures[3].value: must be …", the form data:check prints and the build throws. */
export function formatProblem(problem: ReportFileProblem): string {
  return `${problem.file} ${problem.path}: ${problem.message}`;
}

/** A file as messages name it: relative to the working directory (the project root under npm scripts). */
export function displayName(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** JSON path like $.figures[3].value for an issue's path array. */
export function jsonPath(segments: ReadonlyArray<PropertyKey>): string {
  return segments.reduce<string>((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : `${text}.${String(segment)}`), '$');
}

const bytes = (count: number) => `${count.toLocaleString('en-US')} bytes`;
const limitWords = `a report may be at most ${bytes(maxReportFileBytes)}, the most the app's API client accepts (resilienceConfig.maxBodyBytes)`;

function isValidUtf8(data: Uint8Array, end: number): boolean {
  try {
    // stream: a sequence cut at `end` is not an error, so validity only shrinks as the prefix grows.
    new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(0, end), { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Where the first byte that is not UTF-8 is, by bisecting on the longest prefix that still decodes. */
function firstInvalidByte(data: Uint8Array): number {
  let good = 0;
  let bad = data.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (isValidUtf8(data, middle)) good = middle;
    else bad = middle;
  }
  return good;
}

/** The text of a report file, or why it cannot be read as UTF-8 JSON text. */
function decodeReportFile(data: Uint8Array): { text: string } | { problem: string } {
  if (data.length > maxReportFileBytes) return { problem: `file is ${bytes(data.length)}; ${limitWords}` };
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
    return { problem: 'starts with a UTF-8 byte order mark (BOM); save the file as UTF-8 without a BOM' };
  }
  try {
    // fatal: a bad byte is an error here, not a U+FFFD that would reach the screen in place of a character.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data) };
  } catch {
    const offset = firstInvalidByte(data);
    const line = data.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
    return { problem: `not valid UTF-8: the bytes at offset ${offset} (line ${line}) are not a UTF-8 character; save the file as UTF-8` };
  }
}

/**
 * Reads and checks one report file: size, encoding, JSON, the report schema, its name against its id, and, when `sourcesDir` holds the report's full text (<id>.txt), every
 * quoted clause against that text.
 */
export function checkReportFile(file: string, options: { name?: string; sourcesDir?: string } = {}): CheckedReportFile {
  const name = options.name ?? displayName(file);
  const problems: ReportFileProblem[] = [];
  const complain = (at: string, message: string) => problems.push({ file: name, path: at, message });
  let data: Uint8Array;
  try {
    data = readFileSync(file);
  } catch (error) {
    complain('$', `cannot be read (${error instanceof Error ? error.message : String(error)})`);
    return { file, name, problems };
  }
  const decoded = decodeReportFile(data);
  if ('problem' in decoded) {
    complain('$', decoded.problem);
    return { file, name, problems };
  }
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch (error) {
    complain('$', `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return { file, name, problems };
  }
  const parsed = reportSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) complain(jsonPath(issue.path), issue.message);
    return { file, name, problems };
  }
  const report = parsed.data;

  // The API serves /reports/<id>.json from this file, and the build writes it under that name.
  const expectedName = `${report.id}.json`;
  if (path.basename(file) !== expectedName) complain('$.id', `id "${report.id}" does not match the file name; name the file ${expectedName}`);

  if (options.sourcesDir) {
    const sourceFile = path.join(options.sourcesDir, `${report.id}.txt`);
    if (existsSync(sourceFile)) {
      const text = readFileSync(sourceFile, 'utf8');
      report.figures.forEach((figure, index) => {
        if (!text.includes(figure.source.clause)) {
          complain(`$.figures[${index}].source.clause`, `not found verbatim in ${displayName(sourceFile)}`);
        }
      });
    }
  }
  return { file, name, report, problems };
}

/**
 * What only the files together can show: two files with one report id (the API would serve one of them and list
 * the id twice), and a set of reports that the report list cannot hold. `folder` names the set in messages.
 */
export function checkReportCollection(files: readonly CheckedReportFile[], folder = 'report files'): ReportFileProblem[] {
  const problems: ReportFileProblem[] = [];
  const firstWithId = new Map<string, CheckedReportFile>();
  for (const checked of files) {
    if (!checked.report) continue;
    const first = firstWithId.get(checked.report.id);
    if (first) {
      problems.push({ file: checked.name, path: '$.id', message: `report id "${checked.report.id}" is also the id of ${first.name}; each report needs its own id` });
    } else firstWithId.set(checked.report.id, checked);
  }
  const reports = [...firstWithId.values()].flatMap((checked) => (checked.report ? [checked.report] : []));
  const list = reportListSchema.safeParse(buildReportList(reports));
  if (!list.success) {
    for (const issue of list.error.issues) {
      problems.push({ file: folder, path: jsonPath(issue.path), message: `the report list (reports.json) of these ${reports.length} reports fails its schema: ${issue.message}` });
    }
  }
  return problems;
}

/** Thrown by readReportFiles: every problem, one per line, as data:check prints them. */
export class ReportFilesError extends Error {
  readonly problems: readonly ReportFileProblem[];
  constructor(problems: readonly ReportFileProblem[]) {
    super(`report data has ${problems.length} problem(s); npm run data:check lists the same:\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
    this.name = 'ReportFilesError';
    this.problems = problems;
  }
}

/** Every *.json report in `directory`, in file-name order; throws a ReportFilesError naming every problem. */
export function readReportFiles(directory: string, options: { sourcesDir?: string } = {}): Report[] {
  const checked = readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => checkReportFile(path.join(directory, name), options));
  const problems = [...checked.flatMap((file) => file.problems), ...checkReportCollection(checked, displayName(directory))];
  if (problems.length > 0) throw new ReportFilesError(problems);
  return checked.flatMap((file) => (file.report ? [file.report] : []));
}
