#!/usr/bin/env node
// Validates every report data file against the one zod schema (src/data/report-schema.ts), checks each
// cited clause against the report's full text when it is in src/data/sources/, and writes the JSON Schema
// to docs/ with --write-schema. Usage: node scripts/data-check.mjs [files or folders…] [--write-schema]
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const writeSchema = args.includes('--write-schema');
const targets = args.filter((arg) => !arg.startsWith('--'));
if (targets.length === 0) targets.push(path.join(root, 'src/data/reports'));

const { module: schemaModule } = await runnerImport(path.join(root, 'src/data/report-schema.ts'), {
  configFile: false,
  logLevel: 'silent',
});
const { reportSchema, reportJsonSchema } = schemaModule;

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

/** JSON path like $.figures[3].value for an issue's path array. */
function jsonPath(segments) {
  return segments.reduce((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : `${text}.${String(segment)}`), '$');
}

const problems = [];
let checked = 0;
for (const { file, missing } of targets.flatMap(listFiles)) {
  const name = path.relative(process.cwd(), file) || file;
  if (missing) {
    problems.push(`${name}: file not found`);
    continue;
  }
  checked += 1;
  let json;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${name} $: not valid JSON (${error.message})`);
    continue;
  }
  const parsed = reportSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${name} ${jsonPath(issue.path)}: ${issue.message}`);
    continue;
  }
  // Where the report's full text ships beside the data, every quoted clause must be found in it verbatim.
  const sourceText = path.join(root, 'src/data/sources', `${parsed.data.id}.txt`);
  if (existsSync(sourceText)) {
    const text = readFileSync(sourceText, 'utf8');
    parsed.data.figures.forEach((figure, index) => {
      if (!text.includes(figure.source.clause)) {
        problems.push(`${name} $.figures[${index}].source.clause: not found verbatim in ${path.relative(root, sourceText)}`);
      }
    });
  }
}

if (writeSchema) {
  const out = path.join(root, 'docs/report.schema.json');
  writeFileSync(out, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
  console.log(`wrote ${path.relative(root, out)}`);
}

if (problems.length > 0) {
  console.error(`data:check found ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`data:check: ${checked} report file(s) valid`);
