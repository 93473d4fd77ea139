/**
 * The part of kubectl's JSONPath templates scripts use (`-o jsonpath=…`, `custom-columns`,
 * `--sort-by`): `{.a.b}`, `{.items[*].metadata.name}`, `[0]`, `[-1]`, `['key.with.dots']`,
 * `.mycompany\.com/x`, `{range .items[*]}…{end}`, and literal text with `\n` and `\t`. Values
 * print as kubectl prints them: strings as is, several results separated by spaces, maps and
 * lists as JSON.
 */

export class JSONPathError extends Error {}

type Step = { kind: 'field'; name: string } | { kind: 'index'; index: number } | { kind: 'all' } | { kind: 'recursive'; name: string };

/** `.metadata.labels['app.kubernetes.io/name']` → steps. */
export function parsePath(path: string): Step[] {
  const steps: Step[] = [];
  let i = 0;
  const p = path.trim();
  if (p === '' || p === '.' || p === '@') return steps;
  while (i < p.length) {
    if (p.startsWith('..', i)) {
      const m = /^\.\.([A-Za-z0-9_-]+)/.exec(p.slice(i));
      if (!m) throw new JSONPathError(`unrecognized character in action: ${p.slice(i)}`);
      steps.push({ kind: 'recursive', name: m[1] });
      i += m[0].length;
    } else if (p[i] === '.') {
      // A field runs to the next terminator; a backslash escapes one (`mycompany\.com/x`).
      let j = i + 1;
      while (j < p.length && !' .,[]$@{}'.includes(p[j])) j += p[j] === '\\' ? 2 : 1;
      const name = p.slice(i + 1, Math.min(j, p.length)).replace(/\\/g, '');
      if (name) steps.push({ kind: 'field', name });
      i = j;
    } else if (p[i] === '[') {
      const close = p.indexOf(']', i);
      if (close < 0) throw new JSONPathError(`unclosed array expect ]`);
      const inner = p.slice(i + 1, close).trim();
      if (inner === '*') steps.push({ kind: 'all' });
      else if (/^-?\d+$/.test(inner)) steps.push({ kind: 'index', index: Number(inner) });
      else if (/^'.*'$|^".*"$/.test(inner)) steps.push({ kind: 'field', name: inner.slice(1, -1) });
      else throw new JSONPathError(`invalid array index ${inner}`);
      i = close + 1;
    } else if (/[A-Za-z0-9_]/.test(p[i]) && i === 0) {
      const m = /^([A-Za-z0-9_-]+)/.exec(p)!;
      steps.push({ kind: 'field', name: m[1] });
      i += m[0].length;
    } else {
      throw new JSONPathError(`unrecognized character in action: U+${p.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')} '${p[i]}'`);
    }
  }
  return steps;
}

function descend(values: unknown[], step: Step): unknown[] {
  const out: unknown[] = [];
  for (const v of values) {
    if (step.kind === 'field') {
      if (v && typeof v === 'object' && !Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, step.name)) out.push((v as Record<string, unknown>)[step.name]);
    } else if (step.kind === 'index') {
      if (Array.isArray(v)) {
        const idx = step.index < 0 ? v.length + step.index : step.index;
        if (idx >= 0 && idx < v.length) out.push(v[idx]);
      }
    } else if (step.kind === 'all') {
      if (Array.isArray(v)) out.push(...v);
      else if (v && typeof v === 'object') out.push(...Object.values(v));
    } else {
      const walk = (x: unknown) => {
        if (Array.isArray(x)) x.forEach(walk);
        else if (x && typeof x === 'object') {
          for (const [k, y] of Object.entries(x)) {
            if (k === step.name) out.push(y);
            walk(y);
          }
        }
      };
      walk(v);
    }
  }
  return out;
}

/** Every value the path selects in `root`. */
export function select(root: unknown, path: string): unknown[] {
  let values = [root];
  for (const step of parsePath(path)) values = descend(values, step);
  return values;
}

export function formatValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

function unescape(text: string): string {
  return text.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\r/g, '\r');
}

/** Renders a template such as `{range .items[*]}{.metadata.name}{"\n"}{end}` against `root`. */
export function renderTemplate(template: string, root: unknown): string {
  const tokens: { kind: 'text' | 'action'; text: string }[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      tokens.push({ kind: 'text', text: template.slice(i) });
      break;
    }
    if (open > i) tokens.push({ kind: 'text', text: template.slice(i, open) });
    const close = template.indexOf('}', open);
    if (close < 0) throw new JSONPathError('unclosed action');
    tokens.push({ kind: 'action', text: template.slice(open + 1, close).trim() });
    i = close + 1;
  }
  let pos = 0;
  const run = (context: unknown, stopAtEnd: boolean): string => {
    let out = '';
    while (pos < tokens.length) {
      const t = tokens[pos++];
      if (t.kind === 'text') {
        out += unescape(t.text);
        continue;
      }
      if (t.text === 'end') {
        if (!stopAtEnd) throw new JSONPathError('not in range, nothing to end');
        return out;
      }
      if (t.text.startsWith('range ')) {
        const items = select(context, t.text.slice(6));
        const start = pos;
        if (items.length === 0) {
          // Skip the body.
          let depth = 1;
          while (pos < tokens.length && depth > 0) {
            const x = tokens[pos++];
            if (x.kind === 'action' && x.text.startsWith('range ')) depth++;
            if (x.kind === 'action' && x.text === 'end') depth--;
          }
          continue;
        }
        for (const item of items) {
          pos = start;
          out += run(item, true);
        }
        continue;
      }
      if (/^".*"$|^'.*'$/.test(t.text)) {
        out += unescape(t.text.slice(1, -1));
        continue;
      }
      out += select(context, t.text).map(formatValue).join(' ');
    }
    if (stopAtEnd) throw new JSONPathError('unclosed range');
    return out;
  };
  return run(root, false);
}
