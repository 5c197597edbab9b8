// A text whose {{placeholder}} gets no value shows the braces to the reader ("{{quantity}} dona"):
// both translators leave it as it is (translate.test.ts). So every t() call in the app is read here
// and must give a value to every placeholder its text has, in every language.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { catalogs, flatten } from "./catalog.server";
import { LOCALES } from "./locales";

const APP = path.resolve("app");
const PLURAL = /_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * The keys a first argument can be: a string, or either side of `?:`. A key built at run time
 * (`status.${x}`) is not read: which of its family it names is known only then.
 */
function keys(node: ts.Expression): string[] | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return keys(node.expression);
  if (!ts.isConditionalExpression(node)) return null;
  const [whenTrue, whenFalse] = [keys(node.whenTrue), keys(node.whenFalse)];
  return whenTrue && whenFalse ? [...whenTrue, ...whenFalse] : null;
}

/** The value names an options argument gives, or null when they cannot be read (a variable, a spread). */
function optionNames(node: ts.Expression | undefined): Set<string> | null {
  if (!node) return new Set();
  if (!ts.isObjectLiteralExpression(node)) return null;
  const names = new Set<string>();
  for (const property of node.properties) {
    if (ts.isSpreadAssignment(property) || !property.name) return null;
    if (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) names.add(property.name.text);
    else return null;
  }
  return names;
}

type Call = { where: string; keys: string[]; names: Set<string> };

function tCalls(file: string): Call[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const calls: Call[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const callee = node.expression;
      const isT =
        (ts.isIdentifier(callee) && callee.text === "t") ||
        (ts.isPropertyAccessExpression(callee) && callee.name.text === "t");
      const called = isT ? keys(node.arguments[0]!) : null;
      const names = isT ? optionNames(node.arguments[1]) : null;
      if (called && names) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        calls.push({ where: `${path.relative(APP, file)}:${line + 1}`, keys: called, names });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

describe("every t() call gives every placeholder of its text a value", () => {
  const calls = sourceFiles(APP).flatMap(tCalls);

  it("reads the app's calls", () => expect(calls.length).toBeGreaterThan(300));

  it.each(LOCALES)("in %s", (locale) => {
    const texts = flatten(catalogs[locale]);
    const missing: string[] = [];
    for (const call of calls) {
      for (const [key, text] of texts) {
        if (!call.keys.includes(key.replace(PLURAL, ""))) continue;
        for (const [, name] of text.matchAll(PLACEHOLDER)) {
          if (!call.names.has(name!)) missing.push(`${call.where} ${key}: {{${name}}}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
