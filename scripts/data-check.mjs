#!/usr/bin/env node
// Validates every report data file against the one zod schema (src/data/report-schema.ts), checks each
// cited clause against the report's full text when it is in src/data/sources/, and writes the JSON Schema
// to docs/ with --write-schema. The file rules (size, encoding, name, ids) are build/report-files.ts, which
// the build uses too. A draft report (status "draft", from npm run data:draft) passes with a warning that
// lists what is left to review; --strict makes drafts fail.
// Usage: node scripts/data-check.mjs [files or folders…] [--write-schema] [--strict]
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { z } from 'zod/mini';
import { en } from 'zod/locales';

// zod's issue messages in English (the browser bundle leaves them out); the schema module shares this zod.
z.config(en());

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const writeSchema = args.includes('--write-schema');
const strict = args.includes('--strict');
const targets = args.filter((arg) => !arg.startsWith('--'));
if (targets.length === 0) targets.push(path.join(root, 'src/data/reports'));

const { module: schemaModule } = await runnerImport(path.join(root, 'src/data/report-schema.ts'), {
  configFile: false,
  logLevel: 'silent',
});
const { reportJsonSchema } = schemaModule;
const { module: reportFiles } = await runnerImport(path.join(root, 'build/report-files.ts'), { configFile: false, logLevel: 'silent' });

function listFiles(target) {
  const resolved = path.resolve(target);
  if (!existsSync(resolved)) return [{ file: resolved, missing: true }];
  if (statSync(resolved).isDirectory()) {
    return readdirSync(resolved)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({ file: path.join(resolved, name) }));
  }
  return [{ file: resolved }];
}

const problems = [];
const warnings = [];
const checkedFiles = [];
let checked = 0;

/** What a person still has to do before a draft is a report: proposals to accept, English to write, warnings. */
function leftToReview(report) {
  const list = (ids) => (ids.length > 8 ? `${ids.slice(0, 8).join(', ')} …` : ids.join(', '));
  const open = report.figures.filter((figure) => figure.review !== 'accepted').map((figure) => figure.id);
  const noEnglish = report.figures.filter((figure) => figure.label.en === undefined).map((figure) => figure.id);
  const notes = report.draft?.warnings ?? [];
  const lines = [];
  if (open.length > 0) lines.push(`${open.length} of ${report.figures.length} figure(s) not yet accepted: ${list(open)}`);
  if (noEnglish.length > 0) lines.push(`${noEnglish.length} figure(s) without an English label: ${list(noEnglish)}`);
  if (report.figures.length === 0) lines.push('no figures at all');
  for (const note of notes.slice(0, 5)) lines.push(`warning from data:draft: ${note}`);
  if (notes.length > 5) lines.push(`… and ${notes.length - 5} more warning(s) in $.draft.warnings`);
  if (report.title.en === undefined || report.unit.en === undefined) lines.push('no English title or unit name');
  return lines;
}
for (const { file, missing } of targets.flatMap(listFiles)) {
  const name = path.relative(process.cwd(), file) || file;
  if (missing) {
    problems.push(`${name}: file not found`);
    continue;
  }
  checked += 1;
  const checkedFile = reportFiles.checkReportFile(file, { name, sourcesDir: path.join(root, 'src/data/sources') });
  checkedFiles.push(checkedFile);
  problems.push(...checkedFile.problems.map(reportFiles.formatProblem));
  if (checkedFile.report?.status === 'draft') {
    const left = leftToReview(checkedFile.report);
    const heading = `${name}: a draft (status "draft"), not yet a reviewed report${strict ? ' (refused with --strict)' : ''}; left to review:`;
    (strict ? problems : warnings).push([heading, ...left.map((line) => `    ${line}`)].join('\n'));
  }
}
problems.push(...reportFiles.checkReportCollection(checkedFiles, targets.map(reportFiles.displayName).join(', ')).map(reportFiles.formatProblem));

if (writeSchema) {
  const out = path.join(root, 'docs/report.schema.json');
  writeFileSync(out, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
  console.log(`wrote ${path.relative(root, out)}`);
}

if (warnings.length > 0) {
  console.warn(`data:check: ${warnings.length} draft report(s) (use --strict to refuse drafts):`);
  for (const warning of warnings) console.warn(`  ${warning}`);
}

if (problems.length > 0) {
  console.error(`data:check found ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`data:check: ${checked} report file(s) valid${warnings.length > 0 ? `, ${warnings.length} of them draft(s)` : ''}`);
