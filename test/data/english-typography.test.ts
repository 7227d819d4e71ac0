// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { en as messagesEn } from '@/i18n/messages-en';

// English reads as typeset text: apostrophes are curly (’), as elsewhere in the interface, never a straight ' beside
// them. The report data's English strings and the interface's own: the main catalogue, the feature catalogues,
// theme names, and the authoring model's notes and reasons, which the review page shows as they are.

const reportsDir = path.resolve(import.meta.dirname, '../../src/data/reports');
const sourceDir = path.resolve(import.meta.dirname, '../../src');
const straightApostrophe = /[A-Za-z]'|'[A-Za-z]/;

function englishStrings(value: unknown, at: string): Array<[string, string]> {
  if (Array.isArray(value)) return value.flatMap((item, index) => englishStrings(item, `${at}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'en' && typeof inner === 'string' ? [[`${at}.en`, inner] as [string, string]] : englishStrings(inner, `${at}.${key}`),
  );
}

describe('English typography', () => {
  it('uses curly apostrophes in every English string of the report data', () => {
    const straight = readdirSync(reportsDir)
      .filter((name) => name.endsWith('.json'))
      .flatMap((name) => englishStrings(JSON.parse(readFileSync(path.join(reportsDir, name), 'utf8')), name))
      .filter(([, text]) => straightApostrophe.test(text));
    expect(straight).toEqual([]);
  });

  it('uses curly apostrophes in every English interface string', () => {
    expect(Object.entries(messagesEn).filter(([, text]) => straightApostrophe.test(text))).toEqual([]);
  });

  it('uses curly apostrophes in every string the source code writes (comments aside)', () => {
    const files = readdirSync(sourceDir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.tsx?$/.test(name));
    const straight = files.flatMap((name) => {
      const source = ts.createSourceFile(name, readFileSync(path.join(sourceDir, name), 'utf8'), ts.ScriptTarget.Latest, true);
      const found: string[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node)) {
          // A comment the code writes into generated CSS is a comment still.
          if (straightApostrophe.test(node.text) && !node.text.trimStart().startsWith('/*')) found.push(`${name}: ${node.text}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      return found;
    });
    expect(straight).toEqual([]);
  });
});
