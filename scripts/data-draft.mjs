#!/usr/bin/env node
// `npm run data:draft -- <report.txt> --id <id> --unit <unit name> --year <yyyy> [--out <file>] [--force]`
// Reads a report's plain text (UTF-8) and writes a draft report: proposed figures for a person to review, in
// the report schema (docs/extractor.md). Without --out it prints the JSON. The extractor is the same module
// the browser's review page runs (src/features/authoring/model/draft-report.ts).
// Exit codes: 0 done; 1 the input or output file is unusable (nothing written); 2 the command line is wrong;
// 3 no figures found (a valid draft with none is still written, with a warning).
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const importTs = async (file) =>
  (await runnerImport(path.join(root, file), { configFile: false, logLevel: 'silent', resolve: { alias: { '@': path.join(root, 'src') } } }))
    .module;
// The same rules for --id, --unit and --year as the review page's fields.
const { readReportId, readUnitName, readReportYear } = await importTs('src/features/authoring/model/draft-options.ts');
const usage = 'usage: npm run data:draft -- <report.txt> --id <id> --unit <unit name> --year <yyyy> [--out <file>] [--force]';

function fail(code, message) {
  process.stderr.write(`data:draft: ${message}\n`);
  if (code === 2) process.stderr.write(`${usage}\n`);
  process.exit(code);
}

/** --name value and --name=value; one positional argument, the text file. */
function parseArguments(argv) {
  const options = {};
  const positional = [];
  const valued = new Set(['id', 'unit', 'year', 'out']);
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === '--help' || argument === '-h') {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    if (!argument.startsWith('--')) {
      positional.push(argument);
      continue;
    }
    const [name, inline] = argument.slice(2).split(/=(.*)/su);
    if (name === 'force') {
      options.force = true;
      continue;
    }
    if (!valued.has(name)) fail(2, `unknown option --${name}`);
    const value = inline ?? argv[index + 1];
    if (inline === undefined) index += 1;
    if (value === undefined || (inline === undefined && value.startsWith('--'))) fail(2, `--${name} needs a value`);
    if (options[name] !== undefined) fail(2, `--${name} is given twice`);
    options[name] = value;
  }
  if (positional.length === 0) fail(2, 'no report text file given');
  if (positional.length > 1) fail(2, `one report text file at a time (got ${positional.length}: ${positional.join(', ')})`);
  for (const name of ['id', 'unit', 'year']) if (options[name] === undefined) fail(2, `--${name} is required`);
  if (readReportId(options.id) === undefined) {
    fail(2, `--id "${options.id}" must be kebab-case (lower-case letters and digits joined by single hyphens, at most 64), e.g. yantai-psb-2023`);
  }
  const unit = readUnitName(options.unit);
  if (unit === undefined) fail(2, '--unit must name the bureau in at most 80 characters, e.g. 烟台市公安局');
  const year = readReportYear(options.year);
  if (year === undefined) fail(2, `--year "${options.year}" must be the four-digit year the report covers (1949–2100), e.g. 2023`);
  return { input: positional[0], id: options.id, unit, year, out: options.out, force: options.force === true };
}

const options = parseArguments(process.argv.slice(2));
const input = path.resolve(options.input);
const shown = options.input;

if (!existsSync(input)) fail(1, `${shown}: no such file`);
if (statSync(input).isDirectory()) fail(1, `${shown} is a folder, not a text file`);

// Check where the draft goes before any work, so a wrong --out costs nothing.
let out;
if (options.out !== undefined) {
  out = path.resolve(options.out);
  const folder = path.dirname(out);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) fail(1, `cannot write ${options.out}: the folder ${path.dirname(options.out)} does not exist`);
  if (existsSync(out) && statSync(out).isDirectory()) fail(1, `cannot write ${options.out}: it is a folder`);
  if (existsSync(out) && !options.force) {
    // Never overwrite a reviewed report with a fresh draft by accident; a draft may be redrafted.
    let status;
    try {
      status = JSON.parse(readFileSync(out, 'utf8')).status ?? 'reviewed';
    } catch {
      status = 'unreadable';
    }
    if (status !== 'draft') fail(1, `${options.out} exists and is not a draft (${status === 'unreadable' ? 'not a report file' : 'a reviewed report'}); choose another --out, or add --force to replace it`);
  }
}

const { decodeReportBytes } = await importTs('src/features/authoring/model/text-encoding.ts');
const decoded = decodeReportBytes(new Uint8Array(readFileSync(input)));
if (!decoded.ok) fail(1, `${shown} ${decoded.problem}`);

const { draftReport, checkDraft } = await importTs('src/features/authoring/model/draft-report.ts');
const { reportFileText } = await importTs('src/features/authoring/model/report-file.ts');
const { report } = draftReport(decoded.text, { id: options.id, unit: options.unit, year: options.year, sourceFile: path.basename(input) });
const problems = checkDraft(report);
if (problems.length > 0) {
  // The extractor should never produce this; nothing is written, and the issues say where it went wrong.
  fail(1, `the draft for ${shown} fails the report schema, so nothing was written (a bug in the extractor; please report it):\n  ${problems.join('\n  ')}`);
}

const json = reportFileText(report);
if (out) {
  // Write beside the target and rename: a reader never sees half a file, and a failure leaves the old one.
  const temporary = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, json, { flag: 'wx' });
    renameSync(temporary, out);
  } catch (error) {
    rmSync(temporary, { force: true });
    fail(1, `cannot write ${options.out}: ${error.message}`);
  }
} else {
  process.stdout.write(json);
}

const { figures, contradictions, draft } = report;
const summary = `${figures.length} proposed figure(s), ${draft.notIndicators.length} number(s) that are not indicators, ${contradictions.length} contradiction(s), ${draft.warnings.length} warning(s)`;
process.stderr.write(`data:draft: ${out ? `wrote ${options.out}` : 'printed the draft'}: ${summary}.\n`);
if (figures.length === 0) {
  process.stderr.write(`data:draft: warning: no figures found in ${shown}; the draft has none. Is it the report's full text?\n`);
  process.exit(3);
}
if (out) process.stderr.write('Next: review each proposal (review: "accepted" once checked), then drop "status": "draft" and run npm run data:check.\n');
