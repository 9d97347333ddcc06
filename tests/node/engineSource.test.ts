/**
 * ARCHITECTURE.md's rules for engine code, checked on its source (src/): no Intl, no RegExp
 * look-behind, no \p{} property escapes and no /v flag, which Jint does not run as V8 does (the
 * Node or DOM API part is the compiler's: tsconfig has no such types). Regular expressions are
 * found as the TypeScript parser sees them: literals, and new RegExp / RegExp calls with literal or
 * template text (the template's fixed parts). The checker is tried on planted cases first.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

/** What a pattern uses that the rules forbid; escapes and character classes are read as such. */
function patternViolations(pattern: string, flags: string): string[] {
  const found: string[] = [];
  if (flags.includes('v')) found.push('the /v flag');
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1];
      if ((next === 'p' || next === 'P') && pattern[i + 2] === '{') found.push(`a \\${next}{} property escape`);
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (pattern.startsWith('(?<=', i) || pattern.startsWith('(?<!', i)) found.push('a look-behind');
  }
  return found;
}

/** The literal text of a RegExp argument (a template's placeholders as one character), or null. */
function literalText(node: ts.Expression | undefined): string | null {
  if (node === undefined) return '';
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((s) => `x${s.literal.text}`).join('');
  return null;
}

/** Every rule broken in one source text, as "line: what". */
function violations(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) =>
    found.push(`${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}: ${what}`);
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const end = node.text.lastIndexOf('/');
      for (const v of patternViolations(node.text.substring(1, end), node.text.substring(end + 1))) at(node, v);
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const pattern = literalText(node.arguments?.[0]);
      const flags = literalText(node.arguments?.[1]);
      for (const v of patternViolations(pattern ?? '', flags ?? '')) at(node, v);
    } else if (ts.isIdentifier(node) && node.text === 'Intl') at(node, 'Intl');
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

test('the engine source checker finds each forbidden construct and passes what is allowed', () => {
  const bad = [
    'const a = /(?<!\\\\)"x/g;',
    'const b = /(?<=a)b/;',
    'const c = /\\p{L}+/u;',
    'const d = /[a]/v;',
    "const e = new RegExp('(?<=x)y');",
    'const f = new RegExp(`^${g}\\\\P{Lu}$`);',
    "const h = RegExp('a', 'v');",
    'const i = new Intl.DateTimeFormat();',
  ].join('\n');
  assert.deepEqual(violations('bad.ts', bad), [
    '1: a look-behind',
    '2: a look-behind',
    '3: a \\p{} property escape',
    '4: the /v flag',
    '5: a look-behind',
    '6: a \\P{} property escape',
    '7: the /v flag',
    '8: Intl',
  ]);
  const good = [
    'const a = /(?<name>x)(?=y)(?!z)/g;',
    'const b = /\\\\p{L}/;',
    'const c = /[(?<=]/;',
    "const d = new RegExp('\\\\(?<=', 'gi');",
    'const e = a / b / c;',
  ].join('\n');
  assert.deepEqual(violations('good.ts', good), []);
});

test('the engine source (src/) uses no Intl, look-behind, \\p{} or /v', () => {
  const root = join(__dirname, '..', '..');
  const files = sourceFiles(join(root, 'src'));
  assert.ok(files.length > 40, `only ${files.length} source files found`);
  const found = files.flatMap((f) =>
    violations(f, readFileSync(f, 'utf8')).map((v) => `${relative(root, f).replace(/\\/g, '/')}:${v}`),
  );
  assert.deepEqual(found, []);
});
