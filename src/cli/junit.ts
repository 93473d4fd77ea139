/**
 * Several shards' JUnit files as one: each file's <testsuite> elements side by side in one
 * <testsuites>. Shards run disjoint scenarios and name their suites apart (`kubespec (shard
 * 1/3)`), so nothing needs renaming; the totals are summed for tools that read only the root.
 */

function suites(xml: string): string[] {
  const body = xml.replace(/<\?xml[^>]*\?>/, '').trim();
  const inner = /^<testsuites\b[^>]*>([\s\S]*)<\/testsuites>$/.exec(body);
  const text = inner ? inner[1] : body;
  return [...text.matchAll(/<testsuite\b[\s\S]*?<\/testsuite>|<testsuite\b[^>]*\/>/g)].map((m) => dedent(m[0]));
}

/** A suite's lines with the indentation of its closing tag taken off, so merging twice changes nothing. */
function dedent(suite: string): string {
  const lines = suite.split('\n');
  const indent = /^\s*/.exec(lines[lines.length - 1])![0];
  return lines.map((l, i) => (i > 0 && l.startsWith(indent) ? l.slice(indent.length) : l)).join('\n');
}

function total(suite: string, attr: string): number {
  const m = new RegExp(`^<testsuite\\b[^>]*\\s${attr}="(\\d+)"`).exec(suite);
  return m ? Number(m[1]) : 0;
}

export function mergeJunit(files: readonly string[], name = 'kubespec'): string {
  const all = files.flatMap(suites);
  const sum = (attr: string) => all.reduce((n, s) => n + total(s, attr), 0);
  const indented = all.map((s) => s.replace(/^/gm, '  ')).join('\n');
  return `<?xml version="1.0"?>\n<testsuites name="${name}" tests="${sum('tests')}" failures="${sum('failures')}" errors="${sum('errors')}" skipped="${sum('skipped')}">\n${indented}\n</testsuites>\n`;
}
