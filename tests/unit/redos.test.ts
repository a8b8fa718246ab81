/**
 * Every regular-expression literal in lib/ (the analyzer, dates, compose code), found with the TypeScript
 * parser, checked against catastrophic backtracking with recheck — and every `new RegExp('…' + '…', flags)`
 * whose pattern is only string literals (long regexes are written so to keep lines under 160 characters). Regexes built at run time from word
 * lists are alternations of literals joined by "|" and are covered by the category tests' linear-growth
 * checks instead.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'generated' ? [] : files(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

function regexLiterals(file: string): { source: string; flags: string; where: string }[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: { source: string; flags: string; where: string }[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = (node as ts.RegularExpressionLiteral).text;
      const end = lit.lastIndexOf('/');
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
      out.push({ source: lit.slice(1, end), flags: lit.slice(end + 1), where: `${file}:${line + 1}` });
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp' && node.arguments?.length) {
      const [pattern, flags] = node.arguments;
      const source = literalText(pattern);
      const flagText = flags === undefined ? '' : literalText(flags);
      if (source !== null && flagText !== null) {
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
        out.push({ source, flags: flagText, where: `${file}:${line + 1}` });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The value of a string literal or of literals joined with +; null for anything computed. */
function literalText(node: ts.Expression): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const a = literalText(node.left);
    const b = literalText(node.right);
    return a === null || b === null ? null : a + b;
  }
  return null;
}

const ALL = files('lib').flatMap(regexLiterals);

/**
 * recheck's verdict; a verdict from fuzzing (used where the automaton check gives up, e.g. with bounded
 * repeats or look-behind) is confirmed by running its attack string in V8: the check counts steps, and
 * bounded repeats ({0,62}) can look polynomial in steps while staying linear in time.
 */
function verdict(source: string, flags: string): string {
  const auto = checkSync(source, flags, { checker: 'automaton', timeout: 10_000 });
  if (auto.status !== 'unknown') return auto.status;
  const fuzz = checkSync(source, flags, { checker: 'fuzz', timeout: 10_000, randomSeed: 42 });
  if (fuzz.status !== 'vulnerable' || !fuzz.attack) return fuzz.status;
  const re = new RegExp(source, flags.includes('g') ? flags : flags + 'g');
  const t0 = performance.now();
  while (re.exec(fuzz.attack.string) !== null) if (re.lastIndex === 0 || performance.now() - t0 > 2_000) break;
  return performance.now() - t0 > 250 ? 'vulnerable' : 'safe';
}

describe('ReDoS: every regex literal in lib/', () => {
  it('finds the literals and the checker catches a known-bad one', () => {
    expect(ALL.length).toBeGreaterThan(100);
    expect(ALL.some((r) => r.source.startsWith('(?<![a-z])(?:tengkulak|spekulan'))).toBe(true); // a new RegExp('…' + '…')
    expect(verdict('^(a+)+$', '')).toBe('vulnerable');
  }, 60_000);

  it('no regex literal is vulnerable to catastrophic backtracking', () => {
    const bad = ALL.filter((r) => verdict(r.source, r.flags) === 'vulnerable').map((r) => `${r.where}: /${r.source.slice(0, 80)}/`);
    expect(bad).toEqual([]);
  }, 600_000);
});
