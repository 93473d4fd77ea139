/**
 * What the source says about each step: its pattern, its JSDoc, its parameters' names, where it
 * is. A pure parse with ts-morph (no type checker: fast, and independent of the build).
 */
import * as path from 'node:path';
import { Node, Project, SourceFile } from 'ts-morph';

export interface StaticStep {
  /** `Given`, `When`, `Then`, or `Assertion` for `defineAssertion` (registered as Then, three ways). */
  readonly kind: 'Given' | 'When' | 'Then' | 'Assertion';
  readonly pattern: string;
  readonly doc: string;
  readonly params: readonly { name: string; type: string }[];
  readonly file: string;
  readonly line: number;
}

export interface StaticFile {
  readonly file: string;
  readonly doc: string;
  readonly steps: readonly StaticStep[];
  /** Step registrations whose pattern is not a literal (the catalogue cannot name them). */
  readonly dynamic: readonly string[];
  /** Parameter types the file defines, with their doc comment (or the file's). */
  readonly parameterDocs: ReadonlyMap<string, string>;
}

const STEP_FUNCTIONS = new Set(['Given', 'When', 'Then']);

/** A doc comment's text with its lines trimmed: paragraphs stay, the `*` gutter goes. */
export function cleanDoc(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function fileDoc(sf: SourceFile): string {
  const first = sf.getStatements()[0];
  const ranges = first ? first.getLeadingCommentRanges() : sf.getLeadingCommentRanges();
  const doc = ranges.find((r) => r.getText().startsWith('/**'));
  if (!doc) return '';
  return cleanDoc(doc.getText().replace(/^\/\*\*/, '').replace(/\*\/$/, '').replace(/^\s*\* ?/gm, ''));
}

/** Local names under which the step functions are imported (`import { When as W }` gives W). */
function stepFunctionNames(sf: SourceFile): Map<string, StaticStep['kind']> {
  const names = new Map<string, StaticStep['kind']>();
  for (const imp of sf.getImportDeclarations()) {
    const from = imp.getModuleSpecifierValue();
    for (const named of imp.getNamedImports()) {
      const original = named.getName();
      const local = named.getAliasNode()?.getText() ?? original;
      if (from === '@cucumber/cucumber' && STEP_FUNCTIONS.has(original)) names.set(local, original as StaticStep['kind']);
      if (original === 'defineAssertion') names.set(local, 'Assertion');
    }
  }
  return names;
}

function literal(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return node.getLiteralValue();
  if (Node.isRegularExpressionLiteral(node)) return node.getLiteralText();
  return undefined;
}

export function readStepFile(sf: SourceFile, root: string): StaticFile {
  const file = path.relative(root, sf.getFilePath()).split(path.sep).join('/');
  const names = stepFunctionNames(sf);
  const steps: StaticStep[] = [];
  const dynamic: string[] = [];
  const parameterDocs = new Map<string, string>();
  const ownDoc = fileDoc(sf);
  for (const stmt of sf.getStatements()) {
    if (!Node.isExpressionStatement(stmt)) continue;
    const call = stmt.getExpression();
    if (!Node.isCallExpression(call)) continue;
    const callee = call.getExpression().getText();
    const doc = cleanDoc(stmt.getJsDocs().at(-1)?.getDescription() ?? '');
    const args = call.getArguments();
    if (callee === 'defineParameterType') {
      const obj = args[0];
      const name = Node.isObjectLiteralExpression(obj) ? literal(obj.getProperty('name')?.getLastChild()) : undefined;
      if (name) parameterDocs.set(name, doc || ownDoc);
      continue;
    }
    const kind = names.get(callee);
    if (!kind) continue;
    const pattern = literal(args[0]);
    const line = stmt.getStartLineNumber();
    if (pattern === undefined) {
      dynamic.push(`${file}:${line}`);
      continue;
    }
    const fn = args[args.length - 1];
    const params = Node.isFunctionExpression(fn) || Node.isArrowFunction(fn)
      ? fn.getParameters().filter((p) => p.getName() !== 'this').map((p) => ({ name: p.getName(), type: p.getTypeNode()?.getText() ?? '' }))
      : [];
    steps.push({ kind, pattern, doc, params, file, line });
  }
  return { file, doc: ownDoc, steps, dynamic, parameterDocs };
}

/** Every steps file, in the order steps/index.ts imports them (the order of the catalogue). */
export function readSteps(root: string): StaticFile[] {
  const project = new Project({ skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  const files = project.addSourceFilesAtPaths(path.join(root, 'steps/**/*.ts'));
  const index = files.find((f) => path.relative(root, f.getFilePath()).split(path.sep).join('/') === 'steps/index.ts');
  const order = (index?.getImportDeclarations() ?? []).map((d) => path.join(root, 'steps', `${d.getModuleSpecifierValue()}.ts`));
  const rank = (f: SourceFile) => {
    const i = order.indexOf(f.getFilePath());
    return i < 0 ? order.length : i;
  };
  return files
    .sort((a, b) => rank(a) - rank(b) || (a.getFilePath() < b.getFilePath() ? -1 : 1))
    .map((sf) => readStepFile(sf, root));
}
